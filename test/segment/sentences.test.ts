import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceText, splitParagraphs, splitSentences } from '../../src/segment/index.js';
import type { Lang, Span } from '../../src/types.js';

/** Sentences of a one-paragraph text, as output text. */
function sentences(text: string, lang?: Lang): string[] {
  return splitSentences(text, [0, text.length], lang).map((span) => sentenceText(text, span));
}

type Case = readonly [what: string, text: string, expected: readonly string[]];

const english: Case[] = [
  ['titles before names', 'Mr. Smith and Mrs. Jones met Dr. Watson on St. Mark Street. They talked.', ['Mr. Smith and Mrs. Jones met Dr. Watson on St. Mark Street.', 'They talked.']],
  ['initials', 'He met J. R. R. Tolkien in Oxford. George W. Bush did not.', ['He met J. R. R. Tolkien in Oxford.', 'George W. Bush did not.']],
  ['dotted acronym before a name and before lower case', 'The U.N. Security Council met at 5 p.m. yesterday. It voted.', ['The U.N. Security Council met at 5 p.m. yesterday.', 'It voted.']],
  ['dotted acronym ending a sentence before a sentence starter', 'He works for the U.N. The office is in New York.', ['He works for the U.N.', 'The office is in New York.']],
  ['a.m./p.m. ending a sentence', 'We met at 5 p.m. The meeting was long.', ['We met at 5 p.m.', 'The meeting was long.']],
  ['month before a day, and the day ending the sentence', 'It shipped on Jan. 5. Users liked it.', ['It shipped on Jan. 5.', 'Users liked it.']],
  ['Latin abbreviations', 'Some fruit, e.g. apples, i.e. the red ones. Cf. Smith for more. See also vs. below.', ['Some fruit, e.g. apples, i.e. the red ones.', 'Cf. Smith for more.', 'See also vs. below.']],
  ['etc. ends a sentence before a capital', 'Bring apples, pears, etc. The rest is here.', ['Bring apples, pears, etc.', 'The rest is here.']],
  ['references before numbers', 'See p. 5 and pp. 10-12. Also vol. IV, ch. 3 and art. 12 of No. 7. The end.', ['See p. 5 and pp. 10-12.', 'Also vol. IV, ch. 3 and art. 12 of No. 7.', 'The end.']],
  ['"no." as a word still ends a sentence', 'He said no. I left.', ['He said no.', 'I left.']],
  ['company before a starter and before a name', 'Apple Inc. announced results. Apple Inc. CEO Tim Cook spoke.', ['Apple Inc. announced results.', 'Apple Inc. CEO Tim Cook spoke.']],
  ['decimals, prices, versions', 'It costs $3.50 or 3.5 euros. Version 1.2.3 is out. That is all.', ['It costs $3.50 or 3.5 euros.', 'Version 1.2.3 is out.', 'That is all.']],
  ['a year ends a sentence, even before a number', 'I was born in 1990. 25 years later, I moved.', ['I was born in 1990.', '25 years later, I moved.']],
  ['numbered list markers start sentences', '1. Apples are red. 2. Pears are green.', ['1. Apples are red.', '2. Pears are green.']],
  ['ellipsis before a capital ends, before lower case not', 'Wait... What? Yes... and no. Well… Maybe.', ['Wait...', 'What?', 'Yes... and no.', 'Well…', 'Maybe.']],
  ['closing quote belongs to the sentence that ends', 'He said, "Go home." Then he left.', ['He said, "Go home."', 'Then he left.']],
  ['quoted exclamation followed by the reporting clause', '"Go home!" he said. "Now!"', ['"Go home!" he said.', '"Now!"']],
  ['curly quotes', '“Is it?” she asked. “Yes.” It was.', ['“Is it?” she asked.', '“Yes.”', 'It was.']],
  ['an opening quote attached to the next word starts the next sentence', "He said quietly. 'We must leave before dawn.'", ['He said quietly.', "'We must leave before dawn.'"]],
  ['sentences inside a quotation', "'Not now! Not here! They will see us!' (when he thought about it later, it seemed silly)", ["'Not now!", 'Not here!', "They will see us!' (when he thought about it later, it seemed silly)"]],
  ['brackets', 'She said (did she?) that it was fine. (This is a note.) Then more.', ['She said (did she?) that it was fine.', '(This is a note.)', 'Then more.']],
  ['no space after the period is no boundary', 'Visit example.com.The next one.', ['Visit example.com.The next one.']],
  ['a comma after the mark continues', '"Which way?", she asked.', ['"Which way?", she asked.']],
  ['a dash after the mark continues, as in the gold corpora', 'It was late. -- Anna went home.', ['It was late. -- Anna went home.']],
  ['the pronoun I ends a sentence before a starter', 'She was taller than I. The others were not.', ['She was taller than I.', 'The others were not.']],
  ['a.m. and p.m. end a sentence before any capitalised word', 'He arrived at 5 p.m. Later, she came. It ended at 3 p.m. Everyone left. We start at 9 A.M. Nobody is late.', ['He arrived at 5 p.m.', 'Later, she came.', 'It ended at 3 p.m.', 'Everyone left.', 'We start at 9 A.M.', 'Nobody is late.']],
  ['a.m. and p.m. before a time zone or lower case continue', 'We met at 5 p.m. GMT on Monday, at 7 a.m. London time on Tuesday and at 9 a.m. New York time on Friday. We left at 6 p.m. sharp.', ['We met at 5 p.m. GMT on Monday, at 7 a.m. London time on Tuesday and at 9 a.m. New York time on Friday.', 'We left at 6 p.m. sharp.']],
  ['a number after an abbreviation may start with a currency or section sign', 'It costs approx. $1.2 million, see p. § 4 and No. #7. The rest is free.', ['It costs approx. $1.2 million, see p. § 4 and No. #7.', 'The rest is free.']],
  ['a letter after a digit or a symbol is a unit, not an initial', 'It was filmed in 3D. Critics loved it. Water boils at 100 °C. Salt changes that.', ['It was filmed in 3D.', 'Critics loved it.', 'Water boils at 100 °C.', 'Salt changes that.']],
  ['an initial after an opening bracket is still an initial', 'The book (J. Smith, 2001) is short.', ['The book (J. Smith, 2001) is short.']],
  ['a list language does not guess abbreviations: a word before a number ends a sentence', 'It was cold. 3 people died.', ['It was cold.', '3 people died.']],
];

