import { describe, expect, it } from 'vitest';
import type { Document } from '../ingest/document.js';
import { extractFacts } from './extract-facts.js';

const doc = (text: string): Document => ({
  id: 'en', source: 'en', text, encoding: 'utf-8', format: 'text', contentHash: 'x', messages: [],
  published: { date: { year: 2025, month: 12, day: 1 }, source: 'option', inferred: false },
});
const found = (text: string) => extractFacts(doc(text), { tagger: null });
const facts = (text: string) => found(text).map((f) => `${f.person}|${f.relation}|${f.org}|${f.date ?? ''}`);
/** Person, relation and organisation of each fact, for tests where the date does not matter. */
const moves = (text: string) => found(text).map((f) => `${f.person}|${f.relation}|${f.org}`);

describe('English sentences', () => {
  it('X left Y … and later founded Z', () => {
    const out = facts('Priya Raman, a co-founder of Cohere, left the company in May 2024 and later founded Lumen Robotics.');
    expect(out).toContain('Priya Raman|left|Cohere|2024-05');
    expect(out).toContain('Priya Raman|founded|Lumen Robotics|2024-05');
    expect(out).toContain('Priya Raman|founded|Cohere|');
  });

  it("an organisation's former title holder who launched a startup", () => {
    const out = facts("Daniel Ortega, Nvidia's former head of robotics, launched his own startup, Kinetic Minds, in February 2025.");
    expect(out).toContain('Daniel Ortega|left|英伟达|');
    expect(out).toContain('Daniel Ortega|founded|Kinetic Minds|2025-02');
  });

  it('hired / poached back from', () => {
    const out = facts('Google has poached Helen Brooks back from Perplexity as part of a licensing deal.');
    expect(out).toContain('Helen Brooks|joined|谷歌|');
    expect(out).toContain('Helen Brooks|left|Perplexity|');
  });

  it('hired a list of people from another company', () => {
    const out = facts("Meta has hired three researchers from OpenAI's Zurich office, including Lukas Berger, Anna Kovacs and Xiao Zhang.");
    for (const name of ['Lukas Berger', 'Anna Kovacs', 'Xiao Zhang']) {
      expect(out).toContain(`${name}|joined|Meta|`);
      expect(out).toContain(`${name}|left|OpenAI|`);
    }
  });

  it('reads "launched <a known company>" and "left X to co-found Y" as foundings', () => {
    expect(facts('Wei Lin, the founder of Sinovation Ventures, launched 01.AI in 2023.')).toContain('Wei Lin|founded|零一万物|2023');
    expect(facts('Wei Lin, the founder of Sinovation Ventures, launched Copilot in 2023.').filter((f) => f.includes('|founded|微软'))).toEqual([]);
    const out = facts('Aaron Gold worked at Google Brain. He left Google to co-found Cohere in 2019.');
    expect(out).toContain('Aaron Gold|left|谷歌|2019');
    expect(out).toContain('Aaron Gold|founded|Cohere|2019');
  });

  it('does not read a person as the organisation joined', () => {
    const out = facts('Ivan Petrov joined Elon Musk in 2023 to build the startup.');
    expect(out.filter((f) => f.includes('Elon Musk'))).toEqual([]);
  });

  it('appointed as a title, with the role kept', () => {
    const f = extractFacts(doc('Meta appointed Rachel Kim as chief AI officer after a long search.'), { tagger: null });
    expect(f).toContainEqual(expect.objectContaining({ person: 'Rachel Kim', relation: 'joined', org: 'Meta', role: 'chief AI officer' }));
  });

  it('resigned and joined, in the order written', () => {
    const out = facts("Tom Becker, who co-led OpenAI's safety team, resigned and joined Anthropic last year.");
    expect(out).toContain('Tom Becker|left|OpenAI|2024');
    expect(out).toContain('Tom Becker|joined|Anthropic|2024');
  });

  it('is leaving for, reported', () => {
    const f = extractFacts(doc("Apple's head of AI models, Wei Zhang, is leaving for Meta, according to Bloomberg."), { tagger: null });
    expect(f).toContainEqual(expect.objectContaining({ person: 'Wei Zhang', relation: 'left', org: '苹果' }));
    expect(f).toContainEqual(expect.objectContaining({ person: 'Wei Zhang', relation: 'joined', org: 'Meta', status: 'reported' }));
  });

  it('stepped down as a title at an organisation; fired by', () => {
    expect(facts('Marc DuPont stepped down as chief scientist at Meta in November 2025.')).toContain('Marc DuPont|stepped_down|Meta|2025-11');
    expect(facts("Laura Chen was briefly fired by OpenAI's board in November 2023.")).toContain('Laura Chen|left|OpenAI|2023-11');
  });

  it('a pronoun after a name in its sentence is that person, not the document focus', () => {
    const out = facts('Meta hired Ryan Cole last week. Separately, Dana Gray said on Monday she is stepping down as chief executive of Fieldstone, the startup she co-founded with Omar Reyes in 2022.');
    expect(out).toContain('Dana Gray|stepped_down|Fieldstone|2025-12-01');
    expect(out).toContain('Dana Gray|founded|Fieldstone|2022');
    expect(out).toContain('Omar Reyes|founded|Fieldstone|2022');
    expect(out.filter((f) => f.startsWith('Ryan Cole|') && !f.includes('|joined|Meta|'))).toEqual([]);
  });

  it('joined A from B; a time of another verb does not date this one', () => {
    const out = facts('Lena Park, a researcher who joined OpenAI from Google DeepMind last year, has left the company to join Meta.');
    expect(out).toContain('Lena Park|joined|OpenAI|2024');
    expect(out).toContain('Lena Park|left|谷歌|2024');
    expect(out).toContain('Lena Park|left|OpenAI|');
    expect(out).toContain('Lena Park|joined|Meta|');
  });

  it('co-founded with partners; who worked on something at a company', () => {
    const out = facts('Aidan Gold co-founded Cohere with Nick Frost and Ivan Zhao in 2019. Meta has also hired Tariq Bansal, who worked on reinforcement learning at OpenAI.');
    for (const name of ['Aidan Gold', 'Nick Frost', 'Ivan Zhao']) expect(out).toContain(`${name}|founded|Cohere|2019`);
    expect(out).toContain('Tariq Bansal|left|OpenAI|');
  });

  it('names with accents and particles; a possessor is not the subject', () => {
    const out = facts("Amazon has hired José Núñez and Sean O'Brien from Apple. Ruth Kline, the finance chief of Jeff Bezos's Blue Origin, has resigned.");
    expect(out).toContain('José Núñez|joined|亚马逊|');
    expect(out).toContain("Sean O'Brien|left|苹果|");
    expect(out.filter((f) => f.startsWith('Jeff Bezos'))).toEqual([]);
  });

  it('organisations the knowledge base does not know, read from their context', () => {
    const out = facts('Former Nvidia engineer Maya Tran has launched Quillstone, a startup that builds chip compilers. Separately, Omar Haddad is joining coding startup Brightloop as chief product officer. Kevin Yu joined Stripe in May from Morgan Stanley.');
    expect(out).toContain('Maya Tran|founded|Quillstone|');
    expect(out).toContain('Maya Tran|left|英伟达|');
    expect(out).toContain('Omar Haddad|joined|Brightloop|');
    expect(out).toContain('Kevin Yu|left|摩根士丹利|2025-05');
  });

  it('fired by an organisation; stepped back; retire; the company named', () => {
    expect(facts('Tencent has fired Li Ming, a vice-president of its cloud unit.')).toContain('Li Ming|left|腾讯|');
    expect(facts('Separately, Zhipu co-founder Wang Tao has stepped back from day-to-day management.')).toContain('Wang Tao|stepped_down|智谱|');
    expect(facts("Apple said that Joan Pierce, its head of design, will retire at the end of the year.")).toContain('Joan Pierce|left|苹果|2025-12');
    const out = facts('Corvex AI co-founder Lisa Moss is stepping down as chief executive. The company named Tim Hale, a former Google vice president, as its new CEO.');
    expect(out).toContain('Lisa Moss|stepped_down|Corvex AI|');
    expect(out).toContain('Tim Hale|joined|Corvex AI|');
    expect(out).toContain('Tim Hale|left|谷歌|');
  });

  it('appositions: a post at the old employer, previously, alum, a co-founder of, who had been', () => {
    const out = facts("Microsoft has poached Ana Ruiz, a principal scientist at Google DeepMind. Baidu hired Zhou Yi, previously head of search at TikTok. Sara Bloom, a DeepMind co-founder, joined Microsoft AI last year. Ben Cole, an Anthropic alum, is also returning to OpenAI. Amazon named Ruth Gale as vice president. Gale, who had been head of sales at Anthropic, exited the company in July.");
    expect(out).toContain('Ana Ruiz|left|谷歌|');
    expect(out).toContain('Zhou Yi|left|字节跳动|');
    expect(out).toContain('Sara Bloom|founded|谷歌|');
    expect(out).toContain('Ben Cole|left|Anthropic|');
    expect(out).toContain('Ben Cole|joined|OpenAI|');
    expect(out).toContain('Ruth Gale|left|Anthropic|2025-07');
    expect(out.filter((f) => f.startsWith('Ruth Gale|left|亚马逊'))).toEqual([]);
  });

  it('a promotion is no move; became a post elsewhere is', () => {
    expect(facts('At Alibaba, Zhou Lin was promoted last week to lead the Qwen team.')).toEqual([]);
    expect(facts('Mustafa Salim became chief executive of Microsoft AI last year.')).toContain('Mustafa Salim|joined|微软|2024');
  });

  it('a Chinese name in pinyin is referred to by its surname', () => {
    const out = facts('Baidu has hired Chen Hao as a vice-president. Chen, who joined Huawei in 2015, left it last year.');
    expect(out).toContain('Chen Hao|joined|华为|2015');
  });

  it('a headline in title case names no people; a nickname in quotes is dropped from the name', () => {
    const out = facts('Nvidia Poaches Amazon Chip Veteran to Run New Inference Group\nRafael "Rafa" Ostrowski, who spent eight years at Meta, walked away from the company last week.');
    expect(out.filter((f) => f.startsWith('Chip Veteran'))).toEqual([]);
    expect(out).toContain('Rafael Ostrowski|left|Meta|2025-11');
  });

  it('launched a startup called X; founded by; a board seat is no job; leave of absence', () => {
    const out = facts("Mia Stone has launched a venture-backed startup called Gridwise Labs. Zhou Kai, who founded Pinecrest AI in 2021, said little. Lumio, which was co-founded by Tang Xiao'ou in 2014, declined to comment. Investor Sara Lind will join Gridwise's board. Chief technology officer Yusuf Amin of Gridwise Labs is taking a leave of absence.");
    expect(out).toContain('Mia Stone|founded|Gridwise Labs|');
    expect(out).toContain('Zhou Kai|founded|Pinecrest AI|2021');
    expect(out).toContain("Tang Xiao'ou|founded|Lumio|2014");
    expect(out.filter((f) => f.startsWith('Sara Lind'))).toEqual([]);
    expect(out.filter((f) => f.startsWith('Yusuf Amin|left'))).toEqual([]);
  });

  it('an abbreviation does not end the clause; defected to leaves the employer; left to become a post elsewhere', () => {
    const a = facts("Chen Bo, chief scientist of Baidu Inc.'s Apollo unit, resigned this month and is set to join ByteDance Ltd.'s Seed team.");
    expect(a).toContain('Chen Bo|left|百度|2025-12');
    expect(a.some((f) => f.startsWith('Chen Bo|joined|字节跳动|'))).toBe(true);
    const b = facts("Apple's head of Siri engineering, Tom Wren, defected to OpenAI last week. Nadia Petros left Microsoft in 2021 to become chief product officer at Waymo.");
    expect(b).toContain('Tom Wren|left|苹果|2025-11');
    expect(b).toContain('Tom Wren|joined|OpenAI|2025-11');
    expect(b).toContain('Nadia Petros|joined|谷歌|2021');
  });

  it('lured away from; a veteran of; a title word before a name; handed in his badge and heading to', () => {
    const out = facts('Microsoft has lured Sanjay Rao away from AWS to run Azure Storage. Google Cloud veteran Helen Marsh was named chief executive of Nuvola, a Lyon-based upstart. Intel Fellow Arjun Basu has handed in his badge and is heading to Qualcomm.');
    expect(out).toContain('Sanjay Rao|joined|微软|');
    expect(out).toContain('Sanjay Rao|left|亚马逊|');
    expect(out).toContain('Helen Marsh|left|谷歌|');
    expect(out).toContain('Helen Marsh|joined|Nuvola|');
    expect(out).toContain('Arjun Basu|left|英特尔|');
    expect(out).toContain('Arjun Basu|joined|高通|');
  });

  it('founded in a year by a list of people; leaving Big Tech names no company', () => {
    const out = facts('Shenzhen startup Lingxi Robotics has closed a Series A round. The firm was founded in 2023 by Liang Wen, who previously led a team at DJI, and Xu Qing, a former researcher at Tencent. Last year Ada Obi walked away from Google to co-found Lattice Bio, and she spoke about leaving Big Tech.');
    expect(out).toContain('Liang Wen|founded|Lingxi Robotics|2023');
    expect(out).toContain('Xu Qing|founded|Lingxi Robotics|2023');
    expect(out.filter((f) => f.includes('Big Tech'))).toEqual([]);
  });

  it('title words are not names; an employer titling a hire; went back leaves; a move to headquarters is none', () => {
    const out = facts('"We are pleased," Nvidia co-founder and Chief Executive Jensen Huang said. Meta has hired Anthropic researcher Nora Hale. Dmitri Volk, who left OpenAI for Meta in June, went back to OpenAI last week. He replaces Ma Ling, who is returning to Nio\'s Shanghai headquarters.');
    expect(out).toContain('Jensen Huang|founded|英伟达|');
    expect(out.filter((f) => f.startsWith('Executive'))).toEqual([]);
    expect(out).toContain('Nora Hale|left|Anthropic|');
    expect(out).toContain('Dmitri Volk|left|Meta|2025-11');
    expect(out.filter((f) => f.startsWith('Ma Ling|'))).toEqual([]);
  });

  it('left the X-based company named before; walked away from a job at; started at', () => {
    const out = facts('Hans Berg ran BMW\'s sales until 2023, when he left the Munich-based company for Northvolt. Last year Ada Okoye walked away from a principal scientist job at Google DeepMind to co-found Lattice Bio. Park Jae-hyun started at SK Hynix this month as head of packaging.');
    expect(out).toContain('Hans Berg|left|宝马|2023');
    expect(out).toContain('Ada Okoye|left|谷歌|2024');
    expect(out.filter((f) => f.startsWith('Ada Okoye|left|Lattice'))).toEqual([]);
    expect(out).toContain('Park Jae-hyun|joined|SK海力士|2025-12');
  });

  it('a move with no time of its own is dated by its report; the employer named beside a hire is left then', () => {
    const out = facts('Mistral AI has hired Lucie Moro from Meta, the company said Thursday. Microsoft has poached Arun Mehra, a principal scientist at Google DeepMind, on Monday.');
    expect(out).toContain('Lucie Moro|joined|Mistral AI|2025-11-27');
    expect(out).toContain('Lucie Moro|left|Meta|2025-11-27');
    expect(out).toContain('Arun Mehra|left|谷歌|2025-12-01');
  });

  it('a press release: the announcer hires; joins from; will join the company; takes over from a person', () => {
    const out = facts('SAN JOSE, Calif., Feb. 10, 2026 /PRNewswire/ -- Corvane Robotics, a developer of warehouse systems, today announced the appointment of Priya Rao as Chief Operating Officer. Rao joins from Tesla, where she spent seven years. SEOUL, March 28, 2024 -- Daon Labs, a Seoul-based developer of language models, today announced that Park Ji-ho will join the company as Chief AI Officer. He takes over from Choi Min-ah, who will step down and advise the company.');
    expect(out.some((f) => f.startsWith('Priya Rao|joined|Corvane Robotics|'))).toBe(true);
    expect(out).toContain('Priya Rao|left|特斯拉|');
    expect(out.filter((f) => f.startsWith('Priya Rao|joined|特斯拉'))).toEqual([]);
    expect(out.some((f) => f.startsWith('Park Ji-ho|joined|Daon Labs|'))).toBe(true);
    expect(out).toContain('Choi Min-ah|stepped_down|Daon Labs|');
  });

  it('relative clauses on an organisation: which he joined, which he left for, which A, B and C co-founded', () => {
    const out = facts('Park Lee most recently led a team at Naver, which he joined in 2019. Hiro Kanda is returning to Square Enix, which he left for NetEase Games in 2018. Mistral, which Arthur Mensch, Guillaume Lample and Timothée Lacroix co-founded in 2023, declined to comment.');
    expect(out).toContain('Park Lee|joined|Naver|2019');
    expect(out).toContain('Hiro Kanda|left|Square Enix|2018');
    expect(out).toContain('Hiro Kanda|joined|网易|2018');
    for (const name of ['Arthur Mensch', 'Guillaume Lample', 'Timothée Lacroix']) expect(out).toContain(`${name}|founded|Mistral AI|2023`);
  });

  it('a leaving with no object is from the organisation named between the person and the verb', () => {
    const out = facts('Mark Hale spent 11 years at AWS, where he ran the SageMaker business before departing in 2023.');
    expect(out).toContain('Mark Hale|left|亚马逊|2023');
  });

  it('spun out his own startup, X; launched her own studio, X; a founding member is no founding verb', () => {
    const out = facts("Theo Brandt, one of the founding members of Elon Musk's xAI, said he has spun out his own startup, Aperture Safety, to build evaluation tools. Lea Font launched her own studio, Brume Interactive, in Montreal.");
    expect(out).toContain('Theo Brandt|founded|Aperture Safety|');
    expect(out.filter((f) => f.startsWith('Theo Brandt|founded|null'))).toEqual([]);
    expect(out).toContain('Lea Font|founded|Brume Interactive|');
  });
});

