export * from "./report";
export * from "./cells";
export * from "./document";
export * from "./applicationRows";
