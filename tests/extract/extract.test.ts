// Sentence-level extraction: what a figure counts, its scope and status. Each row is an article
// body (dated 2025-03-10) and the claims it must yield; the negatives yield none.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/cli/knowledge.js";
import { articleBodyText } from "../../src/corpus/body-text.js";
import { extractSource } from "../../src/extract/extract-source.js";
import { makeSource } from "../factories.js";
import { ROOT, TEST_CONTEXT } from "../helpers/analyze.js";

const knowledge = loadKnowledge(ROOT);

function extract(text: string) {
  const source = makeSource({ id: "t.txt", path: path.join("t", "t.txt"), text, date: "2025-03-10", dateFrom: "front-matter" });
  return extractSource(source, articleBodyText(source), knowledge, TEST_CONTEXT);
}

// [body, figure text, metric key (before corpus-level scope guesses), low, high]
const POSITIVE: [string, string, string, number | null, number | null][] = [
  ["More than 35,000 people have died in Gaza since the war began.", "More than 35,000", "killed@gaza", 35000, null],
  ["The attack on the Varo checkpoint killed four soldiers.", "four", "killed.soldiers@attack:varo", 4, 4],
  ["Gunmen ambushed a patrol near Tessel, killing six troops.", "six", "killed.soldiers@ambush:tessel", 6, 6],
  ["At least 45 people were killed in Orvel, police said.", "At least 45", "killed@orvel", 45, null],
  ["The death toll from the earthquake rose to 214 on Tuesday.", "214", "killed", 214, 214],
  ["Some 300,000 of the more than 1 million civilians sheltering there have fled the city.", "Some 300,000", "fled", 270000, 330000],
  ["Over a million Palestinians are sheltering in Rafah.", "Over a million", "sheltering@rafah", 1_000_000, null],
  ["Fighting reached Rafah, where more than one million people fled to escape the bombing.", "more than one million", "sheltering@rafah", 1_000_000, null],
  ["The city of Halvik became a refuge for nearly 200,000 people displaced by the fighting.", "nearly 200,000", "sheltering@halvik", 180000, 200000],
  ["More than 100 of the 251 hostages taken that day are believed to be in the territory.", "More than 100", "hostages-held", 100, null],
  ["More than 100 of the 251 hostages taken that day are believed to be in the territory.", "251", "hostages-taken", 251, 251],
  ["Officials said 12 people were injured and three remain missing in Dorne.", "12", "injured@dorne", 12, 12],
  ["About 20 militants were killed during the raid.", "About 20", "killed.militants@raid", 18, 22],
  ["The floods have displaced 45,000 people in Karsa, the agency said.", "45,000", "displaced@karsa", 45000, 45000],
  ["Police detained 1,450 protesters in the capital over the weekend.", "1,450", "detained", 1450, 1450],
  ["In the past 24 hours, 52 people were killed in Dravik, the ministry said.", "52", "killed.daily@dravik", 52, 52],
  ["Twelve dead as ferry capsizes off Mero", "Twelve", "killed", 12, 12],
  ["At least 14 people were killed, including six children.", "six", "killed.children", 6, 6],
  ["Among the dead were eight women, police said.", "eight", "killed.women", 8, 8],
  ["Of the 300 wounded, 26 of the injured are in critical condition.", "26", "injured.part:critical-condition", 26, 26],
  ["The ministry did not comment on the deaths and said 17 police officers were hurt.", "17", "injured.police", 17, 17],
  ["As of 1800 local time, the count stood at 611 people killed, the directorate said.", "611", "killed", 611, 611],
  ["Sindh has had 347 deaths, followed by Balochistan with 238 and Khyber Pakhtunkhwa with 226.", "238", "killed@balochistan", 238, 238],
  ["Sri Lanka has reported 30,957 deaths, India about 10,700 and Thailand 5,395.", "5,395", "killed@thailand", 5395, 5395],
  ["Most of the dead were in Al Haouz, where 1,293 died, and in Taroudant, with 452.", "452", "killed@taroudant", 452, 452],
  ["The quake killed 2,012 people. Chichaoua province had 191, Ouarzazate 24 and Azilal 11.", "191", "killed@chichaoua", 191, 191],
  ["The quake killed 2,012 people. Chichaoua province had 191, Ouarzazate 24 and Azilal 11.", "24", "killed@ouarzazate", 24, 24],
  ["Some 2,059 people were injured, 1,404 of them critically.", "1,404", "critical", 1404, 1404],
  ["The air force has flown about 800 survivors out of the city.", "about 800", "evacuated", 720, 880],
  ["Nine and a half million people have been hit by the storm.", "Nine and a half million", "affected", 9_500_000, 9_500_000],
  ["More than 1,000 bodies have now been collected in the city.", "More than 1,000", "bodies-recovered", 1000, null],
  ["A crowd of about 4,000 people had gathered at the station.", "about 4,000", "present", 3600, 4400],
  ["The principal said 129 girls were abducted from the school.", "129", "hostages-taken", 129, 129],
  ["The toll as of today is the following:\n\nDeaths: 598\nInjured: 1 641\n", "1 641", "injured", 1641, 1641],
  ["Police say 50 people are now presumed dead.", "50", "killed", 50, 50],
  ["Some 160,927 people are in accommodation centres.", "Some 160,927", "sheltering", 144834, 177020],
  ["Divers found two more bodies in the river.", "two", "bodies-recovered.increment", 2, 2],
  ["Helicopters plucked more than 3,000 people to safety.", "more than 3,000", "rescued", 3000, null],
  ["The outbreak has infected nearly 7,000 people in Beira.", "nearly 7,000", "cases@beira", 6300, 7000],
  ["Some 4.5 million people need emergency food aid.", "Some 4.5 million", "in-need", 4_050_000, 4_950_000],
  ["The fire forced about 2,000 people from their homes.", "about 2,000", "displaced", 1800, 2200],
  ["So far 36 victims have been identified by the medical examiner.", "36", "identified", 36, 36],
  ["Officials said 134 people had now been accounted for.", "134", "accounted-for", 134, 134],
  ["Officials say 400-500 people were on the span when it fell.", "400-500", "present", 400, 500],
  ["The district lists 135 dead: 31 came from Morbi, eight from Wankaner and six from Tankara.", "eight", "killed.part:from-wankaner@wankaner", 8, 8],
  ["Russia said 9,520 people had been taken out of the city.", "9,520", "evacuated", 9520, 9520],
  ["Navy helicopters have winched more than 700 people to safety.", "more than 700", "rescued", 700, null],
  ["Some 1.4 million people were in relief camps: Ernakulam (about 300,000) and Thrissur (about 230,000).", "about 300,000", "sheltering@ernakulam", 270000, 330000],
  ["Two civilian divers and five firefighters died during the search.", "five", "killed", 5, 5],
  ["In all 50 Ukrainian prisoners of war were killed.", "50", "killed.inmates", 50, 50],
  ["Gunmen shot dead at least 82 civilians.", "at least 82", "killed.civilians", 82, null],
  ["The hospital has received 56 bodies.", "56", "bodies-recovered", 56, 56],
  ["Of the dead, 98 were women and 56 were men.", "98", "killed.women", 98, 98],
  ["Of the dead, 98 were women and 56 were men.", "56", "killed.part:men", 56, 56],
  ["At least 150 people died. More than 100 were in their 20s.", "More than 100", "killed.part:in-their-20s", 100, null],
  ["The bodies of 410 civilians have been removed from towns near the capital.", "410", "bodies-recovered", 410, 410],
  ["The mayor said 280 people had been buried in mass graves.", "280", "buried-mass-graves", 280, 280],
  ["Some 133 people were injured, 37 of them seriously.", "37", "critical", 37, 37],
  ["About 3.4 million children need urgent humanitarian assistance.", "About 3.4 million", "in-need.children", 3_060_000, 3_740_000],
  ["Gunmen seized 143 workers at the mine on Wednesday.", "143", "hostages-taken", 143, 143],
  ["Two organisers of the fair were arrested on Monday.", "Two", "detained", 2, 2],
  ["Rescuers pulled 19 people alive from the rubble.", "19", "rescued", 19, 19],
  ["Rescuers pulled 19 people alive from the rubble overnight.", "19", "rescued.daily", 19, 19],
  ["The number of displaced people stands at 52,000, the agency said.", "52,000", "displaced", 52000, 52000],
  ["The combined toll rocketed past 21,000 last night.", "past 21,000", "killed", 21000, null],
  ["The death toll climbed above 5,000 on Tuesday.", "above 5,000", "killed", 5000, null],
  ["The ministry confirmed the 18 newly confirmed deaths on Friday.", "18", "killed", 18, 18],
  ["In the last 24 hours 272 persons were added to the toll.", "272", "killed.daily", 272, 272],
  ["The number of people dying in the city each day has doubled to about 700.", "about 700", "killed.daily", 630, 770],
  ["Normally 360 people die in the capital every day, officials said.", "360", "killed.daily", 360, 360],
  ["Some 360 people have died in the capital since Monday.", "Some 360", "killed", 324, 396],
  ["The number of people who died in the earthquake rose to 12 514 yesterday evening.", "12 514", "killed", 12514, 12514],
  ["The floods affected more than 14.5 million people in 150 counties.", "more than 14.5 million", "affected", 14500000, null],
  ["The toll passed the 100 mark overnight.", "passed the 100 mark", "killed", 100, null],
  ["The death toll rose to 58 overnight.", "58", "killed", 58, 58],
  ["Rescuers pulled 19 people alive from the rubble overnight, and the toll rose to 58.", "19", "rescued.daily", 19, 19],
  ["Two Britons have been confirmed dead, the Foreign Office said.", "Two", "killed", 2, 2],
  ["131 Iranians were among the dead, state television said.", "131", "killed", 131, 131],
  ["Seven of the nine were among the dead, state television said.", "Seven", "killed.part:among", 7, 7],
  ["The Foreign Office said two Britons were among the missing.", "two", "missing", 2, 2],
  ["Three children were among the injured, the hospital said.", "Three", "injured.children", 3, 3],
  ["The council also counted more than 200 residents among the wounded.", "more than 200", "injured.part:among", 200, null],
  ["The flood claimed 38 lives in the province.", "38", "killed", 38, 38],
  ["The fire has cost at least 70 lives, officials said.", "at least 70", "killed", 70, null],
  ["The virus has taken more than 4,000 lives since March.", "more than 4,000", "killed", 4000, null],
  ["The heat took about 56 thousand additional lives, the minister said.", "about 56 thousand", "killed", 50400, 61600],
  ["That summer 55 800 more people died in Russia than in the same two months of the year before.", "55 800", "killed.estimated@russia", 55800, 55800],
  ["That summer 10 935 more people died than a year earlier.", "10 935", "killed.estimated", 10935, 10935],
  ["By Friday 12 more people had died in the floods, bringing the toll to 40.", "12", "killed", 12, 12],
  ["At least 17 children are among the dead.", "At least 17", "killed.children", 17, null],
  ["Some 300 people were injured, 11 of them in critical condition.", "11", "critical", 11, 11],
  ["Eighteen persons are in heavy condition in the regional hospital.", "Eighteen", "critical", 18, 18],
  ["The register still lists 5 000-6 000 persons as disappeared.", "5 000-6 000", "missing", 5000, 6000],
  ["Prosecutors ordered the provisional detention of eight officials.", "eight", "detained", 8, 8],
  ["Police have detained at least 12 contractors, among them a developer.", "at least 12", "detained", 12, null],
  ["Trump rejected the official figure of 2,975 deaths from the storm.", "2,975", "killed", 2975, 2975],
  ["The number of those killed in the city has passed 2,400, the council said.", "passed 2,400", "killed", 2400, null],
  ["An explosion at the fuel depot killed at least 68 people.", "at least 68", "killed@blast", 68, null],
  ["The Oct. 7 attack killed 1,400 people, officials said at first.", "1,400", "killed@attack:oct-7", 1400, 1400],
  ["The health ministry said the death toll has risen to 3 785 martyrs.", "3 785", "killed", 3785, 3785],
  // a running total is no incident's; a named incident between the cue and the figure is
  ["More than 2,000 people have been killed in Israeli strikes since Oct. 7, the ministry said.", "More than 2,000", "killed", 2000, null],
  ["The strike came as the council said 2,187 civilians had been killed in the city.", "2,187", "killed.civilians", 2187, 2187],
  ["Israel revised the death toll from the Oct. 7 attack to about 1,200.", "about 1,200", "killed@attack:oct-7", 1080, 1320],
  ["Four soldiers were killed when a drone strike hit the Varo checkpoint.", "Four", "killed.soldiers@strike:varo", 4, 4],
  // a part's verb is not the whole's; a group carries over to the same count; a country's count
  ["About 1 million of Orvel's 2.3 million people have fled their homes, the UN said.", "About 1 million", "displaced", 900000, 1100000],
  ["Some 400 of the city's 9,000 residents have left.", "Some 400", "fled", 360, 440],
  ["NATO estimated that 7,000 Russian soldiers had died. Britain said about 15,000 had died.", "about 15,000", "killed.soldiers", 13500, 16500],
  // A subgroup the sentence before took out of its count is not what the next speaker counts.
  ["The US said 1,429 people were killed, including at least 426 children. Britain's committee said there had been at least 350 fatalities.", "at least 350", "killed", 350, null],
  ["The monitor puts the toll at 502, including 80 children. The coalition put the toll at 1,300.", "1,300", "killed", 1300, 1300],
  // A share's group is not carried to the next sentence's count; where a thing was said is no scope.
  ["UNICEF says more than 90 per cent of those killed were women and children. The ministry said its count of the dead was about 1,000.", "about 1,000", "killed", 900, 1100],
  ["The spokesman told reporters in Kabul that 1,000 people had died.", "1,000", "killed", 1000, 1000],
  ["The spokesman said 1,000 people had died in Herat.", "1,000", "killed@herat", 1000, 1000],
  // "on the day" dates a count, unless it dates the saying.
  ["The coalition said on the day that more than 1,300 people had died.", "more than 1,300", "killed", 1300, null],
  ["KYIV, Ukraine - The UN has confirmed 1,081 civilian deaths across Ukraine.", "1,081", "killed.civilians@ukraine", 1081, 1081],
  ["In Syria, more than 5,700 people have died.", "more than 5,700", "killed@syria", 5700, null],
  ["In Turkey alone, 17,674 people have died, while 3,377 have been killed in war-torn Syria.", "3,377", "killed@syria", 3377, 3377],
  ["Saudi Arabia's official death toll has not moved. It stood at 769 on 26 September, and officials in Riyadh declined to update it.", "769", "killed", 769, 769],
  ["More than 100,000 people have fled. Some 30,000 of them are children.", "Some 30,000", "fled.children", 27000, 33000],
  ["Israel released 39 Palestinian prisoners on Friday.", "39", "prisoners-released", 39, 39],
  ["The death toll in the camps rose all week. By Tuesday it stood at 1,632.", "1,632", "killed", 1632, 1632],
  // another clause's "across the region" or claimant does not take a place share from its place
  ["More than 1.2m people have been driven from their homes across the region, UN officials said, among them more than 600,000 in Honduras.", "more than 600,000", "displaced@honduras", 600000, null],
  ["More than 1.2m people have been driven from their homes across the region, UN officials said.", "More than 1.2m", "displaced@all-countries", 1200000, null],
  ["Attendants said at least 2,000 bodies had been cremated or buried there since Monday.", "at least 2,000", "buried.bodies", 2000, null],
  // an appositive share between the group and its verb; a closed bracket in a label
  ["OCHA estimated that about 132,000 people, roughly half of the country's population, had been affected.", "about 132,000", "affected", 118800, 145200],
  ["- Deaths confirmed by the disaster office (19 March): 11", "11", "killed", 11, 11],
  // a memorial's names are the dead; a list after them counts each nationality
  ["The memorial on the beach road lists 202 names.", "202", "killed", 202, 202],
  ["The memorial lists 202 names: 88 Australians, 38 Indonesians and 23 Britons.", "38", "killed", 38, 38],
  // told to leave is not gone; led out, in a life-threatening condition, out of contact, needing help
  ["About 2.5 million people were under evacuation orders across the state.", "About 2.5 million", "ordered-to-evacuate", 2250000, 2750000],
  ["About 120 guests and staff have been brought out of the hotel.", "About 120", "rescued", 108, 132],
  ["Of the injured, 14 are in a life-threatening condition.", "14", "critical", 14, 14],
  ["Officials said contact had been lost with about 9,500 people in the town.", "about 9,500", "missing", 8550, 10450],
  ["Some 350,000 people needed urgent help, the agency said.", "Some 350,000", "in-need", 315000, 385000],
  ["About 40,000 people spent last night in shelters.", "About 40,000", "sheltering", 36000, 44000],
  // whereabouts unknown, never found; among the survivors; fully identified
  ["Some 96 people whose whereabouts are unknown are still being sought.", "Some 96", "missing", 86.4, 105.6],
  ["Another 25 people were never found.", "25", "missing", 25, 25],
  ["The prefecture says it cannot account for 45 climbers.", "45", "missing", 45, 45],
  ["At least 25 people were among the survivors.", "At least 25", "survived.part:among", 25, null],
  ["Officials said 279 victims have been fully identified.", "279", "identified", 279, 279],
  // how many carried out an attack, not how many of them died
  ["Nine suicide bombers attacked three churches and three hotels.", "Nine", "attackers", 9, 9],
  ["The attacks were carried out by ten gunmen who came ashore by dinghy.", "ten", "attackers", 10, 10],
  ["Seven attackers died, the prosecutor said.", "Seven", "killed.militants", 7, 7],
  // people said to be at a place are who was there
  ["Police estimate that about 250 people were on the mountain when it erupted.", "about 250", "present", 225, 275],
  ["More than 600 young people were at the summer camp.", "More than 600", "present", 600, null],
  // who was on the ship, not who left port with it
  ["The commission said there were 1 049 persons on the ship when it left Tallinn.", "1 049", "on-board", 1049, 1049],
  // a crowd: visitors over a day, people who came, people on the grounds
  ["The organiser said 1.4 million people came to the festival.", "1.4 million", "present", 1400000, 1400000],
  ["Researchers counted 485,000 visitors over the day.", "485,000", "present", 485000, 485000],
  ["At the peak, some 250,000 people were on the grounds.", "some 250,000", "present.peak", 225000, 275000],
  ["Some 250,000 people were on the grounds.", "Some 250,000", "present", 225000, 275000],
  // a list of names counts what the count before counts, or what it names; staff members are people
  ["The toll rose to 143 on Thursday. The parents' list carries 148 names.", "148", "killed", 148, 148],
  ["The memorial wall bears 8,372 names of the dead.", "8,372", "killed", 8372, 8372],
  ["He said 121 students and three staff members were wounded.", "three", "injured", 3, 3],
  ["CONRED's list of people still missing has 234 names.", "234", "missing", 234, 234],
  ["The Commission for Missing Persons compiled a list of 8,372 names of the dead.", "8,372", "killed", 8372, 8372],
  // an aside between dashes; "their list of 119"
  ["SIXTEEN people - FOURTEEN passengers and TWO crew - are still missing.", "SIXTEEN", "missing", 16, 16],
  ["The toll rose to 120. Police say their list of 119 is final.", "119", "killed", 119, 119],
  // miners underground when a mine burns are who was there, not who is missing
  ["SEVEN HUNDRED AND EIGHTY-SEVEN workers were below ground when the fire broke out.", "SEVEN HUNDRED AND EIGHTY-SEVEN", "present", 787, 787],
  ["The union says more than 800 workers had been underground.", "more than 800", "present", 800, null],
  ["EIGHTEEN men were still trapped underground.", "EIGHTEEN", "missing", 18, 18],
  // a word of a name is no cue; who says so may stand between a group and its verb
  ["The Kinglake Survivors' Network keeps a list of 123 people it says were killed by the fire.", "123", "killed", 123, 123],
  ["DEATH TOLL RISES: Officials Say The Toll Now Stands At 52", "52", "killed", 52, 52],
  // hostage-takers and terrorists are militants; "liquidated", "a grave condition", "ever recovered"
  ["The FSB says 50 hostage-takers were killed.", "50", "killed.militants", 50, 50],
  ["41 terrorists were liquidated.", "41", "killed.militants", 41, 41],
  ["About 300 bodies were ever recovered.", "About 300", "bodies-recovered", 270, 330],
  ["About 1,000 people still live in the temporary shelter.", "About 1,000", "sheltering", 900, 1100],
  // "last February" in a March article is this year; a count running since last year is still running
  ["Last February the floods killed 40 people in Tessel.", "40", "killed@tessel", 40, 40],
  ["Since last year the war has killed 3,000 people.", "3,000", "killed", 3000, 3000],
  // "number" as a verb; a series of daily figures of one count
  ["Evacuees now number about 150,000, the agency says.", "about 150,000", "evacuated", 135000, 165000],
  ["The dead number at least 300.", "at least 300", "killed", 300, null],
  ["The toll rose to 150 on Monday, 289 on Tuesday and 305 on Wednesday.", "289", "killed", 289, 289],
  ["The toll rose to 150 on Monday, 289 on Tuesday and 305 on Wednesday.", "305", "killed", 305, 305],
  // a colon opens a list of parts: its places are the parts', not the whole's
  ["The agency put the toll at 353 dead: 277 of them in Sleman district, 52 in Magelang.", "353", "killed", 353, 353],
  ["The agency put the toll at 353 dead: 277 of them in Sleman district, 52 in Magelang.", "277", "killed@sleman", 277, 277],
  ["The agency put the toll at 353 dead: 277 of them in Sleman district, 52 in Magelang.", "52", "killed@magelang", 52, 52],
  ["Of the 353, 198 died in the hot clouds; the others died later of burns.", "198", "killed.part:part", 198, 198],
  ["Kemerovo mourns 64: relatives say the list is not complete", "64", "killed", 64, 64],
  // a verb before a part of a larger group
  ["By Thursday forensic experts had identified 47 of the 64 bodies.", "47", "identified.bodies", 47, 47],
  ["The lawyers have identified more than 300 people who were hurt.", "more than 300", "injured", 300, null],
  // an explainer's answer counts what its question asks about
  ["How many people died?\n\n88, according to the sheriff's office on Thursday.", "88", "killed", 88, 88],
  ["How many are still missing?\n\nSix, according to the prefecture.", "Six", "missing", 6, 6],
  ["How many children were hurt?\n\nEleven. Most have gone home.", "Eleven", "injured.children", 11, 11],
  // a year that starts a running count, however the start is told
  ["Nearly 10,000 people have been killed in Tessel since the siege began in April 2022.", "Nearly 10,000", "killed@tessel", 9000, 10000],
  ["From 5 April 2022 until yesterday 9,839 residents have been killed.", "9,839", "killed", 9839, 9839],
  // a modifier before the count's noun; the count named after its figure (translated copy)
  ["Sindh government: 744 heat-related deaths in Karachi.", "744", "killed@karachi", 744, 744],
  ["The Edhi Foundation recorded 197 heatstroke deaths since Saturday.", "197", "killed", 197, 197],
  ["The army reported 10 civilian deaths.", "10", "killed.civilians", 10, 10],
  ["The regional government raised yesterday to 211 the number of dead.", "211", "killed", 211, 211],
  ["The delegation puts at 89 the number of persons whose disappearance has been reported.", "89", "missing", 89, 89],
  ["EIGHTEEN men were still entombed underground.", "EIGHTEEN", "missing", 18, 18],
  ["About 9,000 people still live in official shelters and camps.", "About 9,000", "sheltering", 8100, 9900],
  ["About 1 800 persons remain lodged in sports halls and hotels.", "About 1 800", "sheltering", 1620, 1980],
  // "N of them in PLACE" is that place's share; "N of them on Monday" is no place's
  ["Officially, some 23,000 people died when the volcano erupted, about 21,000 of them in Armero.", "about 21,000", "killed@armero", 18900, 23100],
  ["Gunmen took 106 hostages. Special forces freed 91 of them on Monday.", "91", "hostages-released", 91, 91],
  // girls "taken from the school" were abducted; sacks "carried off" are not people
  ["The parents compiled the names of 234 girls taken from the school that night.", "234", "hostages-taken", 234, 234],
  // a count given "on the day of the attack" is no day's increment; "more than would have died" is an estimate
  ["The official figure of 124 injured, given on the day of the attack, has never been revised.", "124", "injured", 124, 124],
  ["The ministry said 52 people died on the day.", "52", "killed.daily", 52, 52],
  ["Researchers estimated that 4,645 more people died between September and December than would have died without the storm.", "4,645", "killed.estimated", 4645, 4645],
  ["Rescuers found the bodies at dawn. That is 67 more deaths than the figure given at midday yesterday.", "67", "killed.increment", 67, 67],
  // "it was", "it had passed": the count of the sentence before; a speaker is not the counted group
  ["Officials spoke of 410 dead by nightfall. By Monday it was 1,200.", "1,200", "killed", 1200, 1200],
  ["The count of the dead grew all week. By Sunday it had passed 2,000.", "passed 2,000", "killed", 2000, null],
  ["Neighbours lay dead in the lanes, and police spoke of 40 victims.", "40", "killed", 40, 40],
  ["The police yesterday lowered the number of the killed on the island from 86 to 68.", "68", "killed", 68, 68],
  ["The police lower the island's toll to 68.", "68", "killed", 68, 68],
  ["The number of police killed rose to 12.", "12", "killed.police", 12, 12],
  ["A young man died of his wounds in hospital later, bringing the number to 69.", "69", "killed", 69, 69],
  ["Puri district, where the storm made landfall on May 3, accounts for 39 of the deaths.", "39", "killed@puri", 39, 39],
  ["Of the wounded, many were treated in hospital, bringing the number there to 69.", "69", "hospitalised", 69, 69],
  ["The police estimated the crowd at about 150 000 persons.", "about 150 000", "present", 135000, 165000],
  ["Neighbours lay dead in the lanes. Among the dead were 40 police officers.", "40", "killed.police", 40, 40],
  ["The war began in April 2024. The UN says 1,200 people were killed in Orvel during the year 2024.", "1,200", "killed@orvel", 1200, 1200],
  ["The governor said 300,000 people had been made homeless by the blast.", "300,000", "homeless", 300000, 300000],
  ["Some 80,000 children were among those forced from their homes.", "Some 80,000", "displaced.children", 72000, 88000],
  ["Eighty-two bodies have now been brought ashore at Kalamata.", "Eighty-two", "bodies-recovered@kalamata", 82, 82],
  ["At least 500 people were feared missing after the boat sank.", "At least 500", "missing", 500, null],
  ["Beirut blast toll hits one hundred and fifty-four", "one hundred and fifty-four", "killed@blast", 154, 154],
  ["Some 300,000 people may have been left homeless, the governor said.", "Some 300,000", "homeless", 270000, 330000],
  // a study's estimate of the dead is another quantity than the counted dead
  ["A study by the university estimated that 2,975 people died because of the storm.", "2,975", "killed.estimated", 2975, 2975],
  ["A separate analysis estimated 1,139 excess deaths through December.", "estimated 1,139", "killed.estimated", 1025.1, 1252.9],
  ["An estimated 1,200 people were killed in the attack on Orvel.", "An estimated 1,200", "killed@attack:orvel", 1080, 1320],
  // shares of people are claims in percent, compared only with shares
  ["About 80 percent of the population has been displaced.", "About 80 percent", "displaced.share", 72, 88],
  ["Nearly 80 percent of Gaza's population has been displaced, the UN said.", "Nearly 80 percent", "displaced.share", 72, 80],
  ["The war has displaced 1.5m people, nearly one in five Vareshis.", "nearly one in five", "displaced.share", 18, 20],
  ["About one in five residents of the valley were left homeless by the flood.", "About one in five", "homeless.share", 18, 22],
  ["One in three children in the camp is displaced.", "One in three", "displaced.children.share", 33.33, 33.33],
  ["Some 70% of the dead were women and children, the ministry said.", "Some 70%", "killed.women.share", 63, 77],
  ["Three out of every four people killed were civilians.", "Three out of every four", "killed.civilians.share", 75, 75],
  ["The war has displaced 1.9 million people, or 85 percent of the population.", "85 percent", "displaced.share", 85, 85],
  ["The strikes killed 30 people, 40% of them children.", "40%", "killed.children.share", 40, 40],
  ["The strikes killed 30 people, 12 of them children.", "12", "killed.children", 12, 12],
  // A figure set against the one before it counts the same thing.
  ["Charities say half a million people have been left homeless, far more than the 300,000 estimate given by the city's governor.", "300,000", "homeless", 300000, 300000],
  ["Only about 375,000 remain in camps today, barely half the 680,000 counted by aid agencies.", "680,000", "sheltering", 680000, 680000],
  ["The army puts the number killed at 90, compared with the 131 reported by the pilgrims' organisation.", "131", "killed", 131, 131],
  // An inference drawn from an account is a claim, not a projection.
  ["Survivors describe a boat carrying about 750 people, which would leave more than 550 unaccounted for.", "more than 550", "missing", 550, null],
  ["By mid-September, UN officials had put the toll past the 1,000 mark.", "past the 1,000 mark", "killed", 1000, null],
  // A year after "than" dates the event the figure is set against, not the figure.
  ["The prime minister said the earthquake had killed 316,000 people, a toll larger than the one from the 2004 tsunami.", "316,000", "killed", 316000, 316000],
  // A compass word before a place keeps it a place; a sentence's opening place is its scene.
  ["The final number of deaths documented in north-west Syria is 2,274.", "2,274", "killed@syria", 2274, 2274],
  // An initial does not end a sentence: the study is still this figure's source.
  ["Researchers at the T.H. Chan School of Public Health estimate that 4,645 people died.", "4,645", "killed.estimated", 4645, 4645],
  // Abbreviations inside a group, words of addition before a figure, other outlets' verbs.
  ["Thirteen U.S. service members were killed.", "Thirteen", "killed.soldiers", 13, 13],
  ["The aftershock killed another 163 people in Nepal.", "163", "killed@nepal", 163, 163],
  ["More than 123,000 people were flown out.", "More than 123,000", "evacuated", 123000, null],
  ["The UN says more than 1.4 million need food assistance.", "more than 1.4 million", "in-need", 1400000, null],
  ["Another 61 climbers and guides were injured.", "61", "injured", 61, 61],
  // A group's share of a count, and a place's share of one.
  ["Women made up 55 percent of the dead, officials said.", "55 percent", "killed.women.share", 55, 55],
  ["Children account for 40 percent of the dead.", "40 percent", "killed.children.share", 40, 40],
  ["Of the dead, 1,244 were in the Kathmandu valley and 1,176 in Sindhupalchok district.", "1,176", "killed@sindhupalchok", 1176, 1176],
  ["Ardern said 30 people had died at the Al Noor mosque and 10 at a second mosque in the suburb of Linwood.", "10", "killed@linwood", 10, 10],
  ["PM says 30 dead at Al Noor mosque, 10 at Linwood", "10", "killed@linwood", 10, 10],
  ["The official death toll crept up to 50: 42 on Abaco and eight on Grand Bahama.", "eight", "killed@grand-bahama", 8, 8],
  ["The official death toll crept up to FIFTY on Monday.", "FIFTY", "killed", 50, 50],
  ["The toll has risen by four to 44, among them five children, the governor says.", "44", "killed", 44, 44],
  ["Reznichenko on Telegram: the toll is now 36.", "36", "killed", 36, 36],
  ["Five attackers were shot dead, the president said.", "Five", "killed.militants", 5, 5],
  ["Its teams have rescued 39 people from the rubble, six of them children. That is fewer than the mayor's figure of 43.", "43", "rescued", 43, 43],
  // A place after another figure is that figure's, not the total's.
  ["The death toll reached 50 - 42 on Abaco and eight on Grand Bahama.", "50", "killed", 50, 50],
  ["The death toll reached 50 on Abaco, officials said.", "50", "killed@abaco", 50, 50],
  ["About 70,000 people need immediate help, the UN said.", "About 70,000", "in-need", 63000, 77000],
  // A short phrase between the group and its verb, and "Among them are" before a subgroup.
  ["Vale says 305 people on its list are still unaccounted for.", "305", "missing", 305, 305],
  ["The chief minister said 61 people from her state had died.", "61", "killed.part:from-her-state", 61, 61],
  ["Officials said 362 people there have been injured.", "362", "injured", 362, 362],
  ["The attack killed 160 people. Among them are at least 50 children.", "at least 50", "killed.children", 50, null],
  ["Seventy people have died. Of them, 54 were children under the age of five.", "54", "killed.children", 54, 54],
  ["The outbreak has caused 62 deaths. Of those who died, 54 were children under the age of five.", "54", "killed.children", 54, 54],
  ["About 230 people were still living in evacuation centres at the end of November.", "About 230", "sheltering", 207, 253],
  ["The fate of more than 30 people was still unknown.", "more than 30", "missing", 30, null],
  ["Persons whose fate remains unknown: 20", "20", "missing", 20, 20],
  // Burials are their own count; "buried under the rubble" is still missing.
  ["Some 6,751 victims have been buried at the memorial centre.", "Some 6,751", "buried", 6075.9, 7426.1],
  ["Rescuers said 40 people were buried under the rubble.", "40", "missing", 40, 40],
  ["At least 140 unidentified bodies were buried in a mass grave.", "At least 140", "buried-mass-graves.bodies", 140, null],
  ["The blasts injured 701 people, 66 of them in critical or serious condition.", "66", "critical", 66, 66],
  // A level's past peak is its own, finished figure.
  ["At the peak of the crisis, aid agencies registered 1.5 million people living in camps.", "1.5 million", "sheltering.peak", 1500000, 1500000],
  ["An earlier version gave the number of missing as 1,010.", "1,010", "missing", 1010, 1010],
  ["Divers recovered two more bodies on Sunday, and the death toll rose to 17, the agency said.", "17", "killed", 17, 17],
  ["The charity says the real number of deaths is already above 3,500.", "above 3,500", "killed", 3500, null],
  ["About 380,000 people were left temporarily homeless, the UN said.", "About 380,000", "homeless", 342000, 418000],
  ["The police said the toll stood overnight at 17.", "17", "killed", 17, 17],
  ["Louisiana's health department, which closed its count in August 2006, puts the state's toll at 1,464.", "1,464", "killed", 1464, 1464],
  ["The state found 971 deaths that could be attributed to the storm, plus 15 Louisianans who died after evacuating - 986 in all.", "986", "killed", 986, 986],
  ["This toll represents 45 additional deaths since the communiqué of Tuesday.", "45", "killed.increment", 45, 45],
  ["The ministry says 2,946 people have died. A charity said the real number was \"already above 3,500\".", "above 3,500", "killed", 3500, null],
  ["On Saturday 2,012 people had died. The latest figure, 2,960, includes those who died in hospital.", "2,960", "killed", 2960, 2960],
  // "no civilians died" gives a later figure no group to carry.
  ["Troops killed 376 fighters and no civilians died, the army said. The overall count of the dead stands at 400.", "400", "killed", 400, 400],
];