describe('English: negation, clause openers, lower-case names', () => {
  it('gives no fact for a negated move', () => {
    expect(found('Okafor, who joined Cohere in 2021, said she was not leaving Cohere.').filter((f) => f.relation === 'left')).toEqual([]);
  });

  it('does not take a clause opener for part of a name', () => {
    expect(found('When Hiroshi Tanabe left Sony in 2019 to become head of chip design at Apple, colleagues were surprised.').map((f) => `${f.person} ${f.relation} ${f.org}`).sort())
      .toEqual(['Hiroshi Tanabe joined 苹果', 'Hiroshi Tanabe left 索尼']);
  });

  it('reads a company after an apposition in a which-clause, and the one quit', () => {
    const result = found('Tanabe Hiroshi is the chief technology officer of Rapidus, the state-backed foundry venture, which he joined in February after quitting Apple.');
    expect(result.find((f) => f.relation === 'joined')).toMatchObject({ org: 'Rapidus', date: '2025-02' });
    expect(result.find((f) => f.relation === 'left')?.org).toBe('苹果');
  });

  it('finds company names styled in lower case by their form or a naming verb', () => {
    const result = found('Lior Ben-Ami, an Apple machine-learning director, left in 2023 to co-found the start-up r3flex. Maya Stern co-founded a start-up called kernelpath last year.');
    expect(result.find((f) => f.person === 'Lior Ben-Ami' && f.relation === 'founded')?.org).toBe('r3flex');
    expect(result.find((f) => f.person === 'Maya Stern' && f.relation === 'founded')?.org).toBe('kernelpath');
  });
});

describe('English: time spent at an employer, the announcer, a short name', () => {
  it('reads "after seven years at X" as a past tie of the person who moves', () => {
    const result = found('Dr. Amara Okafor said that after seven years at Amazon Web Services, she is joining Cohere as chief scientist.');
    expect(result.find((f) => f.relation === 'left')?.org).toBe('亚马逊');
    expect(result.find((f) => f.relation === 'joined')?.org).toBe('Cohere');
  });

  it('takes "the company" of an announcement for the announcer, and its short name for its full one', () => {
    const result = found('Octave9 Labs, the enterprise voice-agent company, today announced that co-founder Gregor Almasi will step aside as CEO. Octave9 also announced that Peter Lindahl, Chief Financial Officer, will leave the company at the end of the year.');
    expect(result.find((f) => f.person === 'Gregor Almasi' && f.relation === 'stepped_down')?.org).toBe('Octave9 Labs');
    expect(result.find((f) => f.person === 'Peter Lindahl' && f.relation === 'left')?.org).toBe('Octave9 Labs');
  });
});

describe('English: started a company with a partner; is now at', () => {
  it('reads "with former X engineer P, started Y" as both founding Y', () => {
    const out = moves('In 2021 Jean-Baptiste Okafor quit Google and, with former Broadcom engineer Wei-Lin Chang, started Quillon Semiconductor.');
    expect(out).toContain('Jean-Baptiste Okafor|founded|Quillon Semiconductor');
    expect(out).toContain('Wei-Lin Chang|founded|Quillon Semiconductor');
    expect(out).toContain('Jean-Baptiste Okafor|left|谷歌');
  });

  it('reads "formerly …, is now X at Y" as joining Y, but not a current post alone', () => {
    expect(moves("Marta Kowalczyk, formerly Tesla's supply-chain lead, is now chief operating officer at Kinetix Dynamics.")).toContain('Marta Kowalczyk|joined|Kinetix Dynamics');
    expect(moves('Marta Kowalczyk is now chief operating officer at Kinetix Dynamics.')).toEqual([]);
  });
});

