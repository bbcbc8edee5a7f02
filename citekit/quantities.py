"""Numbers as people write them in ML posts and papers → value, unit, kind and precision.

The claims stage parses a post with this module and the verifier indexes every page of every
paper with it, so one compiled regex scans each string once. It knows nothing about Markdown,
tables or subjects (claims.py) nor about which number supports which claim (verify.py).

Conventions a caller relies on:
- ``value`` is the number with its magnitude applied: ``600b`` → 6e11, ``1.4万`` → 14000, and
  digits grouped by 万 and 億 sum: ``5万1697`` → 51697 (Japanese writes counts so).
- Durations and lengths keep the unit they were written in (``20min`` → 20.0 "minutes");
  ``same_value`` converts between units of a kind, so ``12 hours`` and ``720 minutes`` are
  equivalent, and so are ``87.5 cm`` and ``0.875 meters``.
- Dates: kind "date", value ``float(YYYYMM)`` with unit "month" (``2023.08``, ``Aug 2023``,
  ``2023-08``, ``2023年8月``) or ``float(YYYYMMDD)`` with unit "day" (``2 Apr 2012``).
  A bare year is a plain number.
- Units are canonical: sample-like words (entries, pairs, images, examples, sentences) are
  "samples", params/parameters are "parameters"; the literal word stays in ``text``, with one
  adjective between number and unit (``134,206 training pairs``) and Chinese classifiers
  (``12 名参与者``).
- A magnitude with no unit is a count with unit "" (``1.4B``); inside ``Name(675M)`` it is a
  parameter count. A plain number with no unit is kind "other" with unit "".
- ``sig_figs`` follows the written digits; trailing zeros of an integer are not significant
  (``600b`` → 1, ``1,400,000`` → 2, ``2.0`` → 2).
- Not quantities: URLs, arXiv ids and DOIs, citation brackets ``[18]``, ``Table 2``-style
  labels (and capitalised ``Study 2``, ``Topic 1``), a metric's argument ``GAME(L=1)``, a
  dataset's size in its name ``QQP 50K``, list
  numbering and section numbers at the start of a line, digits inside identifiers
  (``Qwen2-VL-7B``, ``P100``, ``GPT-4``) and ``3.2.1``. A number used as a modifier is a
  quantity: ``3-layer`` counts layers, ``5-fold`` and ``4096-wide`` keep the word in ``text``
  with unit "" (a reviewer can check them); ``2.7x`` is a ratio with unit "x"; ``$35`` is money
  (unit "USD", kind "money").
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from citekit.models import Quantity
from citekit.patterns import matched_entry, pattern

_MAGNITUDES = {
    "k": 3,
    "K": 3,
    "M": 6,
    "m": 6,
    "B": 9,
    "b": 9,
    "bn": 9,
    "Bn": 9,
    "BN": 9,
    "T": 12,
    "thousand": 3,
    "million": 6,
    "billion": 9,
    "trillion": 12,
    "millions": 6,  # French: "17 millions de phrases"
    # Italian, Spanish, Portuguese and German: "4,5 milioni", "11 miliardi", "11 Milliarden"
    "milioni": 6,
    "milione": 6,
    "miliardi": 9,
    "miliardo": 9,
    "millones": 6,
    "mil millones": 9,  # Spanish: "11 mil millones de parámetros"
    # Catalan: "4,5 milions de parells de frases", "11 mil milions de paràmetres"
    "milions": 6,
    "mil milions": 9,
    # Galician: "4,5 millóns de pares de frases", "175.000 millóns de parámetros"
    "millóns": 6,
    "mil millóns": 9,
    "milhões": 6,
    "bilhões": 9,
    "millionen": 6,
    "milliarden": 9,
    "miljoen": 6,  # Dutch
    "miljard": 9,
    # Welsh: "4.5 miliwn o barau brawddegau", "175 biliwn o baramedrau", "25 mil o docynnau"
    "mil": 3,
    "miliwn": 6,
    "biliwn": 9,
    "triliwn": 12,
    # Irish, lenited after "dhá" (two) too: "4.5 milliún péire abairtí", "11 bhilliún"
    **dict.fromkeys(("milliún", "mhilliún"), 6),
    **dict.fromkeys(("billiún", "bhilliún"), 9),
    "trilliún": 12,
    # Swedish: "4,5 miljoner meningspar", "11 miljarder parametrar", "100 tusen steg"
    "tusen": 3,
    **dict.fromkeys(("miljon", "miljoner"), 6),
    "miljarder": 9,
    # Norwegian: "4,5 millioner setningspar", "11 milliarder parametere"
    **dict.fromkeys(("million", "millioner"), 6),
    **dict.fromkeys(("milliard", "milliarder"), 9),
    # Danish: "4,5 mio. sætningspar", "213 mio. parametre"
    "tusind": 3,
    "mio.": 6,
    "mia.": 9,
    # Hungarian: "4,5 millió mondatpár", "11 milliárd paraméter", "25 ezer"
    **dict.fromkeys(("millió", "milliót", "millióan"), 6),
    **dict.fromkeys(("milliárd", "milliárdot"), 9),
    "ezer": 3,
    # Greek: "4,5 εκατομμύρια ζεύγη", "11 δισεκατομμύρια παραμέτρους", "(εκατ.)"
    **dict.fromkeys(("εκατομμύρια", "εκατομμύριο", "εκατομμυρίων", "εκατ."), 6),
    **dict.fromkeys(("δισεκατομμύρια", "δισεκατομμύριο", "δισ."), 9),
    **dict.fromkeys(("χιλιάδες", "χιλ."), 3),
    # Persian: "۴٫۵ میلیون جفت‌جمله", "۱۰۰ هزار گام"
    "هزار": 3,
    "میلیون": 6,
    "میلیارد": 9,
    # Georgian, by the stem its case endings join: "4.5 მილიონი", "11 მილიარდზე მეტი", "36 მლნ"
    "ათას": 3,
    **dict.fromkeys(("მილიონ", "მლნ"), 6),
    **dict.fromkeys(("მილიარდ", "მლრდ"), 9),
    "ტრილიონ": 12,
    # Armenian, its case ending after it: "4.5 միլիոն", "11 միլիարդից ավելի", "36 մլն"
    "հազար": 3,
    **dict.fromkeys(("միլիոն", "մլն"), 6),
    **dict.fromkeys(("միլիարդ", "մլրդ"), 9),
    "տրիլիոն": 12,
    # Amharic: "4.5 ሚሊዮን", "100 ሺህ steps", "175 ቢሊዮን parameters"
    **dict.fromkeys(("ሺህ", "ሺ"), 3),
    "ሚሊዮን": 6,
    "ቢሊዮን": 9,
    "ትሪሊዮን": 12,
    # Urdu: "۴.۵ ملین sentence pairs", "35.5 کروڑ", "11 ارب"
    "ہزار": 3,
    "لاکھ": 5,
    "ملین": 6,
    "کروڑ": 7,
    **dict.fromkeys(("ارب", "بلین"), 9),
    # Tagalog, its linker after it: "100 libong steps", "1.2 bilyong parameters"
    "libo": 3,
    "bilyon": 9,
    # Turkish, with the endings a count takes: "4,5 milyon", "11 milyardan fazla"
    **dict.fromkeys(("milyon", "milyondan", "milyonluk"), 6),
    **dict.fromkeys(("milyar", "milyardan", "milyarlık"), 9),
    # Azerbaijani, with the endings a count takes: "1,06 milyondur", "11 milyarddan çox", "100
    # min addım" (its thousand, read only before a noun it counts: "100 min" is minutes)
    **dict.fromkeys(("min", "mindən", "minlik"), 3),
    **dict.fromkeys(("milyondur", "milyona", "milyonluq", "milyonu"), 6),
    **dict.fromkeys(("milyard", "milyarddan", "milyarddır", "milyarda", "milyardlıq"), 9),
    **dict.fromkeys(("mlrd", "milyardı"), 9),
    "trilyon": 12,
    # Russian, with its abbreviations: "100 тыс. шагов", "213 млн параметров", "11 млрд"
    **dict.fromkeys(("тыс.", "тысяч", "тысячи", "тысяча"), 3),
    **dict.fromkeys(("млн", "млн.", "миллион", "миллиона", "миллионов"), 6),
    **dict.fromkeys(("млрд", "млрд.", "миллиард", "миллиарда", "миллиардов"), 9),
    **dict.fromkeys(("трлн", "трлн."), 12),
    # Ukrainian: "25 тис. речень", "354,8 млн", "1,5 млрд"
    **dict.fromkeys(("тис.", "тисяч", "тисячі", "тисяча"), 3),
    **dict.fromkeys(("мільйонів", "мільйона", "мільйон"), 6),
    **dict.fromkeys(("мільярдів", "мільярда", "мільярд"), 9),
    # Kazakh, with the case endings a count's magnitude takes: "41 мың", "11 миллиардтан астам"
    **dict.fromkeys(("мың", "мыңнан", "мыңға", "мыңда", "мыңның", "мыңды", "мыңдай"), 3),
    **dict.fromkeys(("миллионнан", "миллионға", "миллионда", "миллионның", "миллиондай"), 6),
    **dict.fromkeys(("миллиардтан", "миллиардқа", "миллиардта", "миллиардтың", "миллиардтай"), 9),
    # Mongolian, with the case endings a count's magnitude takes: "354,8 сая", "11 тэрбумаас олон"
    **dict.fromkeys(("мянга", "мянган", "мянгаас", "мянгад", "мянгын", "мянгатай"), 3),
    **dict.fromkeys(("сая", "саяас", "саяд", "саяын", "саятай"), 6),
    **dict.fromkeys(("тэрбум", "тэрбумаас", "тэрбумд", "тэрбумын", "тэрбумтай"), 9),
    # Bulgarian: "4,5 милиона двойки изречения", "355 милиона параметъра"
    **dict.fromkeys(("хиляди", "хиляда", "хил."), 3),
    **dict.fromkeys(("милиона", "милион"), 6),
    **dict.fromkeys(("милиарда", "милиард"), 9),
    "milliard": 9,
    "milliards": 9,
    # Indian English and Hinglish: "36 lakh sentences", "1100 crore parameters"
    **dict.fromkeys(("lakh", "lakhs"), 5),
    **dict.fromkeys(("crore", "crores"), 7),
    # Vietnamese: "4,5 triệu cặp câu", "11 tỷ tham số"
    **dict.fromkeys(("nghìn", "ngàn"), 3),
    "triệu": 6,
    **dict.fromkeys(("tỷ", "tỉ"), 9),
    # Indonesian: "4,5 juta pasang kalimat", "11 miliar parameter"
    "ribu": 3,
    "juta": 6,
    "miliar": 9,
    "triliun": 12,
    # Arabic: "4.5 مليون زوج من الجمل", "100 ألف خطوة"
    **dict.fromkeys(("ألف", "آلاف"), 3),
    **dict.fromkeys(("مليون", "ملايين"), 6),
    **dict.fromkeys(("مليار", "مليارات"), 9),
    # Polish, in the forms a count takes: "4,5 mln par zdań", "300 tys. kroków", "ponad 11 mld"
    **dict.fromkeys(("tys.", "tysięcy", "tysiące", "tysiąc"), 3),
    # Czech ("miliony", "miliard" as Polish): "17 tisíc řádků", "774 milionů", "17 milionech"
    **dict.fromkeys(("tisíc", "tisíce", "tis."), 3),
    # Slovak: "4,5 milióna párov viet", "65 miliónov parametrov"
    **dict.fromkeys(("milión", "milióna", "milióny", "miliónov"), 6),
    **dict.fromkeys(("miliarda", "miliardy", "miliárd"), 9),
    # Lithuanian ("mln." as Polish): "11 mlrd. parametrų", "11 tūkst."
    **dict.fromkeys(("tūkst.", "tūkstančių", "tūkstantis"), 3),
    **dict.fromkeys(("milijonų", "milijono", "milijonai"), 6),
    **dict.fromkeys(("mlrd.", "milijardų", "milijardo"), 9),
    # Latvian ("tūkst." as Lithuanian, "miljoni", "miljardi" as Estonian): "4,5 milj. teikumu
    # pāru", "11 mljrd. parametru"
    **dict.fromkeys(("tūkstoši", "tūkstošu", "tūkstotis", "tūkstošiem"), 3),
    **dict.fromkeys(("milj.", "miljonu", "miljons", "miljoniem"), 6),
    **dict.fromkeys(("mljrd.", "miljardu", "miljards", "miljardiem"), 9),
    # Icelandic, in the cases a count takes: "4,5 milljónir setningapara", "175 milljarða"
    **dict.fromkeys(("þúsund", "þús."), 3),
    **dict.fromkeys(("milljón", "milljónir", "milljóna", "milljónum", "millj."), 6),
    **dict.fromkeys(("milljarður", "milljarðar", "milljarða", "milljörðum"), 9),
    # Croatian, and Serbian's "hiljada": "4,5 milijuna parova rečenica", "32 tisuće tokena"
    **dict.fromkeys(("tisuća", "tisuće", "tisuću", "hiljada", "hiljade"), 3),
    **dict.fromkeys(("milijun", "milijuna", "milijunima", "miliona"), 6),
    **dict.fromkeys(("milijarda", "milijardi", "milijarde"), 9),
    # Slovenian ("mio." as Danish, "milijarde" as Croatian): "4,5 milijona stavčnih parov"
    "tisoč": 3,
    **dict.fromkeys(("milijon", "milijona", "milijonov", "milijone"), 6),
    **dict.fromkeys(("milijard", "milijardo"), 9),
    # Basque, before its unit as a count is: "4,5 milioi esaldi-bikote", "11.000 milioi
    # parametro" (its billion is a thousand millions: "mila milioi")
    "mila": 3,
    "milioi": 6,
    "mila milioi": 9,
    # Romanian, after "de" as its counts from twenty up take it: "36 de milioane"
    **dict.fromkeys(("mii", "de mii"), 3),
    **dict.fromkeys(("milioane", "de milioane"), 6),
    **dict.fromkeys(("miliarde", "de miliarde"), 9),
    # Estonian ("mln" as Polish): "4,5 miljonit lauseparti", "üle 11 miljardi parameetri"
    **dict.fromkeys(("tuhat", "tuhande", "tuh."), 3),
    **dict.fromkeys(("miljonit", "miljoni"), 6),
    **dict.fromkeys(("miljardit", "miljardi"), 9),
    # Uzbek ("mln" as Polish, "mlrd" as Azerbaijani): "100 ming qadam", "11 mlrd dan ortiq"
    # Somali: "4.5 malyan sentence pairs", "213 malyan parameters" (its "kun", thousand, is read
    # only before "oo" or a noun it counts: "50 kun oo qof"; "50 kun" is Uzbek's 50 days)
    "malyan": 6,
    "bilyan": 9,
    "kun": 3,
    **dict.fromkeys(("ming", "mingta"), 3),
    "millionta": 6,
    "milliardta": 9,
    # Albanian ("milion", "miliard", "mln", "mld" as Polish): "32 mijë tokenash", "mbi 11
    # miliardë parametra"
    "mijë": 3,
    "milionë": 6,
    "miliardë": 9,
    # Malagasy: "4,5 tapitrisa" (4.5 million), "100 arivo" (100 thousand), "2 alina" (20 000)
    "arivo": 3,
    "alina": 4,
    "hetsy": 5,
    "tapitrisa": 6,
    **dict.fromkeys(("lavitrisa", "miliara"), 9),
    "tuhatta": 3,  # Finnish
    "miljoonaa": 6,
    "miljardia": 9,
    **dict.fromkeys(("milionů", "milionech"), 6),
    **dict.fromkeys(("mln", "mln.", "milion", "miliony", "milionów"), 6),
    **dict.fromkeys(("mld", "mld.", "miliard", "miliardy", "miliardów"), 9),
    # Hindi: "45 लाख वाक्य-जोड़े", "1100 करोड़"
    **dict.fromkeys(("हज़ार", "हजार"), 3),
    "लाख": 5,
    "मिलियन": 6,
    **dict.fromkeys(("करोड़", "करोड"), 7),
    **dict.fromkeys(("बिलियन", "अरब"), 9),
    # Marathi: "36 दशलक्ष वाक्ये", "35.5 कोटी parameters", "11 अब्ज"
    "दशलक्ष": 6,
    "कोटी": 7,
    **dict.fromkeys(("अब्ज", "अब्जांहून", "अब्जांपेक्षा"), 9),  # and "than a billion"
    # Bengali: "৪৫ লাখ sentence pair", "১১০০ কোটিরও বেশি" (কোটি with its "even")
    "হাজার": 3,
    **dict.fromkeys(("লাখ", "লক্ষ"), 5),
    "মিলিয়ন": 6,
    **dict.fromkeys(("কোটি", "কোটির", "কোটিরও"), 7),
    "বিলিয়ন": 9,
    # Tamil: "37 ஆயிரம் tokens", "3.6 கோடி வாக்கியங்கள்", "1100 கோடிக்கும் மேல்"
    "ஆயிரம்": 3,
    "லட்சம்": 5,
    "மில்லியன்": 6,
    **dict.fromkeys(("கோடி", "கோடிக்கும்", "கோடிக்கு"), 7),
    "பில்லியன்": 9,
    # Thai: "1.6 หมื่น token", "2.7 แสน", "774 ล้าน"
    "พัน": 3,
    "หมื่น": 4,
    "แสน": 5,
    "ล้าน": 6,
    "พันล้าน": 9,
    # Burmese: "၄.၅ သန်း" (4.5 million), and before its number too: "ဘီလီယံ 11" (11 billion)
    "ထောင်": 3,
    "သောင်း": 4,
    "သိန်း": 5,
    **dict.fromkeys(("သန်း", "မီလီယံ"), 6),
    "ကုဋေ": 7,
    **dict.fromkeys(("ဘီလီယံ", "ဘီလျံ"), 9),
    # Khmer: "4.5 លាន" (4.5 million), "100 ពាន់" (100 thousand), "11 ប៊ីលាន" (11 billion)
    "ពាន់": 3,
    "ម៉ឺន": 4,
    "សែន": 5,
    "លាន": 6,
    **dict.fromkeys(("ប៊ីលាន", "ពាន់លាន"), 9),
    # Lao: "4.5 ລ້ານ" (4.5 million), "11 ຕື້" (11 billion); "ໝື່ນ" is also spelt "ຫມື່ນ"
    "ພັນ": 3,
    **dict.fromkeys(("ໝື່ນ", "ຫມື່ນ"), 4),
    "ແສນ": 5,
    "ລ້ານ": 6,
    **dict.fromkeys(("ຕື້", "ພັນລ້ານ"), 9),
    # Hebrew: "17 מיליון טוקנים", "17 אלף שורות קוד"
    **dict.fromkeys(("אלף", "אלפים"), 3),
    "מיליון": 6,
    "מיליארד": 9,
    "百": 2,
    "千": 3,
    "万": 4,
    "亿": 8,
    "億": 8,
}

# lower-case written unit -> (canonical unit, kind)
_UNITS: dict[str, tuple[str, str]] = {}


def _add_units(unit: str, kind: str, *words: str) -> None:
    for word in words:
        _UNITS[word.lower()] = (unit, kind)


_add_units("tokens", "count", "tokens", "token", "toks")
_add_units("characters", "count", "characters", "chars", "字符")
_add_units("words", "count", "words", "word")  # "30 words or longer" is no 30 characters
_add_units("files", "count", "files", "file", "文件")  # nor 1,000 files 1,000 lines
_add_units("lines", "count", "lines", "line")
_add_units(
    "samples",
    "count",
    "samples",
    "sample",
    "examples",
    "example",
    "entries",
    "entry",
    "pairs",
    "pair",
    "sentence pairs",
    "sentences",
    "sentence",
    "images",
    "image",
    "image-text pairs",
    "image–text pairs",
    "text-image pairs",
    "videos",
    "frames",
    "instances",
    "documents",
    "conversations",
    "dialogues",
    "样本",
    "图片",
    "图像",
    "张图",  # "1200 张图" (图 alone is a figure)
    "图文对",
    "样例",
    "句对",
    "帧",
)
_add_units("parameters", "params", "parameters", "parameter", "params", "param", "参数")
# Japanese, in katakana ("3600万トークン", "10万ステップ", "100エポック", "文ペア")
_add_units("tokens", "count", "トークン", "토큰")  # and Korean, in hangul
_add_units("steps", "count", "ステップ", "스텝")
_add_units("epochs", "count", "エポック", "에폭")
_add_units("parameters", "params", "パラメータ", "パラメーター")
_add_units("samples", "count", "文ペア", "ペア")
_add_units("steps", "count", "steps", "step", "iterations", "iters", "updates", "步")
_add_units("epochs", "count", "epochs", "epoch", "轮")
_add_units("GPUs", "count", "gpus", "gpu", "卡")
_add_units("TPUs", "count", "tpus", "tpu")
_add_units(
    "participants", "count", "participants", "participant", "users", "subjects", "annotators"
)
_add_units("participants", "count", "参与者", "被试", "用户")
_add_units("papers", "count", "papers", "articles", "论文")
_add_units("citations", "count", "citations", "引用")
_add_units("layers", "count", "layers", "layer")
_add_units("dimensions", "count", "dimensions", "dimensional", "dims")
_add_units("encounters", "count", "encounters")
_add_units("milliseconds", "duration", "milliseconds", "millisecond", "ms", "毫秒")
_add_units("seconds", "duration", "seconds", "second", "secs", "sec", "s", "秒", "초")
_add_units("minutes", "duration", "minutes", "minute", "mins", "min", "分钟", "分間", "분")
_add_units("hours", "duration", "hours", "hour", "hrs", "hr", "h", "小时", "時間", "시간")
_add_units("days", "duration", "days", "day", "天", "日", "日間", "일")
_add_units("weeks", "duration", "weeks", "week", "周", "週間", "주")
_add_units("months", "duration", "months", "个月", "か月", "ヶ月", "カ月", "ヵ月", "ケ月", "개월")
_add_units("years", "duration", "years", "year old", "year-old", "years old", "岁", "세")
_add_units("GPU hours", "duration", "gpu hours", "gpu-hours", "gpu-h", "gpu 小时", "gpu·小时")
_add_units("GPU days", "duration", "gpu days", "gpu-days", "gpu 天", "gpu·天")
_add_units("millimetres", "length", "mm", "millimeters", "millimetres", "毫米")
_add_units("centimetres", "length", "cm", "centimeters", "centimetres", "厘米")
_add_units("metres", "length", "meters", "meter", "metres", "metre", "m", "米")
_add_units("kilometres", "length", "km", "kilometers", "kilometres", "公里")
# Spanish: the units a post in Spanish writes most ("48 horas", "100 caracteres")
_add_units("hours", "duration", "horas", "hora")
_add_units("days", "duration", "días", "día")
_add_units("weeks", "duration", "semanas", "semana")
_add_units("months", "duration", "meses", "mes")
_add_units("seconds", "duration", "segundos")
_add_units("minutes", "duration", "minutos")
_add_units("characters", "count", "caracteres")
_add_units("parameters", "params", "parámetros")
_add_units("participants", "count", "participantes")
_add_units("metres", "length", "metros")
# epochs and steps in Spanish, Portuguese, Italian, German and French
_add_units("epochs", "count", "épocas", "época", "epoche", "epochen", "époques")
_add_units("steps", "count", "pasos", "passos", "passi", "schritte")
# Catalan, where it is not written as Spanish is ("12 hores", "3,5 dies", "5,19 segons")
_add_units("hours", "duration", "hores")
_add_units("days", "duration", "dies", "dia")
_add_units("weeks", "duration", "setmanes", "setmana")
_add_units("months", "duration", "mesos")
_add_units("minutes", "duration", "minuts")
_add_units("seconds", "duration", "segons")
_add_units("years", "duration", "anys")
_add_units("parameters", "params", "paràmetres")
_add_units("samples", "count", "parells de frases", "parells", "frases", "imatges", "exemples")
_add_units("lines", "count", "línies")
_add_units("citations", "count", "citacions")
_add_units("layers", "count", "capes")
# Galician, where it is not written as Spanish, Portuguese or Catalan is ("50 imaxes", "24 persoas")
_add_units("samples", "count", "pares de frases", "imaxes", "imaxe", "exemplos", "mostras")
_add_units("lines", "count", "liñas")
_add_units("papers", "count", "artigos")
_add_units("citations", "count", "citas")
_add_units("layers", "count", "capas")
_add_units("participants", "count", "persoas")
# French, likewise ("48 heures", "1 474 560 paramètres")
_add_units("hours", "duration", "heures", "heure")
_add_units("days", "duration", "jours", "jour")
_add_units("weeks", "duration", "semaines")
_add_units("months", "duration", "mois")
_add_units("seconds", "duration", "secondes", "seconde")
_add_units("characters", "count", "caractères")
_add_units("parameters", "params", "paramètres")
_add_units("metres", "length", "mètres", "mètre")
_add_units("samples", "count", "paires", "phrases")
_add_units("lines", "count", "lignes")
_add_units("papers", "count", "papiers")
# Portuguese, where it is not written as Spanish is ("2 dias", "35 anos", "337.920 parâmetros")
_add_units("days", "duration", "dias")
_add_units("years", "duration", "anos")
_add_units("parameters", "params", "parâmetros")
_add_units("lines", "count", "linhas")
_add_units("citations", "count", "citações")
_add_units("%", "percent", "por cento")
# German, likewise ("121,7 Stunden", "24 Teilnehmende")
_add_units("hours", "duration", "stunden", "stunde")
_add_units("days", "duration", "tage", "tagen", "tag")
_add_units("weeks", "duration", "wochen", "woche")
_add_units("months", "duration", "monate", "monaten", "monat")
_add_units("minutes", "duration", "minuten")
_add_units("seconds", "duration", "sekunden")
_add_units("years", "duration", "jahre", "jahren")
_add_units("participants", "count", "teilnehmende", "teilnehmenden", "teilnehmer")
_add_units("lines", "count", "zeilen")
_add_units("%", "percent", "prozent")
# Italian, likewise ("3,5 ore", "11 miliardi di parametri", "50 immagini")
_add_units("hours", "duration", "ore")
_add_units("days", "duration", "giorni", "giorno")
_add_units("weeks", "duration", "settimane", "settimana")
_add_units("months", "duration", "mesi")
_add_units("minutes", "duration", "minuti")
_add_units("seconds", "duration", "secondi")
_add_units("years", "duration", "anni")
_add_units("parameters", "params", "parametri")
_add_units("participants", "count", "partecipanti")
_add_units("samples", "count", "immagini", "esempi", "campioni", "coppie", "frasi")
_add_units("lines", "count", "righe")
_add_units("citations", "count", "citazioni")
_add_units("papers", "count", "articoli")
# Dutch, likewise ("12 uur", "8.000 stappen", "51.697 opnames")
_add_units("hours", "duration", "uur", "uren")
_add_units("days", "duration", "dagen", "dag")
_add_units("weeks", "duration", "weken")
_add_units("months", "duration", "maanden", "maand")
_add_units("seconds", "duration", "seconden")
_add_units("years", "duration", "jaar")
_add_units("steps", "count", "stappen")
_add_units("participants", "count", "deelnemers")
_add_units("samples", "count", "voorbeelden", "paren", "zinnen", "afbeeldingen")
_add_units("papers", "count", "artikelen")
_add_units("lines", "count", "regels")
# Afrikaans, likewise ("12 uur" as Dutch, "100 000 stappe", "50 beelde", "211 dae")
_add_units("days", "duration", "dae")
_add_units("weeks", "duration", "weke")
_add_units("months", "duration", "maande")
_add_units("seconds", "duration", "sekondes")
_add_units("GPU hours", "duration", "gpu-uur", "gpu-ure")
_add_units("steps", "count", "stappe", "iterasies")
_add_units("samples", "count", "sinpare", "pare", "beelde", "voorbeelde", "training-pare")
_add_units("papers", "count", "artikels")
# Malagasy after the number ("3,5 ora", 3.5 hours; "40 000 segondra"), though it names a count's
# noun before it more often: see _MALAGASY_UNITS
_add_units("hours", "duration", "ora")
_add_units("days", "duration", "andro")
_add_units("weeks", "duration", "herinandro")
_add_units("months", "duration", "volana")
_add_units("years", "duration", "taona")
_add_units("minutes", "duration", "minitra")
_add_units("seconds", "duration", "segondra")
_add_units("steps", "count", "dingana")
_add_units("samples", "count", "sary", "fehezanteny")
# Swahili names a number's noun, and its magnitude, before it ("saa 12" is 12 hours, "hatua elfu
# 100" 100 thousand steps, "vigezo milioni 355" 355 million parameters): read by
# _SWAHILI_BEFORE, not after the number as the units above are
_SWAHILI_UNITS = {
    **dict.fromkeys(("saa", "masaa"), ("hours", "duration")),
    "siku": ("days", "duration"),
    "wiki": ("weeks", "duration"),
    **dict.fromkeys(("miezi", "mwezi"), ("months", "duration")),
    **dict.fromkeys(("miaka", "mwaka"), ("years", "duration")),
    "dakika": ("minutes", "duration"),
    "sekunde": ("seconds", "duration"),
    "gpu-saa": ("GPU hours", "duration"),
    "hatua": ("steps", "count"),
    "vigezo": ("parameters", "params"),
    **dict.fromkeys(("picha", "sentensi", "jozi", "mifano"), ("samples", "count")),
    "washiriki": ("participants", "count"),
    "hospitali": ("hospitals", "count"),
}
_SWAHILI_MAGNITUDES = {"elfu": 3, "milioni": 6, "bilioni": 9, "trilioni": 12}
# Hausa likewise ("awa 12", 12 hours; "matakai 100K", 100K steps; "sentence pairs miliyan 4.5",
# 4.5 million sentence pairs), with its hooked letters and the apostrophe of "sa'o'i" (hours)
_HAUSA_UNITS = {
    **dict.fromkeys(
        ("awa", "awoyi", "awowi", "sa'a", "sa'o'i", "sa’a", "sa’o’i"), ("hours", "duration")
    ),
    **dict.fromkeys(("kwana", "kwanaki"), ("days", "duration")),
    **dict.fromkeys(("mako", "makonni"), ("weeks", "duration")),
    "watanni": ("months", "duration"),
    **dict.fromkeys(("shekara", "shekaru"), ("years", "duration")),
    **dict.fromkeys(("minti", "mintuna"), ("minutes", "duration")),
    **dict.fromkeys(("daƙiƙa", "daƙiƙu", "sakan", "sakanni"), ("seconds", "duration")),
    **dict.fromkeys(("gpu-awa", "gpu-awoyi"), ("GPU hours", "duration")),
    **dict.fromkeys(("mataki", "matakai"), ("steps", "count")),
    **dict.fromkeys(
        ("hoto", "hotuna", "hotunan", "hotunan horo", "hotunan gwaji", "jimloli"),
        ("samples", "count"),
    ),
}
_HAUSA_MAGNITUDES = {"dubu": 3, "miliyan": 6, "biliyan": 9, "tiriliyan": 12}
# Malagasy names a count's noun before it ("sary 1200", 1200 images; "dingana 300K"; "ora roa
# ambin'ny folo", twelve hours); not "ora 12" in digits, Italian's "now" and a Romanian clock time
_MALAGASY_UNITS = {
    "andro": ("days", "duration"),
    "herinandro": ("weeks", "duration"),
    "volana": ("months", "duration"),
    "taona": ("years", "duration"),
    "minitra": ("minutes", "duration"),
    "segondra": ("seconds", "duration"),
    "dingana": ("steps", "count"),
    **dict.fromkeys(("sary", "fehezanteny"), ("samples", "count")),
}


_T = TypeVar("_T")


def both_forms(*words: str) -> tuple[str, ...]:
    """Each word in composed and in decomposed characters: a Yoruba "ẹ́" is typed as "ẹ" and a
    combining acute, or as "e" and two combining marks, and a pattern matches only one."""
    forms = (unicodedata.normalize(form, word) for word in words for form in ("NFC", "NFD"))
    return tuple(dict.fromkeys(forms))


def any_form(*words: str) -> str:
    """A pattern's alternatives: the words in either form (see ``both_forms``)."""
    return "|".join(both_forms(*words))


