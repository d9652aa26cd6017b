// Drives a running TldToolkit sandbox with the official HEXONET Node.js SDK, the way a registrar
// module uses it, and prints one JSON line: {"checks":[{"name","ok","detail"}...]}.
// Run by SdkCompatibilityTests.cs with SANDBOX_URL, SANDBOX_LOGIN, SANDBOX_PASSWORD set; the
// sandbox's TLDs are the test catalog's: "plain" (registers at once) and "slow" (pending).
import { APIClient } from "@hexonet/ispapi-apiconnector";
// The SDK's table of the real API's descriptions it rewrites for users: a sandbox description found
// there is worded as the real API words it. (9.0.8's rewrite itself never matches, so replies pass as sent.)
import { ResponseTranslator } from "@hexonet/ispapi-apiconnector/dist/responsetranslator.js";

const out = console.log.bind(console);
console.log = () => {}; // the SDK logs every raw reply; only the result line goes to stdout

const checks = [];
const check = (name, ok, detail = "") => checks.push({ name, ok: !!ok, detail: String(detail) });
const dated = (v) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(v ?? "");
const first = (r, column) => r.getColumn(column)?.getData()[0];
const knownToSdk = (description) => Object.hasOwn(ResponseTranslator.descriptionRegexMap, description);

function client(password = process.env.SANDBOX_PASSWORD) {
  const c = new APIClient();
  c.useOTESystem(); // entity 1234, the sandbox's default
  c.setURL(process.env.SANDBOX_URL);
  c.setCredentials(process.env.SANDBOX_LOGIN, password);
  return c;
}