const french: Case[] = [
  ['M. before a name (the issue)', 'M. Dupont est arrivé. Il a dit « Bonjour ! » puis il est parti.', ['M. Dupont est arrivé.', 'Il a dit « Bonjour ! » puis il est parti.']],
  ['titles', 'MM. Durand et Martin sont venus avec Mme. Bovary. Ils sont partis.', ['MM. Durand et Martin sont venus avec Mme. Bovary.', 'Ils sont partis.']],
  ['av., apr., J.-C., cf.', 'Rome fut fondée en 753 av. J.-C. selon la tradition. Cf. Tite-Live pour le récit.', ['Rome fut fondée en 753 av. J.-C. selon la tradition.', 'Cf. Tite-Live pour le récit.']],
  ['J.-C. ending a sentence before a starter', 'César mourut en 44 av. J.-C. La République mourut avec lui.', ['César mourut en 44 av. J.-C.', 'La République mourut avec lui.']],
  ['spaced ? ! : ; and guillemets', 'Il demanda : « Pourquoi ? » Personne ne répondit ; il partit. « Viens ici ! » cria-t-il.', ['Il demanda : « Pourquoi ? »', 'Personne ne répondit ; il partit.', '« Viens ici ! » cria-t-il.']],
  ['nested quotations close together', '« Il m’a dit : “Non.” » Puis il partit. « Et toi ? “ Moi ? ” » Rien.', ['« Il m’a dit : “Non.” »', 'Puis il partit.', '« Et toi ?', '“ Moi ? ” »', 'Rien.']],
  ['no-break spaces before punctuation and inside guillemets', 'Il demanda\u00a0: «\u202fPourquoi\u202f?\u202f» Personne ne répondit\u00a0!', ['Il demanda : « Pourquoi ? »', 'Personne ne répondit !']],
  ['! or ? before lower case continues', 'Quoi ? vous ici ? Quelle surprise ! dit-il.', ['Quoi ? vous ici ?', 'Quelle surprise ! dit-il.']],
  ['ellipsis', 'Il est parti… Puis il est revenu… et reparti.', ['Il est parti…', 'Puis il est revenu… et reparti.']],
  ['numbers: decimal comma, percent, thousands, sections', 'Il est 3,5 fois plus grand. Il y a 70 % de gens, soit 1 000 personnes. Voir la section 1.2.3 du texte.', ['Il est 3,5 fois plus grand.', 'Il y a 70 % de gens, soit 1 000 personnes.', 'Voir la section 1.2.3 du texte.']],
  ['dates with abbreviated months', 'Le 14 juil. 1789, la Bastille tomba. En sept. 1792, la République fut proclamée.', ['Le 14 juil. 1789, la Bastille tomba.', 'En sept. 1792, la République fut proclamée.']],
  ['article and page references, elided article included', "Selon l'art. 5 et la p. 12, c'est ainsi. Voilà. Il n'y a rien d'autre.", ["Selon l'art. 5 et la p. 12, c'est ainsi.", 'Voilà.', "Il n'y a rien d'autre."]],
  ['etc.', 'Des pommes, des poires, etc. Le reste est là.', ['Des pommes, des poires, etc.', 'Le reste est là.']],
  ['dialogue dashes stay in the sentence, as in the gold corpora', '— Oui, dit-il. — Non !', ['— Oui, dit-il. — Non !']],
  ['a unit after a number is not an initial', 'Préchauffez le four à 180 °C. Étalez la pâte.', ['Préchauffez le four à 180 °C.', 'Étalez la pâte.']],
  ['references that always precede their label', 'Les permis de cat. B et la réf. A-12 (doc. E/2024/3) suffisent.', ['Les permis de cat. B et la réf. A-12 (doc. E/2024/3) suffisent.']],
  ['both spellings of July', 'La loi du 12 juill. 2021 et celle du 3 juil. 2022 sont en vigueur.', ['La loi du 12 juill. 2021 et celle du 3 juil. 2022 sont en vigueur.']],
];