def _both_keys(table: dict[str, _T]) -> dict[str, _T]:
    return {form: value for word, value in table.items() for form in both_forms(word)}


# Yoruba likewise ("wákàtí 122", 122 hours; "mílíọ̀nù 4.5", 4.5 million), its tone marks
# composed or combining; and after the number too ("0.4 ìṣẹ́jú", "800 àwòrán"), see below
_YORUBA_UNITS = {
    "wákàtí": ("hours", "duration"),
    "ọjọ́": ("days", "duration"),
    "ọ̀sẹ̀": ("weeks", "duration"),
    "oṣù": ("months", "duration"),
    "ọdún": ("years", "duration"),
    "ìṣẹ́jú": ("minutes", "duration"),
    # "ìṣẹ́jú-àáyá" (a minute's sliver) is a second
    **dict.fromkeys(("ìṣẹ́jú-àáyá", "ìṣẹ́jú àáyá", "àáyá"), ("seconds", "duration")),
    "ìgbésẹ̀": ("steps", "count"),
    **dict.fromkeys(("àwòrán", "gbólóhùn"), ("samples", "count")),
}
_YORUBA_MAGNITUDES = {"ẹgbẹ̀rún": 3, "mílíọ̀nù": 6, "mílíọ́nù": 6, "bílíọ̀nù": 9, "bílíọ́nù": 9}
# the languages that name a number's noun and magnitude before it, read by _NOUN_FIRST
_FIRST_UNITS = {
    **_SWAHILI_UNITS,
    **_HAUSA_UNITS,
    **_MALAGASY_UNITS,
    **_both_keys(_YORUBA_UNITS),
}
_FIRST_MAGNITUDES = {**_SWAHILI_MAGNITUDES, **_HAUSA_MAGNITUDES, **_both_keys(_YORUBA_MAGNITUDES)}
for _word, (_unit, _kind) in _YORUBA_UNITS.items():
    if " " not in _word:
        _add_units(_unit, _kind, *both_forms(_word))
# Sinhala likewise names its magnitude before the number ("parameters මිලියන 65", 65 million
# parameters; "වාක්‍ය යුගල මිලියන 4.5"), read by _SINHALA_BEFORE
_SINHALA_MAGNITUDES = {"දහස්": 3, "ලක්ෂ": 5, "මිලියන": 6, "බිලියන": 9, "ට්‍රිලියන": 12}
# Welsh, in the mutated forms a count and "o" (of) give its words ("36 miliwn o frawddegau",
# "1200 o ddelweddau", "213 miliwn o baramedrau", "12 cyfranogwr", "3.5 awr", "40 munud")
_add_units("hours", "duration", "awr", "oriau")
_add_units("days", "duration", "diwrnod", "diwrnodau", "ddiwrnod", "ddiwrnodau", "niwrnod")
_add_units("weeks", "duration", "wythnos", "wythnosau")
_add_units("months", "duration", "mis", "misoedd", "fis", "fisoedd")
_add_units("minutes", "duration", "munud", "munudau", "funud", "funudau")
_add_units("seconds", "duration", "eiliad", "eiliadau")
_add_units("years", "duration", "blynedd", "mlynedd", "flynedd", "blwyddyn", "blynyddoedd")
_add_units("steps", "count", "cam", "camau", "gam", "gamau", "cham", "chamau", "iteriadau")
_add_units("samples", "count", "brawddeg", "brawddegau", "frawddeg", "frawddegau")
_add_units("samples", "count", "parau brawddegau", "barau brawddegau", "pharau brawddegau")
_add_units("samples", "count", "parau", "barau", "pharau", "delwedd", "delweddau")
_add_units("samples", "count", "ddelwedd", "ddelweddau", "enghraifft", "enghreifftiau")
_add_units("parameters", "params", "paramedr", "paramedrau", "baramedr", "baramedrau")
_add_units("parameters", "params", "pharamedrau", "mharamedrau")
_add_units("tokens", "count", "tocyn", "tocynnau", "docyn", "docynnau", "thocynnau")
_add_units("participants", "count", "cyfranogwr", "cyfranogwyr", "gyfranogwyr", "chyfranogwyr")
_add_units("participants", "count", "defnyddiwr", "defnyddwyr", "ddefnyddwyr")
_add_units("layers", "count", "haen", "haenau")
_add_units("epochs", "count", "epoc", "epocau")
_add_units("papers", "count", "papur", "papurau", "bapur", "bapurau", "phapur", "phapurau")
_add_units("citations", "count", "dyfyniad", "dyfyniadau", "ddyfyniadau")
_add_units("words", "count", "gair", "geiriau", "air", "eiriau")
_add_units("lines", "count", "llinell", "llinellau", "linell", "linellau")
# Irish, in the forms a number gives its noun: lenited after two to six ("sé shraith"), eclipsed
# after seven to ten ("seacht n-uaire an chloig", "ocht gcéim"), "h" before a vowel ("trí
# huaire an chloig"), and the singular after digits ("12 uair an chloig", "100K céim")
_add_units("hours", "duration", "uair an chloig", "huaire an chloig", "n-uaire an chloig")
_add_units("hours", "duration", "uaire an chloig", "uair chloig", "n-uair an chloig")
_add_units("days", "duration", "lá", "lae", "laethanta")
_add_units("GPU days", "duration", "lá-gpu", "lá gpu")
_add_units("weeks", "duration", "seachtain", "sheachtain", "seachtaine", "seachtainí")
_add_units("months", "duration", "mí", "mhí", "míonna", "mhíonna")
_add_units("years", "duration", "bliain", "bhliain", "bliana", "mbliana", "blianta")
_add_units("minutes", "duration", "nóiméad", "nóiméid", "nóiméaid")
_add_units("seconds", "duration", "soicind", "shoicind", "soicindí")
_add_units("steps", "count", "céim", "chéim", "gcéim", "céimeanna", "chéimeanna", "gcéimeanna")
_add_units("samples", "count", "péire abairtí", "phéire abairtí", "bpéire abairtí", "péirí")
_add_units("samples", "count", "abairt", "abairtí", "n-abairt", "íomhá", "n-íomhá", "híomhá")
_add_units("samples", "count", "íomhánna", "sampla", "shampla", "samplaí", "shamplaí")
_add_units("parameters", "params", "paraiméadar", "pharaiméadar", "bparaiméadar")
_add_units("parameters", "params", "paraiméadair", "pharaiméadair")
_add_units("layers", "count", "sraith", "shraith", "sraitheanna", "shraitheanna")
_add_units("papers", "count", "páipéar", "pháipéar", "bpáipéar", "páipéir", "pháipéir")
_add_units("hospitals", "count", "ospidéal", "n-ospidéal", "hospidéal", "ospidéil")
_add_units("participants", "count", "rannpháirtí", "rannpháirtithe")
_add_units("epochs", "count", "eipic", "n-eipic", "heipic")
_add_units("words", "count", "focal", "fhocal", "bhfocal", "focail")
_add_units("lines", "count", "líne", "líne cóid", "línte", "línte cóid")
_add_units("%", "percent", "faoin gcéad", "faoin chéad", "sa chéad")
# Turkish, with the endings the posts give them ("12 saat", "121 gündür", "12 katılımcılı")
_add_units("hours", "duration", "saat", "saatlik")
_add_units("days", "duration", "gün", "gündür", "günlük")
_add_units("weeks", "duration", "hafta", "haftalık")
_add_units("minutes", "duration", "dakika", "dakikalık")
_add_units("seconds", "duration", "saniye")
_add_units("years", "duration", "yıl", "yıllık")
_add_units("parameters", "params", "parametre", "parametresi")
_add_units("steps", "count", "adım")
_add_units("participants", "count", "katılımcı", "katılımcılı")
_add_units("papers", "count", "makale", "makalelik")
_add_units("samples", "count", "örnek", "cümle çifti", "görüntü")
_add_units("lines", "count", "satır")
# Azerbaijani, with the endings the posts give them ("122 saatdır", "550 cütdür", "50 şəkil")
_add_units("hours", "duration", "saatdır", "saata", "saatlıq", "saatda")
_add_units("days", "duration", "günə", "gündə", "gündən")
_add_units("weeks", "duration", "həftə", "həftəlik", "həftədir")
_add_units("months", "duration", "ay", "aylıq", "aydır")
_add_units("minutes", "duration", "dəqiqə", "dəqiqəlik", "dəqiqədir")
_add_units("seconds", "duration", "saniyə", "saniyəlik")
_add_units("years", "duration", "ildir", "illik")
_add_units("parameters", "params", "parametrdir", "parametrlik")
_add_units("steps", "count", "addım", "addımdır", "addımlıq")
_add_units("samples", "count", "cüt", "cütdür", "cütlük", "cümlə", "cümlə cütü", "şəkil")
_add_units("samples", "count", "şəkildir", "şəkillik", "nümunə", "nümunədir")
_add_units("participants", "count", "iştirakçı", "iştirakçılı", "nəfər", "nəfərə", "nəfərdir")
_add_units("papers", "count", "məqalə", "məqaləlik")
_add_units("lines", "count", "sətir", "sətirlik")
_add_units("words", "count", "söz", "sözdür", "sözlük")
_add_units("epochs", "count", "epoxa", "epoxadır")
_add_units("layers", "count", "qatlı", "laylı")
# the nouns after which "min" is Azerbaijani's thousand ("100 min addım"), not minutes
_AZERBAIJANI_COUNTED = "|".join(
    ("addım", "cüt", "cümlə", "şəkil", "nümunə", "nəfər", "iştirakçı", "parametr", "token")
    + ("məqalə", "sətir", "söz", "epoxa", "istifadəçi", "xəstə", "qəbul", "sənəd")
)
# Hinglish ("12 ghante mein", "3.5 din")
_add_units("hours", "duration", "ghante", "ghanta")
_add_units("days", "duration", "din")
# Vietnamese ("12 giờ", "100.000 bước", "65 triệu tham số", "51.697 lượt nhập viện")
_add_units("hours", "duration", "giờ", "tiếng")
_add_units("days", "duration", "ngày")
_add_units("weeks", "duration", "tuần")
_add_units("months", "duration", "tháng")
_add_units("minutes", "duration", "phút")
_add_units("seconds", "duration", "giây")
_add_units("steps", "count", "bước")
_add_units("parameters", "params", "tham số")
_add_units("participants", "count", "người tham gia")
_add_units("samples", "count", "cặp câu", "câu", "ảnh", "hình ảnh", "ví dụ", "mẫu")
_add_units("lines", "count", "dòng")
_add_units("papers", "count", "bài báo")
# Indonesian ("6 jam", "100.000 langkah", "4,5 juta pasang kalimat", "50 gambar")
_add_units("hours", "duration", "jam")
_add_units("days", "duration", "hari")
_add_units("weeks", "duration", "minggu")
_add_units("months", "duration", "bulan")
_add_units("minutes", "duration", "menit")
_add_units("seconds", "duration", "detik")
_add_units("years", "duration", "tahun")
_add_units("steps", "count", "langkah")
_add_units("participants", "count", "peserta", "partisipan")
_add_units("samples", "count", "pasang kalimat", "kalimat", "gambar", "contoh", "sampel")
_add_units("lines", "count", "baris")
_add_units("papers", "count", "makalah")
_add_units("layers", "count", "lapisan")
# Somali, in the forms a count gives its noun after it ("12 saacadood", 12 hours; "18 bilood",
# 18 months; "50 sawir", 50 images; "25000 jumladood", 25000 sentences)
_add_units("hours", "duration", "saacadood", "saacad")
_add_units("days", "duration", "maalmood", "maalin")
_add_units("weeks", "duration", "toddobaad", "todobaad", "toddobaadyo")
_add_units("months", "duration", "bilood")
_add_units("minutes", "duration", "daqiiqo", "daqiiqadood")
_add_units("seconds", "duration", "ilbiriqsi", "ilbiriqsiyo")
_add_units("years", "duration", "sannadood", "sanadood", "sano")
_add_units("GPU hours", "duration", "gpu-saacadood", "gpu-saacad")
_add_units("steps", "count", "tallaabo", "tallaabooyin")
_add_units("samples", "count", "jumladood", "jumlo", "sawir", "sawirro", "tusaalooyin")
_add_units("layers", "count", "lakab", "lakabyo")
# the nouns after which "kun" is Somali's thousand ("100 kun tallaabo"), not Uzbek's day
_SOMALI_COUNTED = "|".join(
    ("tallaabo", "tallaabooyin", "jumladood", "jumlo", "sawir", "sawirro", "qof", "qofood")
    + ("dad", "tokens", "parameters", "sentence", "steps", "images", "samples", "words")
)
# Arabic, in the forms a count takes ("3.5 ساعة", "100 ألف خطوة", "200 مليون بارامتر")
_add_units("hours", "duration", "ساعة", "ساعات")
_add_units("days", "duration", "يوم", "أيام", "يومًا", "يوما")
_add_units("weeks", "duration", "أسبوع", "أسابيع", "أسبوعًا")
_add_units("months", "duration", "شهر", "أشهر", "شهور", "شهرًا")
_add_units("minutes", "duration", "دقيقة", "دقائق")
_add_units("seconds", "duration", "ثانية", "ثوان", "ثوانٍ")
_add_units("years", "duration", "سنة", "سنوات", "عامًا")
_add_units("steps", "count", "خطوة", "خطوات")
_add_units("parameters", "params", "بارامتر", "بارامترات", "معامل", "معاملات", "معلمة", "معلمات")
_add_units("tokens", "count", "رمز", "رموز", "توكن")
_add_units("epochs", "count", "حقبة", "حقب")
_add_units("samples", "count", "مثال", "أمثلة", "صورة", "صور", "زوج", "أزواج", "جملة", "جمل")
_add_units("participants", "count", "مشارك", "مشاركًا", "مشاركين", "مشاركون")
_add_units("layers", "count", "طبقة", "طبقات")
_add_units("lines", "count", "سطر", "أسطر")
_add_units("papers", "count", "ورقة", "أوراق")
_add_units("USD", "money", "دولار", "دولارًا", "دولارات")
# Polish, in the forms a count takes ("3,5 dnia", "300 tys. kroków", "24 uczestników")
_add_units("hours", "duration", "godzin", "godziny", "godzina", "godzinę", "godz.")
_add_units("days", "duration", "dni", "dnia", "dzień", "doby")
_add_units("weeks", "duration", "tygodni", "tygodnie", "tydzień", "tygodnia")
_add_units("months", "duration", "miesięcy", "miesiące", "miesiąc", "miesiąca")
_add_units("minutes", "duration", "minut", "minuty", "minutę")
_add_units("seconds", "duration", "sekund", "sekundy", "sekundę")
_add_units("years", "duration", "lat", "lata")
_add_units("steps", "count", "kroków", "kroki", "kroku", "iteracji")
_add_units("parameters", "params", "parametrów", "parametry")
_add_units("tokens", "count", "tokenów", "tokeny")
_add_units("samples", "count", "par zdań", "zdań", "obrazów", "obrazy", "zdjęć", "przykładów")
_add_units("participants", "count", "uczestników", "uczestnicy", "uczestnika")
_add_units("epochs", "count", "epok", "epoki")
_add_units("layers", "count", "warstw", "warstwy")
_add_units("papers", "count", "artykułów", "artykuły")
_add_units("USD", "money", "dolarów", "dolary", "dolara")
# Swedish ("12 timmar", "3,5 dagar", "100 000 steg", "4,5 miljoner meningspar")
_add_units("hours", "duration", "timmar", "timme", "timmarna")
_add_units("days", "duration", "dagar", "dygn", "dagarna")
_add_units("weeks", "duration", "veckor", "vecka", "veckorna")
_add_units("months", "duration", "månader", "månad")
_add_units("minutes", "duration", "minuter")
_add_units("seconds", "duration", "sekunder")
_add_units("milliseconds", "duration", "millisekunder")
_add_units("years", "duration", "år")
_add_units("steps", "count", "steg", "stegen", "träningssteg", "iterationer")
_add_units("parameters", "params", "parametrar", "parametrarna")
_add_units("samples", "count", "meningspar", "träningspar", "par", "bilder", "exempel", "meningar")
_add_units("participants", "count", "deltagare", "deltagarna", "personer", "användare")
_add_units("epochs", "count", "epoker")
_add_units("layers", "count", "lager")
_add_units("papers", "count", "papper", "artiklar")
_add_units("citations", "count", "citeringar", "citat")
_add_units("lines", "count", "rader")
_add_units("USD", "money", "dollar")
# Norwegian ("12 timer", "3,5 dager", "100 000 trinn", "4,5 millioner setningspar")
_add_units("hours", "duration", "timer", "timene")
_add_units("days", "duration", "dager", "døgn", "dagene")
_add_units("weeks", "duration", "uker", "uke")
_add_units("months", "duration", "måneder", "måned")
_add_units("minutes", "duration", "minutter")
_add_units("steps", "count", "trinn", "treningstrinn")
_add_units("parameters", "params", "parametere", "parameterne")
_add_units("samples", "count", "setningspar", "treningspar", "eksempler", "setninger")
_add_units("participants", "count", "deltakere", "deltakerne")
_add_units("layers", "count", "lag")
_add_units("papers", "count", "artikler")
_add_units("lines", "count", "linjer")
# Danish, beyond the Norwegian ("100.000 skridt", "3,5 dage", "51.697 indlæggelser")
_add_units("days", "duration", "dage")
_add_units("minutes", "duration", "minutters")
_add_units("steps", "count", "skridt", "trin")
_add_units("parameters", "params", "parametrene")
_add_units("samples", "count", "sætningspar", "sætninger", "billeder")
_add_units("participants", "count", "deltagere", "deltagerne")
# Hungarian, with the case endings a count takes ("12 órán át", "3,5 napig", "100 000 lépésen")
_add_units("hours", "duration", "óra", "órán", "órát", "órával", "órája", "óráig", "órás")
_add_units("days", "duration", "nap", "napig", "nappal", "napot", "napja", "napos")
_add_units("weeks", "duration", "hét", "hétig", "hetet", "héttel", "hetes")
_add_units("months", "duration", "hónap", "hónapot", "hónapig", "hónappal", "hónapos")
_add_units("minutes", "duration", "perc", "percet", "percig", "perccel", "perces")
_add_units("seconds", "duration", "másodperc", "másodpercet", "másodpercig")
_add_units("years", "duration", "év", "évet", "éves")
_add_units("steps", "count", "lépés", "lépésen", "lépést", "lépésig", "lépésből")
_add_units("parameters", "params", "paraméter", "paraméterek", "paramétert", "paraméterrel")
_add_units("tokens", "count", "tokent", "tokenből")
_add_units("samples", "count", "mondatpár", "mondatpárt", "mondatpárból", "kép", "képet", "képből")
_add_units("participants", "count", "résztvevő", "résztvevőt", "résztvevővel")
_add_units("layers", "count", "réteg", "réteget", "rétegű")
_add_units("papers", "count", "cikk", "cikket", "cikkből")
_add_units("lines", "count", "sor", "sorból")
_add_units("citations", "count", "hivatkozás", "hivatkozást")
# Greek ("12 ώρες", "3,5 ημέρες", "100.000 βήματα", "4,5 εκατομμύρια ζεύγη προτάσεων")
_add_units("hours", "duration", "ώρες", "ώρα", "ωρών")
_add_units("days", "duration", "ημέρες", "μέρες", "ημέρα", "μέρα", "ημερών")
_add_units("weeks", "duration", "εβδομάδες", "εβδομάδα")
_add_units("months", "duration", "μήνες", "μήνα")
_add_units("minutes", "duration", "λεπτά", "λεπτό")
_add_units("seconds", "duration", "δευτερόλεπτα", "δευτερόλεπτο")
_add_units("years", "duration", "χρόνια", "έτη", "ετών")
_add_units("steps", "count", "βήματα", "βήμα", "βημάτων")
_add_units("parameters", "params", "παράμετροι", "παραμέτρους", "παραμέτρων")
_add_units("samples", "count", "ζεύγη", "προτάσεις", "προτάσεων", "εικόνες", "εικόνων")
_add_units("participants", "count", "συμμετέχοντες", "συμμετέχοντα")
_add_units("layers", "count", "επίπεδα")
_add_units("epochs", "count", "εποχές")
# Persian ("12 ساعت", "۳٫۵ روز", "۱۰۰ هزار گام", "۴٫۵ میلیون جفت‌جمله", "۵۰ تصویر")
_add_units("hours", "duration", "ساعت")
_add_units("days", "duration", "روز")
_add_units("weeks", "duration", "هفته")
_add_units("months", "duration", "ماه")
_add_units("minutes", "duration", "دقیقه")
_add_units("seconds", "duration", "ثانیه")
_add_units("years", "duration", "سال")
_add_units("steps", "count", "گام", "مرحله")
_add_units("parameters", "params", "پارامتر")
_add_units("tokens", "count", "توکن")
_add_units("samples", "count", "جفت‌جمله", "جفت جمله", "جفت", "تصویر", "نمونه", "جمله")
_add_units("participants", "count", "شرکت‌کننده", "شرکت کننده", "نفر")
_add_units("layers", "count", "لایه")
_add_units("papers", "count", "مقاله")
_add_units("epochs", "count", "ایپاک")
_add_units("USD", "money", "دلار")
_add_units("%", "percent", "procent")
# Georgian, by the stem its case endings join ("12 საათი", "121.7 საათია", "10 წამიანი",
# "4000 ბიჯის", "18 თვეა"); a count takes the singular, and a stem that changes ("წელი",
# "წლის") is there in each form
_add_units("hours", "duration", "საათ")
_add_units("minutes", "duration", "წუთ")
_add_units("seconds", "duration", "წამ")
_add_units("days", "duration", "დღე", "დღის", "დღით", "დღიან")
_add_units("weeks", "duration", "კვირ")
_add_units("months", "duration", "თვე", "თვის", "თვიან")
_add_units("years", "duration", "წელ", "წლ")
_add_units("steps", "count", "ბიჯ", "ნაბიჯ", "იტერაცი")
_add_units("epochs", "count", "ეპოქ")
_add_units("parameters", "params", "პარამეტრ")
_add_units("tokens", "count", "ტოკენ")
_add_units("samples", "count", "სურათ", "გამოსახულებ", "მაგალით", "ნიმუშ", "წინადადებ", "წყვილ")
_add_units("participants", "count", "მონაწილ", "რესპონდენტ")
_add_units("layers", "count", "ფენ")
_add_units("papers", "count", "სტატი", "ნაშრომ")
_add_units("dimensions", "count", "განზომილებ")
_add_units("USD", "money", "დოლარ")
# Armenian, by the stem its endings join ("12 ժամ", "18 ամսվա", "50 նկարից", "3.5 օրում"); a
# count takes the singular, and a stem that changes ("ամիս", "ամսվա") is there in each form
_add_units("hours", "duration", "ժամ")
_add_units("minutes", "duration", "րոպե")
_add_units("seconds", "duration", "վայրկյան")
_add_units("days", "duration", "օր")
_add_units("weeks", "duration", "շաբաթ")
_add_units("months", "duration", "ամիս", "ամս")
_add_units("years", "duration", "տարի", "տար")
_add_units("steps", "count", "քայլ", "իտերացիա")
_add_units("epochs", "count", "էպոխա", "էպոք")
_add_units("parameters", "params", "պարամետր")
_add_units("tokens", "count", "թոքեն", "տոկեն")
_add_units(
    "samples", "count", "նկար", "պատկեր", "օրինակ", "նմուշ", "նախադասություն", "նախադասության",
    "զույգ",
)  # fmt: skip
_add_units("participants", "count", "մասնակից", "մասնակց", "հարցվող")
_add_units("layers", "count", "շերտ")
_add_units("papers", "count", "հոդված")
_add_units("USD", "money", "դոլար")
# Amharic, singular and plural ("12 ሰዓት", "3.5 ቀናት", "18 ወራትን"), its object "-ን" or "also"
# "-ም" after it
_add_units("hours", "duration", "ሰዓት", "ሰዓታት")
_add_units("minutes", "duration", "ደቂቃ", "ደቂቃዎች")
_add_units("seconds", "duration", "ሰከንድ", "ሰከንዶች")
_add_units("days", "duration", "ቀን", "ቀናት")
_add_units("weeks", "duration", "ሳምንት", "ሳምንታት")
_add_units("months", "duration", "ወር", "ወራት")
_add_units("years", "duration", "ዓመት", "ዓመታት", "አመት", "አመታት")
_add_units("participants", "count", "ተሳታፊ", "ተሳታፊዎች")
_add_units("words", "count", "ቃላት", "ቃል")  # "17 ሚሊዮን ቃላት" (words), not sentences
_add_units("USD", "money", "ዶላር")
# Urdu ("12 گھنٹے", "۱۸ مہینوں", "8000 سٹیپس", "1200 تصاویر")
_add_units("hours", "duration", "گھنٹے", "گھنٹوں", "گھنٹہ")
_add_units("days", "duration", "دن", "دنوں")
_add_units("weeks", "duration", "ہفتے", "ہفتوں")
_add_units("months", "duration", "مہینے", "مہینوں", "مہینہ")
_add_units("minutes", "duration", "منٹ")
_add_units("seconds", "duration", "سیکنڈ")
_add_units("steps", "count", "سٹیپس", "اسٹیپس", "سٹیپ", "قدم")
_add_units("parameters", "params", "پیرامیٹرز", "پیرامیٹر")
_add_units("tokens", "count", "ٹوکنز", "ٹوکن")
_add_units("samples", "count", "تصاویر", "جملے", "جوڑے", "مثالیں")
_add_units("participants", "count", "شرکاء")
_add_units("layers", "count", "لیئرز", "تہیں")
# Hindi ("12 घंटे", "1 लाख स्टेप", "50 चित्र", "12 प्रतिभागियों")
_add_units("hours", "duration", "घंटे", "घंटा", "घंटों")
_add_units("days", "duration", "दिन", "दिनों")
_add_units("weeks", "duration", "हफ़्ते", "हफ्ते", "सप्ताह")
_add_units("months", "duration", "महीने", "महीना", "महीनों")
_add_units("years", "duration", "साल", "वर्ष")
_add_units("minutes", "duration", "मिनट")
_add_units("seconds", "duration", "सेकंड")
_add_units("steps", "count", "स्टेप", "स्टेप्स")
_add_units("parameters", "params", "पैरामीटर", "पैरामीटरों")
_add_units("tokens", "count", "टोकन")
_add_units("epochs", "count", "एपॉक", "एपॉक्स")
_add_units("layers", "count", "लेयर", "परतें")
_add_units("participants", "count", "प्रतिभागी", "प्रतिभागियों")
_add_units("samples", "count", "वाक्य-जोड़े", "वाक्य-जोड़ों", "वाक्य")
_add_units("samples", "count", "चित्र", "चित्रों", "तस्वीरें", "इमेज", "उदाहरण")
_add_units("USD", "money", "डॉलर")
# Marathi, with the case endings it joins to a unit ("12 तासांत", "12 तासांपर्यंतचा")
_add_units("hours", "duration", "तास", "तासांत", "तासांचा", "तासांची", "तासांचे", "तासांनी")
_add_units("hours", "duration", "तासांपर्यंत", "तासांपर्यंतचा")
_add_units("days", "duration", "दिवस", "दिवसांत", "दिवसांचा")
_add_units("weeks", "duration", "आठवडे", "आठवड्यांत")
_add_units("months", "duration", "महिने", "महिन्यांत", "महिन्यांचा")
_add_units("years", "duration", "वर्षे", "वर्षं")
_add_units("minutes", "duration", "मिनिटे", "मिनिटं", "मिनिटांत")
_add_units("seconds", "duration", "सेकंद", "सेकंदात")
_add_units("samples", "count", "वाक्ये", "वाक्यजोड्या", "प्रतिमा", "चित्रे")
_add_units("participants", "count", "सहभागी")
# Nepali, with the case endings it joins to a unit ("12 घण्टामा", "3 दिनमा")
_add_units("hours", "duration", "घण्टा", "घण्टामा", "घण्टाको", "घन्टा", "घन्टामा")
_add_units("days", "duration", "दिनमा", "दिनको")
_add_units("weeks", "duration", "हप्ता", "हप्तामा")
_add_units("months", "duration", "महिना", "महिनामा")
_add_units("minutes", "duration", "मिनेट", "मिनेटमा")
_add_units("seconds", "duration", "सेकेन्ड", "सेकेन्डमा")
_add_units("samples", "count", "वाक्यहरू", "तस्बिर", "तस्बिरहरू")
# Bengali, with the case endings a unit takes ("৬ ঘণ্টায়", "৩৭০০০ টোকেনের")
_add_units("hours", "duration", "ঘণ্টা", "ঘণ্টায়", "ঘণ্টার", "ঘন্টা", "ঘন্টায়", "ঘন্টার")
_add_units("days", "duration", "দিন", "দিনে", "দিনের")
_add_units("weeks", "duration", "সপ্তাহ", "সপ্তাহে", "সপ্তাহের")
_add_units("months", "duration", "মাস", "মাসে", "মাসের")
_add_units("years", "duration", "বছর", "বছরে", "বছরের")
_add_units("minutes", "duration", "মিনিট", "মিনিটে", "মিনিটের")
_add_units("seconds", "duration", "সেকেন্ড", "সেকেন্ডে", "সেকেন্ডের")
_add_units("steps", "count", "স্টেপ", "স্টেপে", "স্টেপের", "ধাপ", "ধাপে", "ধাপের")
_add_units("parameters", "params", "প্যারামিটার", "প্যারামিটারের")
_add_units("tokens", "count", "টোকেন", "টোকেনের")
_add_units("epochs", "count", "ইপক", "ইপকের")
_add_units("layers", "count", "লেয়ার", "স্তর")
_add_units("participants", "count", "অংশগ্রহণকারী", "অংশগ্রহণকারীর")
_add_units("samples", "count", "ছবি", "ছবির", "বাক্য", "বাক্যের", "উদাহরণ", "ইমেজ")
_add_units("papers", "count", "পেপার", "পেপারের")
_add_units("USD", "money", "ডলার")
# Tamil ("12 மணி நேரம்", "3.5 நாட்கள்", "100,000 படிகள்", "35.5 கோடி அளவுருக்கள்")
_add_units("hours", "duration", "மணி நேரம்", "மணிநேரம்", "மணி நேரத்தில்")
_add_units("days", "duration", "நாட்கள்", "நாள்", "நாட்களில்")
_add_units("weeks", "duration", "வாரம்", "வாரங்கள்")
_add_units("months", "duration", "மாதம்", "மாதங்கள்")
_add_units("years", "duration", "ஆண்டுகள்", "வருடங்கள்")
_add_units("minutes", "duration", "நிமிடம்", "நிமிடங்கள்")
_add_units("seconds", "duration", "வினாடி", "வினாடிகள்")
_add_units("steps", "count", "படிகள்", "படி")
_add_units("parameters", "params", "அளவுருக்கள்", "அளவுரு")
_add_units("samples", "count", "வாக்கியங்கள்", "படங்கள்", "உதாரணங்கள்")
_add_units("participants", "count", "பங்கேற்பாளர்கள்")
_add_units("layers", "count", "அடுக்குகள்")
# Sinhala, whose noun stands before its number ("පැය 12 ක්", 12 hours; "රූප 50", 50 images):
# read by _SINHALA_BEFORE
_add_units("hours", "duration", "පැය")
_add_units("minutes", "duration", "මිනිත්තු", "විනාඩි")
_add_units("seconds", "duration", "තත්පර")
_add_units("days", "duration", "දින", "දවස්")
_add_units("weeks", "duration", "සති")
_add_units("months", "duration", "මාස")
_add_units("years", "duration", "අවුරුදු", "වසර")
_add_units("steps", "count", "පියවර")
_add_units("parameters", "params", "පරාමිති", "පරාමිතීන්")
_add_units("samples", "count", "රූප", "පින්තූර", "වාක්\u200dය", "වාක්\u200dය යුගල", "උදාහරණ")
_add_units("tokens", "count", "ටෝකන")
_add_units("layers", "count", "ස්ථර")
_add_units("participants", "count", "සහභාගිවන්නන්")
_add_units("USD", "money", "ඩොලර්")
# Russian, in the forms a count takes ("3,5 часа", "100 тыс. шагов", "2 203 пары"; not "года",
# which follows a year: "для 2017 года")
_add_units("hours", "duration", "часов", "часа", "час")
_add_units("days", "duration", "дней", "дня", "день")
_add_units("weeks", "duration", "недель", "недели", "неделю", "неделя")
_add_units("months", "duration", "месяцев", "месяца", "месяц")
_add_units("minutes", "duration", "минут", "минуты", "минуту")
_add_units("seconds", "duration", "секунд", "секунды", "секунду")
_add_units("years", "duration", "лет")
_add_units("parameters", "params", "параметров", "параметра", "параметры", "параметр")
_add_units("tokens", "count", "токенов", "токена", "токены", "токен")
_add_units("steps", "count", "шагов", "шага", "шаги", "шаг", "итераций")
_add_units("epochs", "count", "эпох", "эпохи", "эпоха")
_add_units("samples", "count", "пар", "пары", "примеров", "примера", "изображений", "предложений")
_add_units("participants", "count", "участников", "участника", "участники")
_add_units("papers", "count", "статей", "статьи", "статья")
_add_units("citations", "count", "цитирований", "цитирования", "ссылок")
_add_units("lines", "count", "строк", "строки", "строка")
_add_units("layers", "count", "слоёв", "слоев", "слоя", "слой")
_add_units("%", "percent", "процентов", "процента")
# Bulgarian, in the forms a count takes ("122 часа", "3,5 дни", "100 000 стъпки")
_add_units("days", "duration", "дни", "дена", "ден")
_add_units("weeks", "duration", "седмици", "седмица")
_add_units("months", "duration", "месеца", "месеци", "месец")
_add_units("minutes", "duration", "минути", "минута")
_add_units("seconds", "duration", "секунди", "секунда")
_add_units("steps", "count", "стъпки", "стъпка", "итерации")
_add_units("parameters", "params", "параметъра")
_add_units("samples", "count", "двойки изречения", "двойки", "изречения", "снимки")
_add_units("samples", "count", "изображения", "примери")
_add_units("participants", "count", "участници")
_add_units("layers", "count", "слоеве")
_add_units("epochs", "count", "епохи", "епоха")
_add_units("papers", "count", "статии", "статия")
_add_units("lines", "count", "реда")
# Ukrainian, in the forms a count takes ("121,7 години", "12 днів", "51 697 госпіталізацій")
_add_units("hours", "duration", "годин", "години", "годину", "година")
_add_units("days", "duration", "днів", "дні", "доби", "діб")
_add_units("weeks", "duration", "тижнів", "тижні", "тиждень")
_add_units("months", "duration", "місяців", "місяці", "місяць")
_add_units("minutes", "duration", "хвилин", "хвилини", "хвилину")
_add_units("years", "duration", "років", "року", "роки", "рік")
_add_units("steps", "count", "кроків", "кроки", "крок", "ітерацій")
_add_units("parameters", "params", "параметрів", "параметри")
_add_units("tokens", "count", "токенів", "токени")
_add_units("samples", "count", "речень", "зображень", "кадрів", "прикладів")
_add_units("participants", "count", "учасників", "учасники", "дослідників")
_add_units("layers", "count", "шарів", "шари")
_add_units("papers", "count", "статті")
_add_units("lines", "count", "рядків", "рядки")
_add_units("citations", "count", "цитат", "цитувань")
# Kazakh, in the cases a count takes (its noun stays singular: "12 сағат", "50 сурет", "18 айлық")
_add_units("hours", "duration", "сағат", "сағатта", "сағаттан", "сағатқа", "сағаттық", "сағаты")
_add_units("days", "duration", "күн", "күнде", "күннен", "күнге", "күндік", "күні")
_add_units("weeks", "duration", "апта", "аптада", "аптадан", "аптаға", "апталық")
_add_units("months", "duration", "ай", "айда", "айдан", "айға", "айлық")
_add_units("minutes", "duration", "минутта", "минуттан", "минутқа", "минуттық")
_add_units("seconds", "duration", "секундта", "секундтан", "секундқа", "секундтық")
_add_units("years", "duration", "жыл", "жылда", "жылдан", "жылға", "жылдық")
_add_units("steps", "count", "қадам", "қадамда", "қадамнан", "қадамға", "итерация")
_add_units("parameters", "params", "параметрі", "параметрден", "параметрге")
_add_units("tokens", "count", "токеннен", "токенге")
_add_units("samples", "count", "жұп", "жұбы", "сөйлем жұбы", "сөйлем", "сурет", "мысал", "кадр")
_add_units("participants", "count", "адам", "қатысушы")
_add_units("layers", "count", "қабат")
_add_units("epochs", "count", "дәуір")
_add_units("papers", "count", "мақала")
_add_units("%", "percent", "пайыз", "пайызы", "пайызын", "пайызға", "пайызда", "пайыздан")
# Mongolian, in the cases a count takes (its noun stays singular: "12 оролцогчтой", "3,5 хоног",
# "14 өгүүллийн", "134 206 хос")
_MONGOLIAN_UNITS = {
    "hours": ("duration", "цаг", "цагийн", "цагт", "цагаар", "цагаас"),
    "days": ("duration", "хоног", "хоногийн", "хоногт", "хоногоор", "өдөр", "өдрийн", "өдөрт"),
    "weeks": ("duration", "долоо хоног", "долоо хоногийн", "долоо хоногт"),
    "months": ("duration", "сар", "сарын", "сард", "сараар"),
    "minutes": ("duration", "минутад", "минутын", "минутаар"),
    "seconds": ("duration", "секундэд", "секундын", "секундээр"),
    "years": ("duration", "жил", "жилийн", "жилд"),
    "steps": ("count", "алхам", "алхмын", "алхамд", "алхмаар", "алхамтай"),
    "parameters": ("params", "параметртэй", "параметрийн", "параметрийг", "параметрт"),
    "tokens": ("count", "токентой", "токений", "токенээс"),
    "samples": ("count", "хос", "хосын", "хостой", "өгүүлбэрийн хос", "өгүүлбэрийн хостой"),
    "participants": ("count", "хүн", "хүний", "оролцогч", "оролцогчтой", "оролцогчийн"),
    "layers": ("count", "давхарга", "давхаргатай"),
    "papers": ("count", "өгүүлэл", "өгүүллийн", "өгүүлэлд", "өгүүллээс"),
    "lines": ("count", "мөр", "мөрийн", "мөрөөр"),
    "citations": ("count", "ишлэл", "ишлэлийн", "ишлэлд"),
    "characters": ("count", "тэмдэгт", "тэмдэгтийн"),
    "questions": ("count", "асуулт", "асуултад", "асуулттай", "асуултын"),
    "%": ("percent", "хувь", "хувийг", "хувиар"),  # not "хувьд": "миний хувьд", to me
}
for _unit, (_kind, *_words) in _MONGOLIAN_UNITS.items():
    _add_units(_unit, _kind, *_words)