describe('English: a successor implies the predecessor left', () => {
  it('reads "He replaces X, who will stay on as an adviser" as X stepping down, and an inside move as none', () => {
    const out = moves('Li Auto appointed Wang Qiming as its chief technology officer. He replaces Tobias Engel, who came to Li Auto from Bosch in 2022 and will stay on as an adviser.');
    expect(out).toContain('Tobias Engel|stepped_down|理想汽车');
    expect(out).toContain('Tobias Engel|joined|理想汽车');
    expect(moves("Nio appointed Stefan Hoffmann to run Europe. He replaces Ma Lingting, who is returning to Nio's Shanghai headquarters.").filter((f) => f.startsWith('Ma Lingting'))).toEqual([]);
  });
});

describe('English: a possessor of an executive post is a company, a person\'s partner is not', () => {
  it('reads "Flipkart\'s senior vice president X quit the e-commerce major" as leaving Flipkart', () => {
    const out = moves("Flipkart's senior vice president of engineering Rohan Deshpande quit the e-commerce major last month. Deshpande's co-founder will be Nikhil Bansal.");
    expect(out).toContain('Rohan Deshpande|left|Flipkart');
    expect(out.some((f) => f.includes('|Deshpande'))).toBe(false);
  });

  it('reads a sabbatical as stepping down', () => {
    expect(moves('Siemens confirmed that Dr. Rainer Obermaier is taking a sabbatical but will remain with the company.')).toContain('Rainer Obermaier|stepped_down|西门子');
  });
});

describe('English: departures as nouns, destinations after for, the startup that hires', () => {
  it('reads "left X\'s group in November for Y" as joining Y, and "announced his departure"', () => {
    expect(moves("Priyanka Khanna left Apple's machine-learning research group in November for Anthropic.")).toEqual(expect.arrayContaining(['Priyanka Khanna|left|苹果', 'Priyanka Khanna|joined|Anthropic']));
    expect(moves("Theo Brandt, a senior engineer at OpenAI, announced his departure on Wednesday.")).toContain('Theo Brandt|left|OpenAI');
  });

  it('takes "the startup" that hires for the one just founded, and a date\'s number for no company', () => {
    const out = moves('Theo Brandt has spun out his own startup, Aperture Safety. The startup has already hired Greta Halvorsen as its first research lead. Its CEO will take over on June 1, the company said.');
    expect(out).toContain('Greta Halvorsen|joined|Aperture Safety');
    expect(out.some((f) => f.endsWith('|1'))).toBe(false);
  });

  it('reads "an iFlytek speech veteran" as a past tie', () => {
    expect(moves('Wen Jun (文俊), an iFlytek speech veteran, has been appointed CTO of Hong Kong voice startup VoxBridge.')).toEqual(expect.arrayContaining(['Wen Jun|left|科大讯飞', 'Wen Jun|joined|VoxBridge']));
  });
});

describe('English: press-release openings and past posts', () => {
  it('reads "Founded in 2019 by A and B, X develops …" and "previously served as … at Y"', () => {
    const out = moves('About Qingyun Intelligence: Founded in 2019 by Mr. Yu Haoran and Ms. Tang Xiaowei, Qingyun Intelligence develops robot brains. Dr. Feng Jiaxin previously served as a Principal Researcher at Microsoft Research Asia.');
    expect(out).toEqual(expect.arrayContaining(['Yu Haoran|founded|Qingyun Intelligence', 'Tang Xiaowei|founded|Qingyun Intelligence', 'Feng Jiaxin|left|微软']));
  });

  it('does not take "P, a co-founder of the X start-up Y" for a company named P', () => {
    const out = moves('Liu Haotian, a co-founder of the coding-assistant start-up Yunque AI, left it to set up a robotics venture called Lingxi Dynamics.');
    expect(out).toEqual(expect.arrayContaining(['Liu Haotian|founded|Yunque AI', 'Liu Haotian|founded|Lingxi Dynamics']));
  });
});

describe('English: losses, tenures since, announcers after a time', () => {
  it('reads "X lost its chief strategy officer, P, who is decamping to Y"', () => {
    expect(facts('The hire comes a week after rival Rebellions Inc. lost its chief strategy officer, Noh Sung-bin, who is decamping to SK Telecom.'))
      .toEqual(expect.arrayContaining(['Noh Sung-bin|left|Rebellions|', 'Noh Sung-bin|joined|SK Telecom|']));
  });

  it('reads "hired P, X\'s vice president" and "had been at X since 2019"', () => {
    const out = facts("Databricks hired Yusuf Karaca, Snowflake's vice president of AI products, as its senior vice president. Karaca had been at Snowflake since 2019.");
    expect(out).toEqual(expect.arrayContaining(['Yusuf Karaca|joined|Databricks|', 'Yusuf Karaca|joined|Snowflake|2019']));
    expect(out.some((f) => f.startsWith('Yusuf Karaca|left|Snowflake'))).toBe(true);
  });

  it('takes "In March, X, which …, said its COO P would step back" for X', () => {
    expect(facts('In March, Zhipu AI, which now markets itself abroad as Z.ai, said its chief operating officer Luo Jiaming would step back into an advisory role.').some((f) => f.startsWith('Luo Jiaming|stepped_down|智谱'))).toBe(true);
  });
});

describe('English: where people went, and who founded the company just named', () => {
  it('reads "departed late last month for xAI" and "who went to Anthropic"', () => {
    const out = moves("Hamid Rostami, a senior engineering manager on Apple's Private Cloud Compute team, departed late last month for xAI. Her exit follows that of researcher Stellan Voight, who went to Anthropic in March.");
    expect(out).toEqual(expect.arrayContaining(['Hamid Rostami|left|苹果', 'Hamid Rostami|joined|xAI', 'Stellan Voight|joined|Anthropic']));
    expect(moves('Stellan Voight went to Beijing in March.')).toEqual([]);
  });

  it('reads "Its founders are A and B" for the company just named, and "was until recently … at X"', () => {
    const out = moves('In Austin, a start-up called kernelpath came out of stealth this week. Its founders are Lucía Ferreyra and Tobiah Wexler. Wexler was until recently a research scientist at Apple.');
    expect(out).toEqual(expect.arrayContaining(['Lucía Ferreyra|founded|kernelpath', 'Tobiah Wexler|founded|kernelpath', 'Tobiah Wexler|left|苹果']));
  });
});

describe('English: a career told in one sentence', () => {
  it('reads "started out at IBM in 1998, decamped to Apple a decade later, and in 2016 joined Google"', () => {
    const out = found('He is restless. Jean-Baptiste Okafor started out designing memory controllers at IBM in 1998, decamped to Apple a decade later, and in 2016 joined Google.')
      .map((f) => `${f.relation} ${f.org} ${f.date}`).sort();
    expect(out).toEqual(['joined IBM 1998', 'joined 苹果 2008', 'joined 谷歌 2016', 'left IBM 2008', 'left 苹果 2016'].sort());
  });
});

describe('English: time spent ending, careers begun, coordinated verbs', () => {
  it('reads "ending nearly 13 years for the executive at Microsoft" as leaving Microsoft', () => {
    expect(facts('Oracle has named Amelia Hartono to run its cloud business, ending nearly 13 years for the Indonesian executive at Microsoft.').some((f) => f.startsWith('Amelia Hartono|left|微软'))).toBe(true);
  });

  it('dates only the second of two coordinated verbs by the time after it', () => {
    const out = facts('Haoran Xu began his career at Microsoft Research Asia and joined Alibaba in 2016.');
    expect(out).toContain('Haoran Xu|joined|阿里巴巴|2016');
    expect(out).toContain('Haoran Xu|joined|微软|');
  });
});

describe('English: an employer titling a hire with a possessive', () => {
  it('reads "Meta has hired Apple\'s top AI models executive Ruoming Pang" as leaving Apple', () => {
    const out = moves("Meta has hired Apple's top AI models executive Ruoming Pang.").sort();
    expect(out).toEqual(['Ruoming Pang|joined|Meta', 'Ruoming Pang|left|苹果']);
  });
});

describe('English: a list of hires with titles between the names', () => {
  it('reads "poached Windsurf CEO Varun Mohan and co-founder Douglas Chen" as hiring both', () => {
    const out = moves('Google has poached Windsurf CEO Varun Mohan and co-founder Douglas Chen.');
    expect(out).toEqual(expect.arrayContaining(['Varun Mohan|joined|谷歌', 'Douglas Chen|joined|谷歌', 'Varun Mohan|left|Windsurf']));
  });
});

describe('English: short sentences, developers, schools, earlier posts, returns', () => {
  it('reads a short English sentence as English ("Bo Li left Meta.")', () => {
    expect(moves('Bo Li left Meta.')).toEqual(['Bo Li|left|Meta']);
    expect(moves('Lu Xinyi joined Xiaomi.')).toEqual(['Lu Xinyi|joined|小米']);
  });

  it('takes "a core developer of X" after a name for a person, not a company, and media reports as hedging', () => {
    const f = found("Xiaomi has hired Lu Xinyi, a core developer of DeepSeek's V2 model, to lead its AI lab, Chinese media reported.");
    expect(f).toContainEqual(expect.objectContaining({ person: 'Lu Xinyi', relation: 'joined', org: '小米', status: 'reported' }));
    expect(f).toContainEqual(expect.objectContaining({ person: 'Lu Xinyi', relation: 'left', org: 'DeepSeek' }));
    // A company described as a developer stays a company.
    expect(moves('Lumora Robotics, a developer of warehouse systems, hired Anna Berg.')).toEqual(['Anna Berg|joined|Lumora Robotics']);
  });

  it('does not read the school one graduated from as an employer left', () => {
    expect(moves('Lu Xinyi joined DeepSeek in 2022 after graduating from Peking University.')).toEqual(['Lu Xinyi|joined|DeepSeek']);
    expect(moves('Omar Reyes joined Nvidia after earning a PhD in robotics from Stanford University.')).toEqual(['Omar Reyes|joined|英伟达']);
  });

  it('reads "had earlier worked at / interned at X" as a past tie', () => {
    expect(moves("Lu Xinyi joined DeepSeek in 2022, and had earlier worked at Alibaba's DAMO Academy.")).toContain('Lu Xinyi|left|阿里巴巴');
    expect(moves('Lu Xinyi joined DeepSeek in 2022, and had earlier interned at Alibaba.')).toContain('Lu Xinyi|left|阿里巴巴');
  });

  it('reads "brought back X" as a return', () => {
    const f = found('Tencent has brought back Li Zhiming as chief scientist.');
    expect(f).toContainEqual(expect.objectContaining({ person: 'Li Zhiming', relation: 'joined', org: '腾讯', cause: 'return', role: 'chief scientist' }));
  });
});

