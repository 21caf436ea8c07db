// Walking a document parsed by htmlparser2 in XML mode (DOCX, Word XML, OpenDocument):
// the element children of a node, and the first child of a given name.
import type { ChildNode, Element } from "domhandler";

export const isElement = (node: ChildNode): node is Element => node.type === "tag";
export const children = (node: Element): Element[] => node.children.filter(isElement);
export const child = (node: Element, name: string): Element | undefined => children(node).find((c) => c.name === name);