const tokenised: Case[] = [
  ['the issue example', 'Il y avait , dans le château de M. le baron . Il est parti .', ['Il y avait , dans le château de M. le baron .', 'Il est parti .']],
  ['French spaced quotes paired', '" Tiens ! " dit Alice . " Oui , " dit-il . " Bien . " La suite .', ['" Tiens ! " dit Alice .', '" Oui , " dit-il .', '" Bien . "', 'La suite .']],
  ['a French opening quote after a sentence end starts the next', 'Il avait fini . " Non , " dit-elle .', ['Il avait fini .', '" Non , " dit-elle .']],
  ['tokenised ellipsis', 'Il partit . . . Puis il revint .', ['Il partit . . .', 'Puis il revint .']],
  ['colon opens a quotation', 'Il dit : " Je crois . " Elle sourit .', ['Il dit : " Je crois . "', 'Elle sourit .']],
  ['of two quotes in a row the first closes, even when pairing was lost', 'Il se tut . " " Non , " dit-elle .', ['Il se tut . "', '" Non , " dit-elle .']],
  ['only the first spaced closer goes with the sentence; another continues it', 'Il partit . " ) La suite .', ['Il partit . " ) La suite .']],
];

const tokenisedEnglish: Case[] = [
  ['English corpora put a standalone quote with the sentence that ends', "' Not yet ! ' he said quietly . ' We must wait . '", ["' Not yet ! ' he said quietly . '", "We must wait . '"]],
  ['only the first spaced closer goes with it', "( Rex was the dog . ) ' I think so , ' he said .", ['( Rex was the dog . )', "' I think so , ' he said ."]],
  ['contractions and possessives do not end sentences', "I wouldn 't go , ' said Alice 's cat . ' Bye !", ["I wouldn 't go , ' said Alice 's cat . '", 'Bye !']],
  ['detached period after a title', 'Mr . Smith came . He sat .', ['Mr . Smith came .', 'He sat .']],
];