describe("claims that must be extracted", () => {
  it.each(POSITIVE)("%s -> %s", (body, figure, metric, low, high) => {
    const { claims } = extract(body);
    const claim = claims.find((c) => c.text === figure);
    expect(claim, `no claim for "${figure}"; got ${claims.map((c) => `"${c.text}"`).join(", ")}`).toBeDefined();
    expect(claim!.metric).toBe(metric);
    expect(claim!.value.low).toBeCloseTo(low ?? NaN, 0);
    if (high === null) expect(claim!.value.high).toBeNull();
    else expect(claim!.value.high).toBeCloseTo(high, 0);
    expect(body.slice(claim!.span.start, claim!.span.end)).toBe(claim!.text);
  });
});

const NEGATIVE: [string, string][] = [
  ["a sum that comes to a figure", "The repair bill came to 5 million euros."],
  ["names on a petition", "The petition carries 5,000 names."],
  ["an answer to a question about homes", "How many homes burned?\n\n13,900, according to the fire service."],
  ["a figure after a statement, not a question", "The sheriff spoke on Thursday.\n\n88, he said, was not the final word."],
  ["a claim about a count is no count of lives", "The group claimed 40 lives were at stake in the vote."],
  ["people at a place that is no site", "Some 300 people were at the meeting."],
  ["an order's reach in homes, not people", "The order covers 30,000 homes."],
  ["a crowd that attacked is not attackers of an incident", "Some 200 protesters attacked the police station."],
  ["goods on a ship", "There were 40 crates on the ship."],
  ["a dash before no verb is no aside", "The storm - the worst in 40 years - hit the coast."],
  ["Japan's 'disaster-related deaths' are another count than the quake's dead", "The 14 disaster-related deaths are a number officials expect to grow."],
  ["a number of things named after the figure", "The city put at 40 the number of schools that will stay shut."],
  ["sacks carried off in a looting", "Thousands stormed the warehouse and more than 100,000 sacks of rice were carried off."],
  ["'it was' with no count before it", "The rains lasted all week. By Sunday it was 40 centimetres deep."],
  ["a year", "The city was founded in 1948 and has 4 gates."],
  ["one family's kin", "Her mother, father and four siblings were all killed."],
  ["survivors found are not bodies found", "Rescuers found three survivors in the rubble."],
  ["bodies not yet identified are no count of the identified", "A further 281 bodies have not been identified."],
  ["a place opening a sentence with no verb and no count before", "Chichaoua 191, Ouarzazate 24."],
  ["a possessive's own", "She lost her two children when the roof fell."],
  ["a phrase between a group and a verb that is no cue", "Some 300 people from the town signed the petition."],
  ["a clock time", "The strike came at around 0200 EST on Monday."],
  ["a date", "The talks resumed on Oct. 7 and again on 12 May."],
  ["an ordinal", "The war raged into its seventh month."],
  ["money", "Donors pledged $2.5m in aid and 400 million shekels for rebuilding."],
  ["an age", "A 7-year-old girl was among those rescued."],
  ["a duration", "Negotiations broke down in the last twenty-four hours after several days of talks."],
  ["things, not people", "Three tunnel shafts were discovered and 11 vehicles destroyed."],
  ["a magnitude", "A magnitude 7.1 earthquake struck at a depth of 10 km."],
  ["a unit name", "The 4th Brigade moved along Route 6 under Resolution 2334."],
  ["a label after 'number'", "Flight number 302 carried the injured to the capital, and the number 10 bus took the rest."],
  ["a percentage of things", "More than 80% of homes in the valley were destroyed."],
  ["a percentage of money", "Prices rose 40 percent in a month and turnout was 62%."],
  ["a share of part of a count", "Officials say 80 percent of those still in Dravik depend on aid."],
  ["a rate, not a share", "One in five days the road was closed."],
  ["a group's share of something not counted", "Women made up 55 percent of the workforce."],
  ["a time zone", "The quake struck at 0417 EEST and the shaking lasted 40 seconds."],
  ["money in a currency not listed", "The president released 10 million soles for the victims' families."],
  ["things received", "The ministry has received 1.2 million doses of vaccine."],
  ["an age between commas", "Olena, 34, said she had hidden in the basement for days."],
  ["a deal's rate", "The truce is extended by a day for every ten more hostages released."],
  ["an object that is not people", "The attackers, who arrived on about 40 motorcycles, drove off."],
];

