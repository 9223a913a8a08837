// The project's accuracy bar: each gold set scored by our own scorer (gold-score.ts).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { describe, expect, it } from "vitest";
import { analyzeFolder, ROOT } from "../helpers/analyze.js";
import { scoreReport, type Gold } from "./gold-score.js";

interface Bar {
  claimsF1: number;
  values: number;
  groupingF1: number;
  conflictsF1: number;
  dates: number;
}

// The seed bar is issue 2's. The varied sets are written by us in many outlets' styles; their
// bars are where extraction stands now, raised as it improves (issue 3 asks 0.9/0.95/0.85/0.85).
const SETS: { name: string; gold: string; bar: Bar }[] = [
  { name: "seeds", gold: "tests/accuracy/seeds/gold.yaml", bar: { claimsF1: 0.95, values: 0.95, groupingF1: 0.9, conflictsF1: 1, dates: 1 } },
  { name: "disasters", gold: "tests/accuracy/disasters/gold.yaml", bar: { claimsF1: 0.96, values: 0.98, groupingF1: 0.89, conflictsF1: 0.88, dates: 1 } },
  { name: "conflicts", gold: "tests/accuracy/conflicts/gold.yaml", bar: { claimsF1: 0.95, values: 0.99, groupingF1: 0.79, conflictsF1: 0.9, dates: 1 } },
  // Written by a helper who never saw the extractor, and first scored before any tuning
  // (claims F1 0.731, grouping 0.713, conflicts 0.211); studied since, so no longer held out.
  { name: "heldout", gold: "tests/accuracy/heldout/gold.yaml", bar: { claimsF1: 0.93, values: 0.98, groupingF1: 0.88, conflictsF1: 0.77, dates: 1 } },
  // Real events told in our own words by two more helpers who never saw the extractor (Derna,
  // Turkey-Syria, Maria, Mina, Kanjuruhan; Mariupol, al-Ahli, 7 October, Sudan, Karabakh). First
  // scored untuned: disasters claims 0.822, grouping 0.49, conflicts 0.279; wars claims 0.789,
  // grouping 0.483, conflicts 0.35. Studied since; the bars hold what was gained.
  { name: "heldout-disasters", gold: "tests/accuracy/heldout-disasters/gold.yaml", bar: { claimsF1: 0.92, values: 0.99, groupingF1: 0.72, conflictsF1: 0.62, dates: 1 } },
  { name: "heldout-wars", gold: "tests/accuracy/heldout-wars/gold.yaml", bar: { claimsF1: 0.92, values: 0.99, groupingF1: 0.69, conflictsF1: 0.77, dates: 1 } },
  // A fourth blind set (Beirut, Pylos, Haiti, Rohingya, Crocus), written after the changes above
  // and first scored untuned: claims 0.822, values 0.960, grouping 0.619, conflicts 0.279.
  { name: "heldout-mixed", gold: "tests/accuracy/heldout-mixed/gold.yaml", bar: { claimsF1: 0.91, values: 0.96, groupingF1: 0.75, conflictsF1: 0.68, dates: 1 } },
  // A fifth blind set (Nepal 2015, Nargis, Chibok, Rana Plaza, Kabul airlift), first scored
  // untuned: claims 0.786, values 0.946, grouping 0.465, conflicts 0.244; studied since.
  { name: "heldout-5", gold: "tests/accuracy/heldout-5/gold.yaml", bar: { claimsF1: 0.87, values: 0.98, groupingF1: 0.58, conflictsF1: 0.33, dates: 1 } },
  // A sixth (Haiyan, Katrina, Grenfell, Al Haouz, Kramatorsk), written while the changes of this
  // round were made and first scored untuned after them: claims 0.815, values 0.994, grouping
  // 0.515, conflicts 0.443.
  { name: "heldout-6", gold: "tests/accuracy/heldout-6/gold.yaml", bar: { claimsF1: 0.92, values: 0.99, groupingF1: 0.66, conflictsF1: 0.57, dates: 1 } },
  // A seventh (Itaewon, Pakistan floods 2022, Wenchuan, Bucha, the 2004 tsunami), first scored
  // untuned: claims 0.820 (recall 0.710), values 0.982, grouping 0.468, conflicts 0.168.
  { name: "heldout-7", gold: "tests/accuracy/heldout-7/gold.yaml", bar: { claimsF1: 0.92, values: 0.99, groupingF1: 0.67, conflictsF1: 0.24, dates: 1 } },
  // An eighth (Surfside, Morbi, Tigray, Lac-Mégantic, Idai), written while this round's changes
  // were made and first scored untuned after them: claims 0.782 (recall 0.668), values 1.000,
  // grouping 0.464, conflicts 0.390 (0.778 / 0.444 / 0.348 with the code the round began with).
  { name: "heldout-8", gold: "tests/accuracy/heldout-8/gold.yaml", bar: { claimsF1: 0.88, values: 0.99, groupingF1: 0.68, conflictsF1: 0.56, dates: 1 } },
  // A ninth (Sewol, Kerala 2018, eastern Aleppo, Lampedusa, Olenivka), written while this round's
  // changes were made and first scored untuned after them: claims 0.790 (recall 0.683), values
  // 0.994, grouping 0.445, conflicts 0.203 (0.779 / 0.441 / 0.219 with the code the round began with).
  { name: "heldout-9", gold: "tests/accuracy/heldout-9/gold.yaml", bar: { claimsF1: 0.86, values: 0.99, groupingF1: 0.55, conflictsF1: 0.27, dates: 1 } },
  // A tenth (Christchurch, Harvey, Ghouta, Palu, Manchester Arena), written at the end of the round
  // and scored once, untuned, with its final code: claims 0.787, values 1.000, grouping 0.393,
  // conflicts 0.118 (0.774 / 0.383 / 0.133 with the code the round began with). Studied from the
  // next round on.
  { name: "heldout-10", gold: "tests/accuracy/heldout-10/gold.yaml", bar: { claimsF1: 0.84, values: 0.99, groupingF1: 0.53, conflictsF1: 0.36, dates: 1 } },
  // Two more, written side by side at the start of the next round and first scored untuned with
  // its code after three changes (and with the code it began with): set 11 (Mosul, Dorian,
  // Amatrice, Kiss nightclub, Westgate) claims 0.817, values 0.976, grouping 0.593, conflicts 0.395
  // (0.817 / 0.613 / 0.388); set 12 (Ogossagou, the 2021 Ahr floods, Brumadinho, Balasore, Somalia
  // 2011) claims 0.837, values 0.986, grouping 0.540, conflicts 0.326 (0.837 / 0.527 / 0.318).
  { name: "heldout-11", gold: "tests/accuracy/heldout-11/gold.yaml", bar: { claimsF1: 0.87, values: 0.97, groupingF1: 0.65, conflictsF1: 0.57, dates: 1 } },
  { name: "heldout-12", gold: "tests/accuracy/heldout-12/gold.yaml", bar: { claimsF1: 0.87, values: 0.98, groupingF1: 0.54, conflictsF1: 0.38, dates: 1 } },
  // Set 13 (Dnipro strike, Lahaina fire, Noto earthquake, Tianjin explosions, Samoa measles; 312
  // labels), arrived after five more changes of the round, scored once untuned: claims 0.831,
  // values 0.983, grouping 0.544, conflicts 0.168 (0.820 / 0.520 / 0.155 with the round's starting code).
  { name: "heldout-13", gold: "tests/accuracy/heldout-13/gold.yaml", bar: { claimsF1: 0.86, values: 0.98, groupingF1: 0.58, conflictsF1: 0.32, dates: 1 } },
  // Set 14 (Srebrenica, Vargas, the Joola, Herat, Ayotzinapa; 235 labels), arrived after eleven
  // changes of the round, scored once untuned: claims 0.782, values 0.974, grouping 0.514, conflicts
  // 0.343 (0.778 / 0.510 / 0.351 with the round's starting code).
  { name: "heldout-14", gold: "tests/accuracy/heldout-14/gold.yaml", bar: { claimsF1: 0.83, values: 0.97, groupingF1: 0.54, conflictsF1: 0.5, dates: 1 } },
  // Set 15 (Bhopal, Mitch, Beslan, Bam, the 2017 Mogadishu bombing; 249 labels), arrived near the
  // end of the round, scored once untuned with its final extraction: claims 0.771, values 0.992,
  // grouping 0.511, conflicts 0.164 (0.758 / 0.486 / 0.161 with the round's starting code).
  { name: "heldout-15", gold: "tests/accuracy/heldout-15/gold.yaml", bar: { claimsF1: 0.85, values: 0.97, groupingF1: 0.49, conflictsF1: 0.48, dates: 1 } },
  // Set 16 (Chibok, Hurricane Maria, Armero, the Costa Concordia, the Peshawar school attack; 235
  // labels), written blind and scored once on arrival: claims 0.816, values 0.992, grouping 0.530,
  // conflicts 0.130 (0.812 / 0.536 / 0.133 with the code this round began with).
  { name: "heldout-16", gold: "tests/accuracy/heldout-16/gold.yaml", bar: { claimsF1: 0.89, values: 0.98, groupingF1: 0.59, conflictsF1: 0.25, dates: 1 } },
  // Set 17 (Garissa, the Valencia floods, the 2016 Ecuador earthquake, the Soma mine fire, the 2015
  // Karachi heatwave; 223 labels), written blind and scored once on arrival: claims 0.791, values
  // 0.991, grouping 0.530, conflicts 0.298 (0.794 / 0.530 / 0.298 with the code this round began with).
  { name: "heldout-17", gold: "tests/accuracy/heldout-17/gold.yaml", bar: { claimsF1: 0.93, values: 0.98, groupingF1: 0.57, conflictsF1: 0.67, dates: 1 } },
  // Set 18 (the Moscow theatre siege, Black Saturday, the 2018 Fuego eruption, the Doña Paz, cholera
  // in Zimbabwe 2008-09; 235 labels), written blind and scored once on arrival: claims 0.828, values
  // 1.000, grouping 0.539, conflicts 0.143 (0.763 / 0.612 / 0.087 with the code this round began with).
  { name: "heldout-18", gold: "tests/accuracy/heldout-18/gold.yaml", bar: { claimsF1: 0.88, values: 0.99, groupingF1: 0.63, conflictsF1: 0.45, dates: 1 } },
  // Two more blind sets, written by helpers who never saw the extractor and scored once on
  // arrival: 19 (Kashmir 2005, Mumbai 2008, the Easter bombings, Ian, the Love Parade) claims
  // 0.832, grouping 0.404, conflicts 0.333; 20 (Tohoku, Paris 2015, Matthew in Haiti, Ebola in
  // Sierra Leone, Marawi) claims 0.878, grouping 0.280, conflicts 0.430.
  { name: "heldout-19", gold: "tests/accuracy/heldout-19/gold.yaml", bar: { claimsF1: 0.87, values: 0.98, groupingF1: 0.56, conflictsF1: 0.65, dates: 1 } },
  { name: "heldout-20", gold: "tests/accuracy/heldout-20/gold.yaml", bar: { claimsF1: 0.9, values: 0.97, groupingF1: 0.36, conflictsF1: 0.6, dates: 1 } },
  // Set 21 (Maule 2010, the Estonia, Madrid 2004, Cyclone Pam, Bali 2002), written while the
  // changes above were made and scored once on arrival: claims 0.785, grouping 0.605, conflicts
  // 0.467 (the code this round began with: 0.785 / 0.597 / 0.497).
  { name: "heldout-21", gold: "tests/accuracy/heldout-21/gold.yaml", bar: { claimsF1: 0.85, values: 0.98, groupingF1: 0.62, conflictsF1: 0.56, dates: 1 } },
  // Set 22 (Gujarat 2001, Ontake 2014, the Ghost Ship fire, Oslo and Utøya, Cyclone Fani), written
  // at the end of the round and scored once on arrival: claims 0.828, grouping 0.493, conflicts
  // 0.308 (the code the round began with: 0.825 / 0.457 / 0.240).
  { name: "heldout-22", gold: "tests/accuracy/heldout-22/gold.yaml", bar: { claimsF1: 0.85, values: 0.95, groupingF1: 0.71, conflictsF1: 0.41, dates: 1 } },
  // Sets 23 (L'Aquila, Kedarnath floods, the Camp Fire, France's 2003 heatwave, Merapi 2010) and 24
  // (the Kemerovo mall fire, the Santiago de Compostela derailment, the Las Vegas shooting, the
  // April 2015 Libya shipwreck, Sarajevo's Markale shelling), written at the start of the next round
  // and scored once on arrival: 23 claims 0.861, grouping 0.508, conflicts 0.397; 24 claims 0.835,
  // grouping 0.748, conflicts 0.412.
  { name: "heldout-23", gold: "tests/accuracy/heldout-23/gold.yaml", bar: { claimsF1: 0.87, values: 0.98, groupingF1: 0.51, conflictsF1: 0.42, dates: 1 } },
  { name: "heldout-24", gold: "tests/accuracy/heldout-24/gold.yaml", bar: { claimsF1: 0.88, values: 0.97, groupingF1: 0.72, conflictsF1: 0.54, dates: 1 } },
  // Sets 25 (the Henan floods of 2021, the Regent mudslide in Freetown, the Izmit earthquake, the
  // 2010 Pakistan floods, the Petropolis landslides) and 26 (Qana 2006, the battle of Jenin, the
  // Kunduz hospital strike, the Marikana killings, Hillsborough), written at the start of the round
  // after and scored once on arrival: 25 claims 0.897, grouping 0.624, conflicts 0.506; 26 claims
  // 0.763, grouping 0.404, conflicts 0.308.
  { name: "heldout-25", gold: "tests/accuracy/heldout-25/gold.yaml", bar: { claimsF1: 0.91, values: 0.96, groupingF1: 0.67, conflictsF1: 0.57, dates: 1 } },
  { name: "heldout-26", gold: "tests/accuracy/heldout-26/gold.yaml", bar: { claimsF1: 0.83, values: 0.98, groupingF1: 0.39, conflictsF1: 0.4, dates: 1 } },
  // Sets 27 (Texas 2021, Wayanad 2024, Russia's 2010 heatwave, Puebla 2017, Chamoli 2021) and 28
  // (Baga 2015, Andijan 2005, Rabaa 2013, Sabra and Shatila 1982, Tiananmen 1989), written blind at
  // the start of the next round and scored once on arrival with the code that round began with:
  // 27 claims 0.832, grouping 0.638, conflicts 0.204; 28 claims 0.815, grouping 0.615, conflicts 0.430.
  { name: "heldout-27", gold: "tests/accuracy/heldout-27/gold.yaml", bar: { claimsF1: 0.85, values: 0.97, groupingF1: 0.66, conflictsF1: 0.26, dates: 1 } },
  { name: "heldout-28", gold: "tests/accuracy/heldout-28/gold.yaml", bar: { claimsF1: 0.85, values: 0.98, groupingF1: 0.66, conflictsF1: 0.58, dates: 1 } },
];

