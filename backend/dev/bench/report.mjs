// Writes the Markdown results of `make bench` (backend/dev/bench.sh) from .run/bench/out.
// usage: node report.mjs OUT_DIR RESULTS_MD
import fs from 'node:fs';
import path from 'node:path';

const [outDir, resultsFile] = process.argv.slice(2);
const read = (f) => (fs.existsSync(path.join(outDir, f)) ? JSON.parse(fs.readFileSync(path.join(outDir, f), 'utf8')) : null);
const metrics = Object.fromEntries(
  fs.readFileSync(path.join(outDir, 'metrics.env'), 'utf8').split('\n').filter((l) => l.includes('='))
    .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
);

const endpoints = [
  ['hh-grid-tag', 'household search, grid + tag, page 0 (grid worker)', 'GET /api/households?areaId=<grid>&tag=RENTAL'],
  ['hh-district-tag-p0', 'household search, district + tag, page 0 (admin)', 'GET /api/households?tag=RENTAL'],
  ['hh-district-tag-p200', 'household search, district + tag, page 200 (admin)', 'GET /api/households?tag=RENTAL&page=200'],
  ['hh-detail', 'household detail (grid worker)', 'GET /api/households/<id>'],
  ['resident-idcard', 'resident by exact ID number (admin)', 'GET /api/residents?idCard=<id>'],
  ['hh-address-district', 'household search by address, district (admin)', 'GET /api/households?q=3号楼1单元101'],
  ['hh-address-gridworker', 'household search by address (grid worker)', 'GET /api/households?q=3号楼1单元101'],
  ['resident-name-district', 'resident search by part of the name, district (admin)', 'GET /api/residents?q=晓华'],
  ['resident-name1-district', 'resident search by one common character, district (admin)', 'GET /api/residents?q=华'],
  ['resident-name-gridworker', 'resident search by part of the name (grid worker)', 'GET /api/residents?q=晓华'],
  ['stats-community', 'registry stats of a community (community staff)', 'GET /api/registry/stats?areaId=<community>'],
  ['stats-district', 'registry stats of the whole district (admin)', 'GET /api/registry/stats'],
  ['issues-gridworker', 'issue list of a grid worker, page 0', 'GET /api/issues'],
  ['issue-stats-community', 'issue statistics of a community, one year', 'GET /api/issues/stats?from=&to=&areaId=<community>'],
  ['issue-stats-district', 'issue statistics of the whole district, one year', 'GET /api/issues/stats?from=&to='],
  ['volunteer-stats-community', 'volunteer statistics of a community, one year (community staff)', 'GET /api/volunteer-stats?from=&to=&areaId=<community>'],
  ['volunteer-stats-district', 'volunteer statistics of the whole district, one year (admin)', 'GET /api/volunteer-stats?from=&to='],
  ['volunteer-ranking-community', 'volunteer ranking by confirmed hours, a community, one year, top 20', 'GET /api/volunteer-stats/ranking?from=&to=&areaId=<community>'],
  ['volunteer-ranking-district', 'volunteer ranking by confirmed hours, the district, one year, top 20', 'GET /api/volunteer-stats/ranking?from=&to='],
  ['visit-coverage-grid', 'visit coverage of a grid, half-year rule, by grid (grid worker)', 'GET /api/visit-coverage?ruleId=&periodId=&areaId=<grid>&groupBy=GRID'],
  ['visit-coverage-community', 'visit coverage of a community, half-year rule, by grid (community staff)', 'GET /api/visit-coverage?ruleId=&periodId=&areaId=<community>&groupBy=GRID'],
  ['visit-coverage-district', 'visit coverage of the whole district, half-year rule, by grid (admin)', 'GET /api/visit-coverage?ruleId=&periodId=&groupBy=GRID'],
  ['visit-obligations-mine', "the grid worker's day: due and overdue visits, nearest first", 'GET /api/visit-obligations/mine'],
  ['visits-community', 'visit log of a community, page 0 (community staff)', 'GET /api/visits?areaId=<community>'],
  ['party-stats-community', 'party-building statistics of a community, this year (community staff)', 'GET /api/party-building/stats?areaId=<community>'],
  ['party-stats-district', 'party-building statistics of the whole district, this year (admin)', 'GET /api/party-building/stats'],
];