_MONGOLIAN_COUNTED = "|".join(
    sorted((w for _, *ws in _MONGOLIAN_UNITS.values() for w in ws), key=len, reverse=True)
)
# Czech, in the forms a count takes ("121,7 hodiny", "51 697 hospitalizací", "28,3 roku")
_add_units("hours", "duration", "hodin", "hodiny", "hodinu", "hodina", "hod.")
_add_units("days", "duration", "dní", "dny", "dnů", "den", "dnech")
_add_units("weeks", "duration", "týdnů", "týdny", "týden", "týdnech")
_add_units("months", "duration", "měsíců", "měsíce", "měsíc", "měsících")
_add_units("minutes", "duration", "minutu")
_add_units("seconds", "duration", "sekundu")
_add_units("years", "duration", "let", "roku", "roky", "rok")
_add_units("steps", "count", "kroků", "kroky", "krok", "iterací")
_add_units("parameters", "params", "parametrů", "parametr")
_add_units("tokens", "count", "tokenů", "tokenech")
_add_units("samples", "count", "párů", "páry", "vět", "věty", "snímků", "snímky", "obrázků")
_add_units("participants", "count", "účastníků", "účastníci", "účastníky", "lidí")
_add_units("layers", "count", "vrstev", "vrstvy")
_add_units("epochs", "count", "epochách", "epochy")
_add_units("lines", "count", "řádků", "řádky")
_add_units("papers", "count", "článků", "paperů")
# Slovak, where it is not written as Czech is ("12 hodín", "3,5 dňa", "37 000 tokenov")
_add_units("hours", "duration", "hodín")
_add_units("days", "duration", "dňa", "deň", "dňoch")
_add_units("weeks", "duration", "týždne", "týždňov", "týždeň")
_add_units("months", "duration", "mesiacov", "mesiace", "mesiac")
_add_units("minutes", "duration", "minút")
_add_units("seconds", "duration", "sekúnd")
_add_units("steps", "count", "krokov")
_add_units("parameters", "params", "parametrov")
_add_units("tokens", "count", "tokenov")
_add_units("samples", "count", "párov viet", "párov", "viet", "obrázkov", "príkladov")
_add_units("participants", "count", "účastníkov", "účastníkmi", "ľudí")
_add_units("layers", "count", "vrstiev")
_add_units("lines", "count", "riadkov")
_add_units("papers", "count", "článkov", "článku", "článkoch")
_add_units("citations", "count", "citácií")
# Lithuanian, in the cases a count takes ("121,7 valandos", "100 000 žingsnių", "3,5 dienos")
_add_units("hours", "duration", "valandos", "valandų", "valandas", "valanda", "val.")
_add_units("days", "duration", "dienos", "dienų", "dienas", "diena", "paros", "parų", "paras")
_add_units("weeks", "duration", "savaitės", "savaičių", "savaites")
_add_units("months", "duration", "mėnesiai", "mėnesių", "mėnesius")
_add_units("minutes", "duration", "minutės", "minučių")
_add_units("seconds", "duration", "sekundės", "sekundžių", "sekundes")
_add_units("years", "duration", "metai", "metų", "metus")
_add_units("GPU hours", "duration", "gpu valandos", "gpu valandų", "gpu valandas")
_add_units("steps", "count", "žingsnių", "žingsniai", "žingsnius", "iteracijų")
_add_units("parameters", "params", "parametrų", "parametrai", "parametrus")
_add_units("tokens", "count", "tokenų", "žetonų")
_add_units("samples", "count", "sakinių porų", "porų", "poros", "sakinių", "sakiniai")
_add_units("samples", "count", "vaizdų", "vaizdai", "kadrų", "kadrai", "pavyzdžių")
_add_units("participants", "count", "dalyvių", "dalyviai", "žmonių")
_add_units("layers", "count", "sluoksnių", "sluoksniai")
_add_units("epochs", "count", "epochų", "epochas", "epochos", "epochą")
_add_units("papers", "count", "straipsnių", "straipsniai")
_add_units("citations", "count", "citatų", "citavimų", "nuorodų")
_add_units("lines", "count", "eilučių")
_add_units("dimensions", "count", "dimensijų", "dimensijos")
# Latvian, in the cases a count takes ("12 stundas", "100 tūkst. soļu", "50 attēli")
_add_units("hours", "duration", "stundas", "stundām", "stundu", "stunda")
_add_units("days", "duration", "dienām", "dienu")
_add_units("weeks", "duration", "nedēļas", "nedēļu", "nedēļām")
_add_units("months", "duration", "mēneši", "mēnešus", "mēnešu", "mēnešiem")
_add_units("minutes", "duration", "minūtes", "minūšu", "minūtēm")
_add_units("seconds", "duration", "sekunžu", "sekundēm")
_add_units("years", "duration", "gadi", "gadus", "gadu", "gados")
_add_units("GPU hours", "duration", "gpu stundas", "gpu stundu", "gpu stundām")
_add_units("steps", "count", "soļu", "soļi", "soļus", "soļiem", "solis", "iterāciju")
_add_units("parameters", "params", "parametru", "parametriem", "trenējamu parametru")
_add_units("tokens", "count", "tokenu", "tokenus", "tokeniem")
_add_units("samples", "count", "teikumu pāru", "teikumu pāri", "pāru", "pāri", "pārus")
_add_units("samples", "count", "teikumu", "teikumi", "attēli", "attēlu", "attēlus", "piemēru")
_add_units("samples", "count", "piemēri")
_add_units("participants", "count", "dalībnieku", "dalībnieki", "cilvēku", "cilvēki")
_add_units("layers", "count", "slāņu", "slāņi")
_add_units("epochs", "count", "epohas", "epohu", "epohām", "epohās")
_add_units("papers", "count", "rakstu", "raksti", "rakstus")
_add_units("dimensions", "count", "dimensiju", "dimensijas")
# Icelandic, in the cases a count takes ("3,5 daga", "121,7 klst.", "8 skjákortum", "12
# þátttakendum")
_add_units("hours", "duration", "klst", "klukkustundir", "klukkustunda", "klukkustundum")
_add_units("hours", "duration", "klukkustund", "klukkutíma", "klukkutímar", "klukkutímum")
_add_units("days", "duration", "daga", "dögum", "daganna", "dagur")
_add_units("weeks", "duration", "vikur", "vikna", "vikum", "viku")
_add_units("months", "duration", "mánuði", "mánuðir", "mánaða", "mánuðum", "mánuð")
_add_units("minutes", "duration", "mínútur", "mínútna", "mínútum", "mínútu")
_add_units("seconds", "duration", "sekúndur", "sekúndna", "sekúndum", "sekúndu")
_add_units("years", "duration", "ár", "ára", "árum", "ára gamall", "ára gömul")
_add_units("GPU days", "duration", "gpu-daga", "gpu-dagar", "gpu-dögum")
_add_units("GPU hours", "duration", "gpu-klst", "gpu-klukkustundir", "gpu-klukkustunda")
_add_units("GPUs", "count", "skjákort", "skjákortum", "skjákorta", "skjákortin")
_add_units("steps", "count", "skref", "skrefum", "skrefa", "ítranir", "ítrana", "ítrunum")
_add_units("parameters", "params", "færibreytur", "færibreyta", "færibreytum", "stika")
_add_units("tokens", "count", "tókar", "tóka", "tókum")
_add_units("samples", "count", "setningapör", "setningapara", "setningapörum", "setningar")
_add_units("samples", "count", "setninga", "myndir", "mynda", "myndum", "dæmi", "dæma")
_add_units("participants", "count", "þátttakendur", "þátttakenda", "þátttakendum", "manns")
_add_units("layers", "count", "lög", "lögum")
_add_units("epochs", "count", "umferðir", "umferða", "umferðum")
_add_units("papers", "count", "greinar", "greina", "greinum")
_add_units("USD", "money", "dollara", "dollarar", "dollurum", "dalir", "dala")
# Tagalog, with or without the linker "na" ("3.5 na araw", "122 oras", "100,000 na hakbang")
_add_units("hours", "duration", "oras", "na oras")
_add_units("days", "duration", "araw", "na araw")
_add_units("weeks", "duration", "linggo", "na linggo")
_add_units("months", "duration", "buwan", "na buwan")
_add_units("minutes", "duration", "minuto", "na minuto")
_add_units("seconds", "duration", "segundo", "na segundo")
_add_units("years", "duration", "taon", "na taon", "taong gulang")
_add_units("steps", "count", "hakbang", "na hakbang")
_add_units("parameters", "params", "parametro", "na parametro")
_add_units("samples", "count", "larawan", "na larawan", "pares", "na pares", "halimbawa")
_add_units("participants", "count", "kalahok", "na kalahok", "tao", "na tao")
_add_units("papers", "count", "papel", "na papel")
_add_units("hospitals", "count", "ospital", "na ospital")
_add_units("%", "percent", "porsyento", "porsiyento", "na porsyento", "na porsiyento")
# Croatian, in the cases a count takes ("121,7 sati", "100.000 koraka", "50 slika")
_add_units("hours", "duration", "sati", "sata", "sat")
_add_units("days", "duration", "dana", "dan")
_add_units("weeks", "duration", "tjedana", "tjedna", "tjedan")
_add_units("months", "duration", "mjeseci", "mjeseca")
_add_units("minutes", "duration", "minuta")
_add_units("seconds", "duration", "sekundi", "sekunde")
_add_units("years", "duration", "godina", "godine")
_add_units("GPU hours", "duration", "gpu-sati", "gpu sati")
_add_units("steps", "count", "koraka", "korak", "iteracija")
_add_units("parameters", "params", "parametara", "parametra")
_add_units("tokens", "count", "tokena")
_add_units("samples", "count", "parova rečenica", "parova", "rečenica", "rečenice", "slika")
_add_units("samples", "count", "primjera", "sličica", "kadrova")
_add_units("participants", "count", "sudionika", "ljudi", "osoba")
_add_units("layers", "count", "slojeva", "sloja")
_add_units("epochs", "count", "epoha", "epohe")
_add_units("papers", "count", "radova", "rada", "članaka")
_add_units("citations", "count", "citata", "citiranja")
_add_units("lines", "count", "redaka", "linija")
# Slovenian, in the cases a count takes ("121,7 ure", "18 mesecev", "50 slik")
_add_units("hours", "duration", "ur", "ure", "uri", "uro")
_add_units("days", "duration", "dneva", "dnevi")
_add_units("weeks", "duration", "tednov", "tedna", "teden", "tedne")
_add_units("months", "duration", "mesecev", "meseca", "mesece", "mesec")
_add_units("years", "duration", "leta")
_add_units("steps", "count", "korakov", "korake", "koraki")
_add_units("tokens", "count", "žetonov")
_add_units("samples", "count", "stavčnih parov", "parov", "slik", "primerov", "primeri")
_add_units("participants", "count", "udeležencev", "udeležencih")
_add_units("layers", "count", "slojev", "plasti")
_add_units("epochs", "count", "epoh")
_add_units("papers", "count", "člankov")
_add_units("GPUs", "count", "gpu-ji", "gpu-jev", "gpu-jih")
# Basque, bare or with the endings a count takes ("12 ordu", "10 minutuz", "3,5 egunetan")
_add_units("hours", "duration", "ordu", "orduz", "ordutan")
_add_units("days", "duration", "egun", "egunez", "egunetan")
_add_units("minutes", "duration", "minutu", "minutuz", "minututan")
_add_units("seconds", "duration", "segundo", "segundoz")
_add_units("weeks", "duration", "aste", "astez", "astetan")
_add_units("months", "duration", "hilabete", "hilabetez", "hilabetetan")
_add_units("years", "duration", "urte", "urtez", "urtetan")
_add_units("steps", "count", "urrats", "urratsetan", "pauso")
_add_units("parameters", "params", "parametro", "parametroko", "parametrorekin")
_add_units("samples", "count", "esaldi-bikote", "bikote", "esaldi", "adibide", "irudi", "lagin")
_add_units(
    "participants",
    "count",
    "parte-hartzaile",
    "parte-hartzaileek",
    "irakurle",
    "irakurleek",
    "ikertzaile",
    "ikertzaileek",
    "erabiltzaile",
    "erabiltzaileek",
    "lagun",
    "lagunek",
)
_add_units("layers", "count", "geruza", "geruzako")
_add_units("epochs", "count", "epoka", "epokatan")
_add_units("tokens", "count", "tokenak")
_add_units("words", "count", "hitz", "hitzeko")
_add_units("papers", "count", "artikulu")
_add_units("citations", "count", "aipamen")
_add_units("USD", "money", "dolar")
# Romanian ("12 ore", "3,5 zile", "100.000 de pași": a count from twenty up takes "de")
_add_units("hours", "duration", "oră")
_add_units("days", "duration", "zile")
_add_units("weeks", "duration", "săptămâni")
_add_units("months", "duration", "luni", "lună")
_add_units("seconds", "duration", "secunde", "secundă")
_add_units("years", "duration", "ani")
_add_units("steps", "count", "pași", "iterații")
_add_units("parameters", "params", "parametrii")
_add_units("tokens", "count", "tokeni")
_add_units("samples", "count", "perechi", "propoziții", "imagini", "exemple")
_add_units("participants", "count", "participanți", "oameni")
_add_units("layers", "count", "straturi")
_add_units("epochs", "count", "epoci")
_add_units("papers", "count", "articole", "lucrări")
_add_units("lines", "count", "linii")
# Finnish, in the partitive a count takes ("12 tuntia", "3,5 päivää", "100 000 askelta")
_add_units("hours", "duration", "tuntia", "tunnin", "tunti")
_add_units("days", "duration", "päivää", "päivän", "päivä")
_add_units("weeks", "duration", "viikkoa", "viikon")
_add_units("months", "duration", "kuukautta", "kuukauden")
_add_units("minutes", "duration", "minuuttia", "minuutin")
_add_units("seconds", "duration", "sekuntia", "sekunnin")
_add_units("years", "duration", "vuotta", "vuoden")
_add_units("GPU hours", "duration", "gpu-tuntia")
_add_units("steps", "count", "askelta", "askeleen")
_add_units("parameters", "params", "parametria")
_add_units("tokens", "count", "tokenia")
_add_units("samples", "count", "lauseparia", "kuvaa", "esimerkkiä", "koulutusparia")
_add_units("participants", "count", "osallistujaa", "ihmistä")
_add_units("layers", "count", "kerrosta")
_add_units("epochs", "count", "epookkia")
# Estonian, in the partitive a count takes ("12 tundi", "3,5 päeva", "100 000 sammu")
_add_units("hours", "duration", "tundi", "tunni", "tund")
_add_units("days", "duration", "päeva", "päev")
_add_units("weeks", "duration", "nädalat", "nädala")
_add_units("months", "duration", "kuud", "kuu")
_add_units("minutes", "duration", "minutit")
_add_units("seconds", "duration", "sekundit")
_add_units("years", "duration", "aastat", "aasta")
_add_units("GPU hours", "duration", "gpu-tundi")
_add_units("steps", "count", "sammu", "sammul")
_add_units("parameters", "params", "parameetrit", "parameetri", "treenitavat parameetrit")
_add_units("tokens", "count", "tokenit")
_add_units("samples", "count", "lauseparti", "lausepaari", "lauset", "pilti", "pildi", "näidet")
_add_units("participants", "count", "osalejat", "inimest")
_add_units("layers", "count", "kihti")
_add_units("epochs", "count", "epohhi", "epohhiga")
_add_units("papers", "count", "artiklit")
# Uzbek, with the endings a count takes ("121.7 soat", "100 ming qadam", "50 ta rasm"; its
# counters "ta" and "nafar" stand between: "10 nafar ishtirokchi")
_add_units("hours", "duration", "soat", "soatda", "soatlik", "soatga", "soatdan")
_add_units("days", "duration", "kun", "kunda", "kunlik", "kunga", "kundan")
_add_units("weeks", "duration", "haftada", "haftalik")
_add_units("months", "duration", "oy", "oyda", "oylik")
_add_units("minutes", "duration", "daqiqa", "daqiqada", "daqiqalik")
_add_units("seconds", "duration", "soniya", "soniyada", "soniyalik")
_add_units("years", "duration", "yillik")
_add_units("steps", "count", "qadam", "qadamda", "qadamlik", "iteratsiya")
_add_units("parameters", "params", "parametrli", "parametrga")
_add_units("samples", "count", "jumla juftligi", "jumla", "juftlik", "juftlikdan", "rasm")
_add_units("samples", "count", "rasmdan", "tasvir", "misol", "namuna")
_add_units("participants", "count", "ishtirokchi", "ishtirokchidan", "kishi", "foydalanuvchi")
_add_units("layers", "count", "qatlam", "qatlamli")
_add_units("epochs", "count", "epoxa", "epoxadan")
_add_units("papers", "count", "maqola", "maqoladan")
_add_units("citations", "count", "sitata", "iqtibos")
_add_units("lines", "count", "qator")
# Albanian, in the forms a count takes, its ablative "-sh" too ("12 orë", "32 mijë tokenash",
# "4,5 milion çifte fjalish")
_add_units("hours", "duration", "orë", "orësh")
_add_units("days", "duration", "ditë", "ditësh")
_add_units("weeks", "duration", "javë", "javësh")
_add_units("months", "duration", "muaj", "muajsh")
_add_units("minutes", "duration", "minuta", "minutë", "minutash")
_add_units("seconds", "duration", "sekonda", "sekondë", "sekondash")
_add_units("years", "duration", "vjet", "vite")
_add_units("GPU hours", "duration", "gpu-orë")
_add_units("GPU days", "duration", "gpu-ditë")
_add_units("steps", "count", "hapa", "hapash")
_add_units("parameters", "params", "parametra", "parametrash", "parametra të trajnueshëm")
_add_units("tokens", "count", "tokena", "tokenash")
_add_units("samples", "count", "çifte fjalish", "çifte", "fjali", "fjalish", "shembuj", "shembujsh")
_add_units("samples", "count", "imazhe", "imazhesh")
_add_units("participants", "count", "pjesëmarrës", "njerëz")
_add_units("layers", "count", "shtresa", "shtresash")
_add_units("epochs", "count", "epoka", "epokash")
_add_units("papers", "count", "artikuj", "punime", "paper-a", "paperash")
_add_units("citations", "count", "citime", "citimesh")
_add_units("lines", "count", "rreshta", "rreshtash")
# Thai, whose words run on unspaced ("0.4 วินาทีเท่านั้น", "25 คนต่อภาพ")
_add_units("hours", "duration", "ชั่วโมง", "ชม.")
_add_units("days", "duration", "วัน")
_add_units("weeks", "duration", "สัปดาห์")
_add_units("months", "duration", "เดือน")
_add_units("minutes", "duration", "นาที")
_add_units("seconds", "duration", "วินาที")
_add_units("years", "duration", "ปี")
_add_units("steps", "count", "สเต็ป")
_add_units("parameters", "params", "พารามิเตอร์")
_add_units("tokens", "count", "โทเคน")
_add_units("samples", "count", "คู่ประโยค", "คู่", "ภาพ", "รูป", "ตัวอย่าง")
_add_units("participants", "count", "คน", "ผู้เข้าร่วม")
_add_units("layers", "count", "ชั้น", "เลเยอร์")
_add_units("papers", "count", "เปเปอร์", "บทความ")
_add_units("lines", "count", "บรรทัด")
_add_units("USD", "money", "ดอลลาร์")
# Burmese, whose words run on unspaced ("2 နာရီလောက်", about 2 hours); a unit is a whole
# syllable ("လ", month, is no "လုပ်")
_add_units("hours", "duration", "နာရီ")
_add_units("minutes", "duration", "မိနစ်")
_add_units("seconds", "duration", "စက္ကန့်")
_add_units("days", "duration", "ရက်")
_add_units("weeks", "duration", "ပတ်", "အပတ်")
_add_units("months", "duration", "လ")
_add_units("years", "duration", "နှစ်")
_add_units("layers", "count", "ထပ်")  # "layer 24 ထပ်": the classifier of layers
_add_units("participants", "count", "ယောက်")  # "annotator 3 ယောက်": that of people
# Khmer, whose words run on unspaced too ("18 ខែ", "4.5 លានគូប្រយោគ"); a unit is a whole
# syllable, no vowel sign after it
_add_units("hours", "duration", "ម៉ោង")
_add_units("minutes", "duration", "នាទី")
_add_units("seconds", "duration", "វិនាទី")
_add_units("days", "duration", "ថ្ងៃ")
_add_units("weeks", "duration", "សប្ដាហ៍", "សប្តាហ៍")
_add_units("months", "duration", "ខែ")
_add_units("years", "duration", "ឆ្នាំ")
_add_units("steps", "count", "ជំហាន")
_add_units("parameters", "params", "ប៉ារ៉ាម៉ែត្រ")
_add_units("tokens", "count", "តូខឹន", "ថូខឹន")
_add_units("samples", "count", "គូប្រយោគ", "ប្រយោគ", "រូបភាព", "រូប")
_add_units("participants", "count", "នាក់")
_add_units("layers", "count", "ស្រទាប់")
_add_units("USD", "money", "ដុល្លារ")
# Lao, whose words run on unspaced as Thai's do ("12 ນາທີ", "4.5 ລ້ານຄູ່ປະໂຫຍກ")
_add_units("hours", "duration", "ຊົ່ວໂມງ", "ຊມ.")
_add_units("days", "duration", "ມື້", "ວັນ")
_add_units("weeks", "duration", "ອາທິດ", "ສັບປະດາ")
_add_units("months", "duration", "ເດືອນ")
_add_units("minutes", "duration", "ນາທີ")
_add_units("seconds", "duration", "ວິນາທີ")
_add_units("years", "duration", "ປີ")
_add_units("parameters", "params", "ພາລາມິເຕີ")
_add_units("tokens", "count", "ໂທເຄັນ")
_add_units("samples", "count", "ຄູ່ປະໂຫຍກ", "ຄູ່", "ປະໂຫຍກ", "ຮູບພາບ", "ຮູບ", "ພາບ", "ຕົວຢ່າງ")
_add_units("participants", "count", "ຄົນ", "ຜູ້ເຂົ້າຮ່ວມ")
_add_units("layers", "count", "ຊັ້ນ")
_add_units("papers", "count", "ບົດຄວາມ")
_add_units("lines", "count", "ແຖວ")
_add_units("USD", "money", "ໂດລາ")
# Hebrew ("0.4 שניות", "3.5 ימים", "17 מיליון טוקנים", "337,920 פרמטרים")
_add_units("hours", "duration", "שעות", "שעה")
_add_units("days", "duration", "ימים", "יום", "יממות")
_add_units("weeks", "duration", "שבועות", "שבוע")
_add_units("months", "duration", "חודשים", "חודש")
_add_units("minutes", "duration", "דקות", "דקה")
_add_units("seconds", "duration", "שניות", "שנייה", "שניה")
_add_units("years", "duration", "שנים", "שנה")
_add_units("steps", "count", "צעדים", "צעדי אימון")
_add_units("parameters", "params", "פרמטרים")
_add_units("tokens", "count", "טוקנים")
_add_units("samples", "count", "דוגמאות", "דוגמות", "זוגות משפטים", "זוגות", "משפטים", "תמונות")
_add_units("participants", "count", "משתתפים", "משתתפות", "אנשים")
_add_units("layers", "count", "שכבות")
_add_units("papers", "count", "מאמרים")
_add_units("citations", "count", "ציטוטים")
_add_units("lines", "count", "שורות קוד", "שורות")
_add_units("epochs", "count", "אפוקים")
_add_units("USD", "money", "דולר")
_add_units("feet", "length", "feet", "foot", "ft")
_add_units("USD", "money", "usd", "dollars", "dólares", "美元", "ドル")
_add_units("EUR", "money", "eur", "euros", "欧元")
_add_units("%", "percent", "%", "％", "percent")
_add_units("pp", "percent", "percentage points")
_METRICS = "BLEU iBLEU SARI ROUGE-L ROUGE-1 ROUGE-2 ROUGE F1 mAP FID MAE CIDEr".split()
for _metric in _METRICS:
    _add_units(_metric, "other", _metric)