describe('English: a hire past an apposition, a tenure in a where-clause', () => {
  it('reads "lured X, a veteran memory architect, away from Micron" as leaving Micron', () => {
    expect(moves('SK hynix lured Choi Dong-hyun, a veteran memory architect, away from Micron earlier this month.')).toEqual(
      expect.arrayContaining(['Choi Dong-hyun|joined|SK海力士', 'Choi Dong-hyun|left|美光']),
    );
  });

  it('dates the tenure of a where-clause, not the hire, by its time', () => {
    const out = facts('Naver has hired back Lim Ha-eun, who once ran its translation service, from Kakao, where she had worked since 2021.');
    expect(out).toContain('Lim Ha-eun|joined|Naver|');
    expect(out).toContain('Lim Ha-eun|left|Kakao|');
    expect(out).toContain('Lim Ha-eun|joined|Kakao|2021');
  });
});

describe('English: an unknown one-word employer that hires', () => {
  it('reads "Nokia has named X …, luring her back from Vonage" as a join and a departure dated by it', () => {
    const out = facts('Nokia has named Sofia Lindqvist head of its network APIs business this week, luring her back from Vonage.');
    expect(out).toContain('Sofia Lindqvist|joined|Nokia|2025-12');
    expect(out).toContain('Sofia Lindqvist|left|Vonage|2025-12');
  });

  it('does not take a person\'s surname or a board for the employer', () => {
    expect(moves('Sam Altman leads OpenAI. Altman hired Bo Chen in May.').filter((f) => f.endsWith('|Altman'))).toEqual([]);
    expect(moves('The Board appointed Sung-min Cha as chief executive.').filter((f) => f.endsWith('|Board'))).toEqual([]);
  });
});

describe('English: founders listed with titles, across semicolons', () => {
  it('reads "was co-founded earlier this year by CEO A, who …; CTO B, previously …; and head of product C"', () => {
    const text = 'Kestrel Labs raised a seed round.\n\nThe company was co-founded earlier this year by CEO Hana Okafor, who spent six years at Stripe; CTO Rohan Desai, previously an engineer at Google; and head of product Mei-Ling Cheung, who left Brex in March.';
    const out = moves(text);
    for (const name of ['Hana Okafor', 'Rohan Desai', 'Mei-Ling Cheung']) expect(out).toContain(`${name}|founded|Kestrel Labs`);
  });

  it('does not take a hire after "X, founded by A," for a founder', () => {
    const out = moves('StepFun, founded by Jiang Daxin, has recruited Liang Shuo, previously an algorithm lead at Baidu.');
    expect(out).toContain('Jiang Daxin|founded|阶跃星辰');
    expect(out.filter((f) => f.startsWith('Liang Shuo|founded'))).toEqual([]);
  });
});

describe('English: initials and suffixes, an object pronoun, institutions, spin-outs', () => {
  it('keeps a leading initial and a generational suffix in the name', () => {
    expect(moves('J. Robert Kowalczyk joined DARPA in 2009.')).toEqual(['J. Robert Kowalczyk|joined|DARPA']);
    expect(moves('Marcus J. Whitfield Jr. joined AMD in October.')).toEqual(['Marcus J. Whitfield Jr.|joined|AMD']);
  });

  it('reads "Argonne National Laboratory named him" as a join of the person the text is about', () => {
    const out = moves('Robert Kowalczyk left Uber in 2020. Argonne National Laboratory named him in May to lead its programme.');
    expect(out).toContain('Robert Kowalczyk|joined|Argonne National Laboratory');
  });

  it('reads "he spun X out of Y" as founding X and leaving Y', () => {
    const out = facts('Robert Kowalczyk left Uber in 2020. Two years ago he spun Gridline Autonomy out of Aurora, taking a dozen engineers with him.');
    expect(out).toContain('Robert Kowalczyk|founded|Gridline Autonomy|2023');
    expect(out).toContain('Robert Kowalczyk|left|Aurora|2023');
  });
});

describe('English: media, honorifics, "lost X to Y"', () => {
  it('does not take the platform of a post for a unit or employer', () => {
    const f = found("Seo-yeon Kim, who led design for Microsoft's Copilot app, said in a LinkedIn post on Monday that she had left the company.");
    expect(f.map((x) => x.unit)).not.toContain('LinkedIn');
  });

  it('leaves Ms/Mr/Dr out of a name and reads "has lost X to Y" as a move to Y', () => {
    const out = moves("Singapore's GovTech has lost its chief AI officer, Ms Nurul Huda Ismail, to Grab, the group said on Monday.");
    expect(out).toEqual(expect.arrayContaining(['Nurul Huda Ismail|left|GovTech', 'Nurul Huda Ismail|joined|Grab']));
  });
});

describe('English: leave as a noun', () => {
  it('reads parental or unpaid leave as stepping down, and "will leave X" as leaving', () => {
    expect(moves("Sara Holmberg, who has led Cohere's London lab since 2022, will take six months of parental leave from November.")).toEqual(['Sara Holmberg|stepped_down|Cohere']);
    expect(moves('In 2018 Robert Kowalczyk took unpaid leave from Lumen Labs to join Uber.')).toEqual(expect.arrayContaining(['Robert Kowalczyk|stepped_down|Lumen Labs', 'Robert Kowalczyk|joined|Uber']));
    expect(moves('Sara Holmberg will leave Cohere in May.')).toEqual(['Sara Holmberg|left|Cohere']);
  });
});

describe('English: a founding told twice, habits, listed companies, successors', () => {
  it('reads "co-founded the company with B" after "spun X out of Y" as founding X', () => {
    const out = moves('Robert Kowalczyk joined Uber in 2018. Two years ago he spun Gridline Autonomy out of Aurora. He co-founded the company with Chen Xinyi.');
    expect(out).toContain('Chen Xinyi|founded|Gridline Autonomy');
    expect(out.filter((f) => f.endsWith('|founded|Uber'))).toEqual([]);
  });

  it('reads no move in "a habit of leaving jobs"', () => {
    expect(moves('Robert Kowalczyk joined Uber in 2018. Robert Kowalczyk has a habit of leaving jobs just as they get interesting.')).toEqual(['Robert Kowalczyk|joined|Uber']);
  });

  it('reads past "Hong Kong-listed computer-vision group" to the company founded, and "will be succeeded by"', () => {
    const out = moves('Leung Wai-man, who founded Hong Kong-listed computer-vision group Vistacore AI in 2014, will step down as chief executive on March 1. He will be succeeded by Zhou Yiming, who joins from Alibaba Cloud.');
    expect(out).toEqual(expect.arrayContaining(['Leung Wai-man|founded|Vistacore AI', 'Leung Wai-man|stepped_down|Vistacore AI', 'Zhou Yiming|joined|Vistacore AI', 'Zhou Yiming|left|阿里巴巴']));
    expect(out.filter((f) => f.includes('|Hong'))).toEqual([]);
  });
});

describe('English: appositions, possessive posts, denials of reports', () => {
  it('takes the head of an apposition for the hirer, and "the … developer founded by A" for a founding', () => {
    const out = moves('Insilico Medicine, the AI drug developer founded by Alex Zhavoronkov, has named Hiroshi Nakamura-Blake chief AI officer.');
    expect(out).toEqual(expect.arrayContaining(['Alex Zhavoronkov|founded|英矽智能', 'Hiroshi Nakamura-Blake|joined|英矽智能']));
    // (The knowledge base holds Isomorphic Labs as a unit of Alphabet, 谷歌: the unit is the point.)
    const hire = found('Isomorphic Labs, the Alphabet-owned drug-discovery company spun out of Google DeepMind in 2021, has hired Thandiwe Mokoena-Price as its first chief chemistry officer.')
      .filter((f) => f.person === 'Thandiwe Mokoena-Price' && f.relation === 'joined');
    expect(hire.map((f) => f.unit)).toEqual(['Isomorphic Labs']);
  });

  it('reads "X said its chief scientific officer, P, resigned" as leaving X', () => {
    expect(moves('Recursion Pharmaceuticals said its chief scientific officer, Hamid Rostami, resigned effective April 10.')).toEqual(['Hamid Rostami|left|Recursion Pharmaceuticals']);
  });

  it('drops a move a company calls untrue', () => {
    expect(moves('BYD said a report that its battery chief Zhao Wenbo had resigned was "untrue".')).toEqual([]);
  });
});

describe('English: surnames first, a surname that spells a title, the company a quote is about', () => {
  it('reads "Yoon" after "Yoon Ji-ho" as that person, and "Cho" as a surname, not CHO', () => {
    const out = moves('FuriosaAI has brought in Yoon Ji-ho as its chief operating officer. Yoon joined Tenstorrent in 2022.');
    expect(out).toContain('Yoon Ji-ho|joined|Tenstorrent');
    expect(moves('Daniel Cho joined Krafton in May.')).toEqual(['Daniel Cho|joined|Krafton']);
  });

  it('reads "said A, who co-founded the company in 2019 with B" as founding the company the text is about', () => {
    const text = 'Octave9 Labs, the voice-agent company, today named Shalini Rao its chief executive. Octave9 Labs sells to banks, and Octave9 Labs plans to grow. Rao joins after nine years at Amazon; before that she was at Nuance Communications. "She is the right leader," said Gregor Almasi, who co-founded the company in 2019 with Wendell Ashby.';
    const out = moves(text);
    expect(out).toEqual(expect.arrayContaining(['Gregor Almasi|founded|Octave9 Labs', 'Wendell Ashby|founded|Octave9 Labs']));
    expect(out.filter((f) => f.endsWith('|founded|Nuance Communications'))).toEqual([]);
  });
});

describe('English: a described subject, a boomerang without an object, a post held before, a partner', () => {
  it('reads "The former X lead, who left in 2023 to co-found Y," as the person the text is about, dated by the relative clause', () => {
    const out = facts('Lena Okafor is returning to Nvidia. The former Nvidia robotics lead, who left in 2022 to co-found the warehouse robotics startup Shelfwise, said on Monday that she had rejoined the company.');
    expect(out).toContain('Lena Okafor|left|英伟达|2022');
    expect(out).toContain('Lena Okafor|founded|Shelfwise|2022');
    expect(out.filter((f) => f.includes('|AI|'))).toEqual([]);
  });

  it('reads "X had been Y\'s chief executive" as a past post and "his co-founder Z" as a founder of the company he founded', () => {
    const out = moves('Tomas Reyes co-founded Brightloop in 2021. Reyes had been Brightloop\'s chief executive; his co-founder Ines Marlow will take over as CEO.');
    expect(out).toEqual(expect.arrayContaining(['Tomas Reyes|founded|Brightloop', 'Tomas Reyes|left|Brightloop', 'Ines Marlow|founded|Brightloop']));
    expect(moves('Reyes had been at the centre of the talks with Google.')).toEqual([]);
  });

  it('reads "X, a Y alum who spent two years at Z, is also coming back" as a return to Y', () => {
    const out = moves('Cohere has rehired Amos Vidal. Kira Benton-Lowe, a Cohere alum who spent the past three years at Mistral, is also coming back.');
    expect(out).toEqual(expect.arrayContaining(['Kira Benton-Lowe|joined|Cohere', 'Kira Benton-Lowe|left|Mistral AI', 'Kira Benton-Lowe|left|Cohere']));
  });
});