describe("a whole that a part is taken from", () => {
  it.each([
    ["About 1 million of Orvel's 2.3 million people have fled their homes.", "2.3 million"],
    ["Some 400 of the city's 9,000 residents have left.", "9,000"],
  ["Some 8 million people in 39 of Nepal's 75 districts have been affected.", "39"],
  ])("%s: %s is not a claim", (body, whole) => {
    expect(extract(body).claims.map((c) => c.text)).not.toContain(whole);
  });
});

describe("a figure set against one before it", () => {
  it.each([
    ["things", "About 5,000 people were displaced, more than the 300 tents available."],
    ["a figure with its own count", "About 5,000 people were displaced, more than the 300 killed."],
  ])("is not the same count when it counts %s", (_what, body) => {
    const metrics = extract(body).claims.map((c) => `${c.text}=${c.metric}`);
    expect(metrics.filter((m) => m.startsWith("300=displaced"))).toEqual([]);
  });
  it("a sentence's opening place is kept as its scene, unless the figure is a combined one", () => {
    const { claims } = extract("In Syria, the health ministry said 812 people had died, bringing the combined toll to 5,000.");
    expect(claims.find((c) => c.text === "812")!.scope).toMatchObject({ place: "syria", scene: true });
    expect(claims.find((c) => c.text === "5,000")!.scope!.place).toBeNull();
  });
  it.each([
    ["Two Britons have been confirmed dead.", "britons"],
    ["Mali said 305 Malians died in the crush.", "malians"],
    ["More than 35,000 Palestinians have been killed.", undefined],
    ["At least 40 people died in the crush.", undefined],
  ])("names the nationality a figure counts, unless it is a listed group: %s", (body, nationality) => {
    expect(extract(body).claims[0]!.scope!.nationality).toBe(nationality);
  });
  it.each([
    ["The final number of deaths we have documented is 2,274."],
    ["The toll they recorded stands at 2,274."],
  ])("a count is not its own claimant: %s", (body) => {
    expect(extract(body).claims[0]!.claimant).toBeNull();
  });
  it("a bare figure a second speaker gives counts what the first speaker's did", () => {
    const { claims } = extract("The governor said more than 100 girls had been abducted; the school's principal said 129.");
    expect(claims.map((c) => c.metric)).toEqual([claims[0]!.metric, claims[0]!.metric]);
    expect(claims[1]!.text).toBe("129");
  });
  it("an office named like an incident is no incident", () => {
    const { claims } = extract("The National Emergency Operation Centre gives a figure of 3,726 dead.");
    expect(claims[0]!.scope!.type).toBe("none");
  });
  it("people named after a preposition are not a place", () => {
    const { claims } = extract("Health officials said at least 170 were killed, most of them Afghans, and aid went to Afghans in Kabul.");
    expect(claims.every((c) => c.scope?.place !== "afghans")).toBe(true);
  });
  it("takes the source named right after it", () => {
    const [half, estimate] = extract("Charities say half a million people have been left homeless, far more than the 300,000 estimate given by the city's governor.").claims;
    expect(half!.claimant).toBe("other:charities");
    expect(estimate!.claimant).toMatch(/governor/);
  });
});

