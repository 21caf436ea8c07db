export { resolveRegion, resolveRegionDetailed, regionFromCode, regionOf, type RegionResolution } from "./resolveRegion";
export { findPlaceMentions, divisionByCode, type Division, type PlaceMention, type Level } from "./gazetteer";
