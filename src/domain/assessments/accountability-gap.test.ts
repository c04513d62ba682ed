import assert from "node:assert/strict";
import { test } from "node:test";
import { accountabilityGap, disagreement } from "./accountability-gap";

test("only items both a government body and civil society assessed are compared", () => {
  assert.equal(disagreement([{ organisationType: "civil_society", status: "planned" }]), null);
  assert.equal(
    disagreement([
      { organisationType: "government_body", status: "complete" },
      { organisationType: "nhri", status: "planned" },
    ]),
    null,
  );
  assert.equal(
    disagreement([
      { organisationType: "government_body", status: "complete" },
      { organisationType: "civil_society", status: "complete" },
    ]),
    false,
  );
  assert.equal(
    disagreement([
      { organisationType: "government_body", status: "complete" },
      { organisationType: "civil_society", status: "planned" },
    ]),
    true,
  );
  assert.equal(
    disagreement([
      { organisationType: "government_body", status: "no_information" },
      { organisationType: "civil_society", status: "planned" },
    ]),
    null,
    "no information is not a judgement",
  );
});

test("the gap counts disagreements among compared items", () => {
  const gov = (status: "complete" | "planned") => ({ organisationType: "government_body" as const, status });
  const cso = (status: "complete" | "planned") => ({ organisationType: "civil_society" as const, status });
  assert.deepEqual(accountabilityGap([[gov("complete"), cso("planned")], [gov("planned"), cso("planned")], [cso("planned")]]), {
    disagree: 1,
    compared: 2,
  });
});