describe('English: a list of people who left, "to found", a founder of a described company', () => {
  it('reads "Others to have jumped ship include A; B; and C, who is now CTO at D" across its semicolons', () => {
    const out = moves("Ma Rui left Kuaishou to found Lumo Vision, a Shenzhen start-up. Others to have jumped ship this year include Alibaba's Cen Haoran, a staff engineer at its cloud unit; Pinduoduo's former head of ads, Bai Ning; and Kong Weiyi, a director at JD.com's logistics arm, who is now chief operating officer at Lumo.");
    expect(out).toEqual(expect.arrayContaining(['Ma Rui|left|快手', 'Ma Rui|founded|Lumo Vision', 'Cen Haoran|left|阿里巴巴', 'Bai Ning|left|拼多多', 'Kong Weiyi|left|京东', 'Kong Weiyi|joined|Lumo Vision']));
  });

  it('reads a pinyin surname alone after the full name, and "the founder of search engine X"', () => {
    const out = moves('Meituan hired Cen Yuhang and Kong Lei last year. Cen joined Tencent in 2016 from Microsoft Research Asia. Zhou Bo, the founder of search engine Zhisou, launched Lumen AI in April.');
    expect(out).toEqual(expect.arrayContaining(['Cen Yuhang|joined|腾讯', 'Cen Yuhang|left|微软', 'Zhou Bo|founded|Zhisou', 'Zhou Bo|founded|Lumen AI']));
    expect(moves('He joined Hong Kong Polytechnic University hospital staff in May.').filter((f) => f.startsWith('Kong'))).toEqual([]);
  });

  it('does not take "the Company" of a press release for a company\'s name', () => {
    expect(moves('Quorva Labs announced that Dana Whit, who founded the Company in 2019, will step down. The Company thanked her.').filter((f) => f.includes('|Company'))).toEqual([]);
  });
});

describe('English: "It was co-founded by", "Founded this summer by", a tenure until a time', () => {
  it('reads "It" as the company the sentence before is about, not one after a preposition', () => {
    const out = moves("Spun out of ETH Zurich's robotics lab, Ferrovane emerged from stealth on Wednesday. It was co-founded in March by Lukas Brandt (CEO) and Selin Aydin (CTO).");
    expect(out).toEqual(expect.arrayContaining(['Lukas Brandt|founded|Ferrovane', 'Selin Aydin|founded|Ferrovane']));
    expect(out.filter((f) => f.includes('|founded|苏黎世'))).toEqual([]);
  });

  it('reads "Founded this summer by former Apple engineers A and B, X builds …" and "The company has brought on C"', () => {
    const out = moves('Founded this summer by former Apple Siri engineers Tavish Lyle and Marisol Etxe, Kite Meridian builds voice agents. The company has brought on Giorgos Thorne as interim head of sales; he held the same role at Glean until last month.');
    expect(out).toEqual(expect.arrayContaining(['Tavish Lyle|founded|Kite Meridian', 'Marisol Etxe|founded|Kite Meridian', 'Giorgos Thorne|joined|Kite Meridian', 'Giorgos Thorne|left|Glean']));
  });

  it('dates "who until September was head of AI at X" and "was at Google until last May" as leavings', () => {
    expect(facts("Hyacinth Obi, who until September was head of AI at BASF's digital unit, launched Omnibrine on Monday.")).toContain('Hyacinth Obi|left|巴斯夫|2025-09');
    expect(facts('Dana Wu was at Google until last May, when she joined Meta.')).toEqual(expect.arrayContaining(['Dana Wu|left|谷歌|2025-05', 'Dana Wu|joined|Meta|2025-05']));
  });
});

describe('English: co-subjects with "both", a post in apposition left by a move, partners with appositions, legal forms, denials', () => {
  it('reads "A, who ran …, and B, a lead on OpenAI\'s effort, both joined Anthropic" for both, and B leaves OpenAI', () => {
    const out = moves("Wendy Oster, who ran the coding team, and Bapt Rhee, a lead on OpenAI's feedback effort, both joined Anthropic earlier this month.");
    expect(out).toEqual(expect.arrayContaining(['Wendy Oster|joined|Anthropic', 'Bapt Rhee|joined|Anthropic', 'Bapt Rhee|left|OpenAI']));
    expect(moves("Jiang Yue, a Peking University graduate who did her PhD at Stanford, joined StepFun in 2023.")).toEqual(['Jiang Yue|joined|阶跃星辰']);
    expect(moves('Katherine Obi, a partner at Redwood Ridge Ventures, has joined the Octave9 board of directors.')).toEqual([]);
  });

  it('reads every partner of "co-founded X with CTO A, who …, and chief scientist B, a former …"', () => {
    const out = moves('Ola Price, its chief executive, co-founded Quillwright with chief technology officer Matt Overgaard, who previously ran ranking infrastructure at Spotify, and chief scientist Priya Bell, a former Oxford postdoc.');
    expect(out).toEqual(expect.arrayContaining(['Ola Price|founded|Quillwright', 'Matt Overgaard|founded|Quillwright', 'Priya Bell|founded|Quillwright']));
  });

  it('drops "Inc." and "Corp." from a name, a passive "was poached by" is not the hirer, and "was simply not true" denies', () => {
    expect(moves('Rakuten Group Inc. has appointed Asami Tsuru, who previously ran machine-learning platforms at LINE Corp., as its first chief AI officer.').sort()).toEqual(['Asami Tsuru|joined|Rakuten Group', 'Asami Tsuru|left|LINE']);
    expect(moves('At Sony Group Corp., Kenta Ishi, a senior researcher at Sony AI, was poached last month by Preferred Networks Inc.').filter((f) => f.endsWith('|joined|索尼'))).toEqual([]);
    expect(moves('A report last week that DeepMind\'s director of research, Sid Holm, was leaving to join Inflection AI was "simply not true", the spokesperson said.')).toEqual([]);
  });
});

describe('English: a hire still to come, a career chain, a tenure run until a time, denials of claims', () => {
  it('reads "X is set to hire A, chief scientist of start-up B" as a reported move, but not "tried to hire him"', () => {
    const out = found('Tencent is set to hire Jiang Yue, chief scientist of Shanghai-based start-up StepFun, according to people familiar with the matter.');
    expect(out.map((f) => `${f.person}|${f.relation}|${f.org}|${f.status}`).sort()).toEqual(['Jiang Yue|joined|腾讯|reported', 'Jiang Yue|left|阶跃星辰|reported']);
    expect(moves('Lena Okafor left IBM in 2015. Nvidia tried to hire her in 2019, she says, but she turned the offer down.')).toEqual(['Lena Okafor|left|IBM']);
  });

  it('reads "X\'s career took him from A to B in 2014, then to C in 2019" and "who ran X\'s unit until the summer"', () => {
    const out = facts("JD.com has named Zhongli Heng, who ran Huawei Cloud's Pangu model business until the summer, as head of its model team. Zhongli's career took him from Microsoft Research Asia to Alibaba in 2014, then to Huawei in 2019.");
    expect(out).toEqual(expect.arrayContaining(['Zhongli Heng|left|华为|', 'Zhongli Heng|left|微软|2014', 'Zhongli Heng|joined|阿里巴巴|2014', 'Zhongli Heng|left|阿里巴巴|2019', 'Zhongli Heng|joined|华为|2019']));
  });

  it('drops "X rejected online claims that P had resigned, calling them fabricated", and reads "to join his former boss at X"', () => {
    expect(moves('Baidu rejected online claims that Xun Lijuan, Ernie Bot\'s product chief, had resigned, calling them "fabricated".')).toEqual([]);
    expect(moves('He replaces Ge Yunfei, who left JD.com in October to join his former boss at Shenzhen fintech firm Xingchen Pay.')).toEqual(['Ge Yunfei|left|京东', 'Ge Yunfei|joined|Xingchen Pay']);
  });
});

describe('English: an opening "At X,", a document is no hearsay, retiring but staying on, a founder titled by an employer', () => {
  it('reads "At ByteDance itself, X, head of …, stepped aside …, according to an internal memo" as a confirmed step down', () => {
    const out = found('At ByteDance itself, Xue Ming, head of the data platform, stepped aside from day-to-day management in February, according to an internal memo seen by Caixin.');
    expect(out.map((f) => `${f.person}|${f.relation}|${f.org}|${f.status}`)).toEqual(['Xue Ming|stepped_down|字节跳动|confirmed']);
  });

  it('reads "will retire … but remain as a senior adviser" as a step down, and "founded in 2021 by former SenseTime vice-president X"', () => {
    expect(moves('At DBS Bank, chief data officer Anirudh Sharma will retire in December but remain as a senior adviser to the chief executive.')).toEqual(['Anirudh Sharma|stepped_down|DBS Bank']);
    expect(moves('MiniMax was founded in 2021 by former SenseTime vice-president Yan Junjie and has become one of China\'s so-called AI tigers.').sort()).toEqual(['Yan Junjie|founded|MiniMax', 'Yan Junjie|left|商汤科技']);
  });

  it('does not leave the earlier employer twice when "moved to A from B" names where they came from', () => {
    expect(moves('ByteDance has poached Tong Wen, who led multimodal research for Alibaba\'s Qwen models. Tong moved to Alibaba from SenseTime in 2019.').sort())
      .toEqual(['Tong Wen|joined|字节跳动', 'Tong Wen|joined|阿里巴巴', 'Tong Wen|left|商汤科技', 'Tong Wen|left|阿里巴巴']);
  });
});

describe('English: names with two hyphens, a veteran of X, a leave from a post at X, a second hiring verb, seasons and quarters', () => {
  it('reads "Rashid Al-Mansouri-Kerr, who left Google DeepMind\'s hardware team this spring, has launched X"', () => {
    expect(facts("Separately, Rashid Al-Mansouri-Kerr, who left Google DeepMind's hardware team this spring, has launched Tessitura Silicon, a start-up designing inference chips.")).toContain('Rashid Al-Mansouri-Kerr|left|谷歌|2025');
  });

  it('reads founders listed with appositions: a veteran of X, a leave from a faculty position at Y', () => {
    const out = moves("The company was founded last August by Noa Ben (CEO), who previously led the language group at Mobileye; Yotam Rosen (CTO), a veteran of Google's Tel Aviv research office; and Keren Halevi (chief scientist), who took a leave of absence from her faculty position at the Technion to join the company.");
    expect(out).toEqual(expect.arrayContaining(['Yotam Rosen|left|谷歌', 'Keren Halevi|stepped_down|以色列理工学院']));
    expect(out.filter((f) => f.startsWith('Keren Halevi|stepped_down|谷歌'))).toEqual([]);
  });

  it('reads "X has also hired A, …, and poached B from monday.com\'s AI team" with X as both hirers', () => {
    const out = moves("Carmelith has also hired Amit Levi, formerly head of infrastructure at Wix, as vice president of engineering, and poached Shira Tamir from monday.com's AI team to lead product.");
    expect(out).toEqual(expect.arrayContaining(['Amit Levi|joined|Carmelith', 'Amit Levi|left|Wix', 'Shira Tamir|joined|Carmelith', 'Shira Tamir|left|monday.com']));
  });
});