async function main() {
  const cl = client();

  // The SDK posts its form as text/plain;charset=UTF-8: the first request must work.
  let r = await cl.request({ COMMAND: "StatusAccount" });
  check("StatusAccount answers the SDK's request shape", r.getCode() === 200, r.getDescription());
  check("StatusAccount has AMOUNT, CREDIT, CURRENCY, DEPOSIT, VAT",
    ["AMOUNT", "CREDIT", "CURRENCY", "DEPOSIT", "VAT"].every((c) => first(r, c) !== undefined), JSON.stringify(r.getColumnKeys()));

  r = await client("wrong-password").request({ COMMAND: "StatusAccount" });
  check("a wrong password is 530", r.getCode() === 530, r.getCode());

  r = await cl.login();
  check("StartSession returns a SESSION the SDK keeps", r.getCode() === 200 && (cl.getSession() ?? "").length > 0, r.getDescription());

  const person = { FIRSTNAME: "Jane", LASTNAME: "Doe", STREET: "1 Main Street", CITY: "Springfield", ZIP: "12345",
    COUNTRY: "US", PHONE: "+1.5555550100", EMAIL: "jane@example.org" };
  r = await cl.request({ COMMAND: "AddContact", ...person });
  const owner = first(r, "CONTACT");
  check("AddContact returns CONTACT and NEW = 1", r.getCode() === 200 && owner && first(r, "NEW") === "1", r.getDescription());
  r = await cl.request({ COMMAND: "AddContact", ...person });
  check("AddContact with the same data returns the same handle, NEW = 0", first(r, "CONTACT") === owner && first(r, "NEW") === "0", first(r, "CONTACT"));
  r = await cl.request({ COMMAND: "AddContact", ...person, STREET: "2 Other Street" });
  check("AddContact with another street is another contact", r.getCode() === 200 && first(r, "CONTACT") !== owner, first(r, "CONTACT"));
  r = await cl.request({ COMMAND: "AddContact", NAME: "John Roe", STREET: "3 Side Street", CITY: "Springfield", ZIP: "12345",
    COUNTRY: "US", PHONE: "+1.5555550101", EMAIL: "john@example.org" });
  check("AddContact takes NAME", r.getCode() === 200, r.getDescription());
  const { STREET, ...noStreet } = person;
  r = await cl.request({ COMMAND: "AddContact", ...noStreet, EMAIL: "nostreet@example.org" });
  check("AddContact without STREET is 504", r.getCode() === 504 && /STREET/.test(r.getDescription()), r.getDescription());

  r = await cl.request({ COMMAND: "CheckDomains", DOMAIN: ["free-name.plain", "taken-name.plain"] });
  const results = r.getColumn("DOMAINCHECK")?.getData() ?? [];
  check("CheckDomains answers 210 / 211 per name", /^210 /.test(results[0]) && /^211 /.test(results[1]), results.join(" | "));
  check("CheckDomains has DOMAINCHECKTIME and REASON", r.getColumn("DOMAINCHECKTIME") && r.getColumn("REASON"), JSON.stringify(r.getColumnKeys()));
  r = await cl.request({ COMMAND: "CheckDomain", DOMAIN: "taken-name.plain" });
  check("CheckDomain answers 211 in the reply code", r.getCode() === 211, r.getCode());
  r = await cl.request({ COMMAND: "CheckDomain", DOMAIN: "free-name.plain" });
  check("CheckDomain answers 210 in the reply code", r.getCode() === 210, r.getCode());

  const contacts = { OWNERCONTACT0: owner, ADMINCONTACT0: owner, TECHCONTACT0: owner, BILLINGCONTACT0: owner };
  r = await cl.request({ COMMAND: "AddDomain", DOMAIN: "sdk-one.plain", PERIOD: "1Y", ...contacts, NAMESERVER: ["ns1.example.net", "ns2.example.net"],
    "X-ACCEPT-WHOISTRUSTEE-TAC": 1 });
  check("AddDomain registers, not pending", r.getCode() === 200 && !r.isPending() && first(r, "STATUS") === "ACTIVE", r.getDescription());
  check("AddDomain dates are YYYY-MM-DD HH:MM:SS", dated(first(r, "REGISTRATIONEXPIRATIONDATE")), first(r, "REGISTRATIONEXPIRATIONDATE"));
  r = await cl.request({ COMMAND: "AddDomain", DOMAIN: "sdk-two.plain", PERIOD: "24M", ...contacts });
  check("AddDomain takes a month period (24M)", r.getCode() === 200, r.getDescription());
  r = await cl.request({ COMMAND: "AddDomain", DOMAIN: "sdk-pending.slow", PERIOD: 1, ...contacts });
  check("AddDomain at an asynchronous registry is PENDING = 1, REQUESTEDCREATE", r.isSuccess() && r.isPending() && first(r, "STATUS") === "REQUESTEDCREATE",
    `${r.getCode()} pending=${r.isPending()} ${first(r, "STATUS")}`);
  r = await cl.request({ COMMAND: "AddDomain", DOMAIN: "taken-name.plain", ...contacts });
  check("AddDomain of a taken name is 554", r.getCode() === 554, `${r.getCode()} ${r.getDescription()}`);

  r = await cl.request({ COMMAND: "StatusDomain", DOMAIN: "sdk-one.plain" });
  check("StatusDomain has the documented properties",
    ["EXPIRATIONDATE", "PAIDUNTILDATE", "REGISTRATIONEXPIRATIONDATE", "RENEWALMODE", "TRANSFERLOCK", "UPDATEDDATE", "DOMAINUMLAUT", "CREATEDDATE", "STATUS"]
      .every((c) => first(r, c) !== undefined), JSON.stringify(r.getColumnKeys()));
  check("StatusDomain dates are YYYY-MM-DD HH:MM:SS", dated(first(r, "EXPIRATIONDATE")) && dated(first(r, "CREATEDDATE")), first(r, "EXPIRATIONDATE"));
  check("StatusDomain shows the Whois Trustee switch", first(r, "X-ACCEPT-WHOISTRUSTEE-TAC") === "1", first(r, "X-ACCEPT-WHOISTRUSTEE-TAC"));
  const expiry = first(r, "EXPIRATIONDATE");
  r = await cl.request({ COMMAND: "StatusDomain", DOMAIN: "sdk-pending.slow" });
  check("StatusDomain of a pending registration says REQUESTEDCREATE", first(r, "STATUS") === "REQUESTEDCREATE", first(r, "STATUS"));

  r = await cl.request({ COMMAND: "RenewDomain", DOMAIN: "sdk-one.plain", PERIOD: "1Y", EXPIRATION: expiry.slice(0, 4) });
  check("RenewDomain returns DOMAIN and EXPIRATIONDATE a year on", r.getCode() === 200 && first(r, "DOMAIN") === "sdk-one.plain"
    && first(r, "EXPIRATIONDATE")?.slice(0, 4) === String(Number(expiry.slice(0, 4)) + 1), `${r.getDescription()} ${first(r, "EXPIRATIONDATE")}`);
  r = await cl.request({ COMMAND: "RenewDomain", DOMAIN: "sdk-one.plain", PERIOD: "1Y", EXPIRATION: expiry.slice(0, 4) });
  check("RenewDomain repeated with the old EXPIRATION is 555", r.getCode() === 555, `${r.getCode()} ${r.getDescription()}`);

  r = await cl.request({ COMMAND: "ModifyDomain", DOMAIN: "sdk-one.plain", NAMESERVER: ["ns3.example.net"], TRANSFERLOCK: 1 });
  check("ModifyDomain answers 200", r.getCode() === 200, r.getDescription());
  r = await cl.request({ COMMAND: "StatusDomain", DOMAIN: "sdk-one.plain" });
  check("ModifyDomain changed name servers and lock", first(r, "NAMESERVER") === "ns3.example.net" && first(r, "TRANSFERLOCK") === "1",
    `${first(r, "NAMESERVER")} ${first(r, "TRANSFERLOCK")}`);

  r = await cl.request({ COMMAND: "TransferDomain", DOMAIN: "taken-transfer.plain", AUTH: "not-the-code" });
  check("TransferDomain with a wrong auth code is the documented wording (the SDK knows it)",
    r.isError() && knownToSdk(r.getDescription()) && /WRONG AUTH/.test(r.getDescription()), r.getDescription());
  r = await cl.request({ COMMAND: "TransferDomain", DOMAIN: "taken-transfer.plain", AUTH: "Auth-Code-123" });
  check("TransferDomain is accepted with PENDING = 1", r.getCode() === 200 && r.isPending(), `${r.getDescription()} pending=${r.isPending()}`);
  r = await cl.request({ COMMAND: "StatusDomainTransfer", DOMAIN: "taken-transfer.plain" });
  check("StatusDomainTransfer says PENDING", first(r, "TRANSFERSTATUS") === "PENDING" && dated(first(r, "CREATEDDATE")), first(r, "TRANSFERSTATUS"));
  r = await cl.request({ COMMAND: "QueryTransferList" });
  check("QueryTransferList lists the transfer", r.getColumn("DOMAIN")?.getData().includes("taken-transfer.plain") && first(r, "TOTAL") === "1",
    JSON.stringify(r.getColumn("DOMAIN")?.getData()));
  r = await cl.request({ COMMAND: "TransferDomain", DOMAIN: "sdk-one.plain", AUTH: "whatever" });
  check("TransferDomain of a domain in the account is the documented wording (the SDK knows it)",
    r.getCode() === 540 && knownToSdk(r.getDescription()), r.getDescription());

  // Paging: FIRST / LIMIT in, FIRST LAST COUNT TOTAL LIMIT out, followed by the SDK's own paging.
  let page = await cl.request({ COMMAND: "QueryContactList", LIMIT: 2, FIRST: 0, WIDE: 1 });
  const seen = [];
  let pages = 0;
  while (page && pages < 10) {
    pages++;
    seen.push(...(page.getColumn("CONTACT")?.getData() ?? []));
    page = await cl.requestNextResponsePage(page);
  }
  check("QueryContactList pages with the SDK (3 contacts, LIMIT 2: 2 pages)", pages === 2 && seen.length === 3 && new Set(seen).size === 3, `${pages} pages, ${seen}`);
  r = await cl.request({ COMMAND: "QueryContactList", LIMIT: 2, FIRST: 0, WIDE: 1 });
  const pg = r.getPagination();
  check("QueryContactList pagination columns", pg.FIRST === 0 && pg.LAST === 1 && pg.COUNT === 2 && pg.TOTAL === 3 && pg.LIMIT === 2, JSON.stringify(pg));
  check("QueryContactList WIDE columns are CONTACT…", first(r, "CONTACTFIRSTNAME") !== undefined && first(r, "CONTACTSTREET") !== undefined && !r.getColumn("FIRSTNAME"),
    JSON.stringify(r.getColumnKeys()));
  const all = await cl.requestAllResponsePages({ COMMAND: "QueryDomainList", LIMIT: 1, WIDE: 1 });
  const domains = all.flatMap((p) => p.getColumn("DOMAIN")?.getData() ?? []);
  check("QueryDomainList pages (3 domains, LIMIT 1)", all.length === 3 && domains.length === 3, `${all.length} pages: ${domains}`);
  check("QueryDomainList WIDE columns are DOMAIN…", all[0].getColumn("DOMAINREGISTRATIONEXPIRATIONDATE") && all[0].getColumn("DOMAINSTATUS"),
    JSON.stringify(all[0].getColumnKeys()));

  // The SDK converts IDNs to A-labels itself (autoIDNConvert); DOMAINUMLAUT gives the name back.
  r = await cl.request({ COMMAND: "AddDomain", DOMAIN: "müller-sdk.plain", PERIOD: "1Y", ...contacts });
  check("AddDomain of an IDN the SDK converted", r.getCode() === 200, r.getDescription());
  r = await cl.request({ COMMAND: "StatusDomain", DOMAIN: "müller-sdk.plain" });
  check("StatusDomain of the IDN: ID in A-labels, DOMAINUMLAUT in Unicode",
    /^xn--/.test(first(r, "ID") ?? "") && first(r, "DOMAINUMLAUT") === "müller-sdk.plain", `${first(r, "ID")} ${first(r, "DOMAINUMLAUT")}`);

  r = await cl.request({ COMMAND: "DeleteDomain", DOMAIN: "sdk-two.plain" });
  check("DeleteDomain is PENDING = 1, PENDINGDELETE", r.getCode() === 200 && r.isPending() && first(r, "STATUS") === "PENDINGDELETE", r.getDescription());
  r = await cl.request({ COMMAND: "RestoreDomain", DOMAIN: "sdk-two.plain" });
  check("RestoreDomain is PENDING = 1", r.getCode() === 200 && r.isPending(), r.getDescription());

  r = await cl.request({ COMMAND: "AddDomain", DOMAIN: "sdk-costly.plain", PERIOD: "10Y", ...contacts });
  check("AddDomain beyond the balance is 546", r.getCode() === 546, `${r.getCode()} ${r.getDescription()}`);
  r = await cl.request({ COMMAND: "StatusDomain" });
  check("a missing DOMAIN is 504", r.getCode() === 504, r.getDescription());
  r = await cl.request({ COMMAND: "StatusDomain", DOMAIN: "not-mine.plain" });
  check("an unknown domain is 545", r.getCode() === 545, r.getDescription());
  r = await cl.request({ COMMAND: "NoSuchCommand" });
  check("an unknown command is 500", r.getCode() === 500, r.getDescription());
  r = await cl.request({ COMMAND: "AddDomain", DOMAIN: "sdk-x.plain", PERIOD: "13M", ...contacts });
  check("a period in broken years is 541", r.getCode() === 541, r.getDescription());

  r = await cl.logout();
  check("EndSession answers 200 and the SDK drops the session", r.getCode() === 200 && cl.getSession() === null, r.getDescription());
}

try {
  await main();
} catch (e) {
  check("the scenario ran to its end", false, e?.stack ?? e);
}
out(JSON.stringify({ checks }));