_add_units("perplexity", "other", "perplexity", "ppl")
# a memory size keeps its unit, as a duration does: "32GB" is 32 GB, as papers and readers say
_BYTES = {"kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB", "gig": "GB", "gigs": "GB"}  # "16-gig"
for _word, _unit in _BYTES.items():
    _add_units(_unit, "other", _word)

# a duration or length unit -> its size in seconds or metres
_SCALES = {
    "milliseconds": 0.001,
    "seconds": 1,
    "minutes": 60,
    "hours": 3600,
    "days": 86400,
    "weeks": 604800,
    "months": 2629800,
    "years": 31557600,
    "millimetres": 0.001,
    "centimetres": 0.01,
    "metres": 1,
    "kilometres": 1000,
    "feet": 0.3048,
}

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("Jan", "January"),
            ("Feb", "February"),
            ("Mar", "March"),
            ("Apr", "April"),
            ("May",),
            ("Jun", "June"),
            ("Jul", "July"),
            ("Aug", "August"),
            ("Sep", "Sept", "September"),
            ("Oct", "October"),
            ("Nov", "November"),
            ("Dec", "December"),
        ],
        start=1,
    )
    for name in names
}
# Somali month names, as a post's byline dates it: "14 Oktoobar 2024"
_MONTHS |= {
    name: number
    for number, names in enumerate(
        [
            ("Janaayo", "Jannaayo"),
            ("Febraayo", "Febraweri"),
            ("Maarso",),
            ("Abriil", "Abril"),
            ("Maajo", "Maayo"),
            ("Juun", "Juunyo"),
            ("Luulyo", "Luuliyo"),
            ("Ogost", "Agoosto", "Ogosto"),
            ("Sebtembar", "Sebteembar"),
            ("Oktoobar", "Oktoobbar"),
            ("Nofembar", "Noofembar"),
            ("Desembar", "Diseembar"),
        ],
        start=1,
    )
    for name in names
}

_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4}
_CN_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8, "億": 10**8}


