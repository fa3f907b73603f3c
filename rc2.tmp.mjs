import { checkSync } from 'recheck';
import { regexLiterals, lexiconMatchers } from '/work/main/scripts/regexes.mjs';
const lits = regexLiterals();
const t0 = performance.now();
const times=[];
for (const r of lits) {
  const t = performance.now();
  const res = checkSync(r.source, r.flags, { timeout: 10000 });
  const ms = performance.now() - t; times.push(ms);
  if (res.status !== 'safe') console.log(res.status, Math.round(ms), r.where, r.source.slice(0, 90), '|', res.complexity?.type, JSON.stringify(res.attack?.pattern ?? res.error?.kind ?? '').slice(0,60));
}
times.sort((a,b)=>a-b);
console.log('literals', lits.length, 'total ms', Math.round(performance.now() - t0), 'median', Math.round(times[times.length>>1]), 'max', Math.round(times.at(-1)));
