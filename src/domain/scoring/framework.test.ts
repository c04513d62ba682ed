/** The scoring view of the real vawg-digital-2023 pack. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadPack } from "../../packs/load-pack";
import { flattenPack } from "../framework/flatten-pack";
import { scoringFramework } from "./framework";

const flat = flattenPack(loadPack("data/frameworks/vawg-digital-2023"));
const framework = scoringFramework(flat.items, flat.links);

test("the pack's assessable items: 30 commitments then 31 options, each under its parent", () => {
  const kinds = framework.items.map((i) => i.kind);
  assert.equal(kinds.filter((k) => k === "commitment").length, 30);
  assert.equal(kinds.filter((k) => k === "option").length, 31);
  assert.equal(kinds.indexOf("option"), 30);
  assert.equal(framework.items[0]?.id, "hrc-38-5-c01");
  assert.deepEqual(
    framework.items.find((i) => i.id === "s02-o2"),
    { id: "s02-o2", kind: "option", parentId: "s02" },
  );
});

test("factors in pack order, and only addresses_factor links", () => {
  assert.equal(framework.factors.length, 8);
  assert.equal(framework.factorLinks.length, 74);
  assert.ok(framework.factorLinks.some((l) => l.fromId === "s02" && l.factorId === "justice-accountability"));
});
