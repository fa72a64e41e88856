import { parseBatchDocument } from '/work/main/src/core/document/parse';
const d = parseBatchDocument('[{"method": "GET", "name": "a"}, {"method": "GE, {"name": "c", "relative_url": "me"}]');
console.log(d.operations.map(o => o.properties.map(p => [p.key, p.value?.value])));