def _alternatives(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, trying longer words first, as a prefix tree.

    ``min|mins|minute|minutes`` becomes ``min(?:s|ute(?:s)?)?``: the same matches in the same
    order, and a far shorter pattern to compile at import.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(tree)


def _branches(node: dict[str, dict]) -> str:
    # at most one branch matches the next character, and "?" is greedy: longest first
    branches = [re.escape(char) + _branches(child) for char, child in node.items() if char]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + (")?" if "" in node else ")")


def range_units(text: str, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities of ``text`` (in its order), the bare start of a range given its end's
    unit: the ``1`` of ``1–2 months``, the ``one`` of ``one to two weeks``."""
    ranged = list(quantities)
    for k, (start, end) in enumerate(itertools.pairwise(quantities)):
        if not start.unit and start.kind == "other" and end.unit and _ends_range(text, start, end):
            ranged[k] = start._replace(unit=end.unit, kind=end.kind)
    return ranged


@functools.lru_cache(maxsize=4096)  # a paper's number is a rival of many claims
def starts_range(text: str, quantity: Quantity) -> bool:
    """Whether a number of ``text`` starts a range: the ``5`` of ``5-15 seconds``."""
    after = quantity.start + len(quantity.text)
    rest = text[after : after + 32]
    found = parse_quantities(rest)
    following = min([*found, *number_words(rest, found)], key=lambda q: q.start, default=None)
    return following is not None and _ends_range(
        text, quantity, following._replace(start=after + following.start)
    )


def _ends_range(text: str, start: Quantity, end: Quantity) -> bool:
    """Whether ``end`` ends the range ``start`` starts: ``1–2``, ``one to two``, ``between 5
    and 15``; not ``from 2 to 1``, nor the cells ``3.9316 -0.5833``."""
    between = text[start.start + len(start.text) : end.start]
    return end.value > start.value and (
        _RANGE.fullmatch(between) is not None
        or (between == " and " and text[: start.start].lower().endswith("between "))
    )


_RANGE = pattern(r"[–-]|\s[–-]\s|\sto\s")


# the vowel signs of Devanagari, Bengali, Tamil and Sinhala, part of a word though no \w:
# "घंटे", "ঘণ্টা", "நேரம்", "පැය"; and the joiner of a Sinhala conjunct ("වාක්\u200dය")
WORD_MARKS = "\u0900-\u0963\u0980-\u09e3\u0b82-\u0bd7\u0d81-\u0df4\u200d"
# the zeros of the decimal digits of Arabic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati,
# Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Burmese and Khmer
_NATIVE_ZEROS = (
    0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xE50, 0xED0, 0x1040,
    0x17E0,
)  # fmt: skip


def simplified(text: str) -> str:
    """``text`` with Traditional Chinese characters written Simplified, one for one, so a
    Taiwanese post's ``參數`` and ``萬`` read as ``参数`` and ``万`` and every offset stays; text
    with kana is Japanese, whose kanji are its own, and stays as it is. Persian, Arabic, Indian
    Thai, Lao and Burmese digits read as Western ones, one for one too."""
    if text.isascii():
        return text
    text = text.translate(_NATIVE_DIGITS)
    if any("\u3040" <= c <= "\u30ff" for c in text):
        return text
    return text.translate({ord(c): _simplified_char(c) for c in set(text) if c >= "\u3400"})


# Persian and Arabic digits, decimal and thousands marks and percent sign, read one for one as
# the Western ones: "۳٫۵ روز" is 3.5 days; so are the digits of the scripts of India, Thailand,
# Laos, Myanmar and Cambodia ("১২ ঘণ্টা", "१२ घंटे", "๑๒ ชั่วโมง", "໑໒ ຊົ່ວໂມງ", "၁၂ နာရီ", "១២ ម៉ោង")
_NATIVE_DIGITS = str.maketrans(
    "٫٬٪" + "".join(chr(zero + k) for zero in _NATIVE_ZEROS for k in range(10)),
    ".,%" + "0123456789" * len(_NATIVE_ZEROS),
)


@functools.cache
def _simplified_char(char: str) -> str:
    written = _traditional_to_simplified().convert(char)
    return written if len(written) == 1 else char


@functools.cache
def _traditional_to_simplified() -> Any:
    from opencc import OpenCC  # loaded only for text with Chinese characters

    return OpenCC("t2s")


def _has_cjk(word: str) -> bool:
    # a character class of the CJK range costs milliseconds to compile, this nothing; kana and
    # Hangul too ("5 か月", "35 ドル", "40분")
    return (
        any(
            "\u4e00" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff" or "\uac00" <= c <= "\ud7a3"
            for c in word
        )
        or "％" in word
    )


_ORDINAL_WORDS = tuple(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)
_ORDINALS = _alternatives(_ORDINAL_WORDS)
# by their first letter: "GPU 小时" is read where "GPU" is
_LATIN_UNITS = _alternatives(w for w in _UNITS if not _has_cjk(w[0]) and w != "%")
# what a lower-case "m" is the million of: "675m params", not "2m" of height
_COUNTED_UNITS = _alternatives(
    w for w, (_, kind) in _UNITS.items() if kind in ("count", "params") and not _has_cjk(w)
)
_CJK_UNITS = _alternatives(w for w in _UNITS if _has_cjk(w[0]) and w != "％")
# the Indian groups a number is written in: "3 करोड 60 लाख" (Hindi, Nepali, Marathi, Bengali)
_CRORES = ("करोड़", "करोड", "कोटी", "কোটি")
_LAKHS = ("लाख", "लक्ष", "লাখ", "লক্ষ")
_THOUSANDS = ("हज़ार", "हजार", "হাজার")
_CRORE, _LAKH, _THOUSAND = (f"(?:{'|'.join(words)})" for words in (_CRORES, _LAKHS, _THOUSANDS))
_DURATION_UNITS = _alternatives(w for w, (_, kind) in _UNITS.items() if kind == "duration")
_MONTH_NAMES = _alternatives(_MONTHS)
# one adjective may sit between a number and its unit ("134,206 training pairs"), not these
# the Uzbek words after "dan" (than, from) that compare: more, less, higher, lower, consists of
_UZBEK_AFTER_THAN = "ortiq|oshiq|ziyod|ko['ʻ’]p|kam|oz|yuqori|baland|past|kichik|katta|iborat"
_FILLER_STOPWORDS = (
    "(?:and|or|of|the|to|in|on|for|with|per|than|vs|by|at|from|a|an|is|are|ja|și|kwa)"
)
_YEAR = r"(?:19|20)[0-9]{2}"
# a Burmese syllable goes on: a vowel sign or medial, or a final consonant ("လ" in "လက်")
_BURMESE_MORE = r"(?:[\u102b-\u103e]|[\u1000-\u1021]\u1037?[\u103a\u1039])"
# a Khmer syllable goes on: a vowel sign, a sign or the coeng of a subscript
_KHMER_MORE = r"[\u17b6-\u17d3\u17dd]"
# a Lao syllable goes on: a vowel sign or tone mark after its consonant ("ສາມາດ", can, is no
# "ສາມ", three)
_LAO_MORE = r"[\u0eb0-\u0ebc\u0ec8-\u0ecd]"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"

_PATTERN = pattern(
    rf"""
    (?P<skip>
        (?:https?://|www\.)\S+
      | 10\.[0-9]{{4,9}}/\S+                                  # DOI
      | (?<![0-9])[0-9]{{4}}\.[0-9]{{4,5}}(?:v[0-9]+)?(?![0-9])  # arXiv id
      | /[0-9]{{7}}(?:v[0-9]+)?(?![0-9])                      # old-style arXiv id
      | \[\^?[0-9]+(?:\s*[,–-]\s*[0-9]+)*\]                  # citation or footnote marker
      | (?<=\*\*)[0-9]{{1,3}}/[0-9]{{1,3}}(?=\*\*)                 # a thread's post: "**10/12**"
      | (?:^|(?<=[:;,.]\s)|(?<=\band\s)|(?<=\bor\s))\([1-9]\)(?=\s)  # list item: "(2) Paper"
      | (?:第(?![0-9\s]+卷)|(?<![代发列报外])表|(?<![试意地])图)\s*[0-9]+  # "第 3 节", "表 5"
      | (?:รูป|ภาพ|ตาราง|หัวข้อ|บท|ข้อ)ที่\s*[0-9]+                # Thai: "รูปที่ 1", figure 1
      | (?:ຮູບ|ພາບ|ຕາຕະລາງ|ຫົວຂໍ້|ບົດ|ຂໍ້)ທີ່?\s*[0-9]+              # Lao: "ຕາຕະລາງທີ 3", table 3
      | (?<![\w.,])[0-9]{{1,2}}\.(?=\s(?i:tabul|attēl|sadaļ|nodaļ))  # Latvian: "2. tabulā"
      | (?<![\w])(?i:töflu(?:nni)?|tafla|mynd(?:ar|inni)?|kafla|kafli|jöfnu|jafna|viðauka)
        \s[0-9]+(?![0-9]|[.,][0-9])  # Icelandic: "í töflu 3", "mynd 4", "jafna 3"
      | (?<![A-Za-z])(?i:table|tab\.|tabela|tabla|tabelle|tableau|tabella|tablo|tabell?|taula
          |táboa|sección  # Galician
          |figure|figura|figur|fig\.?|section|sec\.|eq\.|equation|appendix|alg\.
          |tablic[aei]|slik[aei]|slici|sekcij[aei]|poglavlj[eu]  # Croatian
          |tabelis|tabeli|joonis(?:el|e|t)?|peatük(?:is|i)?  # Estonian
          |tabel(?:ën|ës)|figur(?:ën|ës)|seksion(?:in|it|i)|kapitull(?:in|it|i)  # Albanian
          |chapter|stage|phase|step|algorithm|line|lemma|theorem|definition|footnote
          |page|layer|version|round)
        \s*[0-9]+(?:\.[0-9]+)*
        # a duration names no step: "每个 step 0.4 秒" is 0.4 seconds a step, "step 1.5 सेकंद"
        (?!\.?[0-9]|\s?(?i:{_DURATION_UNITS})(?![A-Za-z])|\s?ထပ်)  # "layer 24 ထပ်": 24 layers
      | (?<![A-Za-z])(?:Study|Experiment|Topic|Task|Part|Session|Scenario
          |(?i:thema|studie|aufgabe|tema|estudio|tarea|thème|étude|tâche|tópico|estudo|tarefa
             |argomento|studio|compito))
        \s[0-9]+(?![0-9%]|[.,][0-9])
      | (?<=[A-Za-z]\s)[’'‘][0-9]{{2}}(?![0-9])                # a name's year: "WorldExpo ’10"
      | (?<![\w:.])[0-9]{{1,2}}:[0-5][0-9](?::[0-5][0-9])?(?![\w:]|[.,][0-9])  # "[33:18]", 9:30
      | (?<![\w:.])[0-9]{{1,2}}:[0-5][0-9](?:etan|ean|etatik|etara)(?![\w:])  # Basque "16:00etan"
      # Mongolian: an ordinal ("7 дахь уулзалт", "2-р байр"), a room number ("305 тоот"), a date
      # ("3-р сарын 28")
      | (?<![\w.,])[0-9]+(?:\s(?:дахь|дэх|дох|дөх|тоот)|-р(?!\s(?:анги|ангийн|ангид|ангиас)(?![\w]))
          (?:\sсарын\s[0-9]{{1,2}}(?![0-9]))?)(?![\w])
    )
  | (?<![A-Za-z0-9_.])  # a school grade: "5th-grade", "a fifth grader"
    (?:(?P<grade_n>[1-9][0-9]?)(?:st|nd|rd|th)|(?P<grade_w>(?i:{_ORDINALS})))
    [\s-](?i:grade)(?:rs?|s)?(?![A-Za-z])
  # 小学 5 年生, 5 年级, 五年级
  | (?<![0-9.一二三四五六七八九十])(?P<grade_k>[1-9一二三四五六七八九])\s?(?:年生|年级)
  # Albanian: "klasës së 5-të", the fifth grade
  | (?<![\w])(?i:klas(?:a|ës|ën|ë|e))\s(?:e|së|të)\s(?P<grade_sq>[1-9][0-9]?)-t[ëe](?![\w])
  # Mongolian: "5-р ангийн", of the fifth grade
  | (?<![\w.,-])(?P<grade_mn>[1-9][0-9]?)-р\s(?:анги|ангийн|ангид|ангиас)(?![\w])
  | (?<![A-Za-z0-9_.])
    (?:
        (?P<iso_y>{_YEAR})(?P<iso_sep>[-/.])(?P<iso_m>0[1-9]|1[0-2])
            (?:(?P=iso_sep)(?P<iso_d>3[01]|[12][0-9]|0[1-9]))?(?![0-9])
      | (?P<cn_y>{_YEAR})\s*年\s*(?P<cn_m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<cn_d>{_DAY})\s*日)?
      | (?:(?P<en_d>{_DAY})\s+)?(?P<en_mon>{_MONTH_NAMES})\.?,?\s+(?P<en_y>{_YEAR})(?![0-9])
      | (?P<us_mon>{_MONTH_NAMES})\.?\s+(?P<us_d>{_DAY}),\s*(?P<us_y>{_YEAR})(?![0-9])
    )
  | (?<![A-Za-z0-9_.§)\u0370-\u03ff])(?<!10−)  # not a name's digit (P100, β2), §3, a footnote
    (?:(?<!第)|(?=[0-9]+\s*卷))                  # "(QQP)2", an exponent (10−6), 第3 (but 第46卷)
    (?P<pre_pct>(?<![\w%])%(?=[0-9]))?           # Turkish writes a share "%57"
    (?:
        (?P<num>[0-9]+(?:[亿億](?:[0-9]{{1,4}}万(?:[0-9]{{4}})?|[0-9]{{4}})|万[0-9]{{4}})(?![0-9])
               # 5万1697 (not 2万3, said for 23,000)
               # Korean: 3억 5482만, 78만 6432, 1만 7천, 4만 (its own characters, so no Chinese)
               |[0-9]+(?:\.[0-9]+)?\s?(?:억(?:\s?[0-9]{{1,4}}\s?만)?|만)(?:\s?[0-9]{{1,3}}\s?천)?
                (?:\s?[0-9]{{1,4}}(?![0-9.,]))?
               |[0-9]+\s?천
               # Hindi, Nepali, Marathi, Bengali: "3 करोड 60 लाख" is 36 million, "12 लाख 50 हजार"
               |[0-9]+\s?(?:{_CRORE}\s[0-9]{{1,2}}\s?{_LAKH}|(?:{_CRORE}|{_LAKH})\s[0-9]{{1,2}}\s?{_THOUSAND})
                (?![\w\u0900-\u09ff])
               |[0-9]{{1,2}}(?:,[0-9]{{2}})+,[0-9]{{3}}(?![0-9]|,[0-9])  # Indian: 1,34,206
               |[0-9]{{1,3}}(?:,[0-9]{{3}})+(?:\.[0-9]+)?(?![0-9])
               # a decimal comma where no thousands separator can stand: 12,6 and 0,875 (not a
               # list: 1,2,3); thousands dots in two groups or more: 47.437.312
               |(?<![0-9],)(?:0,[0-9]+|[0-9]+,(?:[0-9]{{1,2}}|[0-9]{{4,}}))(?![0-9]|,[0-9])
               |[0-9]{{1,3}}(?:\.[0-9]{{3}}){{2,}}(?![0-9]|[.,][0-9])
               # thousands grouped by a thin or no-break space: 51 697, 1 474 560
               |[0-9]{{1,3}}(?:[\u00a0\u2009\u202f][0-9]{{3}})+(?:,[0-9]+)?(?![0-9])
               |[1-9][0-9]{{0,2}}(?:[ ]000)+(?![0-9]|[.,][0-9])  # "46 000 pairs", in any post
               # and before an Uzbek counter: "51 697 ta statsionar yotqizish"
               |[1-9][0-9]{{0,2}}(?:[ ][0-9]{{3}})+(?=\s(?:ta|tasi|nafar)\s)
               # and before a Mongolian unit: "134 206 хос"
               |[1-9][0-9]{{0,2}}(?:[ ][0-9]{{3}})+(?=\s(?:{_MONGOLIAN_COUNTED})(?![\w]))
               |[1-9]/[1-9][0-9]?(?![0-9/])                     # a fraction: C = 1/8
               # a power of ten alone: 10^-9, 10⁻², and pypdf's 10−9
               |10(?:(?:\^|\*\*)[−-]?|[−⁻])[0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{{1,2}}(?![0-9]|\.[0-9])
               |[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?
               |\.[0-9]+)
        # "2.6 × 10^19", and "2.3 · 1019", a power of ten pypdf flattened (no product: 80 × 80)
        (?:\s?(?:[×x·]\s?10\s?(?:\^|\*\*)|·\s?10(?=[0-9]{{2}}(?![0-9])))(?P<exp>[−-]?[0-9]{{1,2}})(?![0-9]))?
        (?P<mag>bn|Bn|BN|[kKMBbT](?!\()|m(?=\s?(?i:{_COUNTED_UNITS})(?![a-z]))
               |\s?[百千万亿億]+|\s(?:тыс\.|тысяч[аи]?|млн\.?|миллион(?:ов|а)?|млрд\.?|миллиард(?:ов|а)?|трлн\.?
                     |тис\.|тисяч[аі]?|мільйон(?:ів|а)?|мільярд(?:ів|а)?
                     |мың(?:нан|ға|да|ның|ды|дай)?|миллион(?:нан|ға|да|ның|дай)|миллиард(?:тан|қа|та|тың|тай)
                     |мянга(?:н|аас|д|тай)?|сая(?:аас|д|тай)?|тэрбум(?:аас|д|тай)?  # Mongolian
                     |хиляд[аи]|хил\.|милион[а]?|милиард[а]?)
               |\s(?:milyon(?:dan|luk)?|milyar(?:dan|lık)?)
               |\s(?:libo|bilyon)(?=n?g\s|\sna\s|(?![\w]))  # Tagalog: "100 libong steps"
               # Azerbaijani: "1,06 milyondur", "11 milyarddan", "100 min addım"
               |\s(?:milyon(?:dur|a|luq|u)|milyard(?:dan|dır|a|lıq|ı)?|mlrd(?!\.)|trilyon
                     |min(?:dən|lik)?(?=\s(?i:{_AZERBAIJANI_COUNTED})(?!\w)))(?![\w])
               |\s(?:tys\.|tysięcy|tysiące|tysiąc|mln\.?|milion(?:y|ów|ech|ů)?|mld\.?|miliard(?:y|ów)?
                     |tisíce?|tis\.|milióno?v?|milióna|milióny|miliardy?|miliárd
                     |tūkst\.|tūkstančių|tūkstantis|milijon(?:ų|o|ai)|mlrd\.|milijard(?:ų|o)
                     |tūksto(?:ši|šu|tis|šiem)|milj\.|miljon(?:u|s|iem)|mljrd\.|miljard(?:u|s|iem)
                     |þúsund|þús\.|milljón(?:ir|a|um)?|millj\.|milljarð(?:ur|ar|a)|milljörðum
                     |tisuć[aeu]|hiljad[ae]|milijun(?:a|ima)?|miliona|milijard[aie])(?![\w])
               |\s(?:tisoč|milijon(?:a|ov|e)?|milijardo?)(?![\w])  # Slovenian: "11 milijard"
               |\s(?:mila\smilioi|milioi|mila)(?![\w])  # Basque: "4,5 milioi"
               |\s(?:de\s)?(?:milioane|miliarde|mii)(?![\w])  # Romanian: "36 de milioane"
               |\s(?:miljoonaa|miljardia|tuhatta)(?![\w])  # Finnish: "4,5 miljoonaa"
               |\s(?:arivo|alina|hetsy|tapitrisa|lavitrisa|miliara)(?![\w'’])  # Malagasy
               |\s(?:tuhat|tuhande|tuh\.|miljonit|miljoni|miljardit|miljardi)(?![\w])  # Estonian
               |\s(?:ming|mingta|millionta|mlrd|milliardta)(?![\w])  # Uzbek: "100 ming qadam"
               |\s(?:mijë|milionë|miliardë)(?![\w])  # Albanian: "32 mijë tokenash"
               |\s(?:malyan|bilyan|kun(?=\s(?:oo|{_SOMALI_COUNTED})(?!\w)))(?![\w])  # Somali
               |\s?(?i:milion[ei]|miliard[io]|mil\smillones|millones|mil\smilions|milions|mil\smillóns|millóns|milhões|bilhões|millionen|milliarden|miljoen|miljard|miliwn|biliwn|triliwn|mil(?!\w)|(?:mh?|bh?)illiún|trilliún
                     |thousand|millions?|billion|trillion|milliards?|nghìn|ngàn|triệu|tỷ|tỉ|lakhs?|crores?
                     |ribu|juta|miliar|triliun|ألف|آلاف|مليون|ملايين|مليار|مليارات|tusen|miljoner|miljarder|miljon
                     |millioner|milliarder|mio\.|mia\.|tusind|millió|milliót|milliárd|milliárdot|ezer
                     |εκατομμύρια|εκατομμύριο|εκατομμυρίων|εκατ\.|δισεκατομμύρια|δισεκατομμύριο|δισ\.|χιλιάδες|χιλ\.
                     |هزار|میلیون|میلیارد|ہزار|لاکھ|ملین|کروڑ|ارب|بلین|אלפים|אלף|מיליון|מיליארד|พันล้าน|หมื่น|แสน|ล้าน|พัน
                     |ထောင်|သောင်း|သိန်း|သန်း|မီလီယံ|ကုဋေ|ဘီလီယံ|ဘီလျံ  # Burmese
                     |ពាន់លាន|ពាន់|ម៉ឺន|សែន|ប៊ីលាន|លាន  # Khmer
                     |ພັນລ້ານ|ໝື່ນ|ຫມື່ນ|ແສນ|ລ້ານ|ຕື້|ພັນ  # Lao
                     |ათას|მილიონ|მილიარდ|ტრილიონ|მლნ|მლრდ  # Georgian, its case ending after it
                     |հազար|միլիոն|միլիարդ|տրիլիոն|մլն|մլրդ  # Armenian, likewise
                     |ሺህ|ሺ|ሚሊዮን|ቢሊዮን|ትሪሊዮን  # Amharic
                     |हज़ार|हजार|लाख|मिलियन|करोड़|करोड|बिलियन|अरब|दशलक्ष|कोटी|अब्ज(?:ांहून|ांपेक्षा)?
                     |হাজার|লাখ|লক্ষ|মিলিয়ন|কোটি(?:রও|র)?|বিলিয়ন
                     |ஆயிரம்|லட்சம்|மில்லியன்|கோடி(?:க்கும்|க்கு)?|பில்லியன்))?
        (?:(?<=[\u10d0-\u10ff])[\u10d0-\u10ff]+)?  # a Georgian case ending: "11 მილიარდზე"
        (?:(?<=[\u0561-\u0587])[\u0561-\u0587]+)?  # an Armenian one: "11 միլիարդից"
        (?!(?<=[\u1000-\u109f]){_BURMESE_MORE})  # a Burmese one is a whole syllable
        (?!(?<=[\u1780-\u17dd]){_KHMER_MORE})  # and so is a Khmer one
        (?!(?<=[\u0e80-\u0eff]){_LAO_MORE})  # so is a Lao one
      | (?P<cn>[零一二两三四五六七八九十][零一二两三四五六七八九十百千万亿億]+)
      # "百分之零点二三" (0.23%), "千分之一" (0.001)
      | (?P<per>[百千]分之)\s?
        (?P<part>[0-9]+(?:\.[0-9]+)?|[零一二两三四五六七八九十百]+(?:点[零一二三四五六七八九]+)?)
    )
    (?P<pm>\s*(?:±|\+/-|\+-)\s*[0-9][0-9.,]*)?
    (?:
        (?P<pct>\s?[%％])
      | (?P<times>[x×]|\s(?i:times)(?=\s(?:as|more|less|higher|lower|faster|slower|larger)\b)
               # "4 倍", "16-mal", "в 2,7 раза", "2,7 kat"
               |\s?[倍배]|-mal\b|\sраза?(?![\u0400-\u04ff])|\sесе(?![\u0400-\u04ff])|\skat\b|\sगुना|-kr[áa]t\b|\svegades(?=\s(?:més|menys)\b)|\s?গুণ|\sமடங்கு|\srazy\b|\sgånger\b|\skeer\b|\sjeer\b|\sgwaith\b|\sبرابر|-ჯერ(?![\w-])|\sանգամ(?![\w-])
               |\s(?:marta|barobar)(?![\w'ʻ’])  # Uzbek: "4.5 barobar ko'p"
               |\s?ဆ(?!{_BURMESE_MORE})  # Burmese: "၅ ဆ မြန်တယ်" (5 times faster)
               |\s?ເທົ່າ  # Lao: "10 ເທົ່າ", ten times
               |\sbeses(?=\s(?:na\s)?(?:mas|kasing)\s)  # Tagalog: "3 beses na mas mabilis"
               # Irish: "trí huaire méid" (three times the size), "3 huaire níos tapúla"
               |\s(?:h|n-)?uaire?(?=\s(?:níos|chomh|méid|an\s(?:méid|líon))\s))
      | \s?[A-Z]\([a-z]\)                                  # a multiple of a function: 0.2M(x)
      | [\s-](?P<gpu>(?:[A-Z][A-Za-z0-9-]*\s){{1,2}}(?i:GPUs?|TPUs?))
      # "28,883 个 token": a measure word before a unit; no word before "s", the Slovene for
      # "with" ("5 kontrolami s podobno"), not seconds
      | (?:-|\s?(?:(?:[个条张篇名位块项]|টা|টি|वटा|जना)\s?)?
           (?:(?!{_FILLER_STOPWORDS}\s)[a-z][a-z-]*\s(?!s\b)
              |орчим\s  # Mongolian: "5 000 орчим мөр", about 5,000 lines
              |[\u1200-\u135a]+\s(?=[a-z]))?)  # Amharic: "6 ተመሳሳይ layers" (6 identical layers)
        (?P<unit>(?i:{_LATIN_UNITS}))(?!-)
        (?!(?<=[\u1000-\u109f]){_BURMESE_MORE})  # "2 နာရီလောက်"; "2 လုပ်" is no months
        (?!(?<=[\u1780-\u17dd]){_KHMER_MORE})  # "18 ខែ"; "3 រូបិយប័ណ្ណ" (currencies) is no images
        # a Lao unit is a whole syllable and no longer word's first: "3 ມື້ເຄິ່ງ" (3.5 days),
        # but "5 ຮູບແບບ" (five forms) is no images
        (?!(?<=[\u0e80-\u0eff]){_LAO_MORE}|(?<=ຮູບ)ແບບ)
        (?:(?<=[\u10d0-\u10ff])[\u10d0-\u10ff]*)?  # a Georgian word's case ending: "50 სურათია"
        # an Armenian word's plural, case and article ("50 նկար", "18 ամսվա", "12 ժամից",
        # "5 իտերացիայով"), and no other word its stem starts ("5 օրենք" is no days)
        (?:(?<=[\u0561-\u0587])(?:ն?եր)?յ?(?:ի[ցն]?|ով|ում|վա(?:ն|նից)?|ը|ն|ու)?)?
        (?!(?<=[\u0561-\u0587])[\u0561-\u0587])
        # an Amharic one's object or "also" ending ("18 ወራትን"), and no other word it starts
        (?:(?<=[\u1200-\u135a])[ንም])?(?!(?<=[\u1200-\u135a])[\u1200-\u135a])
        # Uzbek "11 mlrd dan ortiq", "0.5 dan yuqori": "than", not the Croatian day
        (?!(?<=[\s-][Dd]an)\s(?i:{_UZBEK_AFTER_THAN})(?![\w'ʻ’]))
      | \s?(?:[条张篇名位块]|个(?:\s?[A-Z][\w-]*\s?)?)?(?P<cunit>{_CJK_UNITS})  # "个 Python 文件"
      | (?:(?<=\.[0-9])|(?<=\.[0-9][0-9]))\s?(?P<days>d)(?!\s?=)  # "3.5d": days (not "256 d")
    )?
    # nor 6π²'s 6, nor a unit's first letters ("param" of "paramètres"); a Basque case ending
    # joins its number: "%90ek", "38,39koa"
    (?!(?!(?:ko|koa|koak|ek|ak|ean|etan|tik|rekin)(?![\w]))[A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff\u0620-\u065f\u066e-\u06d3\u0900-\u0963\u0966-\u097f\u05d0-\u05ea\u1e00-\u1eff]|\.[0-9]|\.(?i:png|jpe?g|gif|svg|pdf|webp)\b)
    """,
    re.VERBOSE,
)

_LINE_START_JUNK = pattern(r"[\s#>*+-]*")
# a section number's title starts with a capital: "3 Model Architecture", not "8 PhD students" nor
# "24 Upworkers, within-subjects"
_SECTION_TAIL = pattern(r"[.)]\s|\s+[A-Z](?![a-z]+[A-Z])(?![a-z]*s,)")


@functools.cache
def _spaced_pattern() -> re.Pattern[str]:
    """``_PATTERN`` with thousands grouped by a plain space too (``1 056 768``), as a language
    that writes decimal commas does; only its posts need it."""
    return pattern(
        _PATTERN.pattern.replace("[\\u00a0\\u2009\\u202f]", "[ \\u00a0\\u2009\\u202f]"), re.VERBOSE
    )


def parse_quantities(text: str, decimal_comma: bool = False) -> list[Quantity]:
    """Every quantity and date written in ``text``, in order of appearance; with
    ``decimal_comma`` (the text's language writes 4,5 for 4.5) ``51.697`` and ``51 697`` are
    51697."""
    found = []
    for match in (_spaced_pattern() if decimal_comma else _PATTERN).finditer(text):
        if match["skip"] is None:
            quantity = _quantity(text, match, decimal_comma)
            if quantity is not None:
                found.append(quantity)
    return found


def writes_decimal_commas(text: str) -> bool:
    """Whether ``text`` writes decimals with a comma (``4,5``, ``0,1``), as Italian, German or
    Portuguese do: two such numbers, and over four times as many as decimal points (``3.5``)
    outside links, code and numbered headings (``### 1.1 Dữ liệu``), or more than them where
    two numbers group their thousands by plain spaces (``51 697``); a post may quote the
    form it does not use (``"0,5" och inte "0.5"``)."""
    text = _NOT_PROSE.sub(" ", _LINK.sub(" ", text))
    commas = len(_COMMA_DECIMAL.findall(text))
    # a table copied from the paper keeps its decimal points
    points = len(_POINT_DECIMAL.findall(_TABLE_ROW.sub(" ", text)))
    # a post that groups thousands by plain spaces ("51 697") keeps that convention, and its
    # points are the paper's hyperparameters copied ("weight decay 0.1"): more commas decide
    spaced = len(_SPACE_THOUSANDS.findall(text))
    return commas >= 2 and (commas > 4 * points or (spaced >= 2 and commas > points))


_LINK = pattern(r"\S*https?://\S*|arXiv:\s?\S+", re.IGNORECASE)
_NOT_PROSE = pattern(r"^```.*?^```|`[^`\n]*`|^\s{0,3}#{1,6}\s[^\n]*", re.MULTILINE | re.DOTALL)
_TABLE_ROW = pattern(r"^\s*\|[^\n]*", re.MULTILINE)
_COMMA_DECIMAL = pattern(r"(?<![\w.,])[0-9]+,[0-9]{1,2}(?![0-9]|,[0-9])")
_SPACE_THOUSANDS = pattern(r"(?<![\w.,])[1-9][0-9]{0,2}(?: [0-9]{3})+(?![0-9]|[.,][0-9])")
_POINT_DECIMAL = pattern(r"(?<![\w.,/:-])[0-9]+\.[0-9]{1,2}(?![0-9]|\.[0-9])")


def unit_of(word: str) -> tuple[str, str] | None:
    """The canonical unit and kind a unit word names (``"pairs"`` → samples, count), if known."""
    return _UNITS.get(word.strip().lower())


def _quantity(text: str, match: re.Match[str], decimal_comma: bool = False) -> Quantity | None:
    start, end = match.span()
    if any(match[g] for g in ("grade_n", "grade_w", "grade_k", "grade_sq", "grade_mn")):
        number = match["grade_n"] or match["grade_sq"] or match["grade_mn"]
        number = number or _CN_DIGITS.get(match["grade_k"], match["grade_k"])
        number = number or _ORDINAL_WORDS.index(match["grade_w"].lower()) + 1
        return Quantity(float(number), "grade", "count", text[start:end], start, len(str(number)))
    if match["per"]:
        return _per_part(text, match)
    if match["num"] is None and match["cn"] is None:
        return _date(match)
    if (
        _inside_identifier(text, start)
        or _numbering(text, match)
        or _argument(text, start, end)
        or _sized_name(text, match)
    ):
        return None
    grouped = _GROUPED.search(match["num"] or "") is not None  # "5万1697", "78만 6432"
    if match["cn"] is not None:
        whole = _chinese_number(match["cn"])
        if whole is None:
            return None
        digits = str(whole)
    else:
        digits = match["num"].translate(_GROUP_SPACES).replace(" ", "")
        if _DECIMAL_COMMA.fullmatch(digits):
            digits = digits.replace(",", ".")  # 12,6
        elif _THOUSANDS_DOTS.fullmatch(digits) or (
            decimal_comma and _THOUSANDS_DOT.fullmatch(digits)
        ):
            digits = digits.replace(".", "")  # 47.437.312, and 51.697 where 4,5 is 4.5
        elif decimal_comma and _THOUSANDS_COMMA.fullmatch(digits):
            digits = digits.replace(",", ".")  # 1,983 where 51.697 is 51697
        digits = digits.replace(",", "")
        if grouped:
            digits = format(_grouped(digits), "f").rstrip("0").rstrip(".")
        if digits[2:3] in ("^", "*", "−", "⁻") and digits.startswith("10"):
            # a power of ten alone: "10^-9", "10**-9", "10⁻²", pypdf's "10−9"
            digits = "1e" + digits[2:].lstrip("^*").translate(_SCIENTIFIC)
        if "/" in digits:
            from decimal import Decimal  # loaded only here: most runs never meet a fraction

            numerator, denominator = digits.split("/")
            try:  # 1/8 is 0.125 exactly
                digits = format((Decimal(numerator) / Decimal(denominator)).normalize(), "f")
            except ArithmeticError:  # 1/0
                return None
    magnitude = match["mag"]
    exponent = int(match["exp"].replace("−", "-")) if match["exp"] else 0
    if magnitude:
        key = magnitude.strip()
        exponent += (
            sum(_MAGNITUDES[c] for c in key)
            if key[0] in "百千万亿億"
            else _MAGNITUDES.get(key, _MAGNITUDES.get(key.lower(), 0))
        )
    unit, kind = "", "other"
    if match["pct"] or match["pre_pct"]:
        unit, kind = "%", "percent"
    elif match["gpu"]:
        unit, kind = matched_entry(_UNITS, match["gpu"].split()[-1])
    elif match["days"]:  # not "256 d", a table's symbol cell
        unit, kind = _UNITS["days"]
    elif match["unit"] or match["cunit"]:
        word = (match["unit"] or match["cunit"]).lower()
        if word == "s" and "." not in (match["num"] or "") and text[match.start("unit") - 1] != " ":
            return None  # a decade ("the 1990s", "80s"), not seconds ("0.4 s", "1.2s")
        if word in ("日", "일") and text[:start].rstrip().endswith(("月", "월")):
            return None  # a date's day ("3月5日", "3월 5일"), not five days
        unit, kind = matched_entry(_UNITS, word)
        if word == "daga" and _counted_before(text, start):
            # Hausa "from", not Icelandic days: "admissions 51,697 daga asibitocin Duke"
            unit, kind, end = "", "other", len(text[: match.start("unit")].rstrip())
        if word == "ay" and (
            _TAGALOG_SUBJECT.search(text, max(0, start - 5), start)
            or _TAGALOG_AFTER_AY.match(text, end)
        ):
            # Tagalog "is", not Azerbaijani months: "Ang 26 ay lab values", "26 ay ang lab values"
            unit, kind, end = "", "other", len(text[: match.start("unit")].rstrip())
        if _KAZAKH_CASE.fullmatch(text, match.start("unit") - 1, end):
            # "11-ден астам", "5 млн-ден": Kazakh's "from 11", not eleven Bulgarian days
            end = match.start("unit") - 1
            unit, kind = _magnitude_only(text, start, end) if magnitude else ("", "other")
        if unit in _METRICS and _NUMBER_NEXT.match(text, end):
            # "WSJ 23 F1 92.1": the metric names the number after it, not this one
            unit, end = "", len(text[: match.start("unit")].rstrip(" -"))
    elif magnitude or grouped or (match["cn"] and _CN_BIG.keys() & set(match["cn"])):
        unit, kind = _magnitude_only(text, start, end)
    elif match["times"]:
        unit, kind = "x", "other"
    elif modifier := _MODIFIER.match(text, end):
        end = modifier.end()  # "5-fold", "4096-wide": the number still counts something
    elif text[end : end + 1] == "-" and "\u10d0" <= text[end + 1 : end + 2] <= "\u10ff":
        pass  # a Georgian case ending a hyphen joins: "91.7-ს", "32-ია" is the number alone
    elif _ARMENIAN_CASE.match(text, end):
        pass  # an Armenian one: "5-ով" (by 5), "15.00-ից"; not an ordinal ("3-րդ", "20-ին")
    elif _KAZAKH_CASE.match(text, end) or _MONGOLIAN_CASE.match(text, end):
        pass  # "5-тен көп", "2017-де", "0.87-дей": a Kazakh number in a case is still the number
    elif text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        return _compound(text, start, end)  # "37-year-old", or a name part: "Qwen 2.5-VL"
    if (
        kind in ("other", "count", "params")
        and not magnitude
        and not exponent
        and (zulu := _ZULU_BEFORE.search(text, max(0, start - 40), start)) is not None
        and (scale := _ZULU_MAGNITUDE.match(zulu[1])) is not None
    ):
        # Zulu names its magnitude before the number too, and the noun before that:
        # "ama-parameters ayizigidi ezingu-65" is 65 million parameters
        exponent, start = _ZULU_MAGNITUDES[scale[1]], zulu.start()
        kind = kind if unit else "count"
        noun = _ZULU_NOUN.search(text, max(0, start - 40), start)
        if not unit and noun is not None and (named := _zulu_unit(noun[1])) is not None:
            (unit, kind), start = named, noun.start()
    if (
        not unit
        and magnitude
        and magnitude.strip().lower() in _MALAGASY_SCALES
        and (noun := _MALAGASY_NOUN.search(text, max(0, start - 40), start)) is not None
        and noun[1].lower() not in _MALAGASY_PARTICLES
        and (named := _MALAGASY_UNITS.get(noun[1].lower()) or unit_of(noun[1] + "s"))
    ):
        # Malagasy names what it counts before the number and its magnitude: "token 36
        # tapitrisa" (36 million tokens), "paramètre 213 tapitrisa"
        (unit, kind), start = named, noun.start()
    if not unit and kind == "other" and not magnitude and not exponent and start:
        # Swahili: "saa 12", "milioni 4.5", "hatua elfu 100" (the noun and magnitude before it)
        before = _SWAHILI_BEFORE.search(text, max(0, start - 40), start)
        linked = _SWAHILI_LINKED.search(text, max(0, start - 40), start)
        zulu = _ZULU_BEFORE.search(text, max(0, start - 40), start)
        if zulu is not None and (named := _zulu_unit(zulu[1])) is not None:
            (unit, kind), start = named, zulu.start()  # Zulu: "amahora angu-3.5", 3.5 hours
        elif linked is not None and unit_of(linked["unit"]) is not None:
            unit, kind = unit_of(linked["unit"])
            start = linked.start("unit")
        elif before is not None and (before["unit"] or before["mag"]):
            if before["mag"]:
                exponent, kind = _FIRST_MAGNITUDES[before["mag"].lower()], "count"
            if before["unit"]:
                unit, kind = _FIRST_UNITS[before["unit"].lower()]
            start = before.start("unit") if before["unit"] else before.start("mag")
        elif burmese := _BURMESE_BEFORE.search(text, max(0, start - 20), start):
            # Burmese: "ဘီလီယံ 11" (11 billion), "ပုံ 50" (50 images): the noun and the
            # magnitude before the number
            if burmese["mag"]:
                exponent, kind = _MAGNITUDES[burmese["mag"]], "count"
            else:
                unit, kind = "samples", "count"
    elif unit and kind in ("count", "params") and not magnitude and not exponent and start:
        # the magnitude before, the noun after: "mílíọ̀nù 4.5 sentence pairs" (4.5 million)
        before = _SWAHILI_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and before["mag"] and not before["unit"]:
            exponent, start = _FIRST_MAGNITUDES[before["mag"].lower()], before.start("mag")
    if not unit and kind in ("other", "count") and start and not match["times"]:
        # Sinhala: "පැය 12 ක්", "parameters මිලියන 65", "steps 300K ක්" (before the number)
        sinhala = _sinhala_before(text, start, end)
        if sinhala is not None and not (sinhala[2] and (magnitude or exponent)):
            unit, kind, exponent = sinhala[0], sinhala[1], exponent + sinhala[2]
    if not unit and kind in ("other", "count") and (lao := _LAO_CLASSIFIER.match(text, end)):
        # Lao names what it counts before the number and puts a classifier after it:
        # "parameter 110 ລ້ານໂຕ", "parameter ຫຼາຍກວ່າ 11 ຕື້ໂຕ" (110 million, over 11 billion)
        noun = _LAO_NOUN_BEFORE.search(text, max(0, start - 40), start)
        if noun and (named := unit_of(noun[1]) or unit_of(noun[1] + "s")):
            (unit, kind), end = named, lao.end()
    mantissa, _, power = digits.lower().partition("e")  # "1.2e3"
    value = float(f"{mantissa}e{int(power or 0) + exponent}")  # rounded once, as written
    if not math.isfinite(value):
        return None
    if start and text[start - 1] in _CURRENCIES and (not unit or kind == "money"):
        start, unit, kind = start - 1, _CURRENCIES[text[start - 1]], "money"  # "$35": no count
    return Quantity(
        value=value,
        unit=unit,
        kind=kind,
        text=text[start:end],
        start=start,
        sig_figs=_sig_figs(digits),
    )


_TAGALOG_SUBJECT = pattern(r"(?<![\w'’-])(?i:ang|yung|ng|sa)\s$")
_TAGALOG_AFTER_AY = pattern(r"\s(?:ang|ng|mga|may|isang|hindi|lang|para|sa|yung|nasa)(?![\w'’-])")
_LAO_CLASSIFIER = pattern(rf"\s?(?:ໂຕ|ຕົວ|ໜ່ວຍ|ຫນ່ວຍ|ອັນ)(?!{_LAO_MORE})")
_LAO_NOUN_BEFORE = pattern(r"(?<![\w-])([A-Za-z]+)\s(?:[\u0e80-\u0eff]+\s?)?$")
_SWAHILI_BEFORE = pattern(
    r"(?<![\w'’-])(?:(?P<unit>"
    + "|".join(sorted(map(re.escape, _FIRST_UNITS), key=len, reverse=True))
    + r")\s)?(?:(?P<mag>"
    + "|".join(_FIRST_MAGNITUDES)
    + r")\s)?$",
    re.IGNORECASE,
)
_SWAHILI_LEAD = pattern(
    "(?:(?:"
    + "|".join(map(re.escape, sorted([*_FIRST_UNITS, *_FIRST_MAGNITUDES], key=len, reverse=True)))
    + r")\s)+",
    re.IGNORECASE,
)


_BURMESE_BEFORE = pattern(
    r"(?<![\u1000-\u109f])(?:(?P<mag>ထောင်|သောင်း|သိန်း|သန်း|မီလီယံ|ကုဋေ|ဘီလီယံ|ဘီလျံ)|ပုံ)\s?$"
)


# "minibatches za encounters 64": a unit of the paper's words, after a Swahili linker
_SWAHILI_LINKED = pattern(r"(?<![\w-])(?:za|vya|cha)\s(?P<unit>[^\W\d_][\w-]*)\s$")


def _counted_before(text: str, start: int) -> bool:
    """Whether a noun or magnitude before the number at ``start`` says what it counts, as Hausa
    and Swahili write it: "admissions 51,697", "miliyan 4.5"."""
    before = _SWAHILI_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and (before["unit"] or before["mag"]):
        return True
    noun = _PLURAL_BEFORE.search(text, max(0, start - 30), start)
    return noun is not None and (unit_of(noun[1]) is not None or len(noun[1]) > 4)


_PLURAL_BEFORE = pattern(r"(?<![\w-])([A-Za-z]+s)\s$")  # "admissions 51,697"


def swahili_lead(text: str) -> int:
    """How many characters of a quantity's text name its noun and magnitude before its number,
    as Swahili writes them: 7 for "vigezo milioni 355"."""
    lead = _SWAHILI_LEAD.match(text)
    return lead.end() if lead else 0


# Sinhala: what a number counts, and its magnitude, before it ("පැය 12 ක්", "WSJ වාක්‍ය 40K
# ක්", "steps 300K ක්"; a Latin unit there only when Sinhala follows the number)
_SINHALA_MAGNITUDE = "(?:" + "|".join(_SINHALA_MAGNITUDES) + ")"
_SINHALA_BEFORE = pattern(
    rf"(?<![\w{WORD_MARKS}-])(?:(?P<noun>(?:[^\W\d_][\w{WORD_MARKS}-]*\s)?(?!{_SINHALA_MAGNITUDE}\s)"
    rf"[^\W\d_][\w{WORD_MARKS}-]*)\s)?(?:(?P<mag>{_SINHALA_MAGNITUDE})\s)?$"
)
_SINHALA_AFTER = pattern(r"\s?[\u0d80-\u0dff]")
_SINHALA_LETTER = pattern(r"[\u0d80-\u0dff]")


def _sinhala_before(
    text: str, start: int, end: int, worded: bool = False
) -> tuple[str, str, int] | None:
    """The unit, kind and power of ten a Sinhala sentence names before the number at ``start``
    (ending at ``end``, a Sinhala number word if ``worded``): ("hours", "duration", 0) for
    "පැය 12 ක්", ("parameters", "params", 6) for "parameters මිලියන 65"; None where it names
    neither."""
    before = _SINHALA_BEFORE.search(text, max(0, start - 60), start)
    if before is None or not (before["noun"] or before["mag"]):
        return None
    sinhala = worded or bool(before["mag"]) or _SINHALA_AFTER.match(text, end) is not None
    exponent = _SINHALA_MAGNITUDES[before["mag"]] if before["mag"] else 0
    noun = before["noun"] or ""
    for words in (noun, noun.rpartition(" ")[2]):
        found = unit_of(words) if words else None
        if found is None or found[1] not in ("count", "duration", "params", "money"):
            continue
        if _SINHALA_LETTER.search(words) or sinhala:
            return found[0], found[1], exponent
    if before["mag"]:
        return "", "count", exponent
    return None


_GROUP_SPACES = str.maketrans("", "", "\u00a0\u2009\u202f")
_DECIMAL_COMMA = pattern(r"0,[0-9]+|[0-9]+,(?:[0-9]{1,2}|[0-9]{4,})")
_THOUSANDS_DOTS = pattern(r"[0-9]{1,3}(?:\.[0-9]{3}){2,}")
_THOUSANDS_DOT = pattern(r"[0-9]{1,3}\.[0-9]{3}")
_THOUSANDS_COMMA = pattern(r"[0-9]{1,3},[0-9]{3}")
_NUMBER_NEXT = pattern(r"\s?[0-9]")
# a power of ten's sign and superscripts as plain characters: "−9" and "⁻⁹" -> "-9"
_SCIENTIFIC = str.maketrans({"−": "-", "⁻": "-", **{c: str(d) for d, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}})
_CURRENCIES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY"}


_COMPOUND = pattern(r"(?:-[a-z]+){1,2}")


def _compound(text: str, start: int, end: int) -> Quantity | None:
    """A number joined by hyphens to its magnitude or unit (``175-billion-parameter``,
    ``37-year-old``); None for a name part (``Qwen 2.5-VL``, ``3-D``)."""
    tail = _COMPOUND.match(text, end)
    words = tail.group(0).split("-")[1:] if tail else []
    for k in range(len(words)):  # a compound's unit is singular: "37-year-old" is 37 years
        spaced = " ".join([text[start:end], *words[:k], words[k] + "s", *words[k + 1 :]])
        found = parse_quantities(spaced)
        if found and found[0].start == 0 and found[0].unit:
            size = min(len(found[0].text) - 1, len(text) - start)
            return found[0]._replace(text=text[start : start + size], start=start)
    return None


_NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
        " fifteen sixteen seventeen eighteen nineteen".split(),
        start=1,
    )
}
_TENS = {
    w: 10 * k
    for k, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_ONES = "|".join(list(_NUMBER_WORDS)[:9])
_DIGIT_NAMES = ("oh", "zero", *list(_NUMBER_WORDS)[:9])
# two to ten in Spanish, Portuguese, Italian, French, German, Dutch and Indonesian (and six to
# eight in Danish, Norwegian and Swedish, whose "fire" and "ni" are English words); not Italian
# "due", which English papers write before "to", nor "dos" and "sei", Portuguese "of the" and
# "I know"
_FOREIGN_NUMBERS = {
    **dict.fromkeys(["dois", "duas", "deux", "zwei", "twee", "dua"], 2),
    **dict.fromkeys(["tres", "três", "tre", "trois", "drei", "drie", "tiga"], 3),
    **dict.fromkeys(["cuatro", "quatro", "quattro", "quatre", "vier", "empat"], 4),
    **dict.fromkeys(["cinco", "cinque", "cinq", "fünf", "vijf", "lima"], 5),
    **dict.fromkeys(["seis", "sechs", "zes", "enam", "seks"], 6),
    **dict.fromkeys(
        ["siete", "sete", "sette", "sept", "sieben", "zeven", "tujuh", "syv", "sju"], 7
    ),
    **dict.fromkeys(["ocho", "oito", "otto", "huit", "acht", "delapan", "otte", "åtte", "åtta"], 8),
    **dict.fromkeys(["nueve", "nove", "neuf", "neun", "negen", "sembilan"], 9),
    **dict.fromkeys(["diez", "dez", "dieci", "dix", "zehn", "tien", "sepuluh"], 10),
}
# Georgian two to ten, and the stem a case ending or a noun after it leaves ("ორ ფენაში", "ხუთ
# ნაშრომს"); its one, "ერთი", is as often "a"
_FOREIGN_NUMBERS |= {
    **dict.fromkeys(["ორი", "ორ"], 2),
    **dict.fromkeys(["სამი", "სამ"], 3),
    **dict.fromkeys(["ოთხი", "ოთხ"], 4),
    **dict.fromkeys(["ხუთი", "ხუთ"], 5),
    **dict.fromkeys(["ექვსი", "ექვს"], 6),
    **dict.fromkeys(["შვიდი", "შვიდ"], 7),
    "რვა": 8,
    "ცხრა": 9,
    **dict.fromkeys(["ათი", "ათ"], 10),
}
# Mongolian one to ten, and the form before a noun ("таван сар", five months); its one, "нэг",
# is as often "a", so counts only before a duration ("нэг сарын турш", for one month)
_FOREIGN_NUMBERS |= {
    "нэг": 1,
    "хоёр": 2,
    **dict.fromkeys(["гурав", "гурван"], 3),
    **dict.fromkeys(["дөрөв", "дөрвөн"], 4),
    **dict.fromkeys(["тав", "таван"], 5),
    **dict.fromkeys(["зургаа", "зургаан"], 6),
    **dict.fromkeys(["долоо", "долоон"], 7),
    **dict.fromkeys(["найм", "найман"], 8),
    **dict.fromkeys(["ес", "есөн"], 9),
    **dict.fromkeys(["арав", "арван"], 10),
}
# Amharic two to ten, and "አስራ" (ten and) before one of them: "አስራ ሁለት ሰዓት" (twelve hours);
# its one, "አንድ", is as often "a"
_AMHARIC_ONES = {
    "ሁለት": 2, "ሦስት": 3, "ሶስት": 3, "አራት": 4, "አምስት": 5, "ስድስት": 6, "ሰባት": 7, "ስምንት": 8,
    "ዘጠኝ": 9,
}  # fmt: skip
_FOREIGN_NUMBERS |= {
    **{f"{ten} {one}": 10 + n for ten in ("አስራ", "አሥራ") for one, n in _AMHARIC_ONES.items()},
    **_AMHARIC_ONES,
    **dict.fromkeys(["አስር", "አሥር"], 10),
}
# Sinhala two to ten, a thousand and a hundred thousand in the form that counts a noun before
# it ("layers හයක්", six layers; "මිනිසුන් දහසක්", a thousand people); its one, "එකක්", is
# as often "a"
_SINHALA_NUMBERS = {
    "දෙකක්": 2, "තුනක්": 3, "හතරක්": 4, "පහක්": 5, "හයක්": 6, "හතක්": 7, "අටක්": 8,
    "නවයක්": 9, "දහයක්": 10, "දහසක්": 1000, "ලක්ෂයක්": 100000,
}  # fmt: skip
_FOREIGN_NUMBERS |= _SINHALA_NUMBERS
# Burmese one to ninety-nine ("ရှစ်", eight; "ဆယ့်နှစ်", twelve; "နှစ်ဆယ်", twenty), read only
# before the classifier or unit a Burmese count always takes ("head ရှစ်ခု", eight heads;
# "ဆယ့်နှစ်နာရီ", twelve hours) and not inside a word ("ဥပမာလေး", the little example)
_BURMESE_ONES = {
    "တစ်": 1, "နှစ်": 2, "သုံး": 3, "လေး": 4, "ငါး": 5, "ခြောက်": 6, "ခုနစ်": 7, "ရှစ်": 8, "ကိုး": 9,
}  # fmt: skip
_BURMESE_ONE = "|".join(_BURMESE_ONES)
_BURMESE_COUNTED = "ခု|လုံး|ယောက်|ထပ်|ကြိမ်|ခါ|ဆ|စောင်|ကောင်|မျိုး|ချက်|နာရီ|မိနစ်|စက္ကန့်|ရက်|အပတ်|ပတ်|လ|နှစ်"
# Khmer one to ninety-nine ("ប្រាំបី", eight; "ដប់ពីរ", twelve; "ម្ភៃប្រាំ", twenty-five), read
# only as a word of its own before the classifier or unit it counts ("GPU ប្រាំបី គ្រឿង", eight
# GPUs; "ពីរថ្ងៃ", two days) or the Latin noun ("ប្រាំ columns", five columns), not inside a
# word ("នីមួយៗ", each one)
_KHMER_ONES = {
    "ប្រាំមួយ": 6, "ប្រាំពីរ": 7, "ប្រាំបី": 8, "ប្រាំបួន": 9, "មួយ": 1, "ពីរ": 2, "បី": 3, "បួន": 4,
    "ប្រាំ": 5,
}  # fmt: skip
_KHMER_TENS = {
    "ដប់": 10, "ម្ភៃ": 20, "សាមសិប": 30, "សែសិប": 40, "ហាសិប": 50, "ហុកសិប": 60, "ចិតសិប": 70,
    "ប៉ែតសិប": 80, "កៅសិប": 90,
}  # fmt: skip
_KHMER_ONE = "|".join(_KHMER_ONES)
_KHMER_TEN = "|".join(_KHMER_TENS)
_KHMER_COUNTED = (
    "វិនាទី|នាទី|ម៉ោង|ថ្ងៃ|សប្ដាហ៍|សប្តាហ៍|ខែ|ឆ្នាំ|ជំហាន|នាក់|គ្រឿង|ដង|លើក|រូប|ស្រទាប់|ប្រយោគ|គូ"
    "|ជួរ|ក្បាល|អត្ថបទ|ប្រភេទ|ចំណុច"
)
# Hausa one to nine, the tens, and a hundred, thousand and million, read as a run ("goma sha
# biyu", twelve; "dubu ɗari uku", three hundred thousand) and only after the noun it counts
# ("layers guda shida", six layers; "awa goma sha biyu", twelve hours): see _hausa_number
_HAUSA_ONES = {
    "ɗaya": 1, "biyu": 2, "uku": 3, "huɗu": 4, "biyar": 5, "shida": 6, "bakwai": 7, "takwas": 8,
    "tara": 9,
}  # fmt: skip
_HAUSA_TENS = {
    "goma": 10, "ashirin": 20, "talatin": 30, "arba'in": 40, "hamsin": 50, "sittin": 60,
    "saba'in": 70, "tamanin": 80, "casa'in": 90,
}  # fmt: skip
_HAUSA_SCALES = {"ɗari": 100, **{w: 10**e for w, e in _HAUSA_MAGNITUDES.items()}}
_HAUSA_ONE = "|".join(_HAUSA_ONES)
_HAUSA_BELOW_100 = (
    rf"(?:goma sha (?:{_HAUSA_ONE})|(?:{'|'.join(_HAUSA_TENS)})(?: da (?:{_HAUSA_ONE}))?"
    rf"|{_HAUSA_ONE})"
)
_HAUSA_BELOW_1000 = (
    rf"(?:ɗari(?: {_HAUSA_BELOW_100})?(?: da {_HAUSA_BELOW_100})?|{_HAUSA_BELOW_100})"
)
_HAUSA_NUMBER = (
    rf"(?:(?:miliyan|dubu)(?: {_HAUSA_BELOW_1000})?(?: da {_HAUSA_BELOW_1000})?"
    rf"|{_HAUSA_BELOW_1000})"
)
# a Hausa count as number_words gives it, ending in its number (claims reads it)
HAUSA_COUNT = pattern(rf"(?<![\w'’])(?:{_HAUSA_NUMBER})$")
# Yoruba numbers as a noun's modifier, after it ("layers mẹ́fà", six layers; "wákàtí méjìlá",
# twelve hours): two to nineteen, the tens to a hundred, a half ("ọjọ́ mẹ́ta àbọ̀", three and
# a half days) and the scales that multiply them ("ẹgbẹ̀rún mẹ́rin", four thousand; "ẹgbẹ̀rún
# lọ́nà ọgọ́rùn-ún", a hundred thousand). Not "kan" (one, also "a" and "some"), nor the
# counts between the tens, added to one or taken from the next ("mẹ́tàlélógún", 23;
# "mẹ́tàdínlọ́gbọ̀n", 27): see _yoruba_count
_YORUBA_ONES = {
    "méjì": 2, "mẹ́ta": 3, "mẹ́rin": 4, "márùn-ún": 5, "márùn": 5, "mẹ́fà": 6, "méje": 7,
    "mẹ́jọ": 8, "mẹ́sàn-án": 9, "mẹ́sàn": 9, "mẹ́wàá": 10, "mẹ́wàa": 10, "mọ́kànlá": 11,
    "méjìlá": 12, "mẹ́tàlá": 13, "mẹ́rìnlá": 14, "mẹ́ẹ̀ẹ́dógún": 15, "márùn-úndínlógún": 15,
    "mẹ́rìndínlógún": 16, "mẹ́tàdínlógún": 17, "méjìdínlógún": 18, "mọ́kàndínlógún": 19,
    "ogún": 20, "ọgbọ̀n": 30, "ogójì": 40, "àádọ́ta": 50, "ọgọ́ta": 60, "àádọ́rin": 70,
    "ọgọ́rin": 80, "àádọ́rùn-ún": 90, "ọgọ́rùn-ún": 100, "ọgọ́rùn": 100,
}  # fmt: skip
_YORUBA_SCALES = {w: 10**e for w, e in _YORUBA_MAGNITUDES.items()}
_YORUBA_HALF = ("àbọ̀", "ààbọ̀")
_YORUBA_ONE = any_form(*sorted(_YORUBA_ONES, key=len, reverse=True))
_YORUBA_SCALE = any_form(*_YORUBA_SCALES)
_YORUBA_NUMBER = (
    rf"(?:(?:{_YORUBA_SCALE})\s(?:(?:{any_form('lọ́nà')})\s)?)?(?:{_YORUBA_ONE})"
    rf"(?:\s(?:{any_form(*_YORUBA_HALF)}))?|(?:{_YORUBA_SCALE})"
)
_YORUBA_END = r"(?![\w\u0300-\u036f'’-])"
# a Yoruba count as number_words gives it, ending in its number (claims reads it)
YORUBA_COUNT = pattern(rf"(?<![\w\u0300-\u036f'’-])(?:{_YORUBA_NUMBER})$")
# Zulu numbers in words, after the noun they count and joined to it by its concord: two to
# five are adjectives ("amakholomu amahlanu", five columns; "ezibhedlela ezintathu", three
# hospitals), six and up nouns with a copula ("ama-GPU ayisishiyagalombili", eight GPUs;
# "imizuzu engamashumi amane", forty minutes), and "na-"/"ne-" (and) adds the ones ("amahora
# ayishumi nambili", twelve hours): see _zulu_number. Not the adjective "-khulu" (big:
# "olukhulu"), only the noun "ikhulu" (a hundred)
_ZULU_ONES = {
    "bili": 2, "mbili": 2, "thathu": 3, "tathu": 3, "ntathu": 3, "ne": 4, "hlanu": 5, "nhlanu": 5,
    "isithupha": 6, "sithupha": 6, "isikhombisa": 7, "sikhombisa": 7, "isishiyagalombili": 8,
    "sishiyagalombili": 8, "isishiyagalolunye": 9, "sishiyagalolunye": 9, "nye": 1,
}  # fmt: skip
_ZULU_SCALES = {
    "ishumi": 10, "mashumi": 10, "ikhulu": 100, "makhulu": 100, "nkulungwane": 1000,
    "sigidi": 10**6, "zigidi": 10**6,
}  # fmt: skip
# an adjective's concord (two to five), and the copula before a noun (six and up)
_ZULU_SMALL = r"(?:ama|aba|ezi[nm]?|emi)(?:bili|thathu|tathu|ne|hlanu)"
_ZULU_BIG = (
    r"[a-z]{0,6}?(?:isithupha|isikhombisa|isishiyagalombili|isishiyagalolunye|ishumi|mashumi"
    r"|ikhulu|nkulungwane|sigidi|zigidi)"
)
_ZULU_AND = (
    r"n[ae](?:[mn]?(?:bili|thathu|tathu|ne|hlanu|nye)|sithupha|sikhombisa|sishiyagalombili"
    r"|sishiyagalolunye|mashumi|khulu|makhulu)"
)
_ZULU_NUMBER = rf"(?:{_ZULU_SMALL}|{_ZULU_BIG})(?: (?:{_ZULU_SMALL}|{_ZULU_BIG}|{_ZULU_AND}))*"
# a Zulu count as number_words gives it, ending in its number (claims reads it)
ZULU_COUNT = pattern(rf"(?<![\w-])(?:{_ZULU_NUMBER})$")
# Lao numbers in words ("ແປດ", eight; "ສິບສອງ", twelve; "ໜຶ່ງແສນ", a hundred thousand), read
# only before the classifier or unit a Lao count takes ("ແປດຫົວ", eight heads; "ສາມມື້", three
# days) or a Latin noun ("ຫ້າ column"), so no longer word ("ສາມາດ", can) is three
_LAO_ONES = {
    "ໜຶ່ງ": 1, "ຫນຶ່ງ": 1, "ເອັດ": 1, "ສອງ": 2, "ສາມ": 3, "ສີ່": 4, "ຫ້າ": 5, "ຫົກ": 6, "ເຈັດ": 7,
    "ແປດ": 8, "ເກົ້າ": 9,
}  # fmt: skip
_LAO_POWERS = {
    "ສິບ": 10, "ຊາວ": 20, "ຮ້ອຍ": 100, "ພັນ": 1000, "ໝື່ນ": 10**4, "ຫມື່ນ": 10**4, "ແສນ": 10**5,
    "ລ້ານ": 10**6, "ຕື້": 10**9,
}  # fmt: skip
_LAO_NUMBER_PART = pattern("|".join([*_LAO_ONES, *_LAO_POWERS]))
# a hundred or more starts with its digit ("ໜຶ່ງແສນ"): "ສຳພັນຄົນລະແບບ" (each its own
# relation) ends a word in "ພັນ" (thousand) before "ຄົນ" (people)
_LAO_FIRST = "|".join([*(w for w in _LAO_ONES if w != "ເອັດ"), "ສິບ", "ຊາວ"])
_LAO_COUNTED = (
    "ໂຕ|ຕົວ|ຫົວ|ໜ່ວຍ|ຫນ່ວຍ|ຄົນ|ຄູ່|ຮູບ|ພາບ|ຊັ້ນ|ຄັ້ງ|ເທື່ອ|ເທົ່າ|ອັນ|ຊຸດ|ບົດ|ເຄື່ອງ|ປະໂຫຍກ|ເລື່ອງ"
    "|ມື້|ວັນ|ຊົ່ວໂມງ|ນາທີ|ວິນາທີ|ອາທິດ|ເດືອນ|ປີ"
)
# Somali two to nine, the tens and a hundred, in lower case before the noun they count ("lix
# layer", six layers; "laba ciyaartoy", two players), and a thousand or million after them
# ("boqol kun", a hundred thousand); "kun" alone only before a noun it counts ("kun qof", a
# thousand people), not as Uzbek's day
_SOMALI_SMALL = {
    "laba": 2, "saddex": 3, "afar": 4, "shan": 5, "lix": 6, "toddoba": 7, "todoba": 7,
    "siddeed": 8, "sagaal": 9, "toban": 10, "labaatan": 20, "soddon": 30, "afartan": 40,
    "konton": 50, "lixdan": 60, "toddobaatan": 70, "siddeetan": 80, "sagaashan": 90, "boqol": 100,
}  # fmt: skip
_SOMALI_SCALES = {"kun": 1000, "malyan": 10**6, "bilyan": 10**9}
_SOMALI_VALUES = {**_SOMALI_SMALL, **_SOMALI_SCALES}
# a Somali count as number_words gives it (claims reads it)
SOMALI_COUNT = pattern(
    rf"(?:{'|'.join(sorted(_SOMALI_SMALL, key=len, reverse=True))})(?: (?:kun|malyan|bilyan))?"
    rf"|kun(?= (?:{_SOMALI_COUNTED})(?!\w))"
)
# Tagalog numbers in words, read only with the linker that joins them to their noun: "-ng"
# after a vowel or "n" ("walong GPUs", eight GPUs; "isandaang libong steps", a hundred thousand
# steps), "na" after another consonant ("apat na libong steps", four thousand steps); "daan"
# (hundred, and also road) and "libo" (thousand) only after a number, and "isa" (one) alone is
# as often "a" ("sa isang image", in an image): see _tagalog_number
_TAGALOG_ONES = {
    "isa": 1, "dalawa": 2, "tatlo": 3, "apat": 4, "lima": 5, "anim": 6, "pito": 7, "walo": 8,
    "siyam": 9,
}  # fmt: skip
_TAGALOG_TENS = {
    "sampu": 10, "dalawampu": 20, "tatlumpu": 30, "apatnapu": 40, "limampu": 50, "animnapu": 60,
    "pitumpu": 70, "walumpu": 80, "siyamnapu": 90,
}  # fmt: skip
# a hundred joined to its ones: "isandaan" (100), "limandaan" (500), "apatnaraan" (400)
_TAGALOG_HUNDREDS = {
    "sandaan": 100, "isandaan": 100, "dalawandaan": 200, "tatlondaan": 300, "apatnaraan": 400,
    "limandaan": 500, "animnaraan": 600, "pitondaan": 700, "walondaan": 800, "siyamnaraan": 900,
}  # fmt: skip
_TAGALOG_SCALES = {"daan": 100, "raan": 100, "libo": 1000, "sanlibo": 1000, "milyon": 10**6}
_TAGALOG_VALUES = {**_TAGALOG_ONES, **_TAGALOG_TENS, **_TAGALOG_HUNDREDS}
_TAGALOG_FIRST = "|".join(
    [*_TAGALOG_HUNDREDS, *_TAGALOG_TENS, "labi[nm]g?-?(?:" + "|".join(_TAGALOG_ONES) + ")",
     "sanlibo", *_TAGALOG_ONES]
)  # fmt: skip
# "kalahati" (a half) after a number and "'t" (and): "tatlo't kalahating araw", 3.5 days
_TAGALOG_WORD = rf"(?:{_TAGALOG_FIRST}|daan|raan|libo|milyon|kalahati)"
_TAGALOG_LINKER = r"(?:(?<=[aeiou])ng|(?<=n)g|(?<=[^aeioun])\sna)"
_TAGALOG_NUMBER = (
    rf"(?:{_TAGALOG_FIRST})(?:(?:{_TAGALOG_LINKER}|['’]t|\sat)\s{_TAGALOG_WORD})*{_TAGALOG_LINKER}"
)
_TAGALOG_TEEN = pattern(r"labi[nm]g?-?")
# a Tagalog count as number_words gives it, with its linker (claims reads it)
TAGALOG_COUNT = pattern(rf"(?i:{_TAGALOG_NUMBER})")
# Irish two to ten, the tens and a hundred, read only before the noun they count, which the
# number mutates: lenited after two to six ("sé shraith", six layers; "dhá mhúnla", two
# models), eclipsed after seven to ten ("seacht n-athróg", seven variables), "h" before a
# vowel ("trí huaire"); "déag" after the noun adds ten ("ocht mí dhéag", eighteen months)
_IRISH_NUMBERS = {
    "dhá": 2, "dá": 2, "trí": 3, "ceithre": 4, "cúig": 5, "sé": 6, "seacht": 7, "ocht": 8,
    "hocht": 8, "naoi": 9, "deich": 10, "fiche": 20, "tríocha": 30, "daichead": 40, "caoga": 50,
    "seasca": 60, "seachtó": 70, "ochtó": 80, "nócha": 90, "céad": 100,
}  # fmt: skip
# "sé" is also he or it and "trí" through, so they count only a lenited noun ("sé shraith",
# "trí huaire"), a unit or an acronym ("trí GPU"), not "tá sé thart ar" (it is about) nor "trí
# chéile" (together)
_IRISH_AMBIGUOUS = frozenset(("sé", "trí"))
_IRISH_LENITED = pattern(r"(?:[bcdfgmpst]h[^\W\d_]|h[aeiouáéíóú]|[A-Z]{2,})[\w'’-]*")
_IRISH_NOT_NOUN = frozenset(
    "is agus nó de den ar le go a an na sa san i in ag ó do faoi mar ná níos chomh thart thar"
    " chun cheana fhéin fhéidir chuig chéile mheán thimpiste sheans dhearmad bhí bheith dhá"
    " míle mhíle milliún mhilliún déag dhéag sin seo siúd".split()
)
_IRISH_NUMBER = "|".join(sorted((w for w in _IRISH_NUMBERS if w != "dá"), key=len, reverse=True))
# an Irish count as number_words gives it, with its noun (claims reads it)
IRISH_COUNT = pattern(
    rf"(?i:{_IRISH_NUMBER}|dá)\s[^\W\d_][\w'’-]*(?:\s(?:an\schloig\s)?d(?:h)?éag)?"
)
# Malagasy numbers in words, after the noun they count, units before tens and smaller parts
# before larger, joined by "amby"/"ambin'ny" and "sy" ("roa amby roapolo", 22; "roa ambin'ny
# folo", 12; "enina arivo sy iray alina", 16 000; "dingana iray hetsy", 100 000 steps); a scale
# past a thousand only after its count ("alina" alone is night): see _malagasy_count
_MALAGASY_ONES = {
    "iray": 1, "iraika": 1, "roa": 2, "telo": 3, "efatra": 4, "dimy": 5, "enina": 6, "fito": 7,
    "valo": 8, "sivy": 9,
}  # fmt: skip
_MALAGASY_TENS = {
    "folo": 10, "roapolo": 20, "telopolo": 30, "efapolo": 40, "dimampolo": 50, "enimpolo": 60,
    "fitopolo": 70, "valopolo": 80, "sivifolo": 90, "zato": 100, "roanjato": 200,
    "telonjato": 300, "efajato": 400, "dimanjato": 500, "eninjato": 600, "fitonjato": 700,
    "valonjato": 800, "sivinjato": 900, "arivo": 1000,
}  # fmt: skip
_MALAGASY_SCALES = {
    "arivo": 10**3, "alina": 10**4, "hetsy": 10**5, "tapitrisa": 10**6, "lavitrisa": 10**9,
    "miliara": 10**9,
}  # fmt: skip
_MALAGASY_ONE = "|".join(_MALAGASY_ONES)
_MALAGASY_PART = (
    rf"(?:(?:{_MALAGASY_ONE})\s(?:{'|'.join(_MALAGASY_SCALES)})|{'|'.join(_MALAGASY_TENS)}"
    rf"|{_MALAGASY_ONE})(?![\w'’])"
)
_MALAGASY_AND = r"\s(?:amby|ambin['’]ny|sy)\s"
_MALAGASY_NUMBER = rf"{_MALAGASY_PART}(?:{_MALAGASY_AND}{_MALAGASY_PART})*"
# a Malagasy count as number_words gives it, ending in its number (claims reads it)
MALAGASY_COUNT = pattern(rf"(?<![\w'’])(?:{_MALAGASY_NUMBER})$", re.IGNORECASE)
_MEASURE_WORDS = "个组条篇种位名项轮次张块列行"  # what a Chinese count puts before its noun
CJK_MEASURE = pattern(f"[{_MEASURE_WORDS}]")  # "两个贡献": two of them (claims reads it too)
NUMBER_WORD = pattern(
    rf"(?<![\w-])(?i:(?P<tens>{'|'.join(_TENS)})(?:[- ](?P<ones>{_ONES}))?"
    rf"|(?:a |one )(?P<big>hundred|thousand)|(?P<small>{'|'.join(_NUMBER_WORDS)})"
    # "zero point four", "point eight five": a decimal read out
    rf"|(?P<point>(?:zero )?point)(?= (?:{'|'.join(_DIGIT_NAMES)})\b)"
    rf"|(?P<foreign>{'|'.join(_FOREIGN_NUMBERS)}))(?![\w])"
    # a Chinese numeral alone, before a measure word or a unit: 两个贡献, 三组示例, 十分钟
    r"|(?<![第零一二两三四五六七八九十百千万亿])(?P<cjk>[一二两三四五六七八九十])"
    rf"(?=[{_MEASURE_WORDS}]|分钟|小时|天|周|秒)"
    rf"|(?<![\u1000-\u109f])(?P<burmese>(?:{_BURMESE_ONE})?ဆယ့?်(?:{_BURMESE_ONE})?|{_BURMESE_ONE})"
    rf"(?=\s?(?P<counted>{_BURMESE_COUNTED})(?!{_BURMESE_MORE}))"
    rf"|(?<![\u1780-\u17ff])(?P<khmer>(?:{_KHMER_TEN})(?:{_KHMER_ONE})?|{_KHMER_ONE})"
    rf"(?!{_KHMER_MORE})(?=\s?(?P<khmer_counted>{_KHMER_COUNTED})(?!{_KHMER_MORE})|\s[A-Za-z])"
    # Yoruba, after its noun (a word, its last letter maybe a combining tone mark, or a
    # colon: "Warmup steps: ẹgbẹ̀rún mẹ́rin"), and not a magnitude of digits ("mílíọ̀nù 4.5")
    rf"|(?:(?<=[^\W\d_] )|(?<=[\u0300-\u036f] )|(?<=[^\W\d_]: ))"
    rf"(?P<yoruba>{_YORUBA_NUMBER}){_YORUBA_END}(?!\s?[0-9])"
    # Hausa, after a word (its noun) and not a magnitude of digits after it ("dubu 100")
    rf"|(?<=[^\W\d_] )(?P<hausa>{_HAUSA_NUMBER})(?![\w'’])(?!\s?[0-9])"
    rf"|(?<![\w'’-])(?P<somali>{SOMALI_COUNT.pattern})(?![\w'’-])"
    rf"|(?<=[^\W\d_] )(?P<zulu>{_ZULU_NUMBER})(?![\w-])"
    # Malagasy, after its noun or an equals sign ("d_k = efatra amby enimpolo", 64)
    rf"|(?<=[^\W\d_] |= )(?P<malagasy>(?i:{_MALAGASY_NUMBER}))(?!\s?[0-9])"
    rf"|(?<![\u0ec0-\u0ec4])(?P<lao>(?:{_LAO_FIRST})(?:{_LAO_NUMBER_PART.pattern})*)"
    rf"(?=(?P<lao_counted>{_LAO_COUNTED})(?!{_LAO_MORE})|\s[A-Za-z])"
    rf"|(?<![\w-])(?P<tagalog>(?i:{_TAGALOG_NUMBER}))(?=\s[^\W\d_]|\s[A-Z]+[0-9])"
    # Irish, not after "a" (the counting "a cúig", five as a name: "Tábla a cúig")
    rf"|(?<![\w'’-])(?<!\ba\s)(?P<irish>(?i:{_IRISH_NUMBER})|(?<=\b[Aa]n\s)dá)"
    rf"(?=\s(?P<irish_noun>[^\W\d_][\w'’-]*)(?:(?:\san\schloig)?\s(?P<irish_teen>d(?:h)?éag))?)"
)


_SINHALA_NOUN = pattern(rf"[^\W\d_][\w{WORD_MARKS}-]*\s$")
_SINGULAR = pattern(
    r" (?:participant|step|second|minute|hour|day|week|month|year|epoch|layer|head)\b"
    r"| (?:сар|сарын|долоо хоног|хоног|цаг|жил|жилийн)(?![\w])"  # Mongolian: "нэг сарын турш"
)
_AND_A_HALF = pattern(r" and a half\b")
_HALF_AFTER = pattern(
    r" (?:y medi[oa]|e mezz[oa]|e mei[oa]|et demie?|und ein halb|go leith)\b"
    rf"|ခွဲ(?!{_BURMESE_MORE})"  # Burmese: "သုံးရက်ခွဲ", three and a half days
    rf"|ເຄິ່ງ(?!{_LAO_MORE})"  # Lao: "ສາມມື້ເຄິ່ງ", three and a half days
)
_LOWER_WORD = pattern(r"\s[^\W\dA-Z]")
_GERMAN_NOUN = pattern(r"\s[^\W\d]")  # "zehn Personen"
_GERMAN = frozenset("zwei drei vier fünf sechs sieben acht neun zehn".split())
_RANGE_TO = pattern(r"\s(?:to|and)\s(?:[0-9]|(?i:two|three|four|five|six|seven|eight|nine)\b)")
# "one discriminator step per generator step": a rate, so a count (claims reads it too)
ONE_PER = pattern(r"(?:\s[a-z][\w-]*){1,2}\sper\s[a-z]")
# a bound before "one" makes it a count: "at least one key question" (claims reads it too)
COUNTED_ONE = pattern(r"\b(?:at (?:least|most)|only|exactly|more than|fewer than)\s$", re.I)
# "an hour or two": the range's top, in the unit named before it
_A_UNIT_OR = pattern(r"\ban? ([a-z]+) or $", re.I)


def number_words(text: str, found: Sequence[Quantity]) -> list[Quantity]:
    """Numbers written as words, outside the ``found`` quantities (``NEWS uses seven``,
    ``thirty-five were picked``, ``a thousand times``, ``one-week deployment``).

    The words after it decide the unit, as if it were written in digits; ``one`` counts only
    as a modifier (``one-week``) or after a bound (``at least one``): elsewhere it is too often
    a pronoun or an article.
    """
    taken = [(q.start, q.start + len(q.text)) for q in found]
    words = []
    spoken_to = 0  # the end of the last number read, whose words are not read again
    for match in NUMBER_WORD.finditer(text):
        if match.start() < spoken_to or any(a <= match.start() < b for a, b in taken):
            continue
        if counter := next((count for group, count in _NOUN_COUNTS.items() if match[group]), None):
            spoken_to = match.end()
            if (counted := counter(text, match)) is not None:
                words.append(counted)
            continue
        if match["tagalog"]:
            value = _tagalog_number(match["tagalog"])
            digits, end = f"{value:g}", match.end()
        elif match["irish"]:
            noun = match["irish_noun"]
            if noun.lower() in _IRISH_NOT_NOUN or (
                match["irish"].lower() in _IRISH_AMBIGUOUS
                and not _IRISH_LENITED.fullmatch(noun)
                and not unit_of(noun)  # "trí lá" (three days): "l" takes no lenition
            ):
                continue
            value = _IRISH_NUMBERS[match["irish"].lower()] + (10 if match["irish_teen"] else 0)
            digits, end = str(value), match.end()
        elif (
            match["cjk"]
            or match["foreign"]
            or match["burmese"]
            or match["khmer"]
            or match["lao"]
            or match["somali"]
        ):
            value = (
                _CN_DIGITS.get(match["cjk"], 10)
                if match["cjk"]
                else math.prod(_SOMALI_VALUES[w] for w in match["somali"].split())
                if match["somali"]
                else _burmese_number(match["burmese"])
                if match["burmese"]
                else _khmer_number(match["khmer"])
                if match["khmer"]
                else _lao_number(match["lao"])
                if match["lao"]
                else matched_entry(_FOREIGN_NUMBERS, match["foreign"])
            )
            digits, end = str(value), match.end()
        else:
            digits, end = spoken_number(text, match.start())
            value = float(digits.replace(",", ""))
            if half := _AND_A_HALF.match(text, end):  # "three and a half days"
                value, end = value + 0.5, half.end()
                digits = str(value)
        spoken_to = end
        if match["foreign"] in _SINHALA_NUMBERS:
            # Sinhala names what it counts before the number: "layers හයක්", "විචල්‍ය හතක්"
            if _SINHALA_NOUN.search(text, 0, match.start()) is None:
                continue
            unit, kind, _ = _sinhala_before(text, match.start(), end, True) or ("", "count", 0)
            words.append(Quantity(float(value), unit, kind, match["foreign"], match.start(), 1))
            continue
        if (unit_or := _A_UNIT_OR.search(text, 0, match.start())) and unit_of(unit_or[1]):
            quantity = parse_quantities(f"{digits} {unit_or[1]}")[0]
            words.append(quantity._replace(text=text[unit_or.start() : end], start=unit_or.start()))
            continue
        # mid-line, as the word was: "3 Duke hospitals" opening a line reads as a section number
        parsed = parse_quantities("~ " + digits + text[end : end + 60])
        if not parsed or parsed[0].start != 2:
            continue
        lone = value == 1 and "-" not in parsed[0].text
        # "one participant (N5)", "one to two weeks": a count, not a pronoun
        counting = (
            _SINGULAR.match(parsed[0].text, len(digits))
            or _RANGE_TO.match(text, end)
            or ONE_PER.match(text, end)
        )
        if (
            lone
            and not counting
            and not COUNTED_ONE.search(text, 0, match.start())
            and not match["burmese"]  # "တစ်ရက်": a Burmese count, whose classifier says so
            and not match["khmer_counted"]  # "មួយថ្ងៃ" (one day): a Khmer one likewise
            and not match["lao_counted"]  # "ໜຶ່ງມື້", one day: likewise in Lao
        ):
            continue
        quantity = parsed[0]
        if (
            match["somali"]
            and " " not in match["somali"]
            and not quantity.unit
            and not _SOMALI_NOUN.match(text, end)
        ):
            continue  # "waa shan": a count only with the noun after it (or "boqol kun" whole)
        if match["foreign"] and not quantity.unit:
            noun = _GERMAN_NOUN if match["foreign"].lower() in _GERMAN else _LOWER_WORD
            if not noun.match(text, end):
                continue  # "dos Santos", "Trois Brasseurs": a name's word, no count
        written = text[match.start() : end] + quantity.text[len(digits) :]
        if match["irish"] and (match["irish_teen"] or not quantity.unit):
            # with its noun, and "déag" after it: "cúig cholún", "ocht mí dhéag"
            last = "irish_teen" if match["irish_teen"] else "irish_noun"
            written = text[match.start() : match.end(last)]
        if (match["burmese"] or match["lao_counted"]) and not quantity.unit:
            counted = match.end("counted") if match["burmese"] else match.end("lao_counted")
            written = text[match.start() : counted]  # "ရှစ်ခု", "ແປດຫົວ": with the classifier
            # the noun stands before a Burmese count: "GPU ရှစ်လုံး" is eight GPUs
            noun = _NOUN_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if noun and (named := unit_of(noun[1]) or unit_of(noun[1] + "s")):
                quantity = quantity._replace(unit=named[0], kind=named[1])
        if match["khmer"] and not quantity.unit:
            # a Khmer count with its classifier ("ប្រាំបី គ្រឿង") or the Latin noun it counts
            # ("ប្រាំ columns"); the noun before a classifier names it: "GPU ប្រាំបី គ្រឿង"
            if match["khmer_counted"]:
                written = text[match.start() : match.end("khmer_counted")]
                noun = _NOUN_BEFORE.search(text, max(0, match.start() - 30), match.start())
                if noun and (named := unit_of(noun[1]) or unit_of(noun[1] + "s")):
                    quantity = quantity._replace(unit=named[0], kind=named[1])
            elif noun := _KHMER_NOUN_AFTER.match(text, end):
                written = text[match.start() : noun.end()]
            else:
                continue
        if quantity.unit and (half := _HALF_AFTER.match(text, match.start() + len(written))):
            value = quantity.value + 0.5  # "tres días y medio"
            quantity = quantity._replace(value=value, sig_figs=_sig_figs(f"{value:g}"))
            written += half.group(0)
        words.append(quantity._replace(text=written, start=match.start()))
    return words


_NOUN_BEFORE = pattern(r"([A-Za-z]+)\s$")
# the noun a Somali count names after it, in Somali or the paper's English: "laba ciyaartoy",
# "shan column"; not "et al." after a name ("Shan et al.")
_SOMALI_NOUN = pattern(r"\s(?!et\b|and\b|or\b|of\b)[A-Za-z][a-z-]*\b")
# the noun a Hausa number counts, and "guda" (pieces) between: "layers guda shida", "na'ura ɗaya"
_HAUSA_NOUN = pattern(r"(?<![\w'’-])([^\W\d_][\w'’-]*(?: horo| gwaji)?)\s(?:guda\s)?$")
# the nouns before whose "ɗaya" (one) means the same or entire: "gaba ɗaya" (entirely), "a
# lokaci ɗaya" (at once), "iri ɗaya" (the same kind), "sau ɗaya" (once)
_HAUSA_NOT_ONE = frozenset("gaba lokaci iri wuri hanya sau kai murya".split())


def _hausa_count(text: str, match: re.Match[str]) -> Quantity | None:
    """The count a Hausa number word gives the noun before it: 12 hours for "awa goma sha
    biyu", six layers for "layers guda shida"; None where no noun stands before it."""
    noun = _HAUSA_NOUN.search(text, max(0, match.start() - 40), match.start())
    if noun is None:
        return None
    word = noun[1].lower()
    if word in _HAUSA_SCALES or word in _HAUSA_TENS or word in _HAUSA_ONES or word in ("da", "sha"):
        return None  # the tail of a number not read whole: "biyu" of "ɗari biyu" opening a line
    value = _hausa_number(match["hausa"].split())
    if value == 1 and word in _HAUSA_NOT_ONE:
        return None
    if word in _FIRST_UNITS:  # "awa goma sha biyu": the noun is the unit, and part of the text
        unit, kind = _FIRST_UNITS[word]
        written = text[noun.start() : match.end()]
        return Quantity(float(value), unit, kind, written, noun.start(), _sig_figs(str(value)))
    unit, kind = unit_of(noun[1]) or unit_of(noun[1] + "s") or ("", "count")
    return Quantity(float(value), unit, kind, match["hausa"], match.start(), _sig_figs(str(value)))


# the noun a Yoruba number counts, before it, maybe a colon between: "GPU mẹ́jọ", "oṣù
# méjìdínlógún", "steps: ẹgbẹ̀rún mẹ́rin"
_YORUBA_NOUN = pattern(r"(?<![\w\u0300-\u036f'’-])([^\W\d_][\w\u0300-\u036f'’-]*):?\s$")


def _yoruba_count(text: str, match: re.Match[str]) -> Quantity | None:
    """The count a Yoruba number word gives the noun before it: 12 hours for "wákàtí méjìlá",
    eight GPUs for "GPU mẹ́jọ"; None where the word before is a number's own."""
    noun = _YORUBA_NOUN.search(text, max(0, match.start() - 40), match.start())
    if noun is None:
        return None
    word = unicodedata.normalize("NFC", noun[1].lower())
    if word in _YORUBA_ONES or word in _YORUBA_SCALES or word == "lọ́nà":
        return None  # the tail of a number not read whole
    value = _yoruba_number(match["yoruba"])
    digits = f"{value:g}"
    if word in _FIRST_UNITS and not noun[0].rstrip().endswith(":"):
        unit, kind = _FIRST_UNITS[word]  # "wákàtí méjìlá": the noun is the unit, and in the text
        written = text[noun.start() : match.end()]
        return Quantity(value, unit, kind, written, noun.start(), _sig_figs(digits))
    unit, kind = unit_of(noun[1]) or unit_of(noun[1] + "s") or ("", "count")
    return Quantity(value, unit, kind, match["yoruba"], match.start(), _sig_figs(digits))


def _yoruba_number(words: str) -> float:
    """The value of a Yoruba number's words: 4000 for "ẹgbẹ̀rún mẹ́rin", 3.5 for "mẹ́ta àbọ̀",
    a scale multiplying the number after it."""
    *rest, last = unicodedata.normalize("NFC", words).split()
    half = last in _YORUBA_HALF
    if half:
        *rest, last = rest
    value = float(_YORUBA_ONES.get(last, 1)) + (0.5 if half else 0)
    scale = _YORUBA_SCALES.get(rest[0], 1) if rest else _YORUBA_SCALES.get(last, 1)
    return value * scale


# the noun a Zulu number counts, before it: "amahora", "ama-GPU", "izithombe"
_ZULU_NOUN = pattern(r"(?<![\w-])((?:[a-z]+-)?[^\W\d_][\w]*)\s$")
# the Zulu nouns of a duration or a count, by the stem their class prefix joins ("amahora",
# hours; "kuyimizuzu", it is minutes; "izinsuku", days)
_ZULU_UNITS = {
    "hora": ("hours", "duration"), "nsuku": ("days", "duration"), "suku": ("days", "duration"),
    "sonto": ("weeks", "duration"), "nyanga": ("months", "duration"),
    "nyaka": ("years", "duration"), "mizuzwana": ("seconds", "duration"),
    "zuzwana": ("seconds", "duration"), "mizuzu": ("minutes", "duration"),
    "zithombe": ("samples", "count"), "sithombe": ("samples", "count"),
    "pharamitha": ("parameters", "params"),
}  # fmt: skip
# the Zulu magnitudes, by their stems: "izigidi" (millions), "yinkulungwane" (a thousand)
_ZULU_MAGNITUDES = {"nkulungwane": 3, "sigidi": 6, "zigidi": 6, "miliyoni": 6, "bhiliyoni": 9}
_ZULU_MAGNITUDE = pattern(r"[^\W\d_]*?(" + "|".join(_ZULU_MAGNITUDES) + r")$")
_ZULU_UNIT = pattern(r"[^\W\d_]*?(" + "|".join(sorted(_ZULU_UNITS, key=len, reverse=True)) + r")$")


def _zulu_unit(noun: str) -> tuple[str, str] | None:
    """The unit a Zulu noun names: hours for "amahora", GPUs for "ama-GPU" (the English word
    after its class prefix)."""
    if (zulu := _ZULU_UNIT.match(noun)) is not None:
        return _ZULU_UNITS[zulu[1]]
    english = noun.rpartition("-")[2]
    return unit_of(english) or unit_of(english + "s") if "-" in noun else None


def _zulu_count(text: str, match: re.Match[str]) -> Quantity | None:
    """The count a Zulu number word gives the noun before it: 12 hours for "amahora ayishumi
    nambili", 8 GPUs for "ama-GPU ayisishiyagalombili"; None where no noun stands before it."""
    noun = _ZULU_NOUN.search(text, max(0, match.start() - 40), match.start())
    if noun is None:
        return None
    words = match["zulu"].split()
    if len(words) == 1 and words[0].endswith(_ZULU_PLURAL_SCALES):
        return None  # "izinkulungwane", thousands: how many, it does not say
    value = _zulu_number(words)
    digits = str(value)
    if (named := _zulu_unit(noun[1])) is not None:
        written = text[noun.start() : match.end()]
        return Quantity(float(value), *named, written, noun.start(), _sig_figs(digits))
    return Quantity(float(value), "", "count", match["zulu"], match.start(), _sig_figs(digits))


_ZULU_PLURAL_SCALES = ("zinkulungwane", "zigidi", "mashumi", "makhulu")
_ZULU_STEM = pattern(
    "(" + "|".join(sorted([*_ZULU_ONES, *_ZULU_SCALES], key=len, reverse=True)) + ")$"
)


def _zulu_number(words: list[str]) -> int:
    """The value of a Zulu number's words: 12 for "ayishumi nambili", 50 for "ezingamashumi
    amahlanu"; a word after "na-"/"ne-" (and) adds, any other multiplies what it follows."""
    total = group = 0
    for word in words:
        stem = _ZULU_STEM.search(word)
        value = (_ZULU_SCALES.get(stem[1]) or _ZULU_ONES[stem[1]]) if stem else 1
        if group and not word.startswith(("na", "ne")):
            group *= value  # "amashumi amane": tens, four of them
        else:
            total, group = total + group, value
    return total + group


# the noun a Malagasy number counts, before it: "loha valo" (eight heads), "GPU valo", and
# "mifanandrify" (paired) after it ("fehezanteny mifanandrify 4,5 tapitrisa", sentence pairs)
_MALAGASY_NOUN = pattern(r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s(?:mifanandrify\s)?$")
# Malagasy particles, no noun of a number after them: "dia" (topic), not Portuguese days
_MALAGASY_PARTICLES = frozenset("dia no ho ny sy ary ka fa eo".split())
# a Malagasy sentence (verify reads it too), by its genitive "'ny" ("amin'ny", "ho an'ny"), its
# words "tsy" (not), "misy" (there is), "izay" (which), "ireo" (those), "isaky" (each), "kosa"
# (whereas), "mampiasa" (uses), "eo ho eo" (about), or "ny" (the) before "dia" or "no" (its
# topic and focus particles: "Ny GAN dia nofanina ...", the GAN was trained ...)
MALAGASY_TEXT = pattern(
    r"(?<![\w'’])(?:[a-z]+['’]ny|tsy|misy|izay|ireo|isaky|izany|kosa|n?ampiasa\w*|mampiasa"
    r"|eo ho eo)(?![\w'’])|(?<![\w'’])ny\s[^.!?]*\b(?:dia|no)\b",
    re.IGNORECASE,
)


def _malagasy_count(text: str, match: re.Match[str]) -> Quantity | None:
    """The count a Malagasy number word gives the noun before it: 12 hours for "ora roa
    ambin'ny folo", eight heads for "loha valo"; None in another language's text, or for a lone
    "iray" (one, and the article a)."""
    if not MALAGASY_TEXT.search(text, max(0, match.start() - 300), match.end() + 300):
        return None
    words = re.split(r"\s+", match["malagasy"].lower())
    if words in (["iray"], ["iraika"]):
        return None
    value = _malagasy_number(words)
    noun = _MALAGASY_NOUN.search(text, max(0, match.start() - 40), match.start())
    word = noun[1].lower() if noun and noun[1].lower() not in _MALAGASY_PARTICLES else ""
    if word in _MALAGASY_ONES or word in _MALAGASY_TENS or word in _MALAGASY_SCALES:
        return None  # the tail of a number not read whole
    if noun is not None and word and (named := _MALAGASY_UNITS.get(word, _UNITS.get(word))):
        # "ora roa ambin'ny folo": the noun is the unit, and part of the text
        written = text[noun.start() : match.end()]
        return Quantity(float(value), *named, written, noun.start(), _sig_figs(str(value)))
    unit, kind = unit_of(word + "s") or ("", "count") if word else ("", "count")
    written = match["malagasy"]
    return Quantity(float(value), unit, kind, written, match.start(), _sig_figs(str(value)))


# the languages whose number words count the noun before them, by NUMBER_WORD's group, and what
# reads that noun's count
_NOUN_COUNTS = {
    "hausa": _hausa_count,
    "yoruba": _yoruba_count,
    "zulu": _zulu_count,
    "malagasy": _malagasy_count,
}


def _malagasy_number(words: list[str]) -> int:
    """The value of a Malagasy number's words, the sum of its parts: 22 for "roa amby
    roapolo", 16000 for "enina arivo sy iray alina"."""
    total, ones = 0, 0
    for word in words:
        word = word.replace("’", "'")
        if word in _MALAGASY_ONES:
            ones = _MALAGASY_ONES[word]
        elif word in _MALAGASY_SCALES and (ones or word != "arivo"):
            total, ones = total + (ones or 1) * _MALAGASY_SCALES[word], 0
        elif word in _MALAGASY_TENS:
            total += _MALAGASY_TENS[word]
        else:  # "amby", "ambin'ny", "sy": and
            total, ones = total + ones, 0
    return total + ones


def _hausa_number(words: list[str]) -> int:
    """The value of a Hausa number's words: 12 for "goma sha biyu", 300000 for "dubu ɗari uku",
    a scale multiplied by the words after it and added to those after "da" (and)."""
    if not words:
        return 0
    first, rest = words[0], words[1:]
    if first in _HAUSA_SCALES:
        cut = rest.index("da") if "da" in rest else len(rest)
        return _HAUSA_SCALES[first] * (_hausa_number(rest[:cut]) or 1) + _hausa_number(
            rest[cut + 1 :]
        )
    if first in _HAUSA_TENS:
        return _HAUSA_TENS[first] + _hausa_number(rest[1:])  # "goma sha biyu", "ashirin da biyar"
    return _HAUSA_ONES[first]


_KHMER_NOUN_AFTER = pattern(r"\s[a-z][a-z-]*s\b")  # "ប្រាំ columns", a plural


def _khmer_number(words: str) -> int:
    """The value of a Khmer number word: "ប្រាំបី" 8, "ដប់ពីរ" 12, "ម្ភៃប្រាំ" 25."""
    for ten, value in _KHMER_TENS.items():
        if words.startswith(ten):
            return value + _KHMER_ONES.get(words[len(ten) :], 0)
    return _KHMER_ONES[words]


def _burmese_number(words: str) -> int:
    """The value of a Burmese number word: "ဆယ့်နှစ်" 12, "နှစ်ဆယ်" 20, "ရှစ်" 8."""
    tens, ten, ones = words.partition("ဆယ")
    if not ten:
        return _BURMESE_ONES[words]
    ones = ones.lstrip("့်")
    return 10 * _BURMESE_ONES.get(tens, 1) + _BURMESE_ONES.get(ones, 0)


def _lao_number(words: str) -> int:
    """The value of a Lao number word: "ສິບສອງ" 12, "ຊາວເອັດ" 21, "ໜຶ່ງແສນ" 100,000."""
    total = whole = digit = 0
    for part in _LAO_NUMBER_PART.findall(words):
        if part in _LAO_ONES:
            digit = _LAO_ONES[part]
        elif (power := _LAO_POWERS[part]) >= 10**6:  # "ສາມຮ້ອຍລ້ານ": of all before it
            total += (whole + digit or 1) * power
            whole = digit = 0
        else:
            whole += power if power == 20 else (digit or 1) * power
            digit = 0
    return total + whole + digit


def _tagalog_number(words: str) -> float:
    """The value of a Tagalog number and its linkers: "walong" 8, "labindalawang" 12,
    "dalawampu't limang" 25, "isandaang libong" 100,000, "apat na libong" 4,000,
    "tatlo't kalahating" 3.5."""
    total: float = 0
    group: float = 0
    for word in words.lower().replace("’", "'").replace("'t", " ").split():
        for stem in (word, word.removesuffix("g"), word.removesuffix("ng")):
            if (teen := _TAGALOG_TEEN.match(stem)) and stem[teen.end() :] in _TAGALOG_ONES:
                group += 10 + _TAGALOG_ONES[stem[teen.end() :]]
            elif stem in _TAGALOG_SCALES and stem != "sanlibo":
                if (scale := _TAGALOG_SCALES[stem]) == 100:
                    group = (group or 1) * 100
                else:
                    total, group = total + (group or 1) * scale, 0
            elif value := _TAGALOG_VALUES.get(stem):
                group += value
            elif stem == "sanlibo":
                total += 1000
            elif stem == "kalahati":
                group += 0.5
            else:
                continue
            break
    return total + group


_SPOKEN_WORD = pattern(r"[- ]?([A-Za-z]+)")
_DIGIT_WORDS = dict(zip(_DIGIT_NAMES, (0, *range(10)), strict=True))


def spoken_number(text: str, start: int) -> tuple[str, int]:
    """The digits of a number spoken in words from ``start`` and where it ends: "fifty-one
    thousand six hundred and ninety-seven" (51697), "twenty-eight point four" (28.4), "a
    hundred and twenty-two", "twelve hundred"; and as a number is read out, "two ninety point
    eight two" (290.82), "twenty-one ten" (2110). A magnitude after it ("million") is left to
    the digits' reading."""
    total = group = 0
    end = start
    # the kind of the last word read: "ones", "teen", "tens", "scale", "and", or "read" (the
    # end of a year-like number)
    last = ""
    at = start
    while word := _SPOKEN_WORD.match(text, at):
        name = word.group(1).lower()
        value = _NUMBER_WORDS.get(name) or _TENS.get(name)
        if value is not None:
            kind = "tens" if name in _TENS else "teen" if value >= 10 else "ones"
            if last == "tens" and kind == "ones":
                group += value  # "twenty-eight"
            elif last in ("", "scale", "and"):
                group += value
            elif value >= 10 and group < 100 and not _BEFORE_NOUN.match(text, word.end()):
                group = group * 100 + value  # "two ninety", "twenty-one ten": read out
            else:
                break
        elif name in ("hundred", "thousand") and (
            last in ("", "ones", "teen", "tens", "a") or (name == "thousand" and group)
        ):  # "five hundred thousand"
            if name == "hundred":
                group = (group or 1) * 100
            else:
                total, group = total + (group or 1) * 1000, 0
            kind = "scale"
        elif name == "zero" and last == "":
            kind = "ones"  # "zero point four"
        elif (
            name == "oh"
            and last in ("teen", "tens")
            and group < 100
            and (ones := _SPOKEN_WORD.match(text, word.end()))
        ):  # "nineteen oh nine": 1909, read out
            if (digit := _NUMBER_WORDS.get(ones.group(1).lower(), 10)) >= 10:
                break
            group, kind, word = group * 100 + digit, "read", ones  # and nothing after it
        elif name == "a" and last == "":
            kind = "a"
        elif name == "and" and last == "scale" and _NUMBER_NEXT_WORD.match(text, word.end()):
            kind = "and"
        elif name == "point" and last in ("", "ones", "teen", "tens", "scale"):
            decimals = ""
            at = word.end()
            while (digit := _SPOKEN_WORD.match(text, at)) and (
                digit.group(1).lower() in _DIGIT_WORDS
            ):
                decimals += str(_DIGIT_WORDS[digit.group(1).lower()])
                at = digit.end()
            if decimals:  # grouped, so no "1900.01" reads as a date
                return f"{total + group:,}.{decimals}", at
            break
        else:
            break
        last, at = kind, word.end()
        if kind not in ("a", "and"):
            end = word.end()
    return str(total + group), end


# "two twenty-minute sessions" are no 220: a number joined to a noun counts it
_BEFORE_NOUN = pattern(rf"-(?!(?i:{_ONES})\b)[A-Za-z]")
_NUMBER_NEXT_WORD = pattern(rf" (?i:a |{'|'.join([*_NUMBER_WORDS, *_TENS])})")


def _date(match: re.Match[str]) -> Quantity | None:
    year = match["iso_y"] or match["cn_y"] or match["en_y"] or match["us_y"]
    if match["iso_y"]:
        month, day = int(match["iso_m"]), match["iso_d"]
    elif match["cn_y"]:
        month, day = int(match["cn_m"]), match["cn_d"]
    else:
        month = _MONTHS[match["en_mon"] or match["us_mon"]]
        day = match["en_d"] or match["us_d"]
    value = int(year) * 100 + month
    if day:
        value = value * 100 + int(day)
    return Quantity(
        value=float(value),
        unit="day" if day else "month",
        kind="date",
        text=match.group(0),
        start=match.start(),
        sig_figs=len(str(value)),
    )


_MODIFIER = pattern(r"-[a-z]{2,}(?![\w-])")
# the case endings Kazakh joins to a number by a hyphen (not its ordinal "-ші", "-інші")
_KAZAKH_CASE = pattern(
    r"-(?:[дтн][ае]н?|[гк]е|[ғқ]а|[нд][аеі]|[ндт][ыі]|[ндт][ыі]ң|[мбп]ен|[дт](?:ай|ей)"
    r"|[дт](?:ағы|егі)|[сн]ы|[сн]і)(?![\w-])"
)
# an Armenian case ending a hyphen joins to a number; "-րդ" and "-ին" make an ordinal or a date
# ("3-րդ" third, "դեկտեմբերի 20-ին" on 20 December)
_ARMENIAN_CASE = pattern(r"-(?!րդ|ին(?![\u0561-\u0587]))[\u0561-\u0587]")
# the case endings Mongolian joins to a number by a hyphen: "45-ыг" (45 of them, accusative),
# "12-оос" (than 12); not its ordinal "-р"
_MONGOLIAN_CASE = pattern(r"-(?:ыг|ийг|г|[аэоө]{2}[ср]|[дт]|т[аэо]й|ын|ийн|н)(?![\w-])")
# what Zulu writes before a number and a hyphen: its concord and copula ("angu-3.5", "ayi-17",
# "eziyi-18", "ezi-3.5"), "u-" before a number named ("ithole u-11.6", got 11.6), "ngo-" (by)
_ZULU_COPULA_FORM = r"(?:u|ku|ka|kuka|ngo|ezi|[a-z]*ngu|[a-z]+yi)[-–](?:\*\*|__)?"
_ZULU_COPULA = pattern(rf"(?<![\w-]){_ZULU_COPULA_FORM}$")
# and the noun it counts before those: "amahora angu-3.5" is 3.5 hours
_ZULU_BEFORE = pattern(rf"(?<![\w-])((?:[a-z]+-)?[^\W\d_]+)\s{_ZULU_COPULA_FORM}$")
_TOP_K = pattern(r"(?i:top|naka)[-–]$")  # and Tagalog's "naka-225" (scored 225)


_ID_LIST = pattern(
    r"(\(|(?<![\w.-]))[A-Z]{1,2}[0-9]+(?:\s?(?:[,–&-]|and)\s?[0-9]+)*\s?(?:[,–&-]|and)\s?$"
)
# without a bracket, a list of names goes on after the number, or ends the text: "T4, 6, 12"
# lists participants, "P4, 35% of saves" does not
_ID_NEXT = pattern(r"[0-9]+(?:\s?(?:[,–&-]|and)\s?[0-9]|\s*$)")


def _inside_identifier(text: str, start: int) -> bool:
    """Whether the number continues a name across a hyphen: ``VL-7B``, ``GPT-4``, ``qwen2-5``;
    or a list of names written once in full: ``(P1, 3–5, 7)``, ``(N1 and 3)``, ``T4, 6, 9–10``.

    ``top-5`` is the ML way of writing k = 5, not a name.
    """
    listed = _ID_LIST.search(text, max(0, start - 40), start)
    if listed and (listed[1] or _ID_NEXT.match(text, start)):
        return True  # "(P1, 3–5, 7)": participants P1, P3 to P5 and P7
    if start == 0 or text[start - 1] not in "-–" or _TOP_K.search(text, 0, start):
        return False
    if _ZULU_COPULA.search(text, max(0, start - 12), start):
        return False  # Zulu joins a number to its copula or concord: "amahora angu-3.5"
    if text.endswith("მე", 0, start - 1):
        return True  # a Georgian ordinal: "მე-9 კვირა" is the ninth week, no nine weeks
    i = start - 2
    while i >= 0 and text[i].isdigit():
        i -= 1
    return i >= 0 and text[i].isascii() and text[i].isalpha()


_ARGUMENT = pattern(r"(?:[^\W\d_][\w-]*|[A-Z][A-Z0-9-]+ )\([^\W\d_]\w{0,3}\s?=\s?$")


def _argument(text: str, start: int, end: int) -> bool:
    """Whether the number is the argument of a metric's name: ``GAME(L=1)``, ``GAME (L=0)``,
    ``mAP(k=5)`` (not a value stated in parentheses: ``antiferromagnets (N = 3)``)."""
    return (
        text[start - 1 : start] in ("=", " ")
        and text[end : end + 1] == ")"
        and _ARGUMENT.search(text, max(0, start - 30), start) is not None
    )


_ACRONYM_BEFORE = pattern(r"(?<![\w-])[A-Z][A-Z0-9]+ $")


def _sized_name(text: str, match: re.Match[str]) -> bool:
    """Whether a bare ``50K`` ends a dataset's name, right after an acronym: ``QQP 50K`` (and
    ``QQP 50K BLEU``: no score is fifty thousand)."""
    metric = match["unit"] is not None and matched_entry(_UNITS, match["unit"])[1] == "other"
    return (
        match["num"] is not None
        and match["mag"] in ("K", "M")
        and "." not in match["num"]
        and not ((match["unit"] and not metric) or match["cunit"] or match["pct"] or match["gpu"])
        and _ACRONYM_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
    )


def _numbering(text: str, match: re.Match[str]) -> bool:
    """Whether a bare number opens its line as list numbering or a section number, or marks
    an item of a list within a sentence (``(1) for lower numbers …, and (2) for UCSD``)."""
    if match["num"] is None or any(
        match[group] for group in ("exp", "mag", "unit", "cunit", "pct", "gpu", "days")
    ):
        return False  # "一百二十个样本" opening a line numbers nothing
    start, end = match.span()
    if text[start - 1 : start] == "(" and text[end : end + 2] == ") " and match["num"].isdigit():
        number = int(match["num"])
        return f"({number - 1}) " in text or f"({number + 1}) " in text
    line_start = text.rfind("\n", 0, match.start()) + 1
    if _LINE_START_JUNK.fullmatch(text, line_start, match.start()) is None:
        return False
    if match["num"].isdigit() and int(match["num"]) >= 100:
        return False  # "417 Likert ratings" opening a list item counts ratings
    return _SECTION_TAIL.match(text, match.end()) is not None


def _magnitude_only(text: str, start: int, end: int) -> tuple[str, str]:
    """A magnitude with no unit counts parameters in ``ViT(675M)``, else things unnamed."""
    if (
        start >= 2
        and text[start - 1] == "("
        and text[start - 2].isalnum()
        and text[end : end + 1] == ")"
    ):
        return "parameters", "params"
    return "", "count"


def _per_part(text: str, match: re.Match[str]) -> Quantity | None:
    """``百分之零点二三`` → 0.23%, ``千分之一`` → 0.001: a share written in Chinese."""
    part = match["part"]
    if not part[0].isdigit():
        whole, _, tenths = part.partition("点")
        number = _CN_DIGITS.get(whole) if len(whole) == 1 else _chinese_number(whole)
        if number is None:
            return None
        part = f"{number}.{''.join(str(_CN_DIGITS[c]) for c in tenths)}" if tenths else str(number)
    percent = match["per"] == "百分之"
    start, end = match.span()
    return Quantity(
        value=float(part) if percent else float(f"{part}e-3"),
        unit="%" if percent else "",
        kind="percent" if percent else "other",
        text=text[start:end],
        start=start,
        sig_figs=_sig_figs(part),
    )


def _chinese_number(written: str) -> int | None:
    """``两百万`` → 2000000; None when there is no multiplier (``一一``)."""
    if not any(c in _CN_SMALL or c in _CN_BIG for c in written):
        return None
    total = section = digit = 0
    for char in written:
        if char in _CN_DIGITS:
            digit = _CN_DIGITS[char]
        elif char in _CN_SMALL:
            section += (digit or 1) * _CN_SMALL[char]
            digit = 0
        elif char == "万":
            total += (section + digit) * _CN_BIG[char]
            section = digit = 0
        else:
            total = (total + section + digit) * _CN_BIG[char]
            section = digit = 0
    return total + section + digit


_GROUPS = {
    **_CN_BIG, "억": 10**8, "만": 10**4, "천": 10**3,
    **dict.fromkeys(_CRORES, 10**7), **dict.fromkeys(_LAKHS, 10**5),
    **dict.fromkeys(_THOUSANDS, 10**3),
}  # fmt: skip
_GROUPED = pattern("|".join(_GROUPS))


def _grouped(written: str) -> float:
    """``5万1697`` → 51697, ``1億6800万`` → 168000000, ``3억 5482만`` → 354820000: digits
    grouped by 万 and 億 (亿), by Korean 억, 만 and 천, or by crore, lakh and thousand."""
    total = 0.0
    for part, size in re.findall(rf"([0-9]+(?:\.[0-9]+)?)\s?({_GROUPED.pattern})?", written):
        total += float(part) * _GROUPS.get(size, 1)
    return total


def _sig_figs(digits: str) -> int:
    mantissa = re.split("[eE]", digits)[0]
    if "." in mantissa:
        significant = mantissa.replace(".", "").lstrip("0")
    else:
        significant = mantissa.lstrip("0").rstrip("0")
    return max(len(significant), 1)


def compatible_units(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities measure the same kind of thing, so their values may be compared.

    A unitless number (a table cell, ``1.4B``) is compatible with anything but a date, a
    duration or money, because papers' tables often leave the unit to the column header.
    """
    if a.kind == "date" or b.kind == "date":
        return a.kind == b.kind
    if a.kind == b.kind and a.kind in ("duration", "length"):
        return a.unit == b.unit or (a.unit in _SCALES and b.unit in _SCALES)
    if not a.unit or not b.unit:
        return not {a.kind, b.kind} & {"duration", "length", "money"}
    return a.unit == b.unit


def unit_words() -> frozenset[str]:
    """Every written unit word the parser knows (``participants``, ``个月``), lower-case."""
    return frozenset(_UNITS)


APPROXIMATE = 0.1  # how far a rounded number may be from the paper's, as a share of it


def same_value(a: Quantity, b: Quantity) -> str | None:
    """How ``a`` (a claim) matches ``b`` (a paper): exact, equivalent, approximate or None.

    exact: same value written the same way; equivalent: same value, other form
    (``600b`` / ``600 billion`` / ``0.6T``); approximate: ``b`` is more precise and rounds to
    ``a`` at ``a``'s precision (``4 trillion`` ~ ``4.1T``, ``2M`` ~ ``2.0 million``), and is
    within a tenth of it: ``20,000`` rounds 17,000 at one digit, but no reader would say so.
    Units are not checked here: see ``compatible_units``.
    """
    if a.kind == "date" or b.kind == "date":
        return _same_date(a, b)
    scale_a, scale_b = unit_scale(a), unit_scale(b)
    value_a, value_b = a.value * scale_a, b.value * scale_b
    res_a, res_b = resolution(a) * scale_a, resolution(b) * scale_b
    if math.isclose(value_a, value_b, rel_tol=1e-9, abs_tol=1e-12):
        if scale_a == scale_b and res_b < res_a and not math.isclose(res_a, res_b):
            return "approximate"
        return "exact" if _form(a) == _form(b) else "equivalent"
    if res_b < res_a and not math.isclose(res_a, res_b):
        # b rounds to a at a's precision; a tie rounds away from zero, as people round
        gap, half = abs(value_b - value_a), res_a / 2
        if math.isclose(gap, half, rel_tol=1e-9):
            rounds = abs(value_b) < abs(value_a)
        else:
            rounds = gap < half
        if rounds and gap <= APPROXIMATE * abs(value_a):
            return "approximate"
    return None


def _same_date(a: Quantity, b: Quantity) -> str | None:
    if a.kind != b.kind:
        return None
    if a.unit == b.unit:
        if a.value != b.value:
            return None
        return "exact" if a.text == b.text else "equivalent"
    if a.unit == "month" and b.unit == "day" and int(b.value) // 100 == int(a.value):
        return "approximate"
    return None


def unit_scale(q: Quantity) -> float:
    """The size of a duration's or length's unit in seconds or metres; 1 for anything else."""
    return _SCALES.get(q.unit, 1)


def resolution(q: Quantity) -> float:
    """The value of one unit in the last significant digit as written."""
    if q.value == 0:
        return 10.0 ** (1 - q.sig_figs)
    return 10.0 ** (math.floor(math.log10(abs(q.value))) - q.sig_figs + 1)


_FORM = pattern(r"[0-9.,]+(?:[eE][+-]?[0-9]+)?\s*(?:[A-Za-z]+|[百千万亿億억만천]+)?")


def _form(q: Quantity) -> str:
    """The number as written, ignoring case, spacing and thousands separators."""
    match = _FORM.match(q.text)
    written = match.group(0) if match else q.text
    return re.sub(r"[\s,]", "", written).lower()