const fmt = (n, d = 1) => (n == null || Number.isNaN(n) ? 'n/a' : Number(n).toFixed(d));
// Both sides come from the same load generator (com.gridwork.dev.bench.Load) in the same shape.
const run = (r) => r && {
  rps: r.rps, p50: r.p50, p99: r.p99, bad: r.errors, rate: r.rate, late: r.late, inFlight: r.maxInFlight,
};
const errors = (r) => (r && r.bad ? ` (${r.bad} errors)` : '');

const lines = [];
const push = (s = '') => lines.push(s);
push('# Gridwork benchmark (`make bench`)');
push();
push(`District: ${metrics.COMMUNITIES} communities, ${metrics.GRIDS} grids, ${metrics.BUILDINGS} buildings, ` +
  `${metrics.HOUSEHOLDS} households, ${metrics.RESIDENTS} residents (all rows in the database, including earlier imports), ` +
  `${metrics.ISSUES} issues received over the last year; ` +
  `${metrics.VOLUNTEERS} volunteers, ${metrics.VOLUNTEER_TEAMS} teams, ${metrics.VOLUNTEER_ACTIVITIES} activities, ${metrics.VOLUNTEER_LEDGER} hours ledger entries over three years; ` +
  `${metrics.PAIRINGS} pairings, ${metrics.VISIT_OBLIGATIONS} visit obligations (a half-year and six months), ${metrics.VISITS} visits; ` +
  `${metrics.PARTY_REPORTS} party-member reports, ${metrics.COBUILD_UNITS} co-building units, ${metrics.COBUILD_PROJECTS} co-building projects. ` +
  `Load: one generator for the endpoint (HTTP on loopback) and its ceiling (the same SQL over JDBC, com.gridwork.dev.bench.Ceiling), ` +
  `com.gridwork.dev.bench.Load; closed loop ${metrics.CONN} requests in flight, ${metrics.SECS} s per run, after a warm-up round of ${metrics.WARMUP_ROUND} s per endpoint and ${metrics.WARMUP} s more right before each; ` +
  `open loop: both at half the endpoint's closed-loop maximum, latency from each request's intended start; ` +
  `backend JVM options \`${metrics.JAVA_OPTS}\`; database InnoDB buffer pool ${metrics.DB_BUFFER_POOL}.`);