describe("figures that are not claims", () => {
  it.each(NEGATIVE)("%s", (_what, body) => {
    expect(extract(body).claims.map((c) => c.text)).toEqual([]);
  });
  it("names that are no list of victims count nothing", () => {
    expect(extract("The toll rose to 143 on Thursday. The phone book has 400 names.").claims.map((c) => c.text)).toEqual(["143"]);
  });
  it("'a total of 102 inmates left' is a count of its own, not the total before", () => {
    expect(extract("Eleven persons lost their lives: 8 inmates and 3 guards. A total of 102 inmates left the facility.").claims.map((c) => c.text)).not.toContain("102");
  });
  it.each([
    ["Thirty people died on Friday and 10 at Easter.", ["Thirty"]],
    ["Thirty people died in Friday's storm and 10 in Holy Week.", ["Thirty"]],
    ["Thirty people died in the storm, 10 at Linwood.", ["Thirty", "10"]],
  ])("a share of the count before it counts only where it names a place: %s", (body, texts) => {
    expect(extract(body).claims.map((c) => c.text)).toEqual(texts);
  });
});

const ASIDES: [string, string, string][] = [
  ["last year's event, by its month (the article is of March)", "Last June its gunmen killed about 60 people in raids on Mpeketoni.", "historical"],
  ["last year's event", "Last year a similar storm killed 40 people in the delta.", "historical"],
  ["a projection", "The UN warned the fighting could displace up to 200,000 people.", "projection"],
  ["feared dead", "Nine hostages are feared dead, the families said.", "projection"],
  ["a contingency", "Aid agencies are preparing for as many as 270,000 people to flee.", "projection"],
  ["history", "The 2014 war killed 2,251 Palestinians.", "historical"],
  ["a dated event's 'when' clause", "The 1917 Halifax explosion in Canada, when a munitions ship blew up, killed nearly 2,000 people.", "historical"],
  ["a year recalled after 'since'", "The exchange was the largest since 2011, when Israel freed 1,027 prisoners.", "historical"],
  ["history in its own clause", "In 2013, when an estimated 3,000 people died over five months, the city was cut off.", "historical"],
  ["a negation", "Officials denied that 40 people were killed.", "negated"],
  ["decades ago", "Two decades ago, the war in Darfur drove 2.5 million from their homes.", "historical"],
  ["a year in an aside about the event itself", "The first war, which ended in 1994, killed some 30,000 people.", "historical"],
  ["a siege that began in a year and ended", "The siege began in April 2019 and killed 9,000 people before it ended.", "historical"],
  ["the other event a sentence compares with", "This is far worse than the factory fire in November, which killed 112 workers.", "historical"],
];

