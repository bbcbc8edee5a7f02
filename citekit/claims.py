"""A post's checkable statements: each quantity or date with its subject, context and papers.

This is the reviewer's reading of a Markdown post: prose is read sentence by sentence, tables
row by row, and every number that a cited paper could confirm or refute becomes a Claim. It
leaves reading numbers to quantities.py, finding the references to links.py and checking
claims to verify.py.

Policies (deliberate, tested on the seed post):
- Skipped: YAML front matter, headings, fenced and inline code (but for a ``diff`` fence's
  prose and table lines, which a docs change states as a post does, and a config line whose
  comment credits one paper: ``warmup_steps: 8000  # Vaswani et al.``), images, URLs and arXiv
  ids, list numbering, bare years in prose (``WMT 2014``), and everything under a "References"
  heading or paragraph. A heading that quotes a statement states it, and a listicle's numbered
  or bold heading that is a number (``### 3. **65 million parameters**``) states it of the
  paragraph under it, read as one sentence with that paragraph's first.
- Tables: a column none of whose cells holds a quantity is a label column; the labels of a row
  name its subject. A blank label cell continues the row group above it, unless a label cell
  to its left starts a new group. A blank value cell is just blank: it makes no claim (the
  seed's blank Vision cell on Qwen2-VL-7B's row is not a claim about ViT(675M)). A column of
  plain numbers under an empty, "#" or "version" header is a version/index column and makes
  no claims; a column of ✅/❌/？ marks is neither label nor value.
- A value cell's subject is the row label, then the column header unless it only names the
  kind of number ("size", "data", "时间"), then the cell's own words (``ViT`` in
  ``ViT(675M)``). A unitless number takes its unit from the header ("tokens", "BLEU", "%");
  a magnitude under "size"/"params" is a parameter count.
- Prose: the subject is the nearest name of a cited paper before the number (after it when
  none is before), else the nearest model-like word (``GPT-3``, ``WMT``), else the bold text
  a paragraph opens with (``**UCSD** is a sidewalk video ...``), else the heading.
- Attribution, first that applies: arXiv links in the same sentence or row; the cited paper
  whose name (link text or title) best matches the row label or subject, tolerating typos
  (``Qwe2.5n-VL`` → Qwen2.5-VL) and preferring the longest name (``Qwen2.5-VL-7B`` →
  Qwen2.5-VL, not Qwen-VL); papers linked under the same heading; all papers of the post.
- Hedged: the sentence or cell says ``?``, ``？``, "maybe", "probably", "I guess", "约",
  "大概", "可能"...; or the post declares that question marks mean guesses and the row has one.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from citekit.links import find_refs
from citekit.models import ArxivRef, Claim, Paper, Quantity
from citekit.patterns import pattern
from citekit.quantities import (
    CJK_MEASURE,
    COUNTED_ONE,
    HAUSA_COUNT,
    IRISH_COUNT,
    MALAGASY_COUNT,
    ONE_PER,
    SOMALI_COUNT,
    TAGALOG_COUNT,
    WORD_MARKS,
    YORUBA_COUNT,
    ZULU_COUNT,
    any_form,
    number_words,
    parse_quantities,
    range_units,
    simplified,
    unit_of,
    writes_decimal_commas,
)

_HEADING = pattern(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
# a paper's bolded title and its link, in parentheses: "**2. The Transformer** ([Vaswani et
# al.][t])"; the empty group stands for a heading's level marks
# a keycap emoji may number it, as a social-media post does: "1️⃣ **Attention Is All You Need**"
_TITLE_LINE = pattern(
    r"^\s{0,3}()(?:[0-9#*]\ufe0f?\u20e3\s*|🔟\s*)?(?:\*\*|__)([^*_]+)(?:\*\*|__)\s*"
    r"[^\n]{0,100}?(?:arxiv|[0-9]{4}\.[0-9]{4,5}|\]\[|\[[0-9]{1,2}\])[^\n]{0,60}$",
    re.IGNORECASE,
)
# a paragraph a keycap emoji numbers heads a part of a social-media post: "3️⃣ **k = 1.**"
_KEYCAP_LINE = pattern(r"^\s{0,3}()(?:[0-9#*]\ufe0f?\u20e3|🔟)\s*(.*)$")
# and a thematic break ends that part: "━━━━━━━━━━━━━━━" before the comments
_BREAK = pattern(r"^\s{0,3}()(?:[-*_━─═]\s*){3,}()$")
_FENCE = pattern(r"^\s*(```|~~~)")
_DIFF_FENCE = pattern(r"^\s*(?:```|~~~)\s*diff\s*$", re.IGNORECASE)
# a diff's hunk header, with the line its context shows: "@@ -41,2 +41,2 @@ | model | BLEU |"
_HUNK = pattern(r"^@@ [^@\n]* @@ ?(?P<context>.*)$")
_NESTED = pattern(r"^. {2}")
# a thread's reply, nested by a bar per level as a quote is by ">": "│ │ ▲ **jgr** 7 hours ago"
# (not a box-drawn table's row, with bars after its first cell)
_NESTING_BARS = pattern(r"^(?:│ ?)+(?=[^│\n]*$)", re.MULTILINE)
# a code or config line whose comment says whose value it is: "  warmup_steps: 8000  # Vaswani
# et al.", "d_model=256,  # paper: 512", "n_patches: 16000  # §3.2.4"
_SETTING = pattern(
    r"(?P<key>[A-Za-z_][\w.-]*)[\"']?\s*[:=]\s*(?P<value>[^#\s][^#]*?)\s*#(?P<note>.*)$"
)
# (a paper, not "Paper Plain", which is a name)
_PAPERS_NOTE = pattern(
    r"\b(?:(?-i:paper)|et al|sec|section|table|alg|algorithm|appendix)\b|§", re.IGNORECASE
)
# the comment states the paper's value, and the setting is the writer's own: "# paper: r = 8"
_PAPERS_VALUE = pattern(r"\bpaper\s*:\s*(?:\w+\s*=\s*)?[0-9]", re.IGNORECASE)
# "d_model", "d_ff": the papers' own names for dimensions, which they write "dmodel"
_SPACED_UNDERSCORE = pattern(r"(?<!\bd)_")
_BLANK_QUOTE = pattern(r"\s*(?:>\s*)+")
_QUOTED_HEADER = pattern(r">\s*\*\*[^*\n]+\*\*[^.!?\n]*")
# a comment's header: "**lucy** · 36 points · 7 hours ago", "> **resident** 7 hours ago"
_COMMENT_HEADER = pattern(
    r"(?:>\s*)*(?:▲\s*)?\*\*[^*\n]{1,40}\*\*\s*(?:[·•|—–-]\s*)?"
    r"(?:[0-9]+\s+(?:points?|votes?|upvotes?)\b|[0-9]+\s+\w+\s+ago\b|commented\b|replied\b|wrote\b)"
    r"[^.!?\n]*"
)
# a listicle's heading that is a number states it, of what the paragraph after it says: "### 3.
# **65 million parameters**", "## 12. 21.4%"; not a section's ("## 3.1 Results", "## 2026-02-16")
_LISTED_HEADING = pattern(
    r"^\s{0,3}#{1,6}\s+(?P<enum>[0-9]+[.)]\s+|#[0-9]+\s+)?(?P<bold>\*\*|__)?"
    r"(?P<text>[^*_\n]+?)(?P=bold)?\s*#*\s*$"
)
_LEADING_BOUND = pattern(r"(?:more than|over|about|up to|~)\s?", re.IGNORECASE)


def _stated_heading(line: str) -> re.Match[str] | None:
    """The match of a numbered or bold heading that is a number and a few words of its own
    ("**1.4 false alarms per true alarm**"), if ``line`` is one."""
    heading = _LISTED_HEADING.match(line)
    if heading is None or not (heading["enum"] or heading["bold"]):
        return None
    text = heading["text"]
    bound = _LEADING_BOUND.match(text)
    found = parse_quantities(text)
    if not found or found[0].start != (bound.end() if bound else 0) or found[0].kind == "date":
        return None
    rest = text[found[0].start + len(found[0].text) :]
    stated = found[0].unit or found[0].kind == "percent" or heading["bold"]
    return heading if stated and len(rest.split()) <= 6 else None


# a heading that quotes a statement states it: "Myth #3: \"the Stacked CAE scores 121\""
_QUOTED_CLAIM = pattern(r"[\"“]([^\"”]*?\w+\s+\w+\s+\w+\s+\w+[^\"”]*)[\"”]")
# "3/", "**10/12**": a thread's post number; "3️⃣", "🔸", "•": a note's bullets, each line an item
# of its own
_LIST_MARKER = pattern(
    r"^(\s*)([-*+•‣]|[0-9]+[.)/]|[0-9#*]\uFE0F?\u20E3"
    r"|[\u2190-\u21FF\u25A0-\u27BF\u2B00-\u2BFF\U0001F300-\U0001FAFF]\uFE0F?)(\s+|(?<=\u20E3))"
)
# a bullet Markdown does not know ("•"), typed or pasted: its item ends with its line
_LINE_BULLET = pattern(r"\s*[•‣]\s")
# "**Q: How many GPUs?**", "1. **Q (front row):** …", "**Q2.** …": a FAQ's question, which its
# answers below (up to the next question) are about
_QUESTION = pattern(
    r"\s*(?:[0-9]+[.)]\s+)?(?:\*\*|__)?Q[0-9]*\s*(?:\([^)\n]*\))?(?:\*\*|__)?\s*[:.：]"
)
# "**A:** 92.1？", "A2:": an answer, about the question before it
ANSWER = pattern(r"\s*(?:\*\*|__)?A[0-9]*\s*(?:\*\*|__)?\s*[:：]")
_BOLD_LINE = pattern(r"\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)\s*")
_INLINE_CODE = pattern(r"`+[^`]*`+")
_CODE_NUMBER = pattern(r"`+[0-9][0-9.,]*%?`+")
_IMAGE = pattern(r"!\[([^\]]*)\]\([^)]*\)")  # its alt text describes it: "… peaks at 207 for P4"
_LINK = pattern(r"\[([^\]]*)\]\(([^)]*)\)")
_URL = pattern(r"<?(?:https?://|www\.)[^\s>]+>?")
_REFERENCES = pattern(
    r"^\s*(?:#+\s*)?[*_]*(?:references?|bibliography|参考文献|参考资料)[*_]*\s*[:：]?\s*$",
    re.IGNORECASE,
)
_TABLE_DELIMITER = pattern(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_GRID_BORDER = pattern(r"^\s*\+(?:[-=:]+\+)+\s*$")  # "+------+-----+", a plain-text table's
# not before an answer's arrow: "**Q:** single-head dev PPL? → 5.29" is one sentence
# a sentence ends at its mark (the Armenian "։" too, the Amharic "።" and "፧", the Burmese "။"
# and the Khmer "។" and "៕"), or after the footnote markers after it: "… consumers.[2] Its"
_SENTENCE_END = pattern(
    r"(?:(?<=[.!?։።፧။។៕])|(?<=[.!?]\[[0-9]\])|(?<=[.!?]\[[0-9]{2}\])|(?<=[0-9]\]\[[0-9]\])"
    r"|(?<=[0-9]\]\[[0-9]{2}\])|(?<=[.!?]\[\^[0-9]\])|(?<=[.!?]\[\^[0-9]{2}\]))"  # "model.[^2]"
    r"\s+(?![→⇒]|[-=]>)|(?<=[。！？；])(?!\s*(?:[→⇒]|[-=]>))"
)
_LINE_END = pattern(rf"{_SENTENCE_END.pattern}|\n\s*")
_ANSWERED = pattern(r"[?？]\s*(?:[→⇒]|[-=]>)")  # a question's mark, its answer after it
_ABBREVIATION = pattern(
    r"(?:\b(?:e\.g|i\.e|et al|vs|Fig|Figs|Eq|Eqs|Sec|Sect|Secs|Tab|Alg|cf|approx|resp"
    r"|тыс|млн|млрд|трлн|т\.\s?е|т\.\s?к|см|рис|табл)\.)$"  # Russian: "100 тыс. шагов"
    r"|\b(?:tys|mln|mld|ok|np|tzn|godz|tab|rys|in)\.$"  # Polish: "ok. 4,5 mln", "Hu i in."
    r"|\b(?:mio|mia|ca|inkl|bl\.a|dvs|m\.fl)\.$"  # Danish: "4,5 mio. sætningspar"
    r"|\b(?:mlrd|tūkst|val|t\.\s?y|pvz|kt)\.$"  # Lithuanian: "11 mlrd. parametrų"
    r"|\b(?:milj|mljrd|piem|u\.\s?c|utt)\.$"  # Latvian: "4,5 milj. teikumu pāru"
    # Icelandic: "u.þ.b. 4,5 millj.", "Vaswani o.fl.", "kl. 15:00" ("klst." ends many a sentence)
    r"|\b(?:þús|millj|u\.\s?þ\.\s?b|o\.\s?fl|t\.\s?d|þ\.\s?e|m\.\s?a|kl|nr|bls)\.$"
    r"|\b(?:tuh|u|nt|jne|vt)\.$"  # Estonian: "u. 4,5 mln", "32 tuh. tokenit"
)
# a number's abbreviated magnitude that ends its line, a capital starting the next: the
# sentence ends there ("… ap 11 tūkst.\nKatram …"), as a post writing a sentence a line does
_MAGNITUDE_ENDS_LINE = pattern(
    r"[0-9]\s?(?:tūkst|milj|mljrd|mlrd|mln|mld|tys|tis|tuh|mio|mia|тыс|млн|млрд|тис|хил)\.$"
    r"|[0-9]\s?(?:þús|millj)\.$"  # Icelandic: "… um 11 þús.\nHvert …"
)
# Yoruba: I think, maybe, if I'm not mistaken, I'm not sure, it may be that
_YORUBA_HEDGES = any_form(
    "mo rò pé",
    "mo rò wípé",
    "bóyá",
    "tí mi ò bá ṣìnà",
    "tí mi ò bá ṣàṣìṣe",
    "kò dá mi lójú",
    "ó ṣeé ṣe kí",
)
_HEDGE = pattern(
    r"[?？]|\b(?:maybe|perhaps|probably|possibly|presumably|I guess|I think|I believe"
    r"|not sure|unsure"
    # Italian, German, Spanish, Portuguese, French and Russian
    r"|forse|credo|probabilmente|se non sbaglio|vielleicht|vermutlich|wahrscheinlich"
    r"|quizás?|creo que|probablemente|tal vez|talvez|acho que|provavelmente|peut-être"
    r"|potser|crec que|si no recordo malament|segurament|diria que"  # Catalan
    r"|se non me trabuco|se non me equivoco|se mal non lembro|creo|penso que|quizais|quizáis"
    r"|seguramente|ao mellor|supoño"  # Galician
    r"|je crois|probablement|кажется|наверное|вроде бы|возможно|по-моему|видимо"
    r"|мабуть|здається|напевно|можливо|якщо не помиляюся|якщо я правильно зрозумів"  # Ukrainian
    r"|наскільки я чув"
    r"|менің ойымша|меніңше|мүмкін|шамасы|болуы керек|болатын сияқты|болған сияқты|шығар"  # Kazakh
    r"|миний бодлоор|магадгүй|бололтой|санагдаж|санагдана|байх шиг|юм шиг|гэж сонссон"  # Mongolian
    r"|сэжиглэж|(?<![\w])байх(?=\s?[.,;:(]|\s(?:гэж|шиг|магадгүй)(?![\w]))"
    r"|може би|струва ми се|ако не се лъжа|предполагам|вероятно"  # Bulgarian
    r"|sanırım|galiba|muhtemelen|yanılmıyorsam"
    r"|məncə|deyəsən|yəqin|bəlkə|ehtimal ki|güman ki|güman edirəm|səhv etmirəmsə|yanılmıramsa"
    r"|yadımdadırsa|mənə elə gəlir|zənnimcə"  # Azerbaijani
    r"|volgens mij|waarschijnlijk|misschien|als ik me niet vergis"
    r"|dink ek|ek dink|as ek reg onthou|waarskynlik|seker|miskien|vermoedelik"  # Afrikaans
    r"|nadhani|labda|pengine|huenda|sina uhakika|kama sikosei|kama nakumbuka"  # Swahili
    r"|mhlawumbe|ngicabanga|kungenzeka|angiqinisekile|uma ngikhumbula kahle"  # Zulu: maybe, I think
    r"|wataƙila|watakila|ina ganin|ina tsammani|mai yiwuwa|idan ban yi kuskure ba"
    r"|ban tabbatar ba|ban tabbata ba"  # Hausa: maybe, I think, if I'm not wrong, I'm not sure
    r"|angamba|raha tsy diso aho|heveriko|araka ny fahatsiarovako|tsy azoko antoka"  # Malagasy
    rf"|{_YORUBA_HEDGES}"
    r"|malaha|waxaan u malaynayaa|waxaan u maleynayaa|ma hubo|laga yaabee"
    r"|waxay u badan tahay|haddii aanan qaldanayn"  # Somali: maybe, I think, I'm not sure
    r"|rwy['’]n credu|rwy['’]n meddwl|dw i['’]n credu|dw i['’]n meddwl|mae['’]n debyg|efallai"
    r"|o bosib|o bosibl|am wn i|os cofiaf yn iawn|siŵr o fod|rwy['’]n amau"  # Welsh
    # Irish: I think, maybe, probably, it seems, I'd say, if my memory holds, I'm not sure
    r"|sílim|ceapaim|measaim|b['’]fh?éidir|is dócha|is dóigh liom|is cosúil|de réir cosúlachta"
    r"|déarfainn|más buan mo chuimhne|más cuimhin liom i gceart|nílim cinnte|níl mé cinnte"
    r"|chắc là|có lẽ|hình như|tôi nghĩ|tôi đoán|không chắc"
    r"|shayad|mujhe lagta hai"  # Hinglish
    r"|mungkin|sepertinya|kayaknya|kayanya|barangkali|saya kira|saya rasa|kalau (?:tidak|nggak)"
    r" salah)\b"
    r"|\b[وف]?(?:ربما|أظن|أعتقد|على الأرجح|لست متأكد|يبدو|لعل)"  # Arabic, "وربما" too
    r"|शायद|मुझे लगता|संभवतः|मेरी याद से|मेरे ख़याल से|मेरे ख्याल से"  # Hindi
    r"|मला वाटतं|मला वाटते|बहुतेक|कदाचित|असावेत|असावा|असावी|असतील|असेल"  # Marathi
    r"|(?<![\u0900-\u097f])(?:होला|जस्तो लाग्छ|मलाई लाग्छ|सायद|हुन ?सक्छ)"  # Nepali
    r"|সম্ভবত|মনে হয়|আমার ধারণা|বোধহয়|আন্দাজ|নিশ্চিত না"  # Bengali
    r"|ஒருவேளை|நினைக்கிறேன்|இருக்கலாம்|தோராயமாக"  # Tamil
    r"|සමහරවිට|හිතන්නේ|හිතනවා|හිතෙනවා"  # Sinhala: maybe, I think
    r"|คิดว่า|น่าจะ|อาจจะ|เดาว่า|ไม่แน่ใจ|มั้ง"  # Thai
    # Khmer: maybe, I think, I guess, not sure, if I remember right ("បើខ្ញុំចាំមិនខុស")
    r"|ប្រហែលជា|ខ្ញុំគិតថា|ខ្ញុំស្មាន|ស្មានថា|មិនប្រាកដ|ចាំមិនខុស|ចាំមិនច្បាស់"
    r"|ຄິດວ່າ|ນ່າຈະ|ອາດຈະ|ເດົາວ່າ|ບໍ່ແນ່ໃຈ|ມັ້ງ|ຖ້າຈື່ບໍ່ຜິດ|ຖ້າຈຳບໍ່ຜິດ"  # Lao
    # Hebrew, "שכנראה" (that probably) and "ואולי" (and maybe) too
    r"|(?<![\u05d0-\u05ea])[שו]?(?:כנראה|אולי|נדמה לי|אני חושבת?|לא בטוחה?|אם אני זוכרת? נכון)"
    r"|\b(?:chyba|prawdopodobnie|wydaje mi się|o ile pamiętam|bodajże|pewnie|możliwe)\b"  # Polish
    r"|\b(?:možná|myslím|nejspíš|pravděpodobně|tipoval(?:a)? bych|tipuju)\b"  # Czech
    r"|\b(?:možno|asi|ak sa nemýlim|pravdepodobne|tuším)\b"  # Slovak
    r"|\b(?:jei neklystu|gal|galbūt|turbūt|manau|rodos|tikriausiai|berods|spėju)\b"  # Lithuanian
    r"|\b(?:ja nemaldos|šķiet|laikam|varbūt|ja pareizi atceros|droši vien|domāju|iespējams"
    r"|cik atceros)\b"  # Latvian
    r"|\b(?:ég held|held ég|minnir mig|mig minnir|sennilega|líklega|kannski|trúlega"
    r"|væntanlega|ef ég man rétt|mér sýnist|ég er ekki viss|giska ég)\b"  # Icelandic
    r"|\b(?:mislim|možda|valjda|vjerojatno|čini mi se|koliko se sjećam|ako se dobro sjećam"
    r"|ako sam dobro shvatio|ako se ne varam)\b"  # Croatian
    r"|\b(?:verjetno|najbrž|menda|morda|mislim|se mi zdi|če se prav spomnim|če se ne motim"
    r"|če prav razumem)\b"  # Slovenian
    r"|\b(?:uste dut|nik uste|nire ustez|seguruenik|ziurrenik|agian|beharbada|dirudi"
    r"|antza denez|ez badut gaizki gogoratzen|gaizki ez badut gogoratzen)\b"  # Basque
    r"|\b(?:siguro|yata|ata|parang|baka|sa tingin ko|hindi ako sigurado|sa palagay ko|marahil"
    r"|malamang|tila|mukhang|kung hindi ako nagkakamali"
    r"|kung tama ang (?:alala|basa) ko)\b"  # Tagalog
    r"|\b(?:probabil|cred|bănuiesc|poate|dacă nu mă înșel|mi se pare)\b"  # Romanian
    r"|\b(?:ehkä|luultavasti|luulen|muistaakseni|todennäköisesti|kai)\b"  # Finnish
    r"|\b(?:vist|ilmselt|arvatavasti|võib-olla|äkki|tundub|kui ma õigesti aru saan"
    r"|nii palju kui mäletan|kui ma ei eksi|minu meelest)\b"  # Estonian
    r"|\b(?:menimcha|shekilli|adashmasam|ehtimol|balki|chamasi|bo['ʻ’‘]lsa kerak"
    r"|yanglishmasam|to['ʻ’‘]g['ʻ’‘]ri eslasam|taxminimcha)\b"  # Uzbek
    r"|\b(?:ndoshta|mbase|besoj|mendoj|me sa duket|me sa kuptova|me sa kuptoj|me sa di"
    r"|me sa mbaj mend|nëse (?:s['’]|nuk )gabohem|nëse (?:e )?mbaj mend mirë|me gjasë"
    r"|sipas meje)\b"  # Albanian
    r"|\b(?:kanskje|trolig|tror jeg|jeg tror|antakelig|sannsynligvis"  # Norwegian
    r"|hvis jeg (?:husker|leser \w+(?: \w+)?) riktig)\b"
    r"|\b(?:vist nok|vistnok|måske|formentlig|muligvis|hvis jeg husker rigtigt)\b"  # Danish
    r"|\b(?:talán|valószínűleg|szerintem|ha jól (?:emlékszem|látom|számolom))\b"  # Hungarian
    r"|(?<!\w)(?:ίσως|μάλλον|νομίζω|πιθανότατα|πιθανώς|αν θυμάμαι καλά)(?!\w)|\(;\)"  # Greek
    r"|\b(?:kanske|troligen|antagligen|förmodligen|jag tror|tror jag|gissar jag|jag gissar"
    r"|om jag (?:inte )?(?:missminner mig|minns (?:fel|rätt)|läste rätt))\b"  # Swedish
    # Persian
    r"|میرے خیال میں|غالباً|غالبا|میرا اندازہ"  # Urdu
    r"|شاید|احتمالاً|احتمالا|فکر می\u200c?\s?کنم|اگر درست یادم|به نظرم|گمان می\u200c?\s?کنم"
    r"|(?<!\w)(?:მგონი|ალბათ|თუ არ ვცდები|ვფიქრობ|სავარაუდოდ|შესაძლოა|როგორც მახსოვს"
    r"|თუ სწორად მახსოვს|ჩემი აზრით|დარწმუნებული არ ვარ)(?!\w)"  # Georgian
    r"|大概|可能|也许|估计|猜|不确定|大约"
    r"|约(?:有|为|是)?(?=\s*[0-9零一二两三四五六七八九十])",
    re.IGNORECASE,
)
_DECLARES_GUESSES = pattern(
    r"(?:问号|question marks?|[?？]).{0,40}(?:不确定|猜测|guess|uncertain|unsure|not sure)",
    re.IGNORECASE,
)
_MARK_CELL = pattern(r"[\s✅❌✓✔✗✘☑✖️?？\-–—/]*")
_YEAR = pattern(r"(?:19[0-9]|20[0-3])[0-9]")  # not 2048, a width
# a paragraph opening in bold names what its sentences are about: "**UCSD** is a video ..."
_LEAD = pattern(r"\s*(?:\*\*|__)([^*_\n]{1,40})(?:\*\*|__)")
# a Hebrew prefix joins a name by a hyphen: "ב-WorldExpo"; a Georgian case ending: "SEPARATOR-ის"
_MODEL_WORD = pattern(
    r"(?:(?<![\w-])|(?<=[\u05d0-\u05ea]-))[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*"
    r"(?:(?![\w-])|(?=-[\u10d0-\u10ff])"
    # and a Kazakh case ending: "NEWS-те", "UCSD-де", "SEPARATOR-дың"
    r"|(?=-(?:[дтн][ае]н?|[гк]е|[ғқ]а|[ндт][ыі]ң?|[дт](?:ағы|егі|ай|ей)|[мбп]ен|с[ыі]з?)(?![\w-])))"
)
_INDEX_HEADERS = {"", "#", "no", "no.", "id", "idx", "index", "v", "ver", "version", "版本", "序号"}
_GENERIC_HEADERS = {
    "size", "model size", "data", "数据", "数据量", "time", "date", "时间", "日期", "release",
    "released", "feature", "features", "特性", "特点", "value", "values", "number", "count",
    "#params", "params", "parameters", "参数", "参数量", "note", "notes", "备注", "大小", "规模",
}  # fmt: skip
_PARAM_HEADERS = {"size", "model size", "大小", "规模", "#params", "params", "parameters"}
_PARAM_HEADERS |= {"参数", "参数量", "# params", "num params"}
_GENERIC_LINK_TEXT = {"paper", "pdf", "link", "arxiv", "here", "this", "abs", "source"}
_ACRONYM = pattern(r"(?<![\w-])[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?![\w-])")
_TITLE_STOPWORDS = {"a", "an", "the", "for", "with", "of", "on", "in", "and", "to", "by", "via"}


class _Name(NamedTuple):
    """A cited paper's name, normalised to lower-case letters and digits.

    A tuple, so that hashing the names for ``_mentions``'s cache is cheap.
    """

    norm: str
    ref_id: str


class _Mention(NamedTuple):
    start: int
    end: int
    ref_id: str
    score: tuple[int, int]  # (2 exact | 1 typo, name length)


@dataclass
class _Post:
    refs: Sequence[ArxivRef]
    names: tuple[_Name, ...]
    acronyms: tuple[_Name, ...]  # name table rows only: in prose they would become subjects
    described: dict[str, str]  # "the counting paper": a title word -> its paper; no subject
    section_of_line: list[int]  # section index per 1-based line (index 0 unused)
    headings: list[str]
    parents: list[int]  # per section, the section its heading is under (0: none)
    guesses_marked: bool
    claims: list[Claim]
    per_line: dict[int, int]
    numbered: dict[str, str]  # a numbered reference list's numbers: "6" -> "2302.07302"
    defined: frozenset[int]  # the lines of link definitions ("[sepsis]: https://…"), cite none
    decimal_comma: bool  # the post writes 4,5 for 4.5, and so 51.697 for 51697
    bare_ids: re.Pattern[str] | None  # the ids of the papers it links, written bare
    speakers: re.Pattern[str] | None  # a transcript's speakers' labels: "**MAYA:**"

    def add(self, line: int, quantity: Quantity, subject: str, context: str, hedged: bool,
            refs: tuple[str, ...], lead: str = "") -> None:  # fmt: skip
        number = self.per_line.get(line, 0) + 1
        self.per_line[line] = number
        self.claims.append(
            Claim(f"L{line}-{number}", line, quantity, subject, context, hedged, refs, lead)
        )

    def section_refs(self, line: int) -> tuple[str, ...]:
        """The references cited in a line's section, else in the section it is under ("###
        Section 5: the schedule" under "## The Transformer, …")."""
        section = self.section_of_line[line]
        while True:
            found = [
                ref.id
                for ref in self.refs
                if any(
                    self.section_of_line[n] == section
                    for n in ref.lines
                    if n < len(self.section_of_line) and n not in self.defined
                )
            ]
            if found or not self.parents[section]:
                return tuple(found)
            section = self.parents[section]