function textsUnder(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(name, readFileSync(p, "utf8").replace(/^\uFEFF/, ""));
    }
  };
  walk(folder);
  return files;
}

describe.each(SETS)("accuracy on $name", ({ name, gold: goldFile, bar }) => {
  it("meets its bar", async () => {
    const gold = YAML.parse(readFileSync(path.join(ROOT, goldFile), "utf8")) as Gold;
    const report = await analyzeFolder(gold.corpus);
    const texts = textsUnder(path.join(ROOT, gold.corpus));
    const scores = scoreReport(gold, report, (file) => texts.get(file) ?? "");
    const r = (x: number) => x.toFixed(3);
    console.log(
      `${name}: claims P ${r(scores.claimsP)} R ${r(scores.claimsR)} F1 ${r(scores.claimsF1)} · values ${r(scores.values)} · grouping F1 ${r(scores.groupingF1)} · conflicts P ${r(scores.conflictsP)} R ${r(scores.conflictsR)} F1 ${r(scores.conflictsF1)} · dates ${r(scores.dates)}`,
    );
    const shortfalls = (Object.keys(bar) as (keyof Bar)[]).filter((k) => scores[k] < bar[k]);
    expect(shortfalls, `${name} below its bar:\n${scores.notes.slice(0, 60).join("\n")}`).toEqual([]);
  });
});