describe('English: hired away from A by B, a company confirming that, "whose co-founders include", a legal form marks a company', () => {
  it('reads "was hired away from Qualcomm in San Diego by Nvidia in 2009" as leaving Qualcomm for Nvidia', () => {
    expect(facts('Ravi Varma was hired away from Qualcomm in San Diego by Nvidia in 2009.').sort()).toEqual(['Ravi Varma|joined|英伟达|2009', 'Ravi Varma|left|高通|2009']);
  });

  it('reads "Kakao Corp. confirmed on Monday that X, who ran …, had resigned" and "At SK Telecom Co., X retired"', () => {
    expect(moves("Kakao Corp. confirmed on Monday that Yoon Seo-jin, who ran its Kanana language-model effort, had resigned.")).toEqual(['Yoon Seo-jin|left|Kakao']);
    expect(moves('At SK Telecom Co., Kwon Tae-sik retired as chief AI officer at the end of February, the company said.')).toEqual(['Kwon Tae-sik|left|SK Telecom']);
  });

  it('reads "Helsing, whose co-founders include the former games entrepreneur Torsten Reil"', () => {
    expect(moves('Helsing, whose co-founders include the former games entrepreneur Torsten Reil, declined to comment.')).toEqual(['Torsten Reil|founded|Helsing']);
  });
});

describe('English: "Also leaving are …; both were poached by X", was previously, a board appointment, a city is no employer, "He" after a founder apposition', () => {
  it('reads a list of leavers and "both were poached by Alibaba" after its semicolon', () => {
    const out = moves('Also leaving are Qi Wanrong, general manager of marketing at Baidu AI Cloud, and Mo Sihan, who headed the Wenku service; both were poached by Alibaba.');
    expect(out).toEqual(expect.arrayContaining(['Qi Wanrong|left|百度', 'Qi Wanrong|joined|阿里巴巴', 'Mo Sihan|joined|阿里巴巴']));
  });

  it('reads "was previously a product manager at X", "Before X, P worked at A and then at B", and no move for a board seat or to a city', () => {
    expect(moves('Xiang Qiaoyun was previously a product manager at Pinduoduo.')).toEqual(['Xiang Qiaoyun|left|拼多多']);
    expect(moves('Xiaomi has hired Shang Ruolin, a developer at DeepSeek. Before DeepSeek, Shang worked at SenseTime and then at Alibaba.')).toEqual(expect.arrayContaining(['Shang Ruolin|left|商汤科技', 'Shang Ruolin|left|阿里巴巴']));
    expect(moves('Separately, Xiaomi appointed Pan Yuzhi, a former Qualcomm executive, as an independent non-executive director.')).toEqual(['Pan Yuzhi|left|高通']);
    expect(moves('Gu Lanting spent six years at Google DeepMind before returning to Hangzhou last autumn to join Alibaba Cloud.').filter((f) => f.includes('Hangzhou'))).toEqual([]);
  });

  it('reads "He" after "X, the developer founded by A, has named B" as B', () => {
    const out = moves('Insilico Medicine, the AI drug developer founded by Alex Zhav, has named Hiro Blake chief AI officer. He was previously head of data science at Takeda.');
    expect(out).toContain('Hiro Blake|left|Takeda');
    expect(out.filter((f) => f.startsWith('Alex Zhav|left'))).toEqual([]);
  });
});

describe('English: first-person posts and quotes', () => {
  it('reads "I" as the speaker named in the sentence or just before ("X wrote on LinkedIn:", "…," said X)', () => {
    expect(moves('Jane Doe wrote on LinkedIn: "After six years at Stripe, I have decided to move on. I am thrilled to join Ramp as chief revenue officer."')).toEqual(expect.arrayContaining(['Jane Doe|left|Stripe', 'Jane Doe|joined|Ramp']));
    expect(moves('"I joined Cohere last month after eight years at Google," said Priya Nair.')).toEqual(expect.arrayContaining(['Priya Nair|joined|Cohere', 'Priya Nair|left|谷歌']));
    expect(moves('Posted by Tom Reyes. Today is my last day at Shopify. I am leaving to start my own company.')).toEqual(expect.arrayContaining(['Tom Reyes|left|Shopify', 'Tom Reyes|founded|∅'.replace('∅', 'null')]));
  });

  it('does not guess the employer of a first-person leaving with no object ("When I left, people thought I was crazy")', () => {
    expect(moves('Jason Yu co-founded Lumio in 2023. "When I left, people thought I was crazy," Yu said.')).toEqual(['Jason Yu|founded|Lumio']);
  });
});

describe('English: a surname before a generational suffix, a wire agency in a dateline', () => {
  it('reads "Whitfield" after "Marcus J. Whitfield Jr." and no person in "(Westbridge Wire)"', () => {
    const out = facts('SAN JOSE, Sept 16 (Westbridge Wire) - AMD has tapped Marcus J. Whitfield Jr., a 17-year Intel veteran, to run its custom-silicon business. Whitfield, most recently general manager of Intel\'s Xeon server line, left that company in June. He will start at AMD on Oct. 1.');
    expect(out).toEqual(expect.arrayContaining(['Marcus J. Whitfield Jr.|left|英特尔|2025-06']));
    expect(out.some((f) => f.startsWith('Marcus J. Whitfield Jr.|joined|AMD|'))).toBe(true);
    expect(out.filter((f) => f.startsWith('Westbridge'))).toEqual([]);
  });
});

describe('English: moved from A to B, a boomerang, "Next week I start at X", a post called fake', () => {
  it('reads "who moved from Wise to Plaid in April" and "was boomeranging back to X"', () => {
    expect(moves('Pictured above: Lin Xiaotong, who moved from Wise to Plaid in April as chief compliance officer.')).toEqual(['Lin Xiaotong|left|Wise', 'Lin Xiaotong|joined|Plaid']);
    expect(moves('In June, Arjun Sood posted that he was "boomeranging" back to Amazon Web Services as director of generative-AI solutions.')).toEqual(['Arjun Sood|joined|亚马逊']);
  });

  it('reads "I start at X" after "…," Kim wrote, and drops a hire a post claimed and the person called fake', () => {
    expect(moves('"Today is my last day at Microsoft," Seo-yeon Kim wrote. "Next week I start at Anthropic."')).toEqual(['Seo-yeon Kim|left|微软', 'Seo-yeon Kim|joined|Anthropic']);
    expect(moves('A widely shared post last week claiming that Microsoft scientist Hyun-woo Lee had been hired by Meta was fake, Lee told The Ledger.')).toEqual([]);
  });
});

describe('English: a unit named by "the unit\'s", walking away, giving up a role, went on to run', () => {
  it('reads "X, the unit\'s former head of simulation, left in January" as leaving the unit named before', () => {
    expect(moves("Gu Wen most recently served as chief architect of Baidu Apollo, the robotaxi unit. Kwan Siu-ming, the unit's former head of simulation, left in January to found Fathom Drive, a Hong Kong start-up that sells driving data.")).toEqual(expect.arrayContaining(['Kwan Siu-ming|left|百度', 'Kwan Siu-ming|founded|Fathom Drive']));
  });

  it('reads "went on to run X\'s group … before walking away" and "would give up his operating role … and stay on as a technical advisor"', () => {
    expect(moves("Sundial was acquired by Amazon in 2024, and Anjali Mehrotra went on to run Amazon's embodied-AI group for 18 months before walking away last October.")).toEqual(expect.arrayContaining(['Anjali Mehrotra|joined|亚马逊', 'Anjali Mehrotra|left|亚马逊']));
    expect(moves('Cambricon confirmed that vice president Hao Xinyu would give up his operating role in April and stay on as a technical advisor.')).toEqual(['Hao Xinyu|stepped_down|寒武纪']);
  });
});

describe('English: newsletters and press releases', () => {
  it('reads bulleted people moves: "is out as CTO at X", "Ex-X product chief", "chief data officer of Checkout.com, will retire", a former post bounded by its apposition', () => {
    expect(moves('- Henrike Salo is out as chief technology officer at Mollie after four years.')).toEqual(['Henrike Salo|left|Mollie']);
    expect(moves('- Ex-Marqeta product chief Ravi Greer has been named CEO of Quaystone, the embedded-finance start-up.')).toEqual(['Ravi Greer|joined|Quaystone', 'Ravi Greer|left|Marqeta']);
    expect(moves('- Hollis Tambwe, chief data officer of Checkout.com, will retire at year-end.')).toEqual(['Hollis Tambwe|left|Checkout.com']);
    expect(moves('- Nisha Roth, former chief compliance officer of Santander UK, joins the Quaystone board.').filter((f) => f.includes('Quaystone'))).toEqual([]);
  });

  it('reads no facts from a title-case headline, no person in "Manufacturing Engineering", and the founder\'s own company for a step down', () => {
    const out = moves('Auerwerk Names Former Trumpf Executive Dr. Wilhelmina Feld CEO as Founder Matthias Quednau Moves to Advisory Board Chair\n\nMatthias Quednau, who left the Fraunhofer Institute for Manufacturing Engineering and Automation IPA in 2015 and founded Auerwerk the following year, will hand over the CEO role on the same date.');
    expect(out).toEqual(expect.arrayContaining(['Matthias Quednau|founded|Auerwerk', 'Matthias Quednau|stepped_down|Auerwerk']));
    expect(out.filter((f) => f.startsWith('Manufacturing') || f.startsWith('Matthias|'))).toEqual([]);
  });
});

describe('English: a post\'s byline and a quote\'s speaker after an apposition', () => {
  it('reads "my last day" under "Posted by X", and the speaker of "…," X, who led …, wrote', () => {
    expect(moves('Posted by Thandiwe Khoza\n\nAfter six years at Ocelot Freight, today is my last day.')).toEqual(['Thandiwe Khoza|left|Ocelot Freight']);
    expect(moves('Kurly was founded by Sophie Kim in 2014. "Today is my last day at Kurly," Yeom Seung-ah, who led the fulfilment-forecasting group, wrote on Monday.')).toEqual(['Sophie Kim|founded|Kurly', 'Yeom Seung-ah|left|Kurly']);
    expect(moves('Meta hired Ryan Cole last week.')).toEqual(['Ryan Cole|joined|Meta']);
  });
});

describe('English: a post quoted after its author, starting as a post at X', () => {
  it('reads "X posted: "I am starting a new position as … at Kurly!"" and "He spent the previous eight years at Gmarket"', () => {
    const out = moves('Kurly has been hiring too. On Tuesday, Tavish Dunmore posted: "I am happy to share that I am starting a new position as Senior Director of Machine Learning at Kurly!" He spent the previous eight years at Gmarket.');
    expect(out).toEqual(['Tavish Dunmore|joined|Kurly', 'Tavish Dunmore|left|Gmarket']);
  });
});