push(`Run ${new Date().toISOString()}, ${fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8').split('\n').filter((l) => l.startsWith('processor')).length : '?'} CPUs.`);
push();
push('## Reads: closed loop (maximum throughput)');
push();
push('| endpoint | request | endpoint req/s | p50 ms | p99 ms | ceiling req/s | p50 ms | p99 ms | endpoint/ceiling | target ≥ 50 % |');
push('|---|---|---:|---:|---:|---:|---:|---:|---:|---|');
const rows = {};
for (const [name, label, request] of endpoints) {
  const e = run(read(`${name}.endpoint.closed.json`));
  const c = run(read(`${name}.ceiling.closed.json`));
  const eo = run(read(`${name}.endpoint.open.json`));
  const co = run(read(`${name}.ceiling.open.json`));
  rows[name] = { e, c, eo, co };
  const ratio = e && c ? e.rps / c.rps : NaN;
  push(`| ${label} | \`${request}\` | ${fmt(e?.rps)}${errors(e)} | ${fmt(e?.p50)} | ${fmt(e?.p99)} | ${fmt(c?.rps)}${errors(c)} | ${fmt(c?.p50)} | ${fmt(c?.p99)} | ${fmt(ratio * 100, 0)} % | ${ratio >= 0.5 ? 'met' : 'MISSED'} |`);
}
push();
push('## Reads: open loop at half the endpoint maximum (latency from intended start)');
push();
push('| endpoint | rate req/s | endpoint req/s | p50 ms | p99 ms | ceiling req/s | p50 ms | p99 ms | p99 endpoint / ceiling | sent late (endpoint / ceiling) | max in flight | target p99 < 50 ms |');
push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const [name, label] of endpoints) {
  const { eo, co } = rows[name];
  const p99Ratio = eo && co ? eo.p99 / co.p99 : NaN;
  push(`| ${label} | ${fmt(eo?.rate)} | ${fmt(eo?.rps)}${errors(eo)} | ${fmt(eo?.p50)} | ${fmt(eo?.p99)} | ${fmt(co?.rps)}${errors(co)} | ${fmt(co?.p50)} | ${fmt(co?.p99)} | ` +
    `${fmt(p99Ratio, 1)}× | ${eo?.late ?? 'n/a'} / ${co?.late ?? 'n/a'} | ${eo?.inFlight ?? 'n/a'} / ${co?.inFlight ?? 'n/a'} | ${eo && eo.p99 < 50 ? 'met' : 'MISSED'} |`);
}
push();
const p0 = rows['hh-district-tag-p0'];
const p200 = rows['hh-district-tag-p200'];
const deep = p0?.e && p200?.e ? p0.e.rps / p200.e.rps : NaN; // cost per request = 1 / max throughput
const district = rows['stats-district']?.eo;
const issueDistrict = rows['issue-stats-district']?.eo;
const issueGen = Number(metrics.ISSUE_GENERATION_MS);
const importS = Number(metrics.IMPORT_MS) / 1000;
const gen = Number(metrics.GENERATION_MS);
push('## Other measures');
push();
push('| measure | value | target | |');
push('|---|---:|---|---|');
push(`| deep page (page 200) / first page: cost per request (inverse closed-loop throughput) | ${fmt(deep, 2)}× | ≤ 1.5× | ${deep <= 1.5 ? 'met' : 'MISSED'} |`);
push(`| district statistics, p50 / p99 at half load | ${fmt(district?.p50, 0)} / ${fmt(district?.p99, 0)} ms | < 300 ms | ${district && district.p99 < 300 ? 'met' : 'MISSED'} |`);
push(`| district issue statistics (one year), p50 / p99 at half load | ${fmt(issueDistrict?.p50, 0)} / ${fmt(issueDistrict?.p99, 0)} ms | < 300 ms | ${issueDistrict && issueDistrict.p99 < 300 ? 'met' : 'MISSED'} |`);
push(`| backend start to ready (launch → /q/health/ready 200) | ${metrics.READY_MS} ms (Quarkus "started in" ${metrics.QUARKUS_STARTED} s) | < 3 s | ${Number(metrics.READY_MS) < 3000 ? 'met' : 'MISSED'} |`);
push(`| RSS idle (5 s after ready) | ${metrics.RSS_IDLE} MB | < 400 MB | ${Number(metrics.RSS_IDLE) < 400 ? 'met' : 'MISSED'} |`);
push(`| RSS under load (peak during the reads, VmHWM) | ${metrics.RSS_LOAD} MB | | |`);
push(`| RSS peak during the import | ${metrics.RSS_IMPORT} MB | | |`);
push(`| import of ${metrics.IMPORT_ROWS} residents (HTTP ${metrics.IMPORT_CODE}) | ${fmt(importS, 1)} s | < 60 s | ${metrics.IMPORT_CODE === '200' && importS < 60 ? 'met' : 'MISSED'} |`);
// Met when the import succeeded inside a heap capped at 512 MB: the cap is what bounds the heap, the peak shows the margin.
const heapMet = metrics.IMPORT_CODE === '200' && Number(metrics.MAX_HEAP_MB) <= 512 && Number(metrics.PEAK_HEAP) < 512;
push(`| heap during the import: max heap ${metrics.MAX_HEAP_MB} MB, peak used (jstat, 250 ms samples), GC time | ${metrics.PEAK_HEAP} MB, GC ${metrics.IMPORT_GC_MS} ms | < 512 MB | ${heapMet ? 'met' : 'MISSED'} |`);
push(`| district generation (RegistryGenerator, batched inserts) | ${gen >= 0 ? fmt(gen / 1000, 0) + ' s' : 'n/a'}${metrics.GENERATED_NOW === '1' ? ' (this run)' : ' (earlier run; reused)'} | | |`);
const volunteerDistrict = rows['volunteer-stats-district']?.eo;
const volunteerGen = Number(metrics.VOLUNTEER_GENERATION_MS);
push(`| district volunteer statistics (one year), p50 / p99 at half load | ${fmt(volunteerDistrict?.p50, 0)} / ${fmt(volunteerDistrict?.p99, 0)} ms | < 300 ms | ${volunteerDistrict && volunteerDistrict.p99 < 300 ? 'met' : 'MISSED'} |`);
push(`| volunteer service generation (VolunteerGenerator, multi-row inserts) | ${volunteerGen >= 0 ? fmt(volunteerGen / 1000, 0) + ' s' : 'n/a'} | | |`);
const coverageDistrict = rows['visit-coverage-district']?.eo;
const visitGen = Number(metrics.VISIT_GENERATION_MS);
push(`| district visit coverage (half-year rule), p50 / p99 at half load | ${fmt(coverageDistrict?.p50, 0)} / ${fmt(coverageDistrict?.p99, 0)} ms | < 300 ms | ${coverageDistrict && coverageDistrict.p99 < 300 ? 'met' : 'MISSED'} |`);
push(`| pairings and visits generation (VisitGenerator, multi-row inserts) | ${visitGen >= 0 ? fmt(visitGen / 1000, 0) + ' s' : 'n/a'} | | |`);
const partyDistrict = rows['party-stats-district']?.eo;
const partyGen = Number(metrics.PARTY_GENERATION_MS);
push(`| district party-building statistics (this year), p50 / p99 at half load | ${fmt(partyDistrict?.p50, 0)} / ${fmt(partyDistrict?.p99, 0)} ms | < 300 ms | ${partyDistrict && partyDistrict.p99 < 300 ? 'met' : 'MISSED'} |`);
push(`| party building generation (PartyGenerator, multi-row inserts) | ${partyGen >= 0 ? fmt(partyGen / 1000, 0) + ' s' : 'n/a'} | | |`);
push(`| whole \`make bench\` | ${metrics.TOTAL_S} s | < 15 min | ${Number(metrics.TOTAL_S) < 900 ? 'met' : 'MISSED'} |`);
push();
push('Notes: one load generator (com.gridwork.dev.bench.Load) measures both sides. Closed loop: each of the workers sends its next ' +
  'request when its last one has answered. Open loop: request k is due at k / rate s and is sent then, whether or not earlier ' +
  'ones have answered; its latency runs from that intended start to the complete answer, so queueing counts on both sides. ' +
  'The endpoint is called through java.net.http asynchronously (another connection whenever every open one is busy: the ' +
  'backend\'s own queues are measured); the ceiling runs on as many JDBC connections as the closed loop has requests in flight, ' +
  'and a request that finds all busy waits for one, as it would in the backend\'s pool. "Sent late": sent more than 1 ms after ' +
  'its intended start (the generator fell behind; the delay is in the latency either way). "Max in flight": requests sent and ' +
  'not yet answered, at most. The ceiling leaves out what is not the read itself: HTTP, JSON, token verification and the ' +
  'per-request staff lookup (CallerLoader).');
fs.writeFileSync(resultsFile, lines.join('\n') + '\n');