def extract_claims(
    markdown: str,
    refs: Sequence[ArxivRef],
    titles: Mapping[str, str] | None = None,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> list[Claim]:
    """Every checkable quantity or date in a post, attributed to the references it cites
    (named by their link text, ``titles``, and ``aliases``: see ``paper_aliases``)."""
    written, read = markdown, simplified(markdown)  # a post in Traditional Chinese
    markdown = _MATH.sub(_plain_math, read)  # "$\\beta_2 = 0.98$" reads "β_2 = 0.98"
    markdown = _NESTING_BARS.sub(lambda bars: bars[0].replace("│", ">"), markdown)
    lines = markdown.splitlines()
    headings, section_of_line, parents = _sections(lines)
    bare_ids = _bare_ids(refs)
    refs = _with_bare_mentions(refs, lines, bare_ids)
    post = _Post(
        refs=refs,
        names=_names([_labelled(ref, lines) for ref in refs], titles or {}, aliases or {}),
        acronyms=_acronyms(markdown, refs, titles or {}),
        described=_descriptions(refs, titles or {}),
        section_of_line=section_of_line,
        headings=headings,
        parents=parents,
        guesses_marked=_DECLARES_GUESSES.search(markdown) is not None,
        claims=[],
        per_line={},
        numbered=_numbered_refs(lines, refs),
        defined=frozenset(n for n, line in enumerate(lines, 1) if _LINK_DEFINITION.match(line)),
        decimal_comma=writes_decimal_commas(markdown),
        bare_ids=bare_ids,
        speakers=_speakers(lines),
    )
    # a post that captions a table of its own ("*Table 1: … from Ray Chowdhury et al.*") means
    # that table, not the paper's, when it names it
    captioned = sorted({m[1] for line in lines if (m := _OWN_CAPTION.match(line))})
    own_tables = pattern(rf"\bTable\s?(?:{'|'.join(captioned)})\b") if captioned else None
    # the paragraph just before a table in its section introduces it, and one ending in a
    # colon the list after it ("From it:")
    before = (-1, "")
    intro = (-1, "")
    # the items that introduce the sub-lists an item is in: their indents and words, outermost first
    sublists: list[tuple[int, str]] = []
    item = (-1, "")  # the list item before: "the same row" or "Its" in the next is the one it names
    question = (-1, "")
    # the papers a thread's top comment links, which its quoted replies answer (a "---" or a
    # heading ends the thread)
    thread: tuple[int, tuple[str, ...]] = (-1, ())
    # the papers the paragraph a list follows links: "**Transformer** (https://arxiv.org/…)"
    listing: tuple[int, tuple[str, ...]] = (-1, ())
    # and the papers it names, linked or not: "**AMDCN** (Deb & Ventura)" over its settings
    naming: tuple[int, tuple[str, ...]] = (-1, ())
    # the papers the comment a paragraph is in links, under its header ("**lucy** · 36 points")
    comment: tuple[int, tuple[str, ...]] = (-1, ())
    for kind, block in _blocks(lines):
        section = section_of_line[block[0][0]]
        # a list item's marker, whose indent says which sub-list the item is in
        marker = _LIST_MARKER.match(block[0][1]) if kind == "prose" else None
        listed = marker is not None
        asked = kind == "prose" and (
            _QUESTION.match(block[0][1]) is not None
            or (len(block) == 1 and _BOLD_LINE.fullmatch(block[0][1]) is not None)
        )
        paragraph = " ".join(line for _, line in block).strip() if kind == "prose" else ""
        header = _COMMENT_HEADER.fullmatch(paragraph) is not None
        commented = comment[1] if comment[0] == section else ()
        if kind == "setting":
            # a config line crediting a paper (_setting_said) is about the one paper its block
            # is about, if it can tell which, and leaves the reading of the post where it was
            made = len(post.claims)
            file = before[1] if before[0] == section else ""
            _prose_claims(block, post, _readable(file), "", commented, _pointed([file], post))
            post.claims[made:] = [c for c in post.claims[made:] if len(c.refs) == 1]
            continue
        if kind == "table":
            # a table first in its section: its heading may say which ("… (QQP 140K, Table 6)");
            # after its intro, a heading naming no table qualifies it ("### RAPT, QQP 50K")
            lead = _table_lead(before[1] if before[0] == section else post.headings[section])
            if own_tables:  # "Table 1 summarizes …" of a post that captions its own Table 1
                lead = own_tables.sub("this table", lead)
            heading = post.headings[section]
            if before[0] == section and lead and heading and not _TABLE.search(heading):
                lead = f"{lead} {heading}"
            _table_claims(block, post, lead, commented)
        elif not header:
            while marker and sublists and len(marker[1]) <= sublists[-1][0]:
                sublists.pop()  # back out of a sub-list an item before introduced
            _prose_claims(  # (a comment's header is who wrote it and when: no claim)
                block,
                post,
                (sublists[-1][1] if marker and sublists else "")
                or (intro[1] if listed and intro[0] == section else "")
                or (question[1] if question[0] == section and not asked else ""),
                item[1] if listed and item[0] == section else "",
                (
                    (_linked_refs(before[1], post) if before[0] == section else ())
                    or (thread[1] if thread[0] == section else ())
                    or commented
                )
                if block[0][1].startswith(">")
                else (listing[1] if listed and listing[0] == section else ()) or commented,
                naming[1] if listed and naming[0] == section else (),
            )
        if kind == "prose" and not paragraph.startswith(">"):
            # a comment's header ("**icu_dataperson** 8 hours ago") leaves the thread open
            linked = _linked_refs(paragraph, post)
            rule = _RULE.fullmatch(paragraph) is not None
            if linked or len(paragraph) > _SHORT_LINE or rule:
                thread = (section, linked)
            if header:
                comment = (section, ())
            elif rule:
                comment = (-1, ())
            elif comment[0] == section and (
                # what it links, else, until it links one, the paper it names ("Re AMDCN, …")
                cited := _block_refs(block, post)
                or (() if comment[1] else _pointed([paragraph], post))
            ):
                comment = (section, cited)
        if asked:
            question = (section, _readable(paragraph))
        if not _QUOTED_HEADER.fullmatch(paragraph):  # "> **sam** · 12:14 PM" introduces nothing
            before = (section, paragraph)
        item = (section, paragraph) if listed else (-1, "")
        if marker and paragraph.endswith((":", "：")):
            # "- trainable params, GPT2-medium column of their table:" over its own sub-list
            # (the paragraph is stripped of the indent the marker's match starts with)
            indent = len(marker[1])
            sublists.append((indent, _readable(paragraph[marker.end() - indent :])))
        if not listed:
            sublists = []
            intro = (section, _readable(paragraph) if _introduces_table(paragraph) else "")
            listing = (section, _linked_refs(paragraph, post))
            naming = (section, _pointed([paragraph], post))
    claims = _as_quoted(post.claims)
    if markdown != read:
        written_lines = read.splitlines()
        claims = [_as_in_line(claim, written_lines, lines) for claim in claims]
    return claims if written == read else _as_written(claims, written, read)


# as pandoc reads it: no space inside either dollar, no digit after the closing one ("$35 USD
# … US$15" is money)
_MATH = pattern(r"\$\$[^$\n]+?\$\$|\$(?!\s)[^$\n]+?(?<!\s)\$(?![0-9])")
_LATEX_GREEK = pattern(
    r"\\(alpha|beta|gamma|delta|varepsilon|epsilon|eta|theta|lambda|mu|pi|rho|sigma|tau|phi"
    r"|omega)(?![A-Za-z])"
)
_GREEK = dict(zip(
    "alpha beta gamma delta varepsilon epsilon eta theta lambda mu pi rho sigma tau phi omega"
    .split(),
    "αβγδεεηθλμπρστφω",
    strict=True,
))  # fmt: skip
_LATEX_SYMBOLS = {
    "cdot": "·", "times": "×", "approx": "≈", "le": "≤", "ge": "≥", "pm": "±",
    **dict.fromkeys("text mathrm mathbf mathbb mathcal operatorname left right".split(), ""),
}  # fmt: skip
_LATEX_TOKEN = pattern(rf"{_LATEX_GREEK.pattern}|\\([A-Za-z]+)|\\.|[{{}}]|.")
_SUBSCRIPT = pattern(r"(?<=[^\W\d_])_(?=[0-9A-Za-z]{1,5}\b)")


def _plain_math(math: re.Match[str]) -> str:
    """A LaTeX math span as plain text of the same length, padded at its end so the text after
    it keeps its offsets: "$\\beta_2 = 0.98$" reads "β2 = 0.98", "$d_{\\text{model}}$" reads
    "dmodel"."""
    return "".join(char for char, _ in _math_chars(math.group(0))).ljust(len(math.group(0)))


def _math_chars(math: str) -> list[tuple[str, int]]:
    """Each character a math span reads as, with where in the span it comes from: Greek
    letters, symbols, formatting commands dropped, subscripts joined as pypdf prints them."""
    fence = 2 if math.startswith("$$") else 1
    chars = []
    for token in _LATEX_TOKEN.finditer(math, fence, len(math) - fence):
        if token[1]:
            text = _GREEK[token[1]]
        elif token[2]:
            text = _LATEX_SYMBOLS.get(token[2], token[2])
        elif token[0] in "{}":
            text = ""
        else:  # a character, or an escaped one ("\\,"), which reads as a space
            text = " " if token[0].startswith("\\") else token[0]
        chars += [(char, token.start()) for char in text]
    read = "".join(char for char, _ in chars)
    dropped = {m.start() for m in _SUBSCRIPT.finditer(read)}
    return [c for at, c in enumerate(chars) if at not in dropped]


def _as_in_line(claim: Claim, lines: Sequence[str], read: Sequence[str]) -> Claim:
    """The claim with its quantity's text as its line in ``lines`` writes it, where math was
    ``read`` otherwise ("10^{-9}" read as "10^-9")."""
    line = lines[claim.line - 1]
    at = read[claim.line - 1].find(claim.quantity.text)
    if claim.quantity.text in line or at < 0:
        return claim
    origins = list(range(len(line)))
    for math in _MATH.finditer(line):
        chars = _math_chars(math.group(0))
        padding = [math.end() - 1] * (len(math.group(0)) - len(chars))
        origins[math.start() : math.end()] = [math.start() + at for _, at in chars] + padding
    text = line[origins[at] : origins[at + len(claim.quantity.text) - 1] + 1]
    return claim._replace(quantity=claim.quantity._replace(text=text))


def _as_quoted(claims: list[Claim]) -> list[Claim]:
    """The claims, one a quote repeats ("> Readers got 40 minutes with each paper." in a reply
    to the mail that said it) citing what the claim it quotes cites."""
    said: dict[tuple[str, str], Claim] = {}
    quoted = []
    for claim in claims:
        key = (_QUOTE_MARKS.sub("", claim.context), claim.quantity.text)
        if key in said and claim.context.startswith(">"):
            claim = claim._replace(refs=said[key].refs)
        said.setdefault(key, claim)
        quoted.append(claim)
    return quoted


_QUOTE_MARKS = pattern(r"^(?:>\s?)+")


def _as_written(claims: list[Claim], written: str, read: str) -> list[Claim]:
    """The claims of a post ``read`` in Simplified characters, in the characters it is
    ``written`` in: its quantity's text as on its line, the rest one character for one (but
    Western digits, which a Persian post writes both ways)."""
    back = str.maketrans(
        {r: w for r, w in zip(read, written, strict=True) if r != w and not r.isascii()}
    )
    written_lines, read_lines = written.splitlines(), read.splitlines()
    found = []
    for claim in claims:
        text = claim.quantity.text
        at = read_lines[claim.line - 1].find(text)
        text = written_lines[claim.line - 1][at : at + len(text)] if at >= 0 else text
        found.append(
            claim._replace(
                quantity=claim.quantity._replace(text=text),
                subject=claim.subject.translate(back),
                context=claim.context.translate(back),
                lead=claim.lead.translate(back),
            )
        )
    return found


_RULE = pattern(r"(?:-{3,}|\*{3,}|_{3,})")  # a thematic break


def _introduces_table(paragraph: str) -> bool:
    """Whether a paragraph introduces the list after it with the table or model size its
    numbers come from ("The GPT2 large table ... From it:")."""
    return paragraph.endswith((":", "：")) and bool(
        _TABLE.search(paragraph) or MODEL_SIZE.search(paragraph)
    )


def _table_lead(paragraph: str) -> str:
    """What a paragraph says of the table after it: its sentences that name a table ("Numbers
    from Table 4") or a dataset by its size ("QQP 140K test, GPT2-medium."), and its last
    sentence if it ends in a colon ("..., for QQP 140K:")."""
    sentences = [paragraph[start:end] for start, end in _sentences(paragraph)]
    if not sentences:
        return ""
    last = [sentences.pop()] if paragraph.endswith(":") else []
    named = [s for s in sentences if _TABLE.search(s) or SIZED_DATASET.search(s)]
    return " ".join(named + last)


SIZED_DATASET = pattern(r"\b[A-Z][A-Za-z-]* [0-9]+[KM]\b")  # "QQP 140K"
_OWN_CAPTION = pattern(r"\s*[*_]*Table ([0-9]+(?:\.[0-9]+)?)[*_]*\s?[:.]\s")


def claims_document(post: str, claims: Sequence[Claim]) -> dict[str, object]:
    """The stable JSON form of a post's claims (``citekit claims --json``)."""
    return {
        "post": post,
        "claims": [
            {
                "id": claim.id,
                "line": claim.line,
                "text": claim.quantity.text,
                "value": claim.quantity.value,
                "unit": claim.quantity.unit,
                "kind": claim.quantity.kind,
                "subject": claim.subject,
                "context": claim.context,
                "hedged": claim.hedged,
                "refs": list(claim.refs),
            }
            for claim in claims
        ],
    }


# --- reading the post into blocks -------------------------------------------------------


def _sections(lines: list[str]) -> tuple[list[str], list[int], list[int]]:
    """The headings of a post ("" before the first), the heading index of each 1-based line,
    and the index of the heading each heading is under (0 for none)."""
    headings, section_of_line, parents = [""], [0], [0]
    levels = [0]
    start = _front_matter_end(lines)
    in_fence = keycapped = False
    for number, line in enumerate(lines, start=1):
        if number > start and _FENCE.match(line):
            in_fence = not in_fence
        elif (
            number > start
            and not in_fence
            and (heading := _heading(lines, number) or (keycapped and _BREAK.match(line)))
        ):
            keycapped = heading.re is _KEYCAP_LINE
            level = len(heading.group(1) or "#" * 7)  # a paper's title line is under them all
            parent = len(headings) - 1
            while parent and levels[parent] >= level:
                parent = parents[parent]
            # a title line says which paper the section is about, not what its numbers are
            headings.append(heading.group(2) if heading.re is _HEADING else headings[parent])
            levels.append(level)
            parents.append(parent)
        section_of_line.append(len(headings) - 1)
    return headings, section_of_line, parents


def _heading(lines: list[str], number: int) -> re.Match[str] | None:
    """A heading's match (level marks, text) if the 1-based line ``number`` is one: a Markdown
    heading, or a paragraph of its own that is a paper's bolded title and its link ("**2. The
    Transformer** ([Vaswani et al.](https://arxiv.org/abs/1706.03762))"), as a forum post
    heads each paper it goes through."""
    line = lines[number - 1]
    if heading := _HEADING.match(line):
        return heading
    if number > 1 and lines[number - 2].strip():
        return None
    # a title line alone, or wrapped onto a second ("**2. Improved MGP-RNN for early sepsis
    # detection** (Futoma et al.,\nMLHC 2017) -- https://arxiv.org/abs/1708.05894")
    for end in (number, number + 1):
        if end <= len(lines) and (end == len(lines) or not lines[end].strip()):
            return _TITLE_LINE.match(" ".join(lines[number - 1 : end])) or _KEYCAP_LINE.match(line)
    return None


def _blocks(lines: list[str]) -> Iterator[tuple[str, list[tuple[int, str]]]]:
    """Tables, prose paragraphs (list items separately) and code lines crediting a paper
    ("setting") as (line number, text) runs."""
    start = _front_matter_end(lines)
    block: list[tuple[int, str]] = []
    block_kind = "prose"
    in_fence = in_references = in_diff = False
    headline: tuple[int, str] | None = None  # a heading stating a number, as a listicle's does
    # a hunk's header and delimiter rows, when its context line heads a table: a docs change's
    # diff states its numbers as the post does, each removed or added line on its own
    hunk_head: list[tuple[int, str]] = []
    aligned = _aligned_tables(lines)
    for number in range(1, len(lines) + 1):
        if number <= start:
            continue
        line = aligned.get(number) or lines[number - 1]
        # a diff's added or removed line states its setting as much as a config does
        setting = " " + line[1:] if in_diff and line[:1] in ("+", "-") else line
        if (in_fence or in_diff) and (said := _setting_said(setting)):
            if block:
                yield block_kind, block
                block = []
            yield "setting", [(number, said)]
            continue
        if in_diff and not _FENCE.match(line):
            line, hunk_head = _diff_line(number, line, hunk_head)
        is_table = line.lstrip().startswith("|") or _GRID_BORDER.match(line) is not None
        blank = not line.strip() or _BLANK_QUOTE.fullmatch(line) is not None  # ">" breaks a quote
        boundary = (
            blank
            or _FENCE.match(line) is not None
            or in_fence
            or _HEADING.match(line) is not None
            or is_table != (block_kind == "table")
            or (not is_table and (in_diff or _LIST_MARKER.match(line) is not None))
            or (bool(block) and _LINE_BULLET.match(block[0][1]) is not None)
            or _REFERENCES.match(line) is not None
            # a quote starts or ends: "On Tue, … wrote:" above "> Readers got 40 minutes"
            or (bool(block) and _quoted(block[-1][1]) != _quoted(line))
        )
        if boundary and block:
            yield block_kind, block
            block = []
        if headline and line.strip() and (boundary or is_table) and not _LIST_MARKER.match(line):
            yield "prose", [headline]  # no paragraph follows it: it stands alone
            headline = None
        if _FENCE.match(line):
            opening = not (in_fence or in_diff)
            in_diff = opening and _DIFF_FENCE.match(line) is not None
            in_fence = opening and not in_diff
            hunk_head = []
            continue
        if in_fence:
            continue
        if _HEADING.match(line):
            in_references = _REFERENCES.match(line) is not None
            quoted = _QUOTED_CLAIM.search(line)
            if quoted and not in_references:  # '### Myth #1: "… trained on 400K sentences."'
                yield "prose", [(number, _kept(line, quoted.start(1), quoted.end(1)))]
            elif (stated := _stated_heading(line)) and not in_references:
                # a colon runs it on into the paragraph it heads ("65 million parameters: That's")
                begin, end = stated.span("text")
                headline = (number, _kept(f"{line[:end]}:{line[end:]}", begin, end + 1))
            continue
        if _REFERENCES.match(line):
            in_references = True
        if in_references or blank:
            continue
        block_kind = "table" if is_table else "prose"
        if is_table and in_diff and not block:
            block.extend(hunk_head)
        if headline:  # "### 3. **65 million parameters**", then "That's the whole base model"
            block.append(headline)
            headline = None
        block.append((number, line))
        if number in aligned and len(block) == 1:  # its header: the delimiter row after it
            block.append((number, re.sub(r"[^|]+", "---", line)))
    if block:
        yield block_kind, block
    if headline:  # the post ends on it, after a table too
        yield "prose", [headline]


def _aligned_tables(lines: Sequence[str]) -> dict[int, str]:
    """The rows of the tables a post prints in an indented block, its columns aligned by runs of
    spaces (a notebook's printed DataFrame), as Markdown table rows by 1-based line number:
    a header naming its columns in words, and two rows or more with a number each, all of one
    number of cells."""
    rows: dict[int, str] = {}
    run: list[tuple[int, list[str]]] = []
    fenced = False
    for number, line in enumerate([*lines, ""], start=1):
        fenced = fenced != (_FENCE.match(line) is not None)
        cells = _ALIGNED_GAP.split(line.strip()) if _INDENTED.match(line) and not fenced else []
        if run and len(cells) != len(run[0][1]):
            head, body = run[0][1], [cells for _, cells in run[1:]]
            numbered = all(_DIGIT.search(" ".join(cells[1:])) for cells in body)
            if len(body) > 1 and numbered and not _DIGIT.search(" ".join(head[1:])):
                rows.update((n, f"| {' | '.join(c)} |") for n, c in run)
            run = []
        if len(cells) > 1:
            run.append((number, cells))
    return rows


_INDENTED = pattern(r"(?: {4}|\t)\s*\S")
_ALIGNED_GAP = pattern(r"\s{2,}|\t")
_DIGIT = pattern(r"[0-9]")


def _diff_line(
    number: int, line: str, head: list[tuple[int, str]]
) -> tuple[str, list[tuple[int, str]]]:
    """A diff's line as the post's text, its mark blanked ("" for a hunk or file header), and
    the table head its hunk gives the rows after it."""
    if hunk := _HUNK.match(line):
        if not hunk["context"].lstrip().startswith("|"):
            return "", []
        return "", [(number, _kept(line, *hunk.span("context"))), (number, "|-|")]
    if line.startswith(("+++", "---")) or line[:1] not in ("+", "-", " ") or _NESTED.match(line):
        return "", head  # a nested line is code or a config's: "  batch_size: 16"
    return " " + line[1:], head


def _setting_said(line: str) -> str | None:
    """A code or config line whose comment credits a paper, as a sentence in its place: the
    key's words spaced and the comment in brackets ("warmup steps: 8000 (Vaswani et al.)"), the
    setting blanked where the comment states the paper's value instead ("d_model=256,  # paper:
    512" says the paper's is 512; 256 is the writer's). None for any other line."""
    setting = _SETTING.search(line)
    if setting is None or not _PAPERS_NOTE.search(setting["note"]):
        return None
    key_start, key_end = setting.span("key")
    said = line[:key_start] + _SPACED_UNDERSCORE.sub(" ", setting["key"]) + line[key_end:]
    if _PAPERS_VALUE.search(setting["note"]):
        said = _blanked(said, *setting.span("value"))
    hash_at = setting.start("note") - 1
    opening = " (" if said.startswith(" ", hash_at + 1) else "("  # "# paper" reads " (paper"
    return f"{said[:hash_at]}{opening}{said[hash_at + len(opening) :].rstrip()})"


def _blanked(line: str, start: int, end: int) -> str:
    """A line with ``line[start:end]`` blanked, so offsets keep their places."""
    return line[:start] + " " * (end - start) + line[end:]


def _kept(line: str, start: int, end: int) -> str:
    """A line with all but ``line[start:end]`` blanked, so offsets keep their places."""
    return " " * start + line[start:end] + " " * (len(line) - end)


def _quoted(line: str) -> bool:
    return line.lstrip().startswith(">")


def _speakers(lines: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern of the bold capitalised names that open the lines of a transcript ("**MAYA:**
    …", "**SAM**: …"), whose turns they head: names that open two lines or more, one of them
    three. A name that opens a line once ("**RAPT:** 1.06M") is what that line is about."""
    names = Counter(m[1] for line in lines if (m := _SPEAKER_LABEL.match(line)))
    if max(names.values(), default=0) < 3:
        return None
    often = [re.escape(name) for name, n in names.items() if n >= 2]
    return pattern(rf"^[ \t>]*\*\*(?:{'|'.join(often)})(?::\*\*|\*\*:)", re.MULTILINE)


def _front_matter_end(lines: list[str]) -> int:
    """The line number closing a YAML front matter block, 0 when there is none."""
    if not lines or lines[0].strip() != "---":
        return 0
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() in ("---", "..."):
            return number
    return 0


def _alt_only(image: re.Match[str]) -> str:
    """An image's Markdown as spaces, but for its alt text, in place."""
    alt = image.group(1)
    return "  " + alt + " " * (len(image.group(0)) - len(alt) - 2)


# a transcript's time code, and its speaker: "[03:01] GUEST:", "[12:34] HOST A:", "(1:02:15) Maya:"
_TIME_CODE = r"[ \t>*-]*[\[(][0-9]{1,2}(?::[0-9]{2}){1,2}[\])]"
_TIMED = pattern(_TIME_CODE)
_SPEAKER_LABEL = pattern(
    r"[ \t>]*\*\*([A-Z][A-Z.-]+(?:[ \t][A-Z0-9][A-Z0-9.-]*){0,2})(?::\*\*|\*\*:)"
)
_SPEAKER = pattern(
    rf"^{_TIME_CODE}[ \t]*(?:\*\*)?(?:[A-Z][\w.-]*(?:[ \t][A-Z0-9][\w.-]*){{0,2}}(?:\*\*)?:)?",
    re.MULTILINE,
)


def _blank(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` replaced by spaces, keeping offsets."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _blank_code(text: str) -> str:
    """``text`` with its inline code blanked, keeping offsets, but for a bare number in code,
    which is prose's: "MAE `290.82`" (not "`lr=0.001`")."""
    return _INLINE_CODE.sub(
        lambda m: m[0].replace("`", " ") if _CODE_NUMBER.fullmatch(m[0]) else " " * len(m[0]),
        text,
    )


# the symbol variants of Greek letters, as NFKC folds them in papers' text: ϵ is ε
_GREEK_VARIANTS = str.maketrans("ϵϑϕϰϱϖ", "εθφκρπ")


def _readable(text: str) -> str:
    """Markdown made plain for a context: links become their text, whitespace collapses."""
    text = _URL.sub("", _LINK.sub(r"\1", _IMAGE.sub(r"\1", text)))
    return " ".join(text.replace("`", "").translate(_GREEK_VARIANTS).split())


# a footnote mark in a <sup> goes whole: "[3]" is no reference of the paper's own
_HTML_TAG = pattern(
    r"<sup>[^<>]{0,30}</sup>|</?(?:sup|sub|br|span|small|em|strong|b|i|u)\b[^<>]{0,80}>",
    re.IGNORECASE,
)


# --- prose --------------------------------------------------------------------------------


def _prose_claims(
    block: list[tuple[int, str]],
    post: _Post,
    intro: str = "",
    item: str = "",
    replied: tuple[str, ...] = (),
    introduced: tuple[str, ...] = (),
) -> None:
    """The claims of a paragraph or list item; ``intro`` is the sentence that introduces the
    list an item is in, ``item`` the list item before it, ``replied`` the papers the paragraph
    a quoted reply answers, or a list item follows, links, ``introduced`` those the paragraph
    a list item follows names."""
    raw = "\n".join(text for _, text in block)
    if "<" in raw:  # "heads.<sup>[3]</sup> The paper": the tags are no words, nor end sentences
        raw = _HTML_TAG.sub(lambda m: " " * len(m[0]), raw)
    masked = _LIST_MARKER.sub(lambda m: " " * len(m.group(0)), raw, count=1)
    masked = _IMAGE.sub(_alt_only, _blank_code(masked))
    if post.speakers:  # who speaks names no subject: "**MAYA:** Twenty-eight point four BLEU"
        masked = _blank(masked, post.speakers)
    quantities = _prose_quantities(masked, post.decimal_comma)
    if not quantities:
        return
    bold = _LEAD.match(masked)
    lead = bold.group(1) if bold and bold.group(1)[0].isalpha() else ""  # not **36 hours**
    before, told, sized = _readable(item), "", ""
    in_block = _linked_refs(raw, post)  # "- **Corrected** ([CiteSee][c]): …\n  Per the paper, …"
    earlier: list[str] = []  # the paragraph's sentences so far: the latest naming a paper tells
    said_before = [item]  # what a sentence that points back may point to, nearest last
    # "**Q:** … WSJ Section 23?\n**A:** 92.1？": the answer's words are the question's
    question = heard = ""
    # a chat log's messages run line by line, unlike prose wrapped at a width
    chat = len(block) > 1 and (
        all(
            len(text.strip()) < _SHORT_LINE and not _CONTINUED.search(text)
            for _, text in block[:-1]
        )
        # a chat message under its author and time ("**dvt** — 16:21"): a line each
        or _MESSAGE_HEADER.match(block[0][1]) is not None
        # a transcript's timed lines ("[16:51] they got a mean absolute error of 290.82")
        or all(_TIMED.match(text) for _, text in block)
        # a transcript's turns, each under its speaker's name
        or (post.speakers is not None and all(post.speakers.match(text) for _, text in block))
    )
    # "[03:01] GUEST: The base model was twelve hours.": who speaks names no subject
    spoken = _blank(raw, _SPEAKER)
    if post.speakers:
        spoken = _blank(spoken, post.speakers)
    breaks = _label_value_breaks(masked)
    listed = ""  # "trainable params, GPT2-medium (their Table 2):" over "RAPT: 1.06M" lines
    for start, end in _sentences(masked, chat, breaks):
        sentence = spoken[start:end]
        context = _readable(sentence)
        if start - 1 not in breaks:
            listed = context if end - 1 in breaks else ""
        question = context if _QUESTION.match(sentence) else question
        asked = question if ANSWER.match(sentence) else heard
        answered = _linked_refs(asked or intro, post) if ANSWER.match(sentence) else ()
        # "on the same split and model": which ones, the sentence before says
        # (not what it compares with: "比 kNN 检索差了不少" names another row), and if that one
        # says "its" too, the one before it: "Now look at plain fine-tuning. Its BERT score …"
        said = _COMPARISON.sub(" ", before)
        same = _SAME.search(context) is not None
        told = " ".join(filter(None, (told, said))) if same else ""
        before = context
        hedged = _HEDGE.search(_ANSWERED.sub(" ", context)) is not None
        linked = _linked_refs(sentence, post)
        unlikened = _blank(sentence, _SAME_AS)  # its names, less those it only likens to
        # "Over to [CiteSee][citesee]: …. Its Likert data" is CiteSee's
        pointed = _pointed(said_before, post) if same else ()
        said_before = [*said_before, unlikened] if same else [unlikened]
        inside = [q for q in quantities if start <= q.start < end]
        spans = [(q.start - start, q.start - start + len(q.text)) for q in inside]
        for quantity, span in zip(inside, spans, strict=True):
            line = block[raw.count("\n", 0, quantity.start)][0]
            heading = post.headings[post.section_of_line[line]]
            # what the question an answer answers asks, before the section's heading
            told_by = lead or asked or heading
            subject, named = _prose_subject(unlikened, span, spans, told_by, post.names)
            size = _size_lead(context, sized, heading)
            size = "" if size in told else size  # the sentence before, named twice
            # a subject taken from the heading names what the section is about, after the
            # paragraph: "CiteSee is more engineering-heavy. … Its first lab study …" under
            # "## 5. Paper Plain and CiteSee"
            headed = not lead and subject == _readable(heading)
            refs = (
                linked
                or answered  # "**A:** probably 0.5" about the paper its question links
                or named
                or pointed
                or (() if headed else _best_refs(_mentions(subject, post.names)))
                or _described_refs(context, post.described)
                # "The GAN paper reports …": an acronym of a title names its paper (not a subject)
                or _best_refs(_mentions(" ".join(_NAMED_PAPER.findall(context)), post.acronyms))
                or _pointed(earlier, post)
                or in_block
                or replied  # "> Wrong row, that's the SIFT baseline." under the comment linking it
                # every paper the heading names: "LOS" under "## MGP-RNN, early sepsis"
                or tuple(
                    dict.fromkeys(m.ref_id for m in _mentions(heading, post.names + post.acronyms))
                )
                or introduced  # "**AMDCN** (Deb & Ventura)" over "- [x] 5 dilated columns"
                or post.section_refs(line)
                or tuple(r.id for r in post.refs)
            )
            post.add(
                line,
                quantity,
                subject,
                context,
                hedged,
                refs,
                " ".join(filter(None, (told, listed or intro or asked, size))),
            )
        # a size the sentence only compares with ("比 GPT2 medium 略低") is not its own
        if MODEL_SIZE.search(_COMPARISON.sub("", context)):
            sized = context
        earlier.append(unlikened)
        # a transcript's turn that asks ("**SAM:** And NEWS at that same point?") is what the
        # next turn answers
        heard = context if post.speakers and context.rstrip().endswith(("?", "？")) else ""


def _size_lead(context: str, sized: str, heading: str) -> str:
    """What names the model size of a sentence that names none (nor its table): the last
    sentence before it in its paragraph that does (``sized``), else its section's heading
    ("## GPT2 large and the ablations"). A heading that names the size the sentence or
    ``sized`` names leads too, for the dataset it names ("### QQP 50K (GPT2 medium)")."""
    if _TABLE.search(context):
        return ""
    sizes = model_sizes(heading)
    if MODEL_SIZE.search(context):
        return heading if sizes == model_sizes(context) else ""
    if sized:
        return f"{sized} {heading}" if sizes == model_sizes(sized) else sized
    return heading if sizes else ""


def model_sizes(text: str) -> frozenset[str]:
    """The model sizes a text names after a model name: "GPT2 Medium" → medium."""
    return frozenset(size.lower() for size in MODEL_SIZE.findall(text))


def _prose_quantities(text: str, decimal_comma: bool = False) -> list[Quantity]:
    """The quantities of prose, with numbers written as words when they are plainly counts:
    with a unit (``six days``), past twelve (``thirty-five were picked``), with a fraction
    (``three point five``) or as a modifier
    (``two-player``), or ``one`` after a bound (``at least one key question``), not ``two
    strategies``."""
    found = [q for q in parse_quantities(text, decimal_comma) if not _is_bare_year(q, text)]
    words = [
        q
        for q in number_words(text, found)
        if q.unit
        or q.value > 12
        or not q.value.is_integer()  # "three point five", "nine and a half"
        or "-" in q.text
        or _counts(text, q)
        or (q.value == 1 and COUNTED_ONE.search(text, 0, q.start))
        # "ရှစ်ခု", "ប្រាំបី គ្រឿង", "ແປດຫົວ": read only with the classifier or noun that counts it
        or _CLASSIFIED.search(q.text)
        or HAUSA_COUNT.search(q.text)  # "controls biyar": read only after the noun it counts
        or SOMALI_COUNT.fullmatch(q.text)  # "laba ciyaartoy": read only before its noun
        or ZULU_COUNT.search(q.text)  # "amakholomu amahlanu": read only after its noun
        or MALAGASY_COUNT.search(q.text)  # "loha valo" (eight heads): read only after its noun
        or YORUBA_COUNT.search(q.text)  # "columns márùn-ún": read only after its noun
        or IRISH_COUNT.fullmatch(q.text)  # "cúig cholún": read only with its noun
    ]
    return [
        _on_its_line(q) for q in range_units(text, sorted([*found, *words], key=lambda q: q.start))
    ]


_CLASSIFIED = pattern(r"[\u1000-\u109f\u1780-\u17ff\u0e80-\u0eff]")  # Burmese, Khmer, Lao
_PLURAL = pattern(
    r"\s(?:[A-Za-z][A-Za-z0-9]*(?:[-–][a-z]+)?\s){0,3}(?:(?:[A-Za-z][a-z]*[-–])+[a-z]{2,}s|[A-Za-z][a-z]{2,}s"
    r"|men|women|people|children|criteria|desiderata|phenomena|corpora"
    r"|[A-Z][A-Za-z]*[0-9]+s)\b"  # "eight P100s"
)


_COMPARISON = pattern(r"比[^，。；,;]{1,30}|\bthan\b[^,.;]{1,40}")
# "和 Paper Plain 的标准一样", "the same as Paper Plain's", "沿用了 Transformer 那套", "reuses the
# Transformer's": a paper the number is only likened to or taken from
_SAME_AS = pattern(
    r"(?:和|跟|与|同)[^，。；,;]{1,30}?(?:一样|相同|一致|同价|同样)|\bthe same as\b[^,.;]{1,40}"
    r"|沿用了?[^，。；,;]{1,30}?那套|\b(?:borrowed|inherited) from\b[^,.;]{1,40}"
    r"|\breus(?:es|ed|ing)\b[^,.;]{1,40}|\bcopied from\b[^,.;]{1,40}"
    # "the same 4000-step warmup as the Transformer paper", ", same trick as the Transformer",
    # "Transformer 논문이랑 같은"
    r"|\b(?:the )?same\b[^,.;]{1,40}?\bas\b[^,.;]{1,40}"
    r"|(?:\S+\s){0,2}\S+?(?:이랑|랑|와|과|하고)\s?(?:같은|동일한)"
    r"|\bjais[ea]\b[^,.;]{1,40}"  # Hinglish: "jaise Transformer mein hota hai"
    # Spanish, Portuguese, French and German: "o mesmo número do Paper Plain", "genauso wie …"
    r"|\b(?:[eo]l?|la|le|a) (?:mesm[oa]|mism[oa]|même)\b[^,.;]{1,40}|\bgenauso wie\b[^,.;]{1,40}"
    # "like the Transformer", "as in the Transformer", Romanian "la fel ca la Transformer"
    r"|\b(?:[Jj]ust )?(?:like|Like) (?:in |for )?(?:the )?[A-Z][\w-]*(?: paper)?"
    r"|\b[Aa]s (?:in|for) (?:the )?[A-Z][\w-]*(?: paper)?|\b[Ll]a fel ca (?:la |și )?[^,.;]{1,30}"
    r"|\b[Kk]ama (?:ilivyo (?:kwa|kwenye) )?[A-Z][\w-]*"  # Swahili: "kama Transformer"
)
_TABLE = pattern(r"\b(?:Table|Tab\.)\s?[0-9]+|表\s?[0-9]+")
# a model's size after its name, "GPT2 Medium", "GPT2 large", and "GPT2 Large로" (a Korean
# particle after it)
MODEL_SIZE = pattern(
    r"(?<=[A-Z0-9] )(?:Small|Medium|Base|Large|XL|small|medium|large)(?![A-Za-z0-9])"
)
_SAME = pattern(
    r"\b(?:the|that|this) same (?:[a-z]+ (?:and|or) )?(?:split|model|dataset|data|setting"
    r"|configuration|setup"
    r"|benchmark|task|row)s?\b|\bon it\b|同一(?:个|组)?(?:模型|数据集|资料集|设置|行)"
    r"|\b(?:that|this) row\b"  # "- that row's size: 58M params", under the item naming it
    # "That shallow model still has 36M parameters": the one the sentence before describes
    r"|\b(?:that|this) (?:[a-z]+ )?(?:model|variant|configuration|setup)\b"
    # Uzbek: "bu ko'rsatkich" (this figure), "shu model" (that model), "o'sha natija"
    r"|\b(?:bu|shu|o['ʻ’‘]sha) (?:ko['ʻ’‘]rsatkich|raqam|qiymat|model|variant|natija)\w*"
    # "Their median for understanding was 3", "Another was 27": whose, said before
    r"|^(?:[-*+] |[0-9]+[.)] )?(?:Their|Its|These|Those|Another) "  # a list item's too
    # Yoruba "7.6% ni" (it is 7.6%): a number whose sentence names nothing else, about what
    # the sentence before says ("Mo rò pé 7.6% ni (?)", I think it's 7.6%)
    rf"|^(?:(?:{any_form('mo rò pé', 'bóyá')})\s)?[0-9][0-9.,]*\s?%?\sni\b",
    re.IGNORECASE,
)
_RANGE_JOIN = pattern(r"\s(?:to|and)\s(?=\S)")

# "four of them", "two were PhD students": a count of what the sentence before named
_COUNTED = pattern(
    r"\s(?:of (?:them|these|those)|per [a-z]{3,}|(?:were|are)(?:\s[\w-]+){0,2}\s[a-z]{3,}s)\b"
    # out of a total: "Four of the six field participants"
    r"|\sof the (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    # the subject of what people did: "five had completed …", "only two chose Topic 3"
    r"|\s(?:had|chose|picked|held|selected|completed|preferred|reported)\b"
)
# "Of the readers who took part, five had finished …": a number word counting the ones named
_PART_OF = pattern(r"\bof (?:the|those|these|them)\b[^.;:!?]{0,60},\s$", re.IGNORECASE)


def _counts(text: str, quantity: Quantity) -> bool:
    """Whether a number word counts the plural noun after it: ``three columns``, ``two
    persistently abnormal vital signs`` (not ``one of`` or ``two of the``), or the ones the
    text named before (``four of them``, ``two were PhD students``, ``Of the readers …, five
    had``), or a rate (``seven per paper``)."""
    end = quantity.start + len(quantity.text)
    if TAGALOG_COUNT.fullmatch(quantity.text):
        return _TAGALOG_NOUN.match(text, end) is not None
    if _PLURAL.match(text, end) or CJK_MEASURE.match(text, end) or _range_start(text, end):
        return True
    if quantity.text.lower() in _INDONESIAN_NUMBERS and _NOUN_AFTER.match(text, end):
        return True  # Indonesian puts no plural on its noun: "delapan head", "empat dataset"
    if quantity.text in _GEORGIAN_NUMBERS and _GEORGIAN_NOUN_AFTER.match(text, end):
        return True  # nor does Georgian: "ორი sub-layer-ია", "სამი ფენა"
    if quantity.text in _AMHARIC_NUMBERS and _AMHARIC_PLURAL_AFTER.match(text, end):
        return True  # Amharic: "ሁለት ክፍሎች" (two parts), a plural noun's "-ች" after it
    if quantity.text in _SINHALA_NUMBERS:
        return True  # Sinhala: "columns පහක්" (five columns), its noun before it
    if quantity.value == 1:  # not "one of them", but "one discriminator step per generator step"
        return ONE_PER.match(text, end) is not None
    start = quantity.start
    return bool(_COUNTED.match(text, end) or _PART_OF.search(text, max(0, start - 80), start))


# the plural noun right after a Tagalog number's linker, or after one word naming it ("walong
# medication classes"); not "apat na grupo yung mga papers" (four groups, the papers)
_TAGALOG_NOUN = pattern(
    r"\s(?:(?!(?:mga|yung|ang|ng|sa|na|at)\s)[A-Za-z][A-Za-z0-9-]*\s)?[A-Za-z][a-z]{2,}s\b"
)
_INDONESIAN_NUMBERS = frozenset("dua tiga empat lima enam tujuh delapan sembilan sepuluh".split())
_NOUN_AFTER = pattern(r"\s[A-Za-z][a-z-]+\b")
_GEORGIAN_NUMBERS = frozenset("ორი სამი ოთხი ხუთი ექვსი შვიდი რვა ცხრა ათი".split())
_AMHARIC_NUMBERS = frozenset("ሁለት ሦስት ሶስት አራት አምስት ስድስት ሰባት ስምንት ዘጠኝ አስር አሥር".split())
_AMHARIC_PLURAL_AFTER = pattern(r"\s[\u1200-\u135a]+ች[ንም]?(?![\u1200-\u135a])")
# the Sinhala number words ``number_words`` reads only after a noun
_SINHALA_NUMBERS = frozenset("දෙකක් තුනක් හතරක් පහක් හයක් හතක් අටක් නවයක් දහයක්".split())
_GEORGIAN_NOUN_AFTER = pattern(r"\s(?:[A-Za-z][a-z-]+\b|[\u10d0-\u10ff]{2,})")


def _range_start(text: str, end: int) -> bool:
    """Whether the number word ending at ``end`` starts a range of counts: "one to two
    weeks", "between five and seven of them"."""
    rest = text[end : end + 40]
    match = _RANGE_JOIN.match(rest)
    if match is None:
        return False
    after = rest[match.end() :]
    found = [*parse_quantities(after), *number_words(after, [])]
    return any(q.start == 0 and (q.unit or _counts(after, q)) for q in found)


def _on_its_line(quantity: Quantity) -> Quantity:
    """The quantity with ``text`` cut at a line break: ``11 billion`` of ``11 billion\nparameters``.

    The unit read across the break is kept; ``text`` must be a substring of the claim's line.
    """
    if "\n" not in quantity.text:
        return quantity
    text = quantity.text[: quantity.text.index("\n")].rstrip()
    return quantity._replace(text=text)


# a reference-style link's definition, which a post puts wherever (often at its end)
_LINK_DEFINITION = pattern(r" {0,3}\[[^\]^][^\]]*\]:\s*\S")
_SHORT_LINE = 64  # a line of prose wrapped at a width is longer
_MESSAGE_HEADER = pattern(r"\s*\*\*[^*\n]{1,40}\*\*\s*[—–-]\s*[0-9]{1,2}:[0-9]{2}\b")
# a line that runs on into the next ("with", "of the", "…,", "…:"), or a CJK line, short as
# they are
_CONTINUED = pattern(
    r"(?:[,:\-–—(]|\b(?:and|or|the|a|an|of|to|with|in|on|for|by|from|at))\s*$|[\u3000-\u9fff]"
)


def _sentences(
    text: str, lines: bool = False, breaks: Collection[int] = ()
) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of a paragraph, not splitting after "e.g." and the like; with
    ``lines``, each line ends one too, and so do the line ends at ``breaks``."""
    start = 0
    for match in (_LINE_END if lines else _SENTENCE_END).finditer(text):
        if _ABBREVIATION.search(text, start, match.start()) and not (
            "\n" in match.group(0)
            and text[match.end() : match.end() + 1].isupper()
            and _MAGNITUDE_ENDS_LINE.search(text, start, match.start())
        ):
            continue
        for end in sorted(b + 1 for b in breaks if start < b < match.start()):
            yield start, end
            start = end
        if match.end() > start:
            yield start, match.end()
            start = match.end()
    for end in sorted(b + 1 for b in breaks if start < b):
        yield start, end
        start = end
    if start < len(text):
        yield start, len(text)


# a line that gives a name its value, as a thread lists them ("RAPT: 1.06M", "SEPARATOR 5.64")
_LABEL_VALUE = pattern(
    r"[ \t]*(?:[^\W\d][^\n:]{0,30}:|[A-Z][\w./-]*(?: \([^)\n]{1,20}\))?)[ \t]+"
    r"(?:~|≈|about )?[0-9][^\n]{0,50}"
)


def _label_value_breaks(text: str) -> list[int]:
    """The line ends between two lines that each give a name its value, which end no sentence
    with a full stop."""
    if "\n" not in text:
        return []
    lines = text.split("\n")
    ends = list(itertools.accumulate(len(line) + 1 for line in lines))
    valued = [_LABEL_VALUE.fullmatch(line) and not _CONTINUED.search(line) for line in lines]
    return [
        ends[k] - 1
        for k in range(len(lines) - 1)
        # and the line that introduces them: "trainable params, GPT2-medium (their Table 2):"
        if valued[k + 1] and (valued[k] or lines[k].endswith(":") and all(valued[k + 1 : k + 3]))
    ]


def _is_bare_year(quantity: Quantity, text: str) -> bool:
    """Whether a number is a year (``WMT 2014``), not a score a verb gives (``reaches 1909``)."""
    if quantity.kind != "other" or _YEAR.fullmatch(quantity.text) is None:
        return False
    return _SCORED.search(text, max(0, quantity.start - 12), quantity.start) is None


_SCORED = pattern(
    r"\b(?:(?:reach|score|achieve|obtain|get)(?:e?s|e?d)?|got|gave|gives?|score of|at) $"
    r"|(?:^A:|是|为)\s?$"  # "A: 1909", "对数似然是 1909"
    r"|ໄດ້\s?$"  # Lao: "DBN ໄດ້ 1990", DBN got 1990
    r"|\w =\s?$"  # "warmup_steps = 2000": a setting's value, no year
)


def _prose_subject(
    sentence: str,
    span: tuple[int, int],
    spans: list[tuple[int, int]],
    heading: str,
    names: tuple[_Name, ...],
) -> tuple[str, tuple[str, ...]]:
    """The subject of the number at ``span`` in a sentence, and the papers its name points to."""
    offset, end = span
    first, refs = _mention_spans(sentence, names)
    before = [m for m in first if m.end <= offset]
    after = [m for m in first if m.start >= end]
    if before or after:
        # the nearest name, the better score on a tie, then the first mentioned
        nearest = (
            max(before, key=lambda m: (m.end, m.score, -first[m]))
            if before
            else min(after, key=lambda m: (m.start, (-m.score[0], -m.score[1]), first[m]))
        )
        return _word_at(sentence, nearest.start, nearest.end), refs[nearest.start, nearest.end]
    words = [
        w
        for w in _MODEL_WORD.finditer(sentence)
        if _is_model_word(w.group(0)) and not any(a <= w.start() < b for a, b in spans)
    ]
    before_words = [w for w in words if w.end() <= offset]
    if before_words:
        return before_words[-1].group(0), ()
    if words:
        return words[0].group(0), ()
    return _readable(heading), ()


def _is_model_word(word: str) -> bool:
    """``GPT-3``, ``WMT``, ``CiteSee`` name things; ``The``, ``BLEU`` and ``GPUs`` do not."""
    if unit_of(word) is not None or unit_of(word.rstrip("s")) is not None:
        return False
    return any(c.isdigit() for c in word) or sum(c.isupper() for c in word) >= 2


# --- tables -------------------------------------------------------------------------------


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") and not inner.endswith("\\|") else inner
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", inner)]


def _table_claims(
    block: list[tuple[int, str]], post: _Post, lead: str = "", commented: tuple[str, ...] = ()
) -> None:
    """The claims of a table's cells; ``lead`` introduces the table, ``commented`` are the
    papers of the comment it is in."""
    lines = [(number, line) for number, line in block if not _GRID_BORDER.match(line)]
    if len(lines) < len(block) and len(lines) > 1:  # a grid table, drawn with "+----+": its
        head, body = lines[0], lines[1:]  # first row heads it
    elif len(block) > 1 and _TABLE_DELIMITER.match(block[1][1]):
        head, body = block[0], block[2:]
    else:
        _prose_claims(lines, post)
        return
    header = _cells(head[1])
    width = len(header)
    rows = [(number, (_cells(line) + [""] * width)[:width]) for number, line in body]
    parsed = [
        [_cell_quantities(_blank_code(cell), post.decimal_comma) for cell in cells]
        for _, cells in rows
    ]
    roles = _column_roles(header, [cells for _, cells in rows], parsed)
    row_labels = _row_labels([cells for _, cells in rows], roles)
    linked = [_linked_refs(" ".join(cells), post) for _, cells in rows]
    names = post.names + post.acronyms
    named = [_best_refs(_mentions(" ".join(labels.values()), names)) for labels in row_labels]
    # papers linked or named anywhere in the table stand for rows that name none (Hydra2s)
    table_refs = tuple(dict.fromkeys(ref for refs in linked + named for ref in refs))
    for r, (number, cells) in enumerate(rows):
        row_label = " ".join(label for label in row_labels[r].values() if label)
        filled = {c: _readable(cell) for c, cell in enumerate(cells)}
        filled.update(row_labels[r])
        context = " | ".join(
            f"{header[c]}: {filled[c]}" if header[c] else filled[c]
            for c in range(width)
            if filled.get(c) and roles[c] != "index"
        )
        row_hedged = post.guesses_marked and any("?" in c or "？" in c for c in cells)
        # a "metric" column names what each row's value measures: "parameters (millions)", and
        # so does a label column with no header, where the columns are models: "| | base | big |"
        measured = " ".join(
            cells[c] for c in row_labels[r] if header[c].strip().lower() in _METRIC_HEADERS | {""}
        )
        for column, quantities in enumerate(parsed[r]):
            if roles[column] != "value":
                continue
            for quantity in quantities:
                subject = _cell_subject(row_label, header[column], cells[column], quantities)
                refs = (
                    linked[r]
                    or named[r]
                    or _best_refs(_mentions(subject, post.names))
                    or table_refs
                    or commented
                    or post.section_refs(number)
                    or tuple(ref.id for ref in post.refs)
                )
                hedged = row_hedged or _HEDGE.search(cells[column]) is not None
                post.add(
                    number,
                    _with_header_unit(quantity, f"{header[column]} {measured}".strip()),
                    subject,
                    context,
                    hedged,
                    refs,
                    lead,
                )


def _cell_quantities(cell: str, decimal_comma: bool) -> list[Quantity]:
    """A table cell's quantities; a cell that is a number in words is one too: ``five-point``,
    ``seven variables``."""
    found = parse_quantities(cell, decimal_comma)
    if found:
        return range_units(cell, found)
    # or with the noun it counts: "seven variables", "eight P100s"
    cell = cell.strip()
    words = number_words(cell, [])
    return [q for q in words if q.start == 0 and _COUNTED_CELL.fullmatch(cell, len(q.text))]


_COUNTED_CELL = pattern(r"(?: [A-Za-z][\w-]*s)?")


def _row_labels(rows: list[list[str]], roles: list[str]) -> list[dict[int, str]]:
    """Each row's label cells by column, blank ones continuing the row group above."""
    labels = [c for c, role in enumerate(roles) if role == "label"]
    previous = dict.fromkeys(labels, "")
    result = []
    for cells in rows:
        current, inheriting = {}, True
        for column in labels:
            # a blank cell continues the group only while every label left of it is blank too
            inheriting = inheriting and not cells[column]
            current[column] = previous[column] if inheriting else _readable(cells[column])
        result.append(current)
        previous = current
    return result


def _column_roles(
    header: list[str], rows: list[list[str]], parsed: list[list[list[Quantity]]]
) -> list[str]:
    """label | value | index | mark | aside | empty for each column, from its cells."""
    roles = []
    for column, name in enumerate(header):
        filled = [(row[column], qs[column]) for row, qs in zip(rows, parsed, strict=True)]
        filled = [(cell, quantities) for cell, quantities in filled if cell]
        if not filled:
            roles.append("empty")
        elif all(_MARK_CELL.fullmatch(cell) for cell, _ in filled):
            roles.append("mark")
        elif name.strip().lower() in _INDEX_HEADERS and all(
            len(qs) == 1 and qs[0].kind == "other" and qs[0].text == cell for cell, qs in filled
        ):
            roles.append("index")
        elif ASIDE_HEADER.search(name) and not any(qs for _, qs in filled):
            roles.append("aside")
        elif not any(quantities for _, quantities in filled) or (
            # the first column names rows even when names hold numbers: "QQP 140K", "GPT-3 175B"
            "label" not in roles
            and "value" not in roles
            and all(_words_left(cell, quantities) for cell, quantities in filled)
        ):
            roles.append("label")
        else:
            roles.append("value")
    return roles


# a post table's column of what a row is compared with, or of the writer's notes, names no
# row ("Compared against: DBN, Stacked CAE", "My note: error bars across folds")
ASIDE_HEADER = pattern(
    r"\b(?:compared|against|vs|versus|notes?|comments?|remarks?)\b|对比|备注|点评|评论|说明",
    re.IGNORECASE,
)
_METRIC_HEADERS = {"metric", "measure", "quantity", "unit", "units"}
# "(M)", "(millions)", and any language's magnitude word: "Paraméterek (millió)", "(মিলিয়ন)"
_HEADER_MAGNITUDE = pattern(rf"\(([KMBT]|[^\W\d_][\w{WORD_MARKS}]{{2,}}\.?)\)")
_HEADER_POWER = pattern(r"(?<!\w)[×x]\s?10\s?(?:\^|\*\*)?([0-9]{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?!\w)")
_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _with_header_unit(quantity: Quantity, header: str) -> Quantity:
    """A unitless number takes the unit its column header names, and its magnitude
    (``params (M)`` and ``params (×10⁶)``: 36 is 36 million)."""
    if quantity.unit or quantity.kind == "date":
        return quantity
    magnitude = _HEADER_MAGNITUDE.search(header)
    power = _HEADER_POWER.search(header)
    if magnitude and not any(c.isalpha() for c in quantity.text):  # not already "36M"
        word = magnitude.group(1)
        said = parse_quantities("1" + (" " + word.lower() if len(word) > 1 else word))
        if not said or said[0].value == 1:  # "thousands"
            said = parse_quantities("1 " + word.lower().rstrip("s"))
        quantity = quantity._replace(value=quantity.value * (said[0].value if said else 1))
    elif power and not any(c.isalpha() for c in quantity.text):  # "params (×10⁶)"
        quantity = quantity._replace(value=quantity.value * 10 ** int(power[1].translate(_DIGITS)))
    name = header.strip().lower()
    if name in _PARAM_HEADERS and quantity.kind in ("count", "other"):
        return quantity._replace(unit="parameters", kind="params")
    # "(4 h before sepsis, 80% sensitivity)": the setting's units are not the column's
    for said in parse_quantities(header):
        header = header.replace(said.text, " ")
    if "%" in header or "％" in header:
        return quantity._replace(unit="%", kind="percent")
    # whole words: "Parâmetros" is no "metros" (metres), the "s" of "paper's number" no seconds
    for word in re.findall(
        rf"(?<!['’])[^\W\d_\u4e00-\u9fff][\w{WORD_MARKS}-]*|[\u4e00-\u9fff]+", header
    ):
        found = unit_of(word)
        if found is not None:
            return quantity._replace(unit=found[0], kind=found[1])
    return quantity


def _cell_subject(row_label: str, header: str, cell: str, quantities: list[Quantity]) -> str:
    """Row label, then the header unless it only names the kind of number, then the cell's words."""
    words = _words_left(cell, quantities)
    name = header.strip()
    if name.lower() in _GENERIC_HEADERS or unit_of(name) is not None:
        name = ""
    return " ".join(part for part in (row_label, name, words) if part)


def _words_left(cell: str, quantities: list[Quantity]) -> str:
    """A cell's words once its quantities, brackets and hedges are gone: ``ViT(675M)`` → ViT."""
    words = _HEDGE.sub(" ", _readable(cell))
    for quantity in quantities:
        words = words.replace(quantity.text, " ")
    words = re.sub(r"[()\[\]（）✅❌]", " ", words)
    return " ".join(words.split()) if re.search(r"\w", words) else ""


# --- attribution --------------------------------------------------------------------------


def _norm(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def coined_names(abstract: str) -> tuple[str, ...]:
    """The names a paper's abstract gives what it proposes: "We propose a new simple network
    architecture, the Transformer, …" → Transformer."""
    found = _COINED.finditer(" ".join(abstract.split()))
    return tuple(dict.fromkeys(m.group(1) or m.group(2) for m in found))


def paper_aliases(paper: Paper) -> tuple[str, ...]:
    """The names a post may call a paper by besides its title: those its abstract coins and
    its authors' (see ``coined_names`` and ``author_names``)."""
    return (*coined_names(paper.summary), *author_names(paper.authors))


def author_names(authors: Sequence[str]) -> tuple[str, ...]:
    """The names prose cites a paper by with its authors: "Goodfellow et al.", and for a paper
    of two, "Deb & Ventura" or "Deb and Ventura"."""
    surnames = [author.split()[-1] for author in authors if author.strip()]
    if not surnames:
        return ()
    if len(surnames) == 2:
        return (f"{surnames[0]} et al.", f"{surnames[0]} & {surnames[1]}", " and ".join(surnames))
    return (f"{surnames[0]} et al.",)


_COINED = pattern(
    r"\b(?:[Pp]ropose|[Pp]resent|[Ii]ntroduce)s?\b[^.;]{0,60}?"
    r"(?:(?:\bthe |\bcalled |\bnamed |\bdubbed |(?<=[a-z])-)"  # "an interface-Paper Plain-with"
    r"([A-Z][A-Za-z0-9]+(?:[ -][A-Z][A-Za-z0-9]+)*)(?=[,.;:)-]| \()"
    # "we propose Retrieval Augmented Prompt Tuning (RAPT)"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)+ \(([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9-]*)\))"
)


_NAMED_PAPER = pattern(r"\b([A-Z][\w-]{1,15})(?: paper\b| ?论文)")
_URL_START = pattern(r"(?:<?https?://\S*|\barXiv:\s*|\b(?:www\.)?arxiv\.org/\S*)$", re.IGNORECASE)


def _labelled(ref: ArxivRef, lines: Sequence[str]) -> ArxivRef:
    """The reference, named by the words before it in its list item when it is a bare URL with
    no link text: "- MGP-RNN 脓毒症预警：https://arxiv.org/abs/1708.05894v1"."""
    first = ref.lines[0] if ref.lines else 0  # refs found in another text have other lines
    line = lines[first - 1] if not ref.text and 0 < first <= len(lines) else ""
    at = line.find(ref.id)
    if at < 0 or not _LIST_MARKER.match(line):  # not a sentence's words: "For arXiv:1706.03762 I"
        return ref
    before = _LIST_MARKER.sub("", _URL_START.sub("", line[:at])).strip(" \t:：-–—|(（")
    return ref._replace(text=before) if 3 <= len(before) <= 60 else ref


def _names(
    refs: Sequence[ArxivRef], titles: Mapping[str, str], aliases: Mapping[str, Sequence[str]]
) -> tuple[_Name, ...]:
    """The names each cited paper goes by: its link text, its title and the title's lead word,
    and its aliases."""
    names = []
    for ref in refs:
        candidates = [ref.text, *aliases.get(ref.id, ())]
        title = titles.get(ref.id, "")
        if title:
            candidates += [title, title.split(":")[0]]
            lead = title.split()[0]
            if any(c.isdigit() for c in lead) or "-" in lead or sum(c.isupper() for c in lead) > 1:
                candidates.append(lead)
        for candidate in candidates:
            norm = _norm(candidate)
            if (
                len(norm) >= 3
                and norm not in _GENERIC_LINK_TEXT
                and not find_refs(candidate)
                and not re.fullmatch(r"[0-9.v]+|https?://\S*", candidate.strip())
            ):
                names.append(_Name(norm, ref.id))
    return tuple(dict.fromkeys(names))


def _descriptions(refs: Sequence[ArxivRef], titles: Mapping[str, str]) -> dict[str, str]:
    """The words that describe one cited paper ("the counting paper", "the sepsis paper"):
    those of its title and of no other cited paper's title."""
    words = {
        ref.id: set(_TITLE_WORD.findall(titles.get(ref.id, "").lower())) - _NON_DESCRIPTIONS
        for ref in refs
    }
    return {
        word: ref_id
        for ref_id, own in words.items()
        for word in own.difference(*(w for r, w in words.items() if r != ref_id))
    }


def _described_refs(text: str, described: Mapping[str, str]) -> tuple[str, ...]:
    """The papers a text describes by a word of their title: "the (crowd-)counting paper"."""
    found = (
        described.get(word.lower()) or described.get(word.lower().rpartition("-")[2])
        for word in _DESCRIBED.findall(text)
    )
    return tuple(dict.fromkeys(filter(None, found)))


_TITLE_WORD = pattern(r"[a-z][\w-]{3,}")
_NON_DESCRIPTIONS = frozenset(
    {"paper", "papers", "research", "making", "using", "based", "towards"}
)
_DESCRIBED = pattern(r"\b([A-Za-z][\w-]*) paper\b")


def _acronyms(
    markdown: str, refs: Sequence[ArxivRef], titles: Mapping[str, str]
) -> tuple[_Name, ...]:
    """Acronyms in the post that spell one cited title's words: "AMDCN", "RAPT", "MGP-RNN"."""
    words = {
        ref.id: [w for w in re.split(r"[\s:,-]+", titles.get(ref.id, "")) if w] for ref in refs
    }
    names = []
    for acronym in dict.fromkeys(_ACRONYM.findall(markdown)):
        letters = acronym.replace("-", "").lower()
        if sum(c.isupper() for c in acronym) < 3:
            continue
        # a title's own word ("RNN" of "… Gaussian Process RNN …") names a kind of model
        found = {
            ref_id
            for ref_id, title in words.items()
            if _spells(letters, title) and letters not in {w.lower() for w in title}
        }
        if len(found) == 1:
            names.append(_Name(_norm(acronym), found.pop()))
    return tuple(names)


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the initials of title words in order (an all-caps word counts
    whole, and one word between may be skipped, "Retrieval Augmented [Conditional] Prompt
    Tuning", but no more: "ACL" does not spell "Approachable to Healthcare Consumers with
    Natural Language"; stopwords give no initial)."""

    @functools.cache  # skipped words would otherwise retry the same suffixes
    def spells_from(i: int, k: int, skips: int) -> bool:
        if i == len(letters):
            return True
        if k == len(words):
            return False
        word = words[k]
        if word.lower() in _TITLE_STOPWORDS:
            return i > 0 and spells_from(i, k + 1, skips)
        whole = word.lower() if word.isupper() and len(word) > 1 else ""
        if whole and letters.startswith(whole, i) and spells_from(i + len(whole), k + 1, skips):
            return True
        if word[0].lower() == letters[i] and spells_from(i + 1, k + 1, skips):
            return True
        return i > 0 and skips < 1 and spells_from(i, k + 1, skips + 1)

    return any(spells_from(0, k, 0) for k in range(len(words)))


@functools.lru_cache(maxsize=4096)  # every number of a sentence asks about the same sentence
def _mentions(text: str, names: tuple[_Name, ...]) -> list[_Mention]:
    """Where cited papers' names occur in ``text``, allowing one typo in long names.

    A typo is looked for only where the window starts like the name (its first or second
    letter): a misspelt first letter is rare, and the check is the costly part of a long post.
    """
    positions = [i for i, c in enumerate(text) if c.isalnum()]
    norm = "".join(text[i].lower() for i in positions)
    starts: dict[str, list[int]] = {}  # word starts by their first letter
    for k, i in enumerate(positions):
        if i == 0 or not (text[i - 1].isascii() and text[i - 1].isalnum()):
            starts.setdefault(norm[k], []).append(k)
    sums = [0, *itertools.accumulate(map(ord, norm))]  # window letter sums rule out anagrams
    spans: dict[str, list[tuple[int, int, int]]] = {}  # per name: (start, end, score)
    found = []
    for name in names:
        if name.norm not in spans:  # papers often share a name ("the paper")
            spans[name.norm] = _name_spans(text, positions, norm, starts, sums, name.norm)
        size = len(name.norm)
        found += [_Mention(a, b, name.ref_id, (score, size)) for a, b, score in spans[name.norm]]
    return found


def _name_spans(
    text: str,
    positions: Sequence[int],
    norm: str,
    starts: Mapping[str, list[int]],
    sums: Sequence[int],
    name: str,
) -> list[tuple[int, int, int]]:
    """Where one normalised name occurs in ``text`` (see ``_mentions``), with its score."""
    size = len(name)
    where = set(starts.get(name[0], ()))
    if size >= 5:
        where.update(starts.get(name[1], ()))
    spans = []
    for k in sorted(where):
        if norm.startswith(name, k):
            score, length = 2, size
        elif size >= 5 and not name.endswith("etal"):  # "Chan et al." is another author
            length = _typo_length(norm, k, name, sums)
            if not length:
                continue
            score = 1
        else:
            continue
        end = positions[k + length - 1] + 1
        if end < len(text) and _ascii_letter(text[end]) and _ascii_letter(text[end - 1]):
            continue  # the name runs on into a longer word
        spans.append((positions[k], end, score))
    return spans


@functools.lru_cache(maxsize=4096)  # every number of a sentence asks about the same sentence
def _mention_spans(
    text: str, names: tuple[_Name, ...]
) -> tuple[dict[_Mention, int], dict[tuple[int, int], tuple[str, ...]]]:
    """``_mentions`` of ``text`` without repeats, each with its first index (papers linked as
    "the paper" all match the same words), and the best papers named at each span."""
    mentions = _mentions(text, names)
    first: dict[_Mention, int] = {}
    by_span: dict[tuple[int, int], list[_Mention]] = {}
    for k, mention in enumerate(mentions):
        first.setdefault(mention._replace(ref_id=""), k)
        by_span.setdefault((mention.start, mention.end), []).append(mention)
    return first, {span: _best_refs(found) for span, found in by_span.items()}


def _typo_length(norm: str, k: int, name: str, sums: Sequence[int]) -> int:
    """Length of the window at ``k`` that is ``name`` with letters swapped or one edit, or 0.

    ``sums[i]`` is the sum of the character codes of ``norm[:i]``: swapped letters keep it.
    """
    size = len(name)
    swapped = k + size < len(sums) and sums[k + size] - sums[k] == _code_sum(name)
    if swapped and _letters(norm[k : k + size]) == _letters(name):
        return size
    # one edit leaves the name's first half in place, or else its second half (shifted by the
    # edit): most windows fail both, without comparing letter by letter
    half = size // 2
    if not norm.startswith(name[:half], k) and not any(
        norm.startswith(name[half:], k + half + shift) for shift in (-1, 0, 1)
    ):
        return 0
    for length in (size - 1, size, size + 1):
        if k + length <= len(norm) and _one_edit(norm[k : k + length], name):
            return length
    return 0


@functools.lru_cache(maxsize=4096)
def _code_sum(word: str) -> int:
    return sum(map(ord, word))


def _letters(word: str) -> str:
    return "".join(sorted(word))


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by at most one substitution, insertion or deletion."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    i = 0
    while i < len(b) and a[i] == b[i]:
        i += 1
    skip = 1 if len(a) == len(b) else 0  # substitution skips a letter in both, else only in a
    return a[i + 1 :] == b[i + skip :]


def _best_refs(mentions: list[_Mention]) -> tuple[str, ...]:
    """The papers of the best-scoring mentions: exact before typo, longer name before shorter."""
    if not mentions:
        return ()
    best = max(m.score for m in mentions)
    return tuple(dict.fromkeys(m.ref_id for m in mentions if m.score == best))


def _word_at(text: str, start: int, end: int) -> str:
    """The whole name around a mention: ``Qwen2-VL`` found in ``Qwen2-VL-7B`` gives the latter."""
    while end < len(text) and (
        text[end].isalnum()
        or (text[end] in "-._" and end + 1 < len(text) and text[end + 1].isalnum())
    ):
        end += 1
    return text[start:end]


def _pointed(said_before: list[str], post: _Post) -> tuple[str, ...]:
    """The papers the sentence before links or names best, else, if that one points back too,
    the ones the sentence before it does."""
    for text in reversed(said_before):
        # a title acronym names its paper too: "AMDCN's MAE is 1.43"
        names = post.names + post.acronyms
        cited = _linked_refs(text, post) or _best_refs(_mentions(_readable(text), names))
        if cited:
            return cited
    return ()


def _bare_ids(refs: Sequence[ArxivRef]) -> re.Pattern[str] | None:
    """A pattern of the ids of the papers a post links, as a text may write them bare."""
    if not refs:
        return None
    ids = "|".join(re.escape(ref.id) for ref in refs)
    return pattern(rf"(?<![\w./-])({ids})(?:v[0-9]+)?(?![\w/]|\.[0-9])")


def _with_bare_mentions(
    refs: Sequence[ArxivRef], lines: Sequence[str], bare_ids: re.Pattern[str] | None
) -> list[ArxivRef]:
    """The references, with the lines that name each by its bare id too ("Table 1 of the GAN
    paper (1406.2661)"): no reference itself, a bare number is one once the post links it."""
    mentioned: dict[str, set[int]] = {ref.id: set(ref.lines) for ref in refs}
    for n, line in enumerate(lines, 1):
        for found in bare_ids.finditer(line) if bare_ids else ():
            mentioned[found[1]].add(n)
    return [ref._replace(lines=tuple(sorted(mentioned[ref.id]))) for ref in refs]


def _block_refs(block: list[tuple[int, str]], post: _Post) -> tuple[str, ...]:
    """The papers a paragraph links, by reference-style links too ("[Goodfellow et al.][gan]")."""
    lines = {n for n, _ in block}
    return tuple(ref.id for ref in post.refs if not lines.isdisjoint(ref.lines))


def _linked_refs(text: str, post: _Post) -> tuple[str, ...]:
    """The papers a text links, names by the bare id of a paper the post links, or cites by a
    numbered reference list's numbers ("[6]")."""
    cited = {ref.id for ref in post.refs}
    linked = [ref.id for ref in find_refs(text) if ref.id in cited]
    linked += [found[1] for found in post.bare_ids.finditer(text)] if post.bare_ids else []
    if post.numbered:
        for brackets in _CITED_NUMBERS.finditer(text):
            numbers = _NUMBER_LIST.findall(brackets.group(1))
            linked += [post.numbered[n] for n in numbers if n in post.numbered]
    return tuple(dict.fromkeys(linked))


# "[1] A. Vaswani, … Attention Is All You Need. <https://arxiv.org/abs/1706.03762>"
_NUMBERED_ENTRY = pattern(r"\s*(?:[-*]\s+)?\[([0-9]{1,3})\]:?\s+\S")
_CITED_NUMBERS = pattern(r"\[([0-9]{1,3}(?:\s*[,;]\s*[0-9]{1,3})*)\]")
_NUMBER_LIST = pattern(r"[0-9]+")


def _numbered_refs(lines: list[str], refs: Sequence[ArxivRef]) -> dict[str, str]:
    """The arXiv paper of each entry of a numbered reference list that links one."""
    cited = {ref.id for ref in refs}
    numbered = {}
    for line in lines:
        entry = _NUMBERED_ENTRY.match(line)
        if entry:
            linked = {ref.id for ref in find_refs(line)} & cited
            if len(linked) == 1:
                numbered[entry.group(1)] = linked.pop()
    return numbered