const otherLanguages: [string, Lang | undefined, string, readonly string[]][] = [
  ['German ordinals and z.B.', 'de', 'Am 3. Oktober 1990 war es so. Das ist z.B. gut. Er kam im Jahr 1999. Dann ging er.', ['Am 3. Oktober 1990 war es so.', 'Das ist z.B. gut.', 'Er kam im Jahr 1999.', 'Dann ging er.']],
  ['German ordinal in a name', 'de', 'Der 2. Weltkrieg endete 1945. Danach kam der Frieden.', ['Der 2. Weltkrieg endete 1945.', 'Danach kam der Frieden.']],
  ['Spanish inverted marks and titles', 'es', '¿Qué hora es? Son las tres. ¡Qué bien! El Sr. García llegó.', ['¿Qué hora es?', 'Son las tres.', '¡Qué bien!', 'El Sr. García llegó.']],
  ['Spanish plurals by doubled letters', 'es', 'Vive en EE. UU. desde 2010. Trabaja en EE. UU. Su hermana no.', ['Vive en EE. UU. desde 2010.', 'Trabaja en EE. UU.', 'Su hermana no.']],
  ['Italian: abbreviations before a number', 'it', 'Vedi pag. 5 e cap. 12. Ne abbiamo parlato lunedì. 25 persone erano presenti.', ['Vedi pag. 5 e cap. 12.', 'Ne abbiamo parlato lunedì.', '25 persone erano presenti.']],
  ['Dutch: the same', 'nl', 'Zie blz. 5 voor details. Het kost ca. 20 euro.', ['Zie blz. 5 voor details.', 'Het kost ca. 20 euro.']],
  ['Danish (no list) uses ordinal dots', 'da', 'Den 3. juni kom han. Han gik igen.', ['Den 3. juni kom han.', 'Han gik igen.']],
  ['Italian keeps initials and Latin abbreviations', 'it', 'Ho visto J. R. R. Tolkien, cfr. la nota. Poi sono andato, e.g. a Roma.', ['Ho visto J. R. R. Tolkien, cfr. la nota.', 'Poi sono andato, e.g. a Roma.']],
  ['unspaced full stops', 'ja', '今日は晴れ。明日は雨。', ['今日は晴れ。', '明日は雨。']],
  ['Swedish (no list): a short lower-case word before a number is an abbreviation', 'sv', 'Se sid. 5 och kap. 12. Vi talade om saken. 25 personer kom.', ['Se sid. 5 och kap. 12.', 'Vi talade om saken.', '25 personer kom.']],
  ['Italian titles and ecc.', 'it', 'Il Sig. Rossi e il Dott. Bianchi sono arrivati. Hanno portato pane, vino ecc. Poi sono partiti.', ['Il Sig. Rossi e il Dott. Bianchi sono arrivati.', 'Hanno portato pane, vino ecc.', 'Poi sono partiti.']],
  ['Portuguese titles and references', 'pt', 'O Sr. Silva leu a pág. 12 do livro. Depois saiu, etc. Ele voltou.', ['O Sr. Silva leu a pág. 12 do livro.', 'Depois saiu, etc.', 'Ele voltou.']],
  ['Dutch abbreviations that continue', 'nl', 'Hij kocht fruit, bijv. appels. Dhr. Jansen kwam ook, d.w.z. later. Toen ging hij.', ['Hij kocht fruit, bijv. appels.', 'Dhr. Jansen kwam ook, d.w.z. later.', 'Toen ging hij.']],
  ['Polish np. and a year with r.', 'pl', 'Kupił owoce, np. jabłka. To było w 1999 r. Potem wyjechał.', ['Kupił owoce, np. jabłka.', 'To było w 1999 r.', 'Potem wyjechał.']],
  ['Russian т. е. and г. stay inside; и т. д. before a capital ends', 'ru', 'Это было в 1999 г. Потом он уехал в г. Москва, т. е. в столицу. Он купил хлеб, молоко и т. д. Иван пришёл поздно. Мы ели груши и т.д. Потом спали.', ['Это было в 1999 г.', 'Потом он уехал в г. Москва, т. е. в столицу.', 'Он купил хлеб, молоко и т. д.', 'Иван пришёл поздно.', 'Мы ели груши и т.д.', 'Потом спали.']],
  ['Russian initials', 'ru', 'Его написал А. С. Пушкин. Он жил в Москве.', ['Его написал А. С. Пушкин.', 'Он жил в Москве.']],
  ['Chinese fullwidth ! and ? end without a space (the issue)', 'zh', '我们整天待在家里！你去市场了吗？我哥哥买了三个苹果。', ['我们整天待在家里！', '你去市场了吗？', '我哥哥买了三个苹果。']],
  ['Japanese: the same rules', 'ja', '我们整天待在家里！你去市场了吗？我哥哥买了三个苹果。', ['我们整天待在家里！', '你去市场了吗？', '我哥哥买了三个苹果。']],
  ['CJK closing quotes and brackets go with the sentence that ends', 'zh', '他说：“好。”我们走了。（这是注释。）【完】', ['他说：“好。”', '我们走了。', '（这是注释。）', '【完】']],
  ['Korean: a short speech tag after a quotation stays with it, as English does by case', 'ko', '《왜?》 그들이 물었다. 《가자!》 그러자 그들은 모두 함께 그곳을 떠났다.', ['《왜?》 그들이 물었다.', '《가자!》', '그러자 그들은 모두 함께 그곳을 떠났다.']],
  ['Korean: a quotation after a quotation is no tag', 'ko', '《왜?》 《가자.》', ['《왜?》', '《가자.》']],
  ['the speech-tag rule is Korean only', 'ar', '«لماذا؟» قالوا.', ['«لماذا؟»', 'قالوا.']],
  ['Japanese speech introducer runs into its quotation (stop against 「 or 『)', 'ja', 'イエスは言われた。「来なさい。漁師にしよう。」彼らは従った。声がした。『はい。』', ['イエスは言われた。「来なさい。', '漁師にしよう。」', '彼らは従った。', '声がした。『はい。』']],
  ['a space between the stop and the quotation keeps the cut', 'ja', '彼は言った。 「来なさい。」', ['彼は言った。', '「来なさい。」']],
  ['Japanese quotation followed by と continues', 'ja', '「行くの？」と聞いた。彼は「はい。」と答えた。それから帰った。', ['「行くの？」と聞いた。', '彼は「はい。」と答えた。', 'それから帰った。']],
  ['ASCII marks between CJK characters end a sentence; decimals stay', 'zh', '你好!我们走吧.版本是v1.2。好的?', ['你好!', '我们走吧.', '版本是v1.2。', '好的?']],
  ['Greek question mark typed as ; (the issue)', 'el', 'Πήγες στην αγορά; Ναι, πήγα.', ['Πήγες στην αγορά;', 'Ναι, πήγα.']],
  ['Greek question mark U+037E, whatever the language', undefined, 'Πήγες στην αγορά\u037e Ναι, πήγα.', ['Πήγες στην αγορά\u037e', 'Ναι, πήγα.']],
  ['a semicolon is no sentence end outside Greek', 'en', 'It rained; we stayed. Then we left.', ['It rained; we stayed.', 'Then we left.']],
  ['Greek abbreviations', 'el', 'Αγόρασε φρούτα, π.χ. μήλα, αχλάδια κ.λπ. Μετά έφυγε.', ['Αγόρασε φρούτα, π.χ. μήλα, αχλάδια κ.λπ.', 'Μετά έφυγε.']],
  ['Devanagari danda (Hindi)', 'hi', 'मैं घर गया। वह बाज़ार गई। क्या तुम आए? हाँ॥', ['मैं घर गया।', 'वह बाज़ार गई।', 'क्या तुम आए?', 'हाँ॥']],
  ['Arabic question mark', 'ar', 'هل ذهبت إلى السوق؟ نعم، ذهبت.', ['هل ذهبت إلى السوق؟', 'نعم، ذهبت.']],
  ['Urdu full stop without a space', 'ur', 'میں گھر گیا۔وہ بازار گئی۔', ['میں گھر گیا۔', 'وہ بازار گئی۔']],
  ['Armenian full stop', 'hy', 'Ես գնացի շուկա։ Նա տանն էր։', ['Ես գնացի շուկա։', 'Նա տանն էր։']],
  ['Ethiopic full stop and question mark', 'am', 'ወደ ገበያ ሄድኩ። ሄደሃል፧ አዎ።', ['ወደ ገበያ ሄድኩ።', 'ሄደሃል፧', 'አዎ።']],
  ['Myanmar section mark', 'my', 'ကျွန်တော် ဈေးသွားတယ်။ သူ အိမ်မှာ နေတယ်။', ['ကျွန်တော် ဈေးသွားတယ်။', 'သူ အိမ်မှာ နေတယ်။']],
  ['Tibetan shad', 'bo', 'ང་ཁྱིམ་ལ་ཡོད། ཁོ་ཚོང་ཁང་ལ་སོང་།', ['ང་ཁྱིམ་ལ་ཡོད།', 'ཁོ་ཚོང་ཁང་ལ་སོང་།']],
  ['Thai: a space between clauses of 24 letters or more ends a sentence', 'th', 'วันนี้พวกเราอยู่บ้านกันทั้งวันเพราะฝนตกหนักมาก เมื่อวานคุณไปตลาดนัดกับเพื่อนของคุณหรือเปล่า', ['วันนี้พวกเราอยู่บ้านกันทั้งวันเพราะฝนตกหนักมาก', 'เมื่อวานคุณไปตลาดนัดกับเพื่อนของคุณหรือเปล่า']],
  ['Thai: a space around a short piece does not', 'th', 'ข้อ 1 มนุษย์ทั้งหลายเกิดมามีอิสระ และเสมอภาคกัน', ['ข้อ 1 มนุษย์ทั้งหลายเกิดมามีอิสระ และเสมอภาคกัน']],
  ['Lao with sentence punctuation: its spaces separate phrases', 'lo', 'ຂ້ອຍໄປຕະຫຼາດໃນຕອນເຊົ້າມື້ວານນີ້ ພ້ອມກັບອ້າຍຂອງຂ້ອຍແລະເອື້ອຍຂອງຂ້ອຍ. ລາວຢູ່ເຮືອນ.', ['ຂ້ອຍໄປຕະຫຼາດໃນຕອນເຊົ້າມື້ວານນີ້ ພ້ອມກັບອ້າຍຂອງຂ້ອຍແລະເອື້ອຍຂອງຂ້ອຍ.', 'ລາວຢູ່ເຮືອນ.']],
  ['Khmer khan', 'km', 'ខ្ញុំទៅផ្សារ។ គាត់នៅផ្ទះ។', ['ខ្ញុំទៅផ្សារ។', 'គាត់នៅផ្ទះ។']],
  ['Khmer words joined by zero-width spaces: ! and ? before one end a sentence', 'km', 'ព្រះអង្គ\u200bមាន\u200bបន្ទូល\u200bថា៖ «មើល៍!\u200b យើង\u200bចាត់\u200bទូត។ តើ\u200bអ្នក\u200bជា\u200bនរណា?»\u200b គាត់\u200bឆ្លើយ។', ['ព្រះអង្គ\u200bមាន\u200bបន្ទូល\u200bថា៖ «មើល៍!', 'យើង\u200bចាត់\u200bទូត។', 'តើ\u200bអ្នក\u200bជា\u200bនរណា?»', 'គាត់\u200bឆ្លើយ។']],
  ['a zero-width space after a period is a space in Latin script too', 'en', 'He left.\u200bThen she came. It was late.', ['He left.', 'Then she came.', 'It was late.']],
  ['no language: English and French rules together', undefined, 'M. Dupont est arrivé. Mr. Smith too. Cf. la note.', ['M. Dupont est arrivé.', 'Mr. Smith too.', 'Cf. la note.']],
];