describe("figures kept out of comparisons", () => {
  it.each(ASIDES)("%s", (_what, body, status) => {
    const { claims, asides } = extract(body);
    expect(claims).toEqual([]);
    expect(asides.map((c) => c.status)).toEqual([status]);
  });
});

describe("revisions and attributions", () => {
  it("an article revising its own figure supersedes the old one", () => {
    const body = "The ambush has now killed four soldiers after another died of his wounds. Initially the army said three soldiers were killed in the ambush.";
    const { claims } = extract(body);
    const [four, three] = claims;
    expect(three!.supersededBy).toBe(four!.id);
    expect(four!.supersededBy).toBeNull();
  });
  it.each([
    ["a rival's lower morning toll is an older one", "08:10 The health ministry says 78 people were killed in the blast.\n\n18:40 The minister, Hamad Hassan, said at least 135 people were killed in the blast.\n", "78", true],
    ["a rival's higher morning claim is a dispute, not an older toll", "09:00 The singer Lily Allen said at least 150 people had died in the fire.\n\n10:40 Police said 30 people had died in the fire.\n", "at least 150", false],
  ])("a live blog's entries: %s", (_what, body, figure, superseded) => {
    const { claims } = extract(body);
    expect(claims.find((c) => c.text === figure)!.supersededBy !== null).toBe(superseded);
  });
  it("a briefing with no author named is no claimant, and its figure an older one", () => {
    const { claims } = extract("The first briefing reported 99 people missing. By the next evening 159 people were missing.");
    const first = claims.find((c) => c.text === "99")!;
    expect(first.claimant).toBeNull();
    expect(first.supersededBy).toBe(claims.find((c) => c.text === "159")!.id);
  });
  it("a live blog's time stamp does not hide who speaks", () => {
    const { claims } = extract("09:30 Zimbabwe's information ministry says 259 people have died.\n");
    expect(claims[0]!.claimant).toMatch(/information-ministry/);
  });
  it.each([
    ["a strike", "strike", "cumulative"],
    ["an ambush", "ambush", "event"],
  ])("the toll of %s may still rise, or is fixed", (_what, noun, kind) => {
    const { claims } = extract(`Four soldiers were killed in the ${noun} on the Varo checkpoint.`);
    expect(claims[0]!.metricKind).toBe(kind);
  });
  it("'rose to X from Y' supersedes Y", () => {
    const { claims } = extract("The death toll in Orvel rose to 52 from 45, officials said.");
    expect(claims.find((c) => c.text === "45")!.supersededBy).toBe(claims.find((c) => c.text === "52")!.id);
  });
  it.each([
    ["More than 34,000 Palestinians have been killed, according to the Hamas-run health ministry.", "gaza-health-ministry"],
    ["At least 20 militants were killed, the Israeli military said.", "idf"],
    ["Some 52,000 people have been displaced, said a spokesman for the UN humanitarian office.", "un-ocha"],
  ])("%s -> %s", (body, claimant) => {
    expect(extract(body).claims[0]!.claimant).toBe(claimant);
  });
  it.each([
    ["The home ministry's emergency centre, however, gives a figure of 3,726 dead.", /home-ministry/],
    ["A local senator, Ahmed Zanna, said about 300 people were killed; police put the toll at 125.", /senator/],
    ["A Taliban official, speaking on condition of anonymity, gave a much lower figure on Friday, saying 95 people had been killed.", /taliban-official|taliban/],
    ["The village head, Alhaji Sani, told reporters that 27 people had died.", /village-head/],
  ])("finds who speaks across an aside: %s", (body, claimant) => {
    expect(extract(body).claims[0]!.claimant).toMatch(claimant);
  });
  it.each([
    ["The BNPB yesterday put the toll at 353 dead.", "other:bnpb"],
    ["The city council has so far counted 26 dead.", "other:city-council"],
    ["The Red Cross on Monday said 40 people were missing.", "red-cross"],
    ["The bombing, which shocked Europe, is usually said to have killed several hundred people; the siege killed nearly 14,000.", null],
  ])("when and how it was said is not who said it: %s", (body, claimant) => {
    expect(extract(body).claims[0]!.claimant).toBe(claimant);
  });
  it("'police put the toll at 125' counts people, not police", () => {
    const { claims } = extract("A senator said about 300 people were killed; police put the toll at 125.");
    expect(claims.find((c) => c.text === "125")!.metric).toBe("killed");
  });
  it("'according to the last balance communicated by the Ministry of Health' names the ministry", () => {
    const body = "According to the last balance communicated on Monday by the Ministry of Health, 3,845 persons lost their life.";
    expect(extract(body).claims[0]!.claimant).toMatch(/ministry-of-health|health/);
  });
  it("'the government of the East' is no place", () => {
    const { claims } = extract("The Ministry of Health of the government of the East says 3,845 persons lost their life.");
    expect(claims[0]!.scope!.place).toBeNull();
  });
  it.each([
    ["The railway company, however, continues to put the number of wounded at more than 100."],
    ["The confirmed death toll stood overnight at 17, the figure the police gave."],
  ])("a verb or a bare article is not a claimant: %s", (body) => {
    const claimant = extract(body).claims[0]!.claimant;
    expect(claimant === null || !/^other:(?:|continues.*)$/.test(claimant)).toBe(true);
  });
  it.each([
    ["The toll from the quakes in southern Turkey and northern Syria climbed above 5,000.", "syria+turkey", ["syria", "turkey"]],
    ["Floods killed 120 people in Gaza, Lebanon and Israel.", "gaza+israel+lebanon", ["gaza", "israel", "lebanon"]],
    ["Floods killed 120 people in Derna, Libya.", "derna", undefined],
    ["Floods killed 120 people in Derna, and aid reached Benghazi.", "derna", undefined],
  ])("places coordinated by 'and' are counted together: %s", (body, place, joint) => {
    const [claim] = extract(body).claims;
    expect(claim!.scope!.place).toBe(place);
    expect(claim!.scope!.joint).toEqual(joint);
  });
  it.each([
    ["More than 2,000 people were killed in Derna. Another 46 deaths were reported in other towns.", "46", "killed.increment"],
    ["More than 2,000 people were killed in Derna and another 10,000 are missing.", "10,000", "missing@derna"],
    ["Floods displaced 5,000 families. A further 300 were killed.", "300", "killed"],
  ])("'another N' adds to the same count, or is another count's whole: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric).toBe(metric);
  });
  it.each([
    ["Some 10,000-15,000 were killed in the city of El Geneina. The government says the true figure exceeds 15,000.", "el-geneina"],
    ["Some 10,000-15,000 were killed in the city of El Geneina. The ministry has stood by its figure of 471 dead.", null],
  ])("'the figure' counts where the figure it refers to did: %s", (body, place) => {
    expect(extract(body).claims[1]!.scope!.place).toBe(place);
  });
  it.each([
    ["The tsunami killed more than 226,000 people around the Indian Ocean.", "all-countries"],
    ["The virus has killed 3,000 people in 14 countries.", "all-countries"],
    ["The flood killed 300 people in Sindh.", "sindh"],
  ])("a count over every country is not one country's: %s", (body, place) => {
    expect(extract(body).claims[0]!.scope!.place).toBe(place);
  });
  it("a sentence's opening preposition is not part of a place's name", () => {
    const { places } = extract("In Beichuan county, officials said 300 people died. Rescuers reached Beichuan by road.");
    expect(Object.keys(places).filter((k) => !k.startsWith("name:"))).toEqual(["beichuan"]);
  });
  it.each([
    ["Rescuers worked in Mozambique and Zimbabwe.\n\n- Mozambique: 417 confirmed dead\n", "417", { place: "mozambique" }],
    ["Rescuers worked in Mozambique and Zimbabwe. Zimbabwe's information ministry says 259 people have died.", "259", { place: "zimbabwe", scene: true }],
    ["Rescuers worked in Germany and Belgium. Across the border, Belgium's crisis centre reports 31 deaths.", "31", { place: "belgium", scene: true }],
    ["Cholera spread from Zimbabwe to South Africa. South Africa recorded more than 12,000 cases and 59 deaths.", "59", { place: "south-africa", scene: true }],
    ["The quake killed 2,946 people in Morocco. Most of the dead were in Al Haouz province, where the ministry counted 1,293, and in Taroudant, with 452.", "1,293", { place: "al-haouz" }],
    ["Rescuers worked in Mozambique and Zimbabwe.\n\n**14:00** In Zimbabwe, the ministry says 56 people have died.\n", "56", { place: "zimbabwe", scene: true }],
    ["Rescuers worked in Mozambique and Zimbabwe. The minister updated the Mozambique toll: 417 dead.", "417", { place: "mozambique" }],
    ["Rescuers worked in Mozambique and Zimbabwe. At least 732 died across the three countries: 417 in Mozambique and 259 in Zimbabwe.", "259", { place: "zimbabwe" }],
    ["Rescuers worked in Mozambique and Zimbabwe. At least 732 died across the three countries: 417 in Mozambique and 259 in Zimbabwe.", "At least 732", { place: "all-countries" }],
  ])("a country's own count in a story of several: %s", (body, figure, scope) => {
    expect(extract(body).claims.find((c) => c.text === figure)!.scope).toMatchObject(scope);
  });
  it.each([
    ["The Morbi bridge collapse killed 135 people.", ["morbi"]],
    ["The Nairobi market fire killed 12 people.", ["nairobi"]],
    ["Israeli strikes killed 12 people.", []],
    ["Pakistani floods killed 12 people.", []],
    ["Hurricane Maria struck Puerto Rico. Officials confirmed 51 deaths linked to Maria in Puerto Rico.", ["puerto-rico"]],
    ["The European Court of Human Rights ruled on the siege in Moscow, where 130 died.", ["moscow"]],
    ["Gunmen burst into a Moscow theatre and took 900 people hostage.", ["moscow"]],
    ["Cholera spread from Zimbabwe to South Africa, where 59 people died.", ["zimbabwe", "south-africa"]],
    ["She said in a radio interview that 900 people were held.", []],
    ["Officials confirmed 51 deaths in Maria, a town in the hills.", ["maria"]],
  ])("a place ending in -i is a place; a demonym or a storm's name is not: %s", (body, keys) => {
    expect(Object.keys(extract(body).places).filter((k) => !k.startsWith("name:"))).toEqual(keys);
  });
  it("where victims came from is not where the story is", () => {
    const { places } = extract("Crowds packed Itaewon in Seoul. Five were from Iran and four from China. Police in Itaewon said 150 died.");
    expect(Object.keys(places).filter((k) => !k.startsWith("name:")).sort()).toEqual(["itaewon", "seoul"]);
  });
  it("'the city' is never a province", () => {
    const body = "Rescuers reached Leyte province on Monday. The gap is widest in Tacloban, where the surge struck. The city registry lists 2,678 dead.";
    expect(extract(body).claims.find((c) => c.text === "2,678")!.scope!.place).toBe("tacloban");
  });
  it.each([
    ["The ministry lists 196 people injured.", "other:ministry"],
    ["The ministry still gives the toll as 158.", "other:ministry"],
  ])("a register's keeper is its claimant: %s", (body, claimant) => {
    expect(extract(body).claims[0]!.claimant).toBe(claimant);
  });
  it("'the camp' is the place named as a camp, not the town named last", () => {
    const body = "Gunmen attacked Kilasso camp at dawn. Survivors fled to Ouro-Bela town. A total of 44 persons were abducted from the camp.";
    expect(extract(body).claims.find((c) => c.text === "44")!.scope!.place).toBe("kilasso");
  });
  it.each([
    ["Rescuers dug in Turkey. Turkey's death toll has hit 18,342.", "turkey"],
  ])("a place owns the count its possessive names: %s", (body, place) => {
    expect(extract(body).claims[0]!.scope!.place).toBe(place);
  });
  it("a speaker's country is only the scene of its count", () => {
    expect(extract("Rescuers dug in Turkey. Turkey's disaster agency said 31,643 people had died.").claims[0]!.scope).toMatchObject({ place: "turkey", scene: true });
  });
  it.each<[string, string, string | null, Record<string, unknown>]>([
    // the place that opens the count's clause, not the speaker's in the clause after it
    ["In the Grand'Anse department alone, at least 400 people died, a civil protection coordinator in Jeremie said.", "at least 400", "grand-anse", { alone: true }],
    ["At least 400 people died in Jeremie, a civil protection coordinator said.", "At least 400", "jeremie", {}],
    // "Across X", and a place that opens the sentence as what lost them, own the count
    ["Across Miyagi prefecture the police have confirmed 5 053 deaths.", "5 053", "miyagi", {}],
    ["In neighbouring Bangladesh, at least 14 people were killed when the storm crossed.", "at least 14", "bangladesh", {}],
    ["Ishinomaki, the worst-hit city, lost 3,277 people.", "3,277", "ishinomaki", {}],
    ["Hatay province alone accounts for more than 9,000 of the deaths.", "more than 9,000", "hatay", { alone: true }],
    ["Puri district, where the storm made landfall on May 3, accounts for 39 of the deaths.", "39", "puri", {}],
    ["Officials in Ishinomaki said the toll was 3,277.", "3,277", null, {}],
    // a place or anaphor in a later clause ("including …", "when …") is that clause's
    ["Villagers said more than 70 people remained unaccounted for, including workers staying in the village's two guesthouses.", "more than 70", null, {}],
    ["In November, at least 800 more people were killed when fighters overran a camp on the city's outskirts.", "at least 800", null, {}],
    // where the counted people came from
    ["The government says 13,350 people had entered Armenia from Nagorno-Karabakh.", "13,350", "nagorno-karabakh", { origin: true }],
  ])("the place of %j", (body, figure, place, extra) => {
    const claim = extract(body).claims.find((c) => c.text === figure)!;
    expect(claim.scope!.place).toBe(place);
    if (place) expect(claim.scope).toMatchObject(extra);
  });
  it.each<[string, boolean]>([
    ["Two people were killed in a second blast.", true],
    ["Two people were killed in this morning's blast.", true],
    ["Two people were killed in the blast.", false],
  ])("an incident after the story's first: %j", (body, fresh) => {
    const claim = extract(body).claims.find((c) => c.scope?.type === "incident")!;
    expect(claim.scope!.fresh === true).toBe(fresh);
  });
  it("a table row headed by what it counts names no place, and its column names who counts", () => {
    const body = "  As of March ; Police agency ; Fire Board  \n                 \n  Missing ; 2,410 ; 2,498  \n  Kesennuma ; 12 ; 14  ";
    const claims = extract(body).claims;
    expect(claims.find((c) => c.text === "2,410")).toMatchObject({ metric: "missing", claimant: "other:police-agency" });
    expect(claims.find((c) => c.text === "2,410")!.scope!.place).toBeNull();
  });
  it("a nationality in a list after a count is that nationality's share", () => {
    const claim = extract("The memorial lists 202 names: 88 Australians, 38 Indonesians and 23 Britons.").claims.find((c) => c.text === "23")!;
    expect(claim.scope).toMatchObject({ nationality: "britons" });
  });
  it("'in Leyte province alone' is that place's own count", () => {
    const [claim] = extract("The typhoon may have killed about 10,000 people in Leyte province alone.").claims;
    expect(claim!.scope).toMatchObject({ place: "leyte", alone: true });
  });
  it("finds who speaks across an appositive ('X, a Franco-Moroccan charity, said')", () => {
    const body = "Atlas Mountain Relief, a Franco-Moroccan charity, said that at least 500,000 people were left homeless.";
    expect(extract(body).claims[0]!.claimant).toBe("other:atlas-mountain-relief");
  });
  it("a gerund is not a claimant", () => {
    const body = "The railway put the number of wounded at more than 100, saying its own staff counted them.";
    expect(extract(body).claims[0]!.claimant ?? "").not.toMatch(/saying/);
  });
  it("a conjunction is not a claimant", () => {
    expect(extract("Officials met and raised the death toll to 230,000.").claims[0]!.claimant).toBeNull();
  });
  it("a figure 'given by' someone is theirs", () => {
    const body = "The numbers are far higher than the figure of about 400 deaths given by the Myanmar army.";
    expect(extract(body).claims[0]!.claimant).toBe("other:myanmar-army");
  });
  it.each([
    ["the health ministry in Damascus said 812 people had died.", "other:health-ministry-in-damascus"],
    ["the army said 40 soldiers were killed.", "other:army"],
  ])("a claimant that only resembles a listed one stays its own: %s", (body, claimant) => {
    expect(extract(body.replace(/^t/, "T")).claims[0]!.claimant).toBe(claimant);
  });
  it.each([
    ["Toll of the 6 March earthquakes: 40 884", "2025-03-10", "article"],
    ["The explosion at a fuel depot on 6 March killed at least 218 people.", "2025-03-10", "article"],
    ["By Monday evening 120 people had died in Orvel.", "2025-03-10", "text"],
    ["A year after the eruption of 3 June 2024, the official toll stands at 194 dead.", "2025-03-10", "article"],
  ])("an event's day is not the figure's: %s", (body, asOf, from) => {
    expect(extract(body).claims[0]).toMatchObject({ asOf, asOfFrom: from });
  });
  it("gives each figure the claimant of its own clause when a sentence quotes two", () => {
    const body = "The federal health ministry said 107 people were in hospital, while the regional health ministry, in a statement issued at the same time, put the number in hospital at 121.";
    const [a, b] = extract(body).claims;
    expect([a!.claimant, b!.claimant]).toEqual(["other:federal-health-ministry", "other:regional-health-ministry"]);
    expect(a!.metric).toBe(b!.metric);
  });
  it.each([
    ["By 16 August 2023, 120 people had died in Orvel, officials said.", "2023-08-16"],
    ["By August 16, 2023, 120 people had died in Orvel, officials said.", "2023-08-16"],
    ["By 16 August, 120 people had died in Orvel, officials said.", "2024-08-16"],
  ])("a date's own year, where written, dates the figure: %s", (body, asOf) => {
    const source = makeSource({ id: "t.txt", path: path.join("t", "t.txt"), text: body, date: "2025-03-10", dateFrom: "front-matter" });
    const { claims, asides } = extractSource(source, body, knowledge, TEST_CONTEXT);
    expect([...claims, ...asides][0]).toMatchObject({ asOf, asOfFrom: "text" });
  });
  it("dates a figure by the sentence when it says when", () => {
    const { claims } = extract("By Friday, 120 people had died in Orvel, officials said.");
    expect(claims[0]).toMatchObject({ asOf: "2025-03-07", asOfFrom: "text" });
  });
  it("a date inside a 'since' clause dates the start, not the figure", () => {
    const { claims } = extract("Close to 800 people have been killed in Orvel since forces closed the ring around the city on Feb. 12.");
    expect(claims[0]).toMatchObject({ asOf: "2025-03-10", asOfFrom: "article" });
  });
  it("'between Sept. 20 and Dec. 31' is the period counted, not the figure's date", () => {
    const { claims } = extract("A study estimates that 4,645 people died between Sept. 20 and Dec. 31.");
    expect(claims[0]).toMatchObject({ asOf: "2025-03-10", asOfFrom: "article" });
  });
  it("'the total number of pilgrims' counts something else than the deaths before it", () => {
    const { claims } = extract("Officials said 769 pilgrims died. The total number of pilgrims who performed the Hajj was 1,952,817.");
    expect(claims.find((c) => c.text === "1,952,817")?.metric ?? "none").not.toMatch(/^killed/);
  });
  it("'until Monday' dates the figure", () => {
    const { claims } = extract("In the period from 12 February until Monday, 1,310 people were arrested in Orvel.");
    expect(claims[0]).toMatchObject({ asOf: "2025-03-10", asOfFrom: "text" });
  });
  it("'from 220 … to 310 and then 717' supersedes each earlier figure", () => {
    const { claims } = extract("The toll rose through the day, from 220 in a first statement to 310 and then 717 by the evening, officials said.");
    const id = (t: string) => claims.find((c) => c.text === t)!;
    expect(id("310").supersededBy).toBe(id("717").id);
    expect(id("717").supersededBy).toBeNull();
  });
  it.each([
    ["a negated update", "Moscow put its toll at 1,351 soldiers killed. Russia has not updated its toll of soldiers killed since then, and says 498 soldiers were killed."],
    ["an 'earlier' a clause away", "At least 500 people were killed in the blast, the ministry said. The death toll stood at 471, officials said, after the ministry, which had earlier said hundreds, revised it."],
  ])("keeps a figure current when there is %s", (_what, body) => {
    const first = extract(body).claims[0]!;
    expect(first.supersededBy).toBeNull();
  });
  it.each([
    ["The toll now stands at 2,960. The ministry's first statement, issued before dawn, reported 296 deaths.", "296"],
    ["From 351 dead to more than 138,000 dead and missing: how the count grew.", "351"],
    ["The death toll has risen to 22,980. The government's first figure, broadcast on Saturday, was 351 dead.", "351"],
  ])("an older figure the article names as such is superseded: %s", (body, old) => {
    const { claims } = extract(body);
    expect(claims.find((c) => c.text === old)!.supersededBy).not.toBeNull();
  });
  it("a list by place after a colon: each item counts what the head names, in its place", () => {
    const { claims } = extract("The districts with the highest number of persons deceased are: Sindhupalchok 3 427; Kathmandu 1 222; Rasuwa 579.");
    expect(claims.map((c) => [c.text, c.metric, c.scope!.breakdown])).toEqual([
      ["3 427", "killed@sindhupalchok", true],
      ["1 222", "killed@kathmandu", true],
      ["579", "killed@rasuwa", true],
    ]);
  });
  it("a list by place under a heading: each line counts what the heading names, in its place", () => {
    const body = "The provisional toll is as follows:\n\n1. Persons deceased: 2 946\n\nThe deceased are distributed as follows:\n\n- Province of Al Haouz: 1 684\n- Province of Taroudant: 980\n";
    const { claims } = extract(body);
    expect(claims.map((c) => [c.text, c.metric, c.scope!.breakdown ?? false])).toEqual([
      ["2 946", "killed", false],
      ["1 684", "killed@al-haouz", true],
      ["980", "killed@taroudant", true],
    ]);
  });
  it("a list 'as follows' under a count of the victims: each line is a place's share of it", () => {
    const body = "The number of victims is 290.\n\nThe victims are distributed as follows:\n\n- Municipality of Amatrice (RI): 230\n- Municipality of Arquata del Tronto (AP): 49\n";
    expect(extract(body).claims.map((c) => [c.text, c.metric])).toEqual([["290", "killed"], ["230", "killed@amatrice"], ["49", "killed@arquata-del-tronto"]]);
    const dwellings = "The number of victims is 290.\n\nDamaged dwellings are as follows:\n\n- Municipality of Amatrice (RI): 230\n";
    expect(extract(dwellings).claims.map((c) => c.text)).toEqual(["290"]);
  });
  it.each([
    ["a nested line under a numbered item", "The recorded impact:\n\n1. Persons deceased: 1 763.\n   - City of Palu: 1 519\n   - Donggala regency: 144\n   - Sigi regency (Central Sulawesi): 84\n", [["1 763", "killed"], ["1 519", "killed@palu"], ["144", "killed@donggala"], ["84", "killed@sigi"]]],
    ["a heading 'they were:' after the count", "The 61 civilians killed came from 11 countries. According to the ministry, they were:\n\n- Kenya: 42\n- Canada: 2\n", [["61", "killed.civilians"], ["42", "killed.civilians@kenya"], ["2", "killed.civilians@canada"]]],
    ["a line headed by 'at' and a station", "Deaths by station:\n\n- at El Pozo: 65\n- at Atocha: 34\n", [["65", "killed@el-pozo"], ["34", "killed@atocha"]]],
    ["a community with its lowercase unit", "Bodies found, by community:\n\n- Bucha urban community: 419\n- Irpin settlement community: 290\n", [["419", "bodies-recovered@bucha"], ["290", "bodies-recovered@irpin"]]],
  ])("a list by place: %s", (_, body, expected) => {
    expect(extract(body).claims.map((c) => [c.text, c.metric])).toEqual(expected);
  });
  it.each([
    ["a nested line under an item without a figure", "Damage:\n\n1. Houses destroyed in:\n   - City of Palu: 1 519\n"],
    ["a heading 'they were:' with no count before it", "The houses came down in four districts; they were:\n\n- Kenya: 42\n"],
    ["a station list of trains, not people", "Carriages derailed, by station:\n\n- at El Pozo: 6\n"],
  ])("not a count of people from a list: %s", (_, body) => {
    expect(extract(body).claims.map((c) => c.text)).toEqual([]);
  });
  it.each([
    ["The collapse killed 98 people. Of the 98, four were children.", "four", "killed.children"],
    ["The bomb killed 22 people. Seven of the 22 were children under 18.", "Seven", "killed.children"],
    ["At least 230 people died. Of the dead, 41 were women.", "41", "killed.women"],
    ["The raid killed 19 people; only two were soldiers.", "two", "killed.soldiers"],
    ["The collapse killed 98 people. Of the 98, four were children. 102 died in all by Monday.", "102", "killed"],
  ])("a bare figure before a copula and a subgroup counts that subgroup of the count before: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["The ferry sank with 852 dead. Of the 137 survivors, only 26 were women.", "26"],
    ["The floods destroyed 300 houses. Of the 300, four were schools.", "four"],
    ["The collapse killed 98 people. Four of them were in the car park, and two were children's nurses by trade.", "two"],
  ])("no subgroup of the dead from a copula: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric ?? "none").not.toMatch(/^killed\.(?:women|children)/);
  });
  it.each([
    ["The families' own association counts 272 victims.", "272", "killed"],
    ["Rights groups documented more than 240 named victims.", "more than 240", "killed"],
    ["The Book of the Dead records 97,207 people by name.", "97,207", "killed"],
    ["At least 43 people are missing. The relatives' committee lists 61 victims.", "61", "missing"],
  ])("victims a claimant counts are the count before, or the dead: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["The clinic counts 272 victims who were treated for burns.", "272", "hospitalised"],
    ["The charity helped 272 victims of the floods.", "272", "none"],
  ])("victims with a cue of their own, or no counting verb, are not the dead: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0] ?? "none").toBe(metric);
  });
  it.each([
    ["The strike killed 22 people, the charity says: 12 members of its staff and 10 patients.", "10", "killed.part:listed"],
    ["The dead were 14 staff members, 24 patients and four caretakers, the charity said.", "four", "killed.part:listed"],
    ["Ten people were killed that week: two police officers, two security guards and six miners.", "six", "killed.part:listed"],
    ["Ten people were killed that week: two police officers, two security guards and six children.", "six", "killed.children.part:listed"],
    ["The dead were 14 staff members, 24 patients and four caretakers, the charity said.", "14", "killed.part:listed"],
  ])("a later item of a list shares the cue before its first: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["Among the dead were 41 women and 30 children.", "41", "killed.women"],
    ["The dead were 14 people from the town, the mayor said.", "14", "killed"],
    ["The dead were 22 people, 12 of them children and three of them women.", "22", "killed"],
  ])("no first list item for a named subgroup, a lone figure, or a whole with its parts: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["The strike killed 22 people and destroyed 12 houses and 10 cars.", "10"],
    ["Police killed 34 miners. Two officers, two guards and six men were hurt.", "six"],
  ])("no later item of a list where the items are not people, or have their own cue: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric ?? "none").not.toMatch(/^killed/);
  });
  it.each([
    ["At least FIFTY-SIX people - THIRTY-SEVEN of them children - lay dead after the strike.", "At least FIFTY-SIX"],
    ["The jury found that 96 supporters had been unlawfully killed.", "96"],
  ])("the dead after a dashed aside, or unlawfully killed: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe("killed");
  });
  it.each([
    ["The official count of the injured is 43,953, or nearly 44,000 people.", "nearly 44,000", "injured", null],
    ["The latest figures: 117 dead according to the state (122 according to the city hall).", "122", "killed", "other:city-hall"],
    ["About 1,600 people have been killed, the UN said, a higher toll than the 1,497 confirmed by the agency.", "1,497", "killed", null],
  ])("the count before, restated or set against: %s", (body, figure, metric, claimant) => {
    const claim = extract(body).claims.find((c) => c.text === figure);
    expect(claim?.metric.split("@")[0]).toBe(metric);
    if (claimant) expect(claim?.claimant).toBe(claimant);
  });
  it.each([
    ["The number of people who lost their lives in the earthquake that struck at 03.02 on Tuesday rose again.", "03.02"],
    ["The quake, of magnitude 7,4, killed many people in the province.", "7,4"],
    ["The official count of the injured is 43,953, or 12 of the 14 provinces.", "12"],
    ["Some 117 people died (122 houses were destroyed).", "122"],
  ])("no count from a clock time, a fraction, or a figure that only follows one: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric ?? "none").toMatch(/^(?:none|killed\.part|injured\.part)/);
  });
  it.each([
    ["The number of dead has climbed to 180. On Sunday the count had reached 178, but it was revised down to 176 in the evening.", "176", "killed"],
    ["The county first said 212 people had died. On Tuesday it was revised down to 176.", "176", "killed"],
    ["For years the memorial said 96 had died. Now it is 97.", "97", "killed"],
  ])("\"it\" is the count when it is revised or restated: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["The county said 212 people had died. The food agency said it had reached 3 million people with aid.", "3 million"],
    ["The county said 212 people had died. The mayor said that it was 40 years since the last flood.", "40"],
  ])("\"it\" after a speaker, or reaching people, is not the count: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric ?? "none").toBe("none");
  });
  it.each([
    ["Twenty-three soldiers have been killed since the operation began, 13 of them in a single ambush.", "13", "killed.soldiers.part:single-ambush"],
    ["We lost 23 of our soldiers in that camp, 13 of them in one morning.", "13", "killed.soldiers.part:morning"],
    ["Officials said 41 people died, 30 of them in Kibera.", "30", "killed"],
    ["Officials said 41 people died, 12 of them children.", "12", "killed.children"],
  ])("'N of them' is a part of the count before, set apart by when or where: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["Witnesses described a massacre of more than 500 people in the town.", "more than 500", "killed", "lower"],
    ["Rights groups condemned the killing of 14 protesters.", "14", "killed", "exact"],
    ["An aide said the number of martyrs will not be less than 300.", "not be less than 300", "killed", "lowerInclusive"],
    ["\"When we pulled out, we had counted 46 bodies,\" he said.", "46", "bodies-recovered", "exact"],
  ])("a massacre of, not less than, counted bodies: %s", (body, figure, metric, bound) => {
    const claim = extract(body).claims.find((c) => c.text === figure);
    expect(claim?.metric.split("@")[0]).toBe(metric);
    expect(claim?.status ?? "reported").toBe("reported");
    expect(bound === "lowerInclusive" ? claim?.value.lowInclusive && claim.value.high === null : true).toBe(true);
  });
  it.each([
    ['The UN refugee agency said "more than 500" people had fled across the border.', "more than 500", "fled"],
    ["The ministry said the number of people killed \"has so far not exceeded 150\".", "not exceeded 150", "killed"],
    ["Diplomats said their estimates of the dead ranged from 1,000 to 3,000.", "from 1,000 to 3,000", "killed"],
    ['The group said its fighters had killed "more than 20 occupiers".', "more than 20", "killed.soldiers"],
    ["The report listed 460 dead. Among the 460 were 15 women and 20 children.", "15", "killed.women"],
    ["The report listed 460 dead. Among the 460 were 15 women and 20 children.", "20", "killed.children"],
  ])("a quoted figure, a range the estimates span, subgroups among a count: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["The government said 241 people died.\n\n- **2,600**: the figure a Red Cross official gave.\n", "2,600", "killed"],
    ["The government said 241 people died.\n\n- **Between 1,000 and 3,000**: the range diplomats gave.\n", "Between 1,000 and 3,000", "killed"],
    ["Estimates:\n\n- **At least 10,000**: the \"minimum estimate of civilian dead\" in a cable.\n", "At least 10,000", "killed"],
    ["**How many were wounded?**\n\nOfficially about 7,000, most of them soldiers.\n", "about 7,000", "injured"],
  ])("a list line's figure glossed after a colon, and an answer opening with an adverb: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric).toBe(metric);
  });
  it.each([
    ["The government said 241 people died.\n\n- **2,600**: the homes the flood destroyed.\n", "2,600"],
    ["Key figures:\n\n- **4,000**: the number of homes destroyed.\n", "4,000"],
    ["The government said 241 people died.\n\n- **4,000**: the number of homes destroyed.\n", "4,000"],
  ])("a glossed list figure of something else is no count of people: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric ?? "none").toBe("none");
  });
  it.each([
    ["At least 57 people died in the storm. Harris County accounted for 25 of the deaths. Travis County, which includes Austin, reported nine.", "nine", "killed@travis"],
    ["At least 57 people died in the storm. Harris County accounted for 25 of the deaths. Travis County reported nine.", "nine", "killed@travis"],
    ["At least 57 people died in the storm, the state said. The governor's office reported 61.", "61", "killed"],
  ])("a county that reports its own figure gives its share; another speaker's bare figure is the same count: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric).toBe(metric);
  });
  it.each([
    ["Normally 360 people die in the city each day. Now it is about 700, he said.", "about 700", "killed.daily"],
    ["Some 360 people have died in the city since Monday. Now it is about 700, he said.", "about 700", "killed"],
  ])("\"it\" standing for a day's figure is a day's figure: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric).toBe(metric);
  });
  it.each([
    ["The Brotherhood says MORE THAN TWO THOUSAND were GUNNED DOWN and accuses the army of HIDING the toll.", "MORE THAN TWO THOUSAND", "killed"],
    ["Its allies in the Anti-Coup Alliance put the dead at more than 2,600.", "more than 2,600", "killed"],
    ["At least 12 people died in Ostrik, police said.", "At least 12", "killed@ostrik"],
    ["At least 12 people died in OSTRIK, police said.", "At least 12", "killed"],
  ])("a word in capitals or an organisation's name is no place: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric).toBe(metric);
  });
  it.each([
    ["Four soldiers were killed and seven wounded in the ambush.", "seven", "injured.soldiers"],
    ["Two soldiers made the ultimate sacrifice and 5 were wounded.", "5", "injured.soldiers"],
    ["Four people were killed and seven wounded in the ambush.", "seven", "injured"],
    ["Four soldiers were killed; seven were wounded.", "seven", "injured"],
  ])("a bare figure joined by 'and' counts the group of the clause before: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["**How many people died?**\n\nThe state's official answer is 246. The count rose with every update.\n", "246", "killed"],
    ["Hypothermia was the leading cause, blamed for 161 of the 246 deaths.", "161", "killed.part:part"],
    ["The quake left 369 dead: 228 in the capital and 1 in Oaxaca. Some tallies give 370, adding a woman who died later.", "370", "killed"],
  ])("an answer named first, a part of a whole its cue names, another tally's figure: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric).toBe(metric);
  });
  it.each([
    ["**How many people died?**\n\nThe city's population is 246,000.\n", "246,000"],
    ["Rescuers searched 161 of the 246 buildings.", "161"],
  ])("not an answer, not a part of a count of people: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric ?? "none").toBe("none");
  });
  it.each([
    ["A coroner ruled that a supporter who died at the age of 55 was unlawfully killed.", "55"],
    ["A man aged 37 died in the crush.", "37"],
  ])("an age is no count: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)).toBeUndefined();
  });
  it("a figure after 'age' that counts people is still a count", () => {
    expect(extract("The flood killed 40 people; the average age was 61.").claims.map((c) => c.text)).toEqual(["40"]);
  });
  it.each([
    ["At least 246 people died. The count of children killed in the parade still stands at 185.", "185", "killed.children"],
    ["At least 246 people died. The count of the dead still stands at 250.", "250", "killed"],
  ])("'the count of <group>' refers to the figure before, for that group: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["The dead were 14 health care workers, 24 patients and four caretakers.", "14", "killed.part:listed"],
    ["The county first said 212 people had died. It has since been corrected to 44.", "44", "killed"],
    ["In August about 700 people were dying each day in the city.", "about 700", "killed.daily"],
  ])("review follow-ups, read: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).toBe(metric);
  });
  it.each([
    ["Doctors said 30 patients were dying for lack of oxygen.", "30", "killed"],
    ["One soldier was killed when a bomb hit a bus carrying pilgrims and 15 were wounded.", "15", "injured.soldiers"],
    ["Some 40 more people died than usually die in a week of August.", "Some 40", "killed.estimated"],
  ])("review follow-ups, not read so: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0]).not.toBe(metric);
  });
  it.each([
    ["At least 246 people died in the freeze. Harris County, which includes Houston, had 43 deaths.", "43", "killed@harris"],
    ["At least 246 people died in the quake. Sindhupalchok District saw 3,427 deaths.", "3,427", "killed@sindhupalchok"],
    ["At least 246 people died in the freeze. The state health department had 43 deaths on its list.", "43", "killed"],
  ])("a place named with its unit that opens the sentence and had the deaths: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric).toBe(metric);
  });
  it.each([
    ["The police list 206 people as missing. Of the 206 on the police list, 139 were employed by contractors.", "139", "missing.part:employed"],
    ["At least 98 people died. Of the 98, 60 were living in the old town.", "60", "killed.part:living"],
    ["At least 98 people died. Of the 98, four were children.", "four", "killed.children"],
  ])("a figure after a fronted 'Of the N,' is a part of the count before, or its subgroup: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric).toBe(metric);
  });
  it("'Of the 206, 139 were not' is no part", () => {
    expect(extract("The police list 206 people as missing. Of the 206, 139 were not from the valley.").claims.find((c) => c.text === "139")?.metric ?? "none").not.toMatch(/part/);
  });
  it.each([
    ["The report listed 460 dead. Among the 460 were 15 buildings and 20 cars.", "15"],
    ["Prices ranged from 1,000 to 3,000 dinars.", "from 1,000 to 3,000"],
  ])("no subgroup that is not people, no range of something else: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric ?? "none").toBe("none");
  });
  it.each([
    ["- People displaced from their homes: more than 7 million, according to UN agencies; about 4.5 million, according to the NDMA", "about 4.5 million", "displaced"],
    ["At least 300 people were killed, according to the army, while 2,000, according to local officials.", "2,000", "killed"],
  ])("another claimant's figure for the same count: %s", (body, figure, metric) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric).toBe(metric);
  });
  it("a figure after a semicolon with no claimant of its own is not the count before", () => {
    expect(extract("At least 300 people were killed; 2,000 homes were destroyed.").claims.find((c) => c.text === "2,000")).toBeUndefined();
  });
  it.each([
    ["Officials said the toll was not 300, as first reported.", "300"],
    ["The police said 40 people were not killed but injured.", "40"],
  ])("a 'not' outside the figure's own words still negates it: %s", (body, figure) => {
    expect(extract(body).claims.find((c) => c.text === figure)?.metric.split("@")[0] ?? "none").not.toBe("killed");
  });
  it("a list item with its own parts does not cut the items below it from their heading", () => {
    const body = "Deceased by department:\n\n- Choluteca: 1 250\n- Francisco Morazán: 1 106, of which the Central District: 537\n- Yoro: 648\n";
    expect(extract(body).claims.map((c) => [c.text, c.metric])).toEqual([["1 250", "killed@choluteca"], ["1 106", "killed@francisco-morazán"], ["648", "killed@yoro"]]);
    const homes = "Homes destroyed by department:\n\n- Choluteca: 1 250\n- Francisco Morazán: 1 106, of which the Central District: 537\n- Yoro: 648\n";
    expect(extract(homes).claims.map((c) => c.text)).toEqual([]);
  });
  it("a list line 'Of whom …:' is a subgroup of the line before, or a part of it", () => {
    const body = "Figures:\n\n- People killed at the school: 144\n- Of whom students: 134\n- Of whom children: 130\n- Of whom buildings: 3\n";
    expect(extract(body).claims.map((c) => [c.text, c.metric])).toEqual([["144", "killed"], ["134", "killed.part:included"], ["130", "killed.children"]]);
  });
  it("a two-column table's row headed by a group is no place (as masked: '  Students : 142  ')", () => {
    const body = "The list:\n\n  Victims : Killed  \n         \n  Students : 142  \n  Paiporta : 45  \n";
    expect(extract(body).claims.map((c) => [c.text, c.metric])).toEqual([["142", "killed"], ["45", "killed@paiporta"]]);
  });
  it("a list line headed by a group counts that group, or a part of the whole", () => {
    const body = "Status by category:\n\n- Persons on board: 476\n- Students of Danwon High School: 325 on board; 246 deceased\n- Children: 40 deceased\n- Police: 12 deceased\n";
    expect(extract(body).claims.map((c) => [c.text, c.metric.split("@")[0]])).toEqual([
      ["476", "on-board"], ["325", "on-board.part:students-of-danwon"], ["246", "killed.part:students-of-danwon"], ["40", "killed.children"], ["12", "killed"],
    ]);
  });
  it("a list under a heading that names no count gives no claims", () => {
    const { claims } = extract("Damaged dwellings by province:\n\n- Province of Al Haouz: 1 684\n- Province of Taroudant: 980\n");
    expect(claims).toEqual([]);
  });
  it("a list of nationalities is not a list of places", () => {
    const { claims } = extract("The dead by nationality: Iranians 131, Indonesians 3.");
    expect(claims.every((c) => !c.scope?.breakdown)).toBe(true);
  });
  it("a peak is a finished figure, and a running operation's toll keeps growing", () => {
    const [peak] = extract("At the peak of the crisis, aid agencies registered 1.5 million people living in camps.").claims;
    expect(peak!.metricKind).toBe("event");
    const [soldiers] = extract("The army said 41 soldiers had been killed in its ground operation in Orvel, which began on Oct. 27.").claims;
    expect(soldiers!.metricKind).toBe("cumulative");
  });
  it("a peak is not superseded by a later figure the article calls current", () => {
    const { claims } = extract("At the peak, about 895,000 people were living in camps, a study found. Now only 375,000 remain in camps.");
    expect(claims.find((c) => c.text === "about 895,000")!.supersededBy).toBeNull();
  });
  it("'down from about 210,000' is an earlier value only of a figure in its own sentence", () => {
    const { claims } = extract("Gunmen seized three soldiers on Route 6. Estimates range widely, down from about 210,000 before the war.");
    expect(claims.map((c) => c.text)).toEqual(["three"]);
  });
  it("'up from' an older figure supersedes it", () => {
    const { claims } = extract("An estimated 1.6 million people are now displaced in Orvel, up from 1.5 million at the end of February.");
    expect(claims.find((c) => c.text === "1.5 million")!.supersededBy).toBe(claims.find((c) => /1\.6 million/.test(c.text))!.id);
  });
  it("'11 detained, among them 4 who took part' is a part of the count", () => {
    const { claims } = extract("Police said 11 persons have been detained, among them 4 persons who took part in the attack.");
    expect(claims.find((c) => c.text === "4")!.metric).toBe("detained.part:included");
  });
  it("'Those taken included 12' is a part of the count, not the count", () => {
    const { claims } = extract("Gunmen seized 143 workers at the mine. Those taken included 12 foreign nationals.");
    expect(claims.find((c) => c.text === "12")!.metric).not.toBe(claims.find((c) => c.text === "143")!.metric);
  });
  it("'since October 7' starts the period, it does not date the figure", () => {
    const { claims } = extract("Since October 7, more than 1,200 people have been killed in Orvel.");
    expect(claims[0]).toMatchObject({ asOf: "2025-03-10", asOfFrom: "article" });
  });
});
