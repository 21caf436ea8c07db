// Walking a document parsed by htmlparser2 in XML mode (DOCX, Word XML, OpenDocument):
// the element children of a node (the document itself, for its root), and the first child
// of a given name.
import type { ChildNode, Element, ParentNode } from "domhandler";

export const isElement = (node: ChildNode): node is Element => node.type === "tag";
export const children = (node: ParentNode): Element[] => node.children.filter(isElement);
export const child = (node: ParentNode, name: string): Element | undefined => children(node).find((c) => c.name === name);