describe('splitSentences, English', () => {
  it.each(english)('%s', (_what, text, expected) => {
    expect(sentences(text, 'en')).toEqual(expected);
  });
});

describe('splitSentences, French', () => {
  it.each(french)('%s', (_what, text, expected) => {
    expect(sentences(text, 'fr')).toEqual(expected);
  });
});

describe('splitSentences, tokenised text (spaces around punctuation, as in corpora)', () => {
  it.each(tokenised)('French: %s', (_what, text, expected) => {
    expect(sentences(text, 'fr')).toEqual(expected);
  });
  it.each(tokenisedEnglish)('English: %s', (_what, text, expected) => {
    expect(sentences(text, 'en')).toEqual(expected);
  });
  it('segments tokenised text like the same text untokenised', () => {
    const plain = 'Il y avait, dans le château de M. le baron, un vieux jardinier. Son visage disait sa bonté ! Il parlait peu.';
    const spaced = 'Il y avait , dans le château de M. le baron , un vieux jardinier . Son visage disait sa bonté ! Il parlait peu .';
    const compact = (s: string) => s.replace(/\s+/g, '');
    expect(sentences(spaced, 'fr').map(compact)).toEqual(sentences(plain, 'fr').map(compact));
    expect(sentences(plain, 'fr')).toHaveLength(3);
  });
});

