/**
 * The one stylesheet, served under a content-hashed URL so that browsers keep
 * it for a year and fetch it again only when it changes.
 */
import { staticAsset } from "./asset";

export const stylesheet = staticAsset("app.css");