describe('English: "until recently" in an apposition', () => {
  it('reads "X, until recently chief product officer at PhonePe," as a past post', () => {
    expect(moves('"Personal news: I am starting something new," wrote Kavitha Oduro, until recently chief product officer at PhonePe.')).toEqual(['Kavitha Oduro|left|PhonePe']);
  });
});

describe('English: press-release boards and announcements', () => {
  it('reads "X … today announced that its Board of Directors has appointed Y" with X as the hirer, and a retirement announced after another item', () => {
    const text = 'MINNEAPOLIS, March 14, 2023 (GLOBE NEWSWIRE) -- Veridane Health, Inc. (NASDAQ: VRDH), a provider of diagnostic software, today announced that its Board of Directors has appointed Seun Bello as Chief Executive Officer. Veridane Health also announced that Priscilla Agu has been promoted to Chief Product Officer, and that Chief Financial Officer Anselm Krogh will retire at the end of the second quarter.';
    const out = moves(text);
    expect(out).toEqual(expect.arrayContaining(['Seun Bello|joined|Veridane Health', 'Anselm Krogh|left|Veridane Health']));
    expect(out.filter((f) => f.includes('Directors'))).toEqual([]);
  });
});

describe('English: newsletter items with exits, landings, ex-lists and pairs of founders', () => {
  it('reads "exits The Trade Desk … to become CTO of X", "(ex-A, ex-B) lands at C", and "A and former X engineer B have co-founded Y"', () => {
    expect(moves('- Jurgen Vos exits The Trade Desk after nine years to become CTO of Lanternfish Media, the CTV measurement start-up.')).toEqual(['Jurgen Vos|left|Trade Desk', 'Jurgen Vos|joined|Lanternfish Media']);
    expect(moves('- Rory Finch (ex-DoubleVerify, ex-Integral Ad Science) lands at Reddit as head of brand safety.').sort()).toEqual(['Rory Finch|joined|Reddit', 'Rory Finch|left|DoubleVerify', 'Rory Finch|left|Integral Ad Science']);
    expect(moves('- Ex-Canva design lead Bea Kruger and former Adobe engineer Lindi Baird have co-founded Palettework, which makes design tools.').sort()).toEqual(['Bea Kruger|founded|Palettework', 'Bea Kruger|left|Canva', 'Lindi Baird|founded|Palettework', 'Lindi Baird|left|Adobe']);
  });
});

describe('English: where a hire comes from, and moves told in passing', () => {
  it('reads "joins the company from X" as leaving X and joining the announcer', () => {
    expect(moves('Acme AI said Maria Lopez joins the company from Stripe, where she led payments.').sort()).toEqual(['Maria Lopez|joined|Acme AI', 'Maria Lopez|left|Stripe']);
    expect(moves('Acme AI announced that Maria Lopez joins us from Stripe.').sort()).toEqual(['Maria Lopez|joined|Acme AI', 'Maria Lopez|left|Stripe']);
  });

  it('reads "Before joining X last year, P spent … at Y" and "P started at Y before moving to X in 2021"', () => {
    expect(facts('Before joining Anthropic last year, Li Wei spent six years at Baidu.').sort()).toEqual(['Li Wei|joined|Anthropic|2024', 'Li Wei|left|百度|']);
    expect(facts('Raj Patel started as an engineer at Cohere before moving to Google in 2021.').sort()).toEqual(['Raj Patel|joined|Cohere|', 'Raj Patel|joined|谷歌|2021', 'Raj Patel|left|Cohere|2021']);
  });
});

describe('English: the post a move names', () => {
  const roles = (text: string) => found(text).filter((f) => f.relation !== 'left').map((f) => `${f.person}|${f.relation}|${f.role ?? ''}`);
  it('reads "joined X as head of product", "named chief operating officer of X", "stepped down as CEO but …"', () => {
    expect(roles('Jane Doe, who previously led search at Google, has joined OpenAI as head of product.')).toEqual(['Jane Doe|joined|head of product']);
    expect(roles('Former Tesla executive John Smith has been named chief operating officer of Rivian.')).toEqual(['John Smith|joined|chief operating officer']);
    expect(roles('Lumen co-founder Zhang Wei has stepped down as CEO but will remain on the board.')).toContain('Zhang Wei|stepped_down|CEO');
    expect(roles('Anna Berg joined Google as part of the deal.')).toEqual(['Anna Berg|joined|']);
  });

  it('reads "Ex-X engineer P is now CTO at Y" as a move to Y', () => {
    expect(moves('Ex-ByteDance engineer Liu Yang is now chief technology officer at Moonshot AI.').sort()).toEqual(['Liu Yang|joined|月之暗面', 'Liu Yang|left|字节跳动']);
    expect(moves('Liu Yang is now chief technology officer at Moonshot AI.')).toEqual([]);
  });
});


describe('English: an 8-K filing and a successor who joins from elsewhere', () => {
  it('reads the Company and the Board as the defined company, a tenure from … until …, and a co-founder stepping down', () => {
    const text = 'On September 3, 2024, Arjun Kesavan notified the Board of Directors (the "Board") of Corvid Robotics, Inc. (the "Company") of his decision to resign as Chief Technology Officer of the Company, effective September 30, 2024. '
      + 'On September 4, 2024, the Board appointed Yvonne Vanderplas, age 47, as Chief Technology Officer, effective October 1, 2024. Ms. Vanderplas served as Vice President of Autonomy at Boston Dynamics, Inc. from 2019 until August 2024. '
      + "Dr. Helena Sundkvist, the Company's co-founder and Chief Scientist, will step down from her executive role effective December 31, 2024, and will continue to serve the Company as a consultant.";
    expect(facts(text).sort()).toEqual([
      'Arjun Kesavan|left|Corvid Robotics|2024-09-30',
      'Helena Sundkvist|founded|Corvid Robotics|',
      'Helena Sundkvist|stepped_down|Corvid Robotics|2024-12-31',
      'Yvonne Vanderplas|joined|Boston Dynamics|2019',
      'Yvonne Vanderplas|joined|Corvid Robotics|2024-10-01',
      'Yvonne Vanderplas|left|Boston Dynamics|2024-08',
    ]);
  });

  it('reads "will step down … and be succeeded by Y, who joins from Z" as Y joining, and "hired away X\'s head of …, P" as P leaving X', () => {
    expect(moves('Cerebras Systems said on Tuesday its chief financial officer, Halvard Eikrem, will step down at the end of the quarter and be succeeded by Renata Szabo-Quaye, who joins from Micron Technology.'))
      .toEqual(expect.arrayContaining(['Renata Szabo-Quaye|joined|Cerebras', 'Renata Szabo-Quaye|left|美光']));
    expect(moves("Meta has also hired away Apple Inc.'s head of foundation models, Ruben Aldecoa, this week.").sort()).toEqual(['Ruben Aldecoa|joined|Meta', 'Ruben Aldecoa|left|苹果']);
  });
});

describe('English: founders named a sentence later, pairs of subjects, partners after "with"', () => {
  it('reads "A, who …, and B, an …, departed in May. Their new venture, called X, …" as both leaving and founding X', () => {
    const text = 'Two Anthropic researchers have left the company to start their own AI lab. Marisol Iturbide, who led work on interpretability tooling, and Oren Shalev-Dunn, an engineer on the Claude Code team, departed in May. Their new venture, called Halyard Labs, is in talks to raise $60 million.';
    expect(moves(text).sort()).toEqual(['Marisol Iturbide|founded|Halyard Labs', 'Marisol Iturbide|left|Anthropic', 'Oren Shalev-Dunn|founded|Halyard Labs', 'Oren Shalev-Dunn|left|Anthropic']);
  });

  it('reads "has since co-founded a robotics startup with P … The startup, X, came out of stealth" and "They\'re calling it x"', () => {
    const text = 'Separately, Kwabena Owusu-Ansah, a research scientist at Google DeepMind, quietly left the company late last year and has since co-founded a robotics startup with Lena Vojtková, a former Tesla engineer. The startup, Kinetica Robotics, came out of stealth on Tuesday.';
    expect(moves(text).sort()).toEqual(['Kwabena Owusu-Ansah|founded|Kinetica Robotics', 'Kwabena Owusu-Ansah|left|谷歌', 'Lena Vojtková|founded|Kinetica Robotics', 'Lena Vojtková|left|特斯拉']);
    expect(moves("Mireille Dufort left Anthropic last Friday to start a company with her old Stanford labmate Kofi Mensah-Bonsu. They're calling it hollowgram, lower-case h.").filter((m) => m.includes('founded')).sort())
      .toEqual(['Kofi Mensah-Bonsu|founded|hollowgram', 'Mireille Dufort|founded|hollowgram']);
  });
});

describe('English: an acqui-hire told over several sentences', () => {
  it('reads co-founders A and B joining, giving up a role but keeping a seat, "its CTO, is leaving the company", and "The pair started X in 2021"', () => {
    const text = 'Sonnetic co-founders Aditi Gokhale and Jonas Feldberg will join Google DeepMind as part of the deal. '
      + "Gokhale, Sonnetic's chief executive, will give up that role but keep her seat on the startup's board. Feldberg, its CTO, is leaving the company outright. The pair started Sonnetic in 2021.";
    expect(facts(text).sort()).toEqual([
      'Aditi Gokhale|founded|Sonnetic|2021', 'Aditi Gokhale|joined|谷歌|', 'Aditi Gokhale|stepped_down|Sonnetic|',
      'Jonas Feldberg|founded|Sonnetic|2021', 'Jonas Feldberg|joined|谷歌|', 'Jonas Feldberg|left|Sonnetic|',
    ]);
  });

  it('reads "X co-founder and Chief Science Officer P" and "the company, whose co-founder P is chief executive" as founders', () => {
    expect(moves('Anthropic co-founder and Chief Science Officer Jared Kaplan has argued publicly that the company is fine.')).toEqual(['Jared Kaplan|founded|Anthropic']);
    expect(moves('Cerebras Systems named a CFO. The Sunnyvale, California-based company, whose co-founder Andrew Feldman is chief executive, makes chips.')).toEqual(['Andrew Feldman|founded|Cerebras']);
  });
});

describe('English: a founding team hired', () => {
  it('reads "The chipmaker hired the founding team of X, …, including its co-founder and chief executive, P"', () => {
    const text = 'Nvidia has done it too. The chipmaker hired the founding team of Cortexa, a Tel Aviv inference-optimization startup, earlier this month, including its co-founder and chief executive, Yael Ben-Harush.';
    expect(moves(text).sort()).toEqual(['Yael Ben-Harush|founded|Cortexa', 'Yael Ben-Harush|joined|英伟达', 'Yael Ben-Harush|left|Cortexa']);
  });
});