describe('splitSentences, other languages', () => {
  it.each(otherLanguages)('%s (%s)', (_what, lang, text, expected) => {
    expect(sentences(text, lang)).toEqual(expected);
  });
  it('accepts a region in the language code and ignores case', () => {
    const text = 'M. Dupont est arrivé. Il est parti.';
    expect(sentences(text, 'FR-ca')).toEqual(sentences(text, 'fr'));
  });
});

describe('splitSentences, spans', () => {
  it('returns trimmed spans inside the paragraph, in order, pointing at the sentence text', () => {
    const text = 'Intro line.\n\n  Mr. Smith left.  He came back!\u00a0 "Why?" she asked.  \n\nEnd.';
    const [, paragraph] = splitParagraphs(text);
    expect(paragraph).toBeDefined();
    const spans = splitSentences(text, paragraph!, 'en');
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Mr. Smith left.', 'He came back!', '"Why?" she asked.']);
    let previous = paragraph![0];
    for (const [s, e] of spans) {
      expect(s).toBeGreaterThanOrEqual(previous);
      expect(e).toBeLessThanOrEqual(paragraph![1]);
      expect(text[s]).not.toMatch(/\s/);
      expect(text[e - 1]).not.toMatch(/\s/);
      previous = e;
    }
  });

  it('uses the offsets of the whole text, not of the paragraph', () => {
    const text = 'Xxxxx. '.repeat(3) + 'Last one. Done.';
    const start = text.indexOf('Last');
    const spans = splitSentences(text, [start, text.length], 'en');
    expect(spans).toEqual([
      [start, start + 'Last one.'.length],
      [start + 'Last one. '.length, text.length],
    ]);
  });

  it('returns nothing for a blank span', () => {
    expect(splitSentences('a  \n \u00a0 b', [1, 7], 'en')).toEqual([]);
  });

  it('ends a sentence at a blank line inside the span', () => {
    const text = 'A title\n\nThe text';
    expect(splitSentences(text, [0, text.length], 'en').map(([s, e]) => text.slice(s, e))).toEqual(['A title', 'The text']);
  });

  it('reads a CRLF-wrapped sentence as one', () => {
    const text = 'This sentence is\r\nwrapped. And this\r\none too.';
    expect(sentences(text, 'en')).toEqual(['This sentence is wrapped.', 'And this one too.']);
  });
});

