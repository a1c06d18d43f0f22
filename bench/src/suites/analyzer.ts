/**
 * analyzer: classifier quality on the held-out validation split (anchor: Davidson et al.
 * 2017 as published, and a word-n-gram LR in their manner trained here in the same run),
 * campaign detection quality on generated streams, and posts/s of the full analysis on
 * one core with memory.
 */
import { classNames, shippedModelMetadata } from '@continuum/analyzer';
import type { QualityReport } from '@continuum/analyzer';
import { measureCampaigns, campaignPolicy, type CampaignResult } from '../analyzer/campaigns.js';
import { measureQuality } from '../analyzer/quality.js';
import { measureSpeed } from '../analyzer/speed.js';
import { formatSummary } from '../stats.js';
import type { BenchSuite } from '../suite.js';

const f3 = (x: number) => x.toFixed(3);
const met = (ok: boolean) => (ok ? 'met' : 'not met');

function qualityTable(rows: [string, QualityReport | undefined][]): string {
  const header = '| model | hate P | hate R | hate F1 | offensive F1 | neither F1 | macro-F1 | weighted F1 |\n|---|---|---|---|---|---|---|---|';
  const lines = rows.filter((r): r is [string, QualityReport] => r[1] !== undefined).map(([name, q]) => {
    const [hate, offensive, neither] = q.perClass;
    return `| ${name} | ${f3(hate?.precision ?? 0)} | ${f3(hate?.recall ?? 0)} | ${f3(hate?.f1 ?? 0)} | ${f3(offensive?.f1 ?? 0)} | ${f3(neither?.f1 ?? 0)} | ${f3(q.macroF1)} | ${f3(q.weightedF1)} |`;
  });
  return [header, ...lines, '| Davidson et al. 2017 (published, their test set) | 0.44 | 0.61 | 0.51 | – | – | – | 0.90 |'].join('\n');
}

function perClassTable(q: QualityReport): string {
  const lines = classNames.map((name, c) => {
    const m = q.perClass[c];
    return `| ${name} | ${f3(m?.precision ?? 0)} | ${f3(m?.recall ?? 0)} | ${f3(m?.f1 ?? 0)} | ${m?.support ?? 0} |`;
  });
  return ['| class | precision | recall | F1 | support |', '|---|---|---|---|---|', ...lines].join('\n');
}

function campaignTable(seeds: readonly number[], campaigns: CampaignResult[]): string[] {
  const sum = (f: (r: CampaignResult) => number) => campaigns.reduce((a, r) => a + f(r), 0);
  const tp = sum((r) => r.score.truePositives);
  const detected = sum((r) => r.score.detected);
  const planted = sum((r) => r.score.planted);
  const precision = detected === 0 ? 0 : tp / detected;
  const recall = planted === 0 ? 0 : tp / planted;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return [
    '| seed | reports | planted | detected | TP | FP | precision | recall | post recall | detections in a stream without campaigns | detect ms |', '|---|---|---|---|---|---|---|---|---|---|---|',
    ...campaigns.map((r, i) => `| ${seeds[i]} | ${r.reports} | ${r.score.planted} | ${r.score.detected} | ${r.score.truePositives} | ${r.score.falsePositives} | ${f3(r.score.precision)} | ${f3(r.score.recall)} | ${f3(r.postRecall)} | ${r.noCampaignStreamDetections} | ${r.detectMs.toFixed(0)} |`),
    '', `Overall: precision ${f3(precision)}, recall ${f3(recall)}, F1 ${f3(f1)}; false detections in the streams without campaigns: ${sum((r) => r.noCampaignStreamDetections)}.`,
  ];
}

export const suite: BenchSuite = {
  name: 'analyzer',
  title: 'Analyzer: classifier quality, campaign detection, posts/s',
  async run({ quick }) {
    const out: string[] = [];
    const quality = measureQuality(!quick, quick);
    if (quality === undefined) {
      out.push('**Classifier quality: SKIPPED — the dataset is not at `<repo>/../shared/data/davidson2017`.**');
    } else {
      const hate = quality.shipped.perClass[0]?.f1 ?? 0;
      out.push(`### Classifier (${shippedModelMetadata.version}) on the validation split (${quality.validationSize} tweets held out of labeled_train.csv by id hash)`,
        '', perClassTable(quality.shipped), '', qualityTable([[`shipped ${shippedModelMetadata.version}`, quality.shipped], ['anchor: word 1–2-gram LR, same split, trained in this run', quality.baseline]]), '',
        `Aim: hate-speech F1 ≥ 0.51 — ${f3(hate)}, ${met(hate >= 0.51)}; weighted F1 ≥ 0.90 — ${f3(quality.shipped.weightedF1)}, ${met(quality.shipped.weightedF1 >= 0.9)}.`,
        `Chosen without the validation split: 5-fold out-of-fold on the training part, hate F1 ${f3(shippedModelMetadata.outOfFold.perClass.hate_speech.f1)}, weighted F1 ${f3(shippedModelMetadata.outOfFold.weightedF1)} (decision offsets ${JSON.stringify(shippedModelMetadata.decisionOffsets)} tuned there too); the validation figures above were measured once, after the choice.`,
        'Note: Davidson et al. report on their own held-out 10%; ours is 15% of the public training file, so figures compare loosely. 180 hate tweets in validation: a hate F1 has a standard error of about ±0.03.');
    }

    const seeds = quick ? [1] : [1, 2, 3, 4, 5];
    out.push('', `### Campaign detection (K = ${campaignPolicy.minNodes} nodes, W = 1 h; ${seeds.length} seeded streams of 12 leaves, each with 8 planted campaigns, 6 below-K decoys, 4 beyond-W decoys)`);
    for (const [label, hard] of [['standard: templates of 14–22 words, 1–2 words changed per copy', false], ['hard: templates of 10–14 words, 1–3 words changed per copy', true]] as const) {
      out.push('', `**${label}**`, '', ...campaignTable(seeds, measureCampaigns(seeds, quick, hard)));
    }
    out.push('', 'Anchor: none published for this synthetic task; chance level is 0 (decoys are designed to look like campaigns). Post recall: planted posts inside their detected campaign.');

    const speed = measureSpeed(quick);
    const full = speed.full.cpu.median;
    out.push('', '### Speed (one thread, 5,000 synthetic posts; medians of 5 runs with min–max)', '',
      'posts per CPU-second is the one-core rate (CPU time of this process, GC threads included, so conservative); wall-clock rates suffer from the other load on this machine.', '',
      '| stage | posts per CPU-second | posts per wall-clock second |', '|---|---|---|',
      ...speed.stages.map((s) => `| ${s.name} | ${formatSummary(s.perSecond.cpu)} | ${formatSummary(s.perSecond.wall)} |`),
      `| **full analyze()** | **${formatSummary(speed.full.cpu)}** | ${formatSummary(speed.full.wall)} |`,
      `| validatePostLine + analyze() | ${formatSummary(speed.fullWithValidation.cpu)} | ${formatSummary(speed.fullWithValidation.wall)} |`,
      '', `Aim: ≥ 5,000 posts/s on one core — ${Math.round(full).toLocaleString('en-US')} per CPU-second, ${met(full >= 5000)}. Memory after the run: RSS ${speed.rssMb.toFixed(0)} MiB, heap ${speed.heapUsedMb.toFixed(0)} MiB (models: eld small, wink-nlp lite, classifier 2^${shippedModelMetadata.dimensionBits}×3 float32).`,
      'The load average of the run is in the command line above.');
    return { markdown: out.join('\n') };
  },
};
