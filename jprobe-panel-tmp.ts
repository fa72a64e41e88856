import { benchPanelRender } from './test/bench/panel-render';
const t = Date.now();
benchPanelRender({ repetitions: 1, peerRepetitions: 1 }).then((r) => { console.log(JSON.stringify(r), Date.now() - t); process.exit(0); });