describe('splitSentences, NFD text (accents as combining marks)', () => {
  /** NFC text, its language, and its sentences; the NFD form must give the same sentences. */
  const cases: [string, Lang, readonly string[]][] = [
    ['Le 3 févr. 2020, il partit.', 'fr', ['Le 3 févr. 2020, il partit.']],
    ['Le 3 déc. 2020, il partit. Il revint en janv. 2021.', 'fr', ['Le 3 déc. 2020, il partit.', 'Il revint en janv. 2021.']],
    ['Selon la réf. 12, rien. Voilà.', 'fr', ['Selon la réf. 12, rien.', 'Voilà.']],
    ['César mourut en 44 av. J.-C. À Rome, on pleura.', 'fr', ['César mourut en 44 av. J.-C.', 'À Rome, on pleura.']],
    ['Il a lu É. Zola en été. Puis il dormit.', 'fr', ['Il a lu É. Zola en été.', 'Puis il dormit.']],
    ['La Sra. Núñez llegó. El Sr. Pérez no.', 'es', ['La Sra. Núñez llegó.', 'El Sr. Pérez no.']],
  ];
  it.each(cases)('%s', (text, lang, expected) => {
    expect(sentences(text, lang)).toEqual(expected);
    expect(sentences(text.normalize('NFD'), lang).map((s) => s.normalize('NFC'))).toEqual(expected);
  });

  it('segments any text in NFD as in NFC', () => {
    const pieces = ['févr.', 'déc.', 'réf.', 'É.', 'À', 'Élan', 'été', 'Il', 'le', '3', '2020', 'J.-C.', 'av.', 'Mme', 'M.', '.', '!', '?', '…', '«', '»', '"', ',', '—'];
    const text = fc.array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', ' ', '', '\n')), { maxLength: 60 }).map((parts) => parts.map(([p, g]) => p + g).join(''));
    fc.assert(
      fc.property(text, fc.constantFrom<Lang | undefined>('fr', 'en', 'es', 'it', undefined), (nfc, lang) => {
        expect(sentences(nfc.normalize('NFD'), lang).map((s) => s.normalize('NFC'))).toEqual(sentences(nfc, lang));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('splitSentences, zero-width spaces', () => {
  it('reads a line of zero-width spaces as blank, ending the sentence, and leaves them out of the spans', () => {
    const text = 'One line\n\u200b\u200b\n\ufeffNext line\u200b';
    expect(splitSentences(text, [0, text.length], 'en').map(([s, e]) => text.slice(s, e))).toEqual(['One line', 'Next line']);
    expect(splitSentences('\u200b \u200b', [0, 3], 'en')).toEqual([]);
  });
});

describe('sentenceText', () => {
  /** What sentenceText means: JavaScript's `\s` runs collapsed to one space, trimmed. */
  const reference = (text: string, [s, e]: Span) => text.slice(s, e).replace(/\s+/gu, ' ').trim();

  it('collapses whitespace runs, no-break spaces included, and trims', () => {
    const text = '  Les femmes\u00a0:\tplus de 70\u202f% \r\n des cas.  ';
    expect(sentenceText(text, [0, text.length])).toBe('Les femmes : plus de 70 % des cas.');
  });

  it('gives exactly the collapsed and trimmed text for any span, trimmed or not', () => {
    const chars = fc.constantFrom(...'ab .é\u00a0\u202f\t\r\n\u2028\u3000\ufeff\u200b\u2009  '.split(''));
    const textAndSpan = fc.array(chars, { maxLength: 40 }).chain((cs) => {
      const text = cs.join('');
      return fc.tuple(fc.constant(text), fc.nat(text.length), fc.nat(text.length)).map(([t, a, b]): [string, Span] => [t, [Math.min(a, b), Math.max(a, b)]]);
    });
    fc.assert(
      fc.property(textAndSpan, ([text, span]) => {
        expect(sentenceText(text, span)).toBe(reference(text, span));
      }),
      { numRuns: 5000 },
    );
  });
});