describe('English: a founder inside a relative clause on the company', () => {
  it('reads "to join xAI, the AI company Elon Musk founded that year" with Musk as a person, not a company', () => {
    expect(moves('Rafael Montoya-Birch left Microsoft in the spring of 2023 to join xAI, the AI company Elon Musk founded that year.')).toContain('Elon Musk|founded|xAI');
    expect(moves('Rafael Montoya-Birch left Microsoft in the spring of 2023 to join xAI, the AI company Elon Musk founded that year.').some((m) => m.endsWith('|Elon Musk'))).toBe(false);
  });
});

describe('English: a relative clause between a subject and its verb', () => {
  it('reads "Gao, who joined Moonshot in 2023 shortly after Yang Zhilin founded the Beijing-based start-up, is expected to start at ByteDance"', () => {
    const out = facts('ByteDance has hired Gao Lianfeng, the former head of multimodal research at Moonshot AI. Gao, who joined Moonshot in 2023 shortly after Yang Zhilin founded the Beijing-based start-up, is expected to start at ByteDance next month.');
    expect(out).toEqual(expect.arrayContaining(['Gao Lianfeng|joined|月之暗面|2023', 'Yang Zhilin|founded|月之暗面|2023', 'Gao Lianfeng|joined|字节跳动|2026-01']));
    expect(out.some((f) => f.startsWith('Yang Zhilin|joined'))).toBe(false);
  });

  it('reads "X, meanwhile, confirmed on Monday that its chief operating officer, P, had resigned"', () => {
    expect(facts('Zhipu AI, meanwhile, confirmed on Monday that its chief operating officer, Qin Kaiwen, had resigned for personal reasons.')).toEqual(['Qin Kaiwen|left|智谱|2025-12-01']);
  });
});

describe('English: a company that parts ways, and a founder named inside an apposition', () => {
  it('reads "AgiBot parted ways with its vice-president of sales, P" and "P left Krutrim, the AI company founded by Q, in January to join Tesla"', () => {
    expect(moves('AgiBot parted ways with its vice-president of sales, Ma Jingtao, in February, a company spokesperson confirmed.')).toEqual(['Ma Jingtao|left|智元机器人']);
    expect(moves("Ananya Ranganathan left Krutrim, the AI company founded by Ola's Bhavish Aggarwal, in January to join Tesla's Optimus team in Palo Alto.").sort())
      .toEqual(['Ananya Ranganathan|joined|特斯拉', 'Ananya Ranganathan|left|Krutrim', 'Bhavish Aggarwal|founded|Krutrim']);
  });
});

describe('English: names beyond ASCII, a post taken over, an apposition of founders', () => {
  it('reads "She takes the helm of GroqCloud from Aleksander Wiśniewski-Hart, who is leaving this month to become CEO of Strata Silicon"', () => {
    const out = moves('Groq Inc. tapped Celestine Abarrategui, a former Nvidia executive. She takes the helm of GroqCloud from Aleksander Wiśniewski-Hart, who is leaving this month to become chief executive officer of Strata Silicon, a startup designing memory chips.');
    expect(out).toEqual(expect.arrayContaining(['Aleksander Wiśniewski-Hart|left|GroqCloud', 'Aleksander Wiśniewski-Hart|joined|Strata Silicon']));
    expect(out.some((m) => m.includes('Aleksander Wi|'))).toBe(false);
  });

  it('reads "X spent 11 years at Nvidia, most recently overseeing … its DGX Cloud service, and left in January" and "SambaNova Systems, co-founded by …, has hired P"', () => {
    expect(moves('Groq hired Celestine Abarrategui. Abarrategui spent 11 years at Nvidia, most recently overseeing partnerships for its DGX Cloud service, and left in January.')).toContain('Celestine Abarrategui|left|英伟达');
    expect(moves('SambaNova Systems, co-founded by Stanford University professor Kunle Olukotun, has hired Elspeth Navarro-Quist as chief financial officer.')).toEqual(expect.arrayContaining(['Elspeth Navarro-Quist|joined|SambaNova Systems', 'Kunle Olukotun|founded|SambaNova Systems']));
  });
});

describe('English: a temporary leave, "its" in an apposition, a fund he co-founded', () => {
  it('reads "would take a three-month leave" as a step down, "P, a core contributor to its R1 model, left" as leaving the company before, "X, the hedge fund he co-founded"', () => {
    expect(facts('Moonshot AI said separately that its head of infrastructure, Luo Jinghan, would take a three-month leave for health reasons.')).toEqual(['Luo Jinghan|stepped_down|月之暗面|']);
    expect(moves("Even DeepSeek, which has rarely lost staff, has not been immune. Ren Haotian, a core contributor to its R1 reasoning model, left in December for ByteDance's Seed team.").sort()).toEqual(['Ren Haotian|joined|字节跳动', 'Ren Haotian|left|DeepSeek']);
    expect(moves('DeepSeek, founded by Liang Wenfeng in 2023, is funded by High-Flyer, the quantitative hedge fund he co-founded.').sort()).toEqual(['Liang Wenfeng|founded|DeepSeek', 'Liang Wenfeng|founded|幻方量化']);
  });
});

describe('English: a fund started, a founder named by the announcer', () => {
  it('reads "parted ways … to start an investment fund … The fund, called X," and "adviser to founder and CEO P" in X\'s announcement', () => {
    const out = moves("Sanjay Rao-Whitaker, a founding member of xAI's technical staff, parted ways with the company last month to start an investment fund focused on AI safety. The fund, called Corbel Ventures, has raised about $50 million.");
    expect(out).toContain('Sanjay Rao-Whitaker|founded|Corbel Ventures');
    expect(moves('Elsewhere, 1X Technologies said its chief technology officer, Sigrid Haugland, will step back from the role in December and continue as an adviser to founder and CEO Bernt Børnich.')).toContain('Bernt Børnich|founded|1X');
  });
});

describe('English: a list of defectors, a promotion and a board seat', () => {
  it('reads "Three Samsung engineers -- A, B and C -- joined SK hynix\'s HBM team", "named P, who led its DRAM design team, as CTO" and "appointed P, a professor …, to its board"', () => {
    expect(moves("Three Samsung engineers -- Bae Joon-seok, Kim Da-eun and Han Tae-gyun -- joined SK hynix's HBM team in July.").sort()).toEqual([
      'Bae Joon-seok|joined|SK海力士', 'Bae Joon-seok|left|三星', 'Han Tae-gyun|joined|SK海力士', 'Han Tae-gyun|left|三星', 'Kim Da-eun|joined|SK海力士', 'Kim Da-eun|left|三星',
    ]);
    expect(moves('SK hynix said it had a good year. The company also named Lee Ha-neul, who led its DRAM design team, as chief technology officer last week.')).toEqual([]);
    expect(moves('Samsung separately appointed Yoo Kyung-ah, a professor of electrical engineering at Seoul National University, to its board as an outside director.')).toEqual([]);
    // (A board seat given to someone else later in the sentence leaves the hire alone.)
    expect(moves("Mistral also recently brought in Élodie Marchetti from Meta's FAIR lab as head of science and appointed the Dutch investor Pieter van Rijn to its board.")).toContain('Élodie Marchetti|joined|Mistral AI');
  });
});

describe('English: an effective date, the start-up just named', () => {
  it('dates "named P as its new chief AI officer on Thursday, effective April 1" by April 1, and reads "She joined the Tokyo start-up in 2018"', () => {
    const out = facts('TOKYO -- Sony Group named Haruka Minegishi as its new chief AI officer on Thursday, effective April 1. Minegishi, 47, joins from Preferred Networks, where she was vice president of research. She joined the Tokyo start-up in 2018.');
    expect(out).toEqual(expect.arrayContaining(['Haruka Minegishi|joined|Preferred Networks|2018', 'Haruka Minegishi|left|Preferred Networks|']));
    expect(out.find((f) => f.startsWith('Haruka Minegishi|joined|索尼|'))).toMatch(/-04-01$/);
  });
});

describe('English: a start-up described at length, joined by a co-founder', () => {
  it('reads "X, a Tel Aviv start-up building …, was founded in January by A and B" and "The company has now been joined by P, …, as a third co-founder"', () => {
    const text = 'Nahal Labs, a Tel Aviv start-up building AI agents that process insurance claims, was founded in January by Yonatan Mizrahi and Adi Ben-Ami. '
      + 'The company has now been joined by Roni Shapira, a former Wix vice president of product, as a third co-founder and chief product officer.';
    expect(moves(text).sort()).toEqual(['Adi Ben-Ami|founded|Nahal Labs', 'Roni Shapira|founded|Nahal Labs', 'Roni Shapira|left|Wix', 'Yonatan Mizrahi|founded|Nahal Labs']);
    // ("Former Wix VP joins …": "Former Wix" is no person.)
    expect(moves('Former Wix VP joins Mobileye alumni as co-founder of claims-automation start-up').some((m) => m.startsWith('Former'))).toBe(false);
  });
});

describe('English: names with particles, later mentions without the given name, counts before a name', () => {
  it('reads "Mercado Libre has hired Rafael Teixeira de Souza, Nubank\'s head …" and "Teixeira de Souza, who has been at Nubank since 2018"', () => {
    const out = facts("Mercado Libre has hired Rafael Teixeira de Souza, Nubank's head of machine learning platforms, to lead a new AI agents unit in São Paulo. Teixeira de Souza, who has been at Nubank since 2018, is expected to start in September.");
    expect(out).toEqual(expect.arrayContaining(['Rafael Teixeira de Souza|joined|Mercado Libre|', 'Rafael Teixeira de Souza|joined|Nubank|2018']));
    expect(out.some((f) => f.startsWith('Teixeira de Souza|') || f.startsWith('São Paulo|') || f.startsWith('Mercado Libre|'))).toBe(false);
    expect(moves('Several Krutrim engineers have joined the start-up.').some((m) => m.startsWith('Several'))).toBe(false);
  });
});

describe('English: a move into a ministry, and a group\'s units', () => {
  it('reads "left the company last month to become director general of the AI policy bureau at the Ministry of Science and ICT" and Kakao Brain as a unit of Kakao', () => {
    expect(moves("Lim Sang-cheol, the head of LG AI Research's Exaone language lab, left the company last month to become director general of the AI policy bureau at the Ministry of Science and ICT, the ministry said."))
      .toEqual(expect.arrayContaining(['Lim Sang-cheol|joined|Ministry of Science and ICT']));
    const out = found("Naver has hired Park Eun-chae, who previously ran Kakao Brain's image-generation team, to lead its vision group.");
    expect(out.find((f) => f.relation === 'left')).toMatchObject({ org: 'Kakao', unit: 'Kakao Brain' });
  });
});

describe('English: a hire said to come from elsewhere', () => {
  it('reads "She comes from Wipro, where she was senior vice president of talent" as leaving Wipro, and "The company also said P would join" as joining the company the sentence before opened with', () => {
    expect(moves('Microsoft said it had a good quarter. The company also said Kavya Hegde would join on July 1 as chief people officer. She comes from Wipro, where she was senior vice president of talent.').sort())
      .toEqual(['Kavya Hegde|joined|微软', 'Kavya Hegde|left|Wipro']);
  });
});
