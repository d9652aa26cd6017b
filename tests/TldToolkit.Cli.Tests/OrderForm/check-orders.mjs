// Reads one job file (argv[2]): { vocabulary, schemas: { tld: schema }, cases: [{ tld, name, order }] }.
// Prints one JSON line: { schemas: { tld: { error, warnings } }, cases: [{ name, paths, messages }] }.
// Each schema is compiled as a web front end would: ajv strict mode (which throws on strict problems),
// allErrors for a whole form's problems, verbose for the rules' x-field.
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const validators = {};
const schemas = {};
for (const [tld, schema] of Object.entries(job.schemas)) {
  const warnings = [];
  const logger = { log() {}, warn: (...a) => warnings.push(a.join(" ")), error: (...a) => warnings.push(a.join(" ")) };
  const ajv = new Ajv({ strict: true, allErrors: true, verbose: true, logger });
  addFormats(ajv);
  ajv.addVocabulary(job.vocabulary);
  try {
    validators[tld] = ajv.compile(schema);
    schemas[tld] = { error: null, warnings };
  } catch (e) {
    schemas[tld] = { error: String(e.message), warnings };
  }
}

// The form control an error belongs to, as the README tells front ends to find it.
function path(e) {
  if (e.keyword === "not" && e.parentSchema?.["x-field"]) return e.instancePath + e.parentSchema["x-field"];
  if (e.keyword === "required") return e.instancePath + "/" + e.params.missingProperty;
  if (e.keyword === "additionalProperties") return e.instancePath + "/" + e.params.additionalProperty;
  return e.instancePath;
}

const cases = job.cases.map(c => {
  const validate = validators[c.tld];
  if (!validate) return { name: c.name, paths: null, messages: ["schema did not compile"] };
  validate(c.order);
  const errors = validate.errors ?? [];
  return { name: c.name, paths: errors.map(path), messages: errors.map(e => `${path(e)} ${e.keyword}: ${e.parentSchema?.description ?? e.message}`) };
});
console.log(JSON.stringify({ schemas, cases }));
