export * from "./report";
export * from "./cells";
export * from "./tableShapes";
export * from "./document";
export * from "./applicationRows";
