from __future__ import annotations

import math
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, localcontext

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit import quantities
from citekit.quantities import (
    APPROXIMATE,
    compatible_units,
    number_words,
    parse_quantities,
    range_units,
    same_value,
    simplified,
    starts_range,
    unit_of,
    writes_decimal_commas,
)

# written form -> (text, value, unit, kind, sig_figs) of the one quantity it holds
FORMS = [
    ("600b", "600b", 6e11, "", "count", 1),
    ("600B", "600B", 6e11, "", "count", 1),
    ("600 billion", "600 billion", 6e11, "", "count", 1),
    ("0.6T", "0.6T", 6e11, "", "count", 1),
    ("1.5T token", "1.5T token", 1.5e12, "tokens", "count", 2),
    ("600b tokens,", "600b tokens", 6e11, "tokens", "count", 1),
    ("96.8M", "96.8M", 96.8e6, "", "count", 3),
    ("350K", "350K", 350e3, "", "count", 2),
    ("350k", "350k", 350e3, "", "count", 2),
    ("2M samples", "2M samples", 2e6, "samples", "count", 1),
    ("7.7B", "7.7B", 7.7e9, "", "count", 2),
    ("675M", "675M", 675e6, "", "count", 3),
    ("1,400,000", "1,400,000", 1.4e6, "", "other", 2),
    ("4.5 million sentence pairs", "4.5 million sentence pairs", 4.5e6, "samples", "count", 2),
    ("36M sentences", "36M sentences", 36e6, "samples", "count", 2),
    ("approximately 2 million entries", "2 million entries", 2e6, "samples", "count", 1),
    ("1.4B image-text pairs", "1.4B image-text pairs", 1.4e9, "samples", "count", 2),
    ("trains on 1,200 frames", "1,200 frames", 1200, "samples", "count", 2),  # a video's
    ("2000 帧", "2000 帧", 2000, "samples", "count", 1),
    ("1.2e9", "1.2e9", 1.2e9, "", "other", 2),
    ("100,000 steps", "100,000 steps", 1e5, "steps", "count", 1),
    ("limit epochs to 10 epochs", "10 epochs", 10, "epochs", "count", 1),
    ("6000亿", "6000亿", 6e11, "", "count", 1),
    ("1.4万", "1.4万", 1.4e4, "", "count", 2),
    ("两百万条样本", "两百万条样本", 2e6, "samples", "count", 1),
    ("3万亿token", "3万亿token", 3e12, "tokens", "count", 1),
    ("7B参数", "7B参数", 7e9, "parameters", "params", 1),
    ("11 billion parameters", "11 billion parameters", 11e9, "parameters", "params", 2),
    ("a 7B-parameter model", "7B-parameter", 7e9, "parameters", "params", 1),
    ("ViT(675M)", "675M", 675e6, "parameters", "params", 3),
    ("MLP(0.0341B)", "0.0341B", 0.0341e9, "parameters", "params", 3),
    ("12 hours", "12 hours", 12, "hours", "duration", 2),
    ("3.5 days", "3.5 days", 3.5, "days", "duration", 2),
    ("20min", "20min", 20, "minutes", "duration", 1),
    ("年龄最小的 19 岁", "19 岁", 19, "years", "duration", 2),
    ("每个 batch 约 2.5 万个句对", "2.5 万个句对", 25000, "samples", "count", 2),
    ("about 4.5 times as often", "4.5 times", 4.5, "x", "other", 2),
    ("(1 hour)", "1 hour", 1, "hours", "duration", 1),
    ("40 minutes", "40 minutes", 40, "minutes", "duration", 1),
    ("训练了12小时", "12小时", 12, "hours", "duration", 2),
    ("put 87.5 cm below", "87.5 cm", 87.5, "centimetres", "length", 3),
    ("头部下方 87.5 厘米处", "87.5 厘米", 87.5, "centimetres", "length", 3),
    ("sits 0.875 m below the head", "0.875 m", 0.875, "metres", "length", 3),
    ("675m params", "675m params", 675e6, "parameters", "params", 3),  # as "600b tokens"
    ("2m samples", "2m samples", 2e6, "samples", "count", 1),
    ("97%", "97%", 97, "%", "percent", 2),
    ("94.5 percent", "94.5 percent", 94.5, "%", "percent", 3),
    ("28.4 BLEU", "28.4 BLEU", 28.4, "BLEU", "other", 3),
    ("290.82", "290.82", 290.82, "", "other", 5),
    ("225 ± 2", "225 ± 2", 225, "", "other", 3),
    ("costs 2.6 × 10^19 FLOPs", "2.6 × 10^19", 2.6e19, "", "other", 2),
    ("1.5 × 10^20 FLOPs, a wrapped line", "1.5 × 10^20", 1.5e20, "", "other", 2),  # no "1.5 Intro"
    ("consistent with C = 1/8", "1/8", 0.125, "", "other", 3),
    ("a rate of 6 × 10^−5", "6 × 10^−5", 6e-5, "", "other", 1),
    ("Transformer (big) 2.3 · 1019", "2.3 · 1019", 2.3e19, "", "other", 2),  # pypdf's 10^19
    ("8 P100 GPUs", "8 P100 GPUs", 8, "GPUs", "count", 1),
    ("12 participants", "12 participants", 12, "participants", "count", 2),
    ("126 citations", "126 citations", 126, "citations", "count", 3),
    ("39.3 papers", "39.3 papers", 39.3, "papers", "count", 3),
    ("80GB", "80GB", 80, "GB", "other", 1),
    ("single V100 32GB GPUs", "32GB", 32, "GB", "other", 2),
    ("a 3-layer MLP", "3-layer", 3, "layers", "count", 1),
    ("a 4096-wide layer", "4096-wide", 4096, "", "other", 4),
    ("5-fold cross validation", "5-fold", 5, "", "other", 1),
    ("about 2.7x the rate", "2.7x", 2.7, "x", "other", 2),
    ("RAPT 的 iBLEU 是 DiPS 的 4 倍还多", "4 倍", 4, "x", "other", 1),
    ("anything 30 words or longer", "30 words", 30, "words", "count", 1),
    ("a 37000 word-piece vocabulary", "37000", 37000, "", "other", 2),  # no count of words
    ("around 1,000 lines of Python", "1,000 lines", 1000, "lines", "count", 1),
    ("发在 Neural Computation 第23卷", "23", 23, "", "other", 2),  # a volume, no section number
    ("大约 1,000 个 Python 文件", "1,000 个 Python 文件", 1000, "files", "count", 1),
    ("检索 top-5 个样例", "5 个样例", 5, "samples", "count", 1),
    ("2023.08", "2023.08", 202308, "month", "date", 6),
    ("Aug 2023", "Aug 2023", 202308, "month", "date", 6),
    ("August 2023", "August 2023", 202308, "month", "date", 6),
    ("2023-08", "2023-08", 202308, "month", "date", 6),
    ("2023年8月", "2023年8月", 202308, "month", "date", 6),
    ("134,206 training pairs", "134,206 training pairs", 134206, "samples", "count", 6),
    ("共有 12 名参与者", "12 名参与者", 12, "participants", "count", 2),
    ("训练集有 28,883 个 token", "28,883 个 token", 28883, "tokens", "count", 5),
    ("持续了 3 个月", "3 个月", 3, "months", "duration", 1),
    ("约有 2 亿篇论文", "2 亿篇论文", 2e8, "papers", "count", 1),
    ("2 Apr 2012", "2 Apr 2012", 20120402, "day", "date", 8),
    ("Apr 2, 2012", "Apr 2, 2012", 20120402, "day", "date", 8),
    ("tech blog · 14 Oktoobar 2024", "14 Oktoobar 2024", 20241014, "day", "date", 8),  # Somali
    ("2023-08-15", "2023-08-15", 20230815, "day", "date", 8),
    ("2024年9月18日", "2024年9月18日", 20240918, "day", "date", 8),
    ("a 37-year-old woman", "37-year-old", 37, "years", "duration", 2),
    ("This 37 year old female", "37 year old", 37, "years", "duration", 2),
    ("a 175-billion-parameter model", "175-billion-parameter", 175e9, "parameters", "params", 3),
    ("a 10-minute-long break", "10-minute", 10, "minutes", "duration", 1),
    ("each was compensated $35 USD", "$35 USD", 35, "USD", "money", 2),
    ("每名参与者获得 35 美元报酬", "35 美元", 35, "USD", "money", 2),
    ("paid 20 dollars each", "20 dollars", 20, "USD", "money", 1),
    ("a 300 ms delay", "300 ms", 300, "milliseconds", "duration", 1),
    ("0.4 s per step", "0.4 s", 0.4, "seconds", "duration", 1),
    ("1.2s per step", "1.2s", 1.2, "seconds", "duration", 2),
    ("we set σy = 0.5M(x) for Σb", "0.5M(x)", 0.5, "", "other", 1),  # M(x) is no million
    ("sits 0.875 feet below the head", "0.875 feet", 0.875, "feet", "length", 3),
    # Japanese: digits grouped by 万 and 億, and its units
    ("学習データは 5万1697件", "5万1697", 51697, "", "count", 5),
    ("1億6800万", "1億6800万", 1.68e8, "", "count", 3),
    ("約7.7億", "7.7億", 7.7e8, "", "count", 2),
    ("開発期間は 5 か月で", "5 か月", 5, "months", "duration", 1),
    ("6ヶ月", "6ヶ月", 6, "months", "duration", 1),
    ("121.7 日とかなり長め", "121.7 日", 121.7, "days", "duration", 4),
    ("12 時間前まで", "12 時間", 12, "hours", "duration", 2),
    ("謝礼は 35 ドルでした", "35 ドル", 35, "USD", "money", 2),
    ("3600万トークン規模のコーパス", "3600万トークン", 3.6e7, "tokens", "count", 2),
    ("学習は 100エポック", "100エポック", 100, "epochs", "count", 1),
    ("小学 5 年生レベル", "5 年生", 5, "grade", "count", 1),
    # Korean: digits grouped by 억, 만 and 천, with or without a space, and its units
    ("약 3억 5482만 개다", "3억 5482만", 3.5482e8, "", "count", 5),
    ("LoRA 만 쓰면 78만 6432개로", "78만 6432", 786432, "", "count", 6),
    ("최종 코드는 1만 7천 줄", "1만 7천", 17000, "", "count", 2),
    ("같은 논문을 40분 내내", "40분", 40, "minutes", "duration", 1),
    ("평균은 35세 정도", "35세", 35, "years", "duration", 2),
    ("121일째였다", "121일", 121, "days", "duration", 3),
    ("약 2.6배", "2.6배", 2.6, "x", "other", 2),
    ("같은 4,000 스텝을 썼다", "4,000 스텝", 4000, "steps", "count", 1),
    # Vietnamese: triệu and tỷ, and units of one or two syllables
    ("chỉ có 65 triệu tham số", "65 triệu tham số", 6.5e7, "parameters", "params", 2),
    ("có hơn 11 tỷ tham số", "11 tỷ tham số", 1.1e10, "parameters", "params", 2),
    ("mất 12 giờ", "12 giờ", 12, "hours", "duration", 2),
    # Indian English and Hinglish: lakh and crore, ghante
    ("36 lakh sentences ke saath", "36 lakh sentences", 3.6e6, "samples", "count", 2),
    ("35.5 crore parameters", "35.5 crore parameters", 3.55e8, "parameters", "params", 3),
    ("sirf 12 ghante mein", "12 ghante", 12, "hours", "duration", 2),
    # Indonesian: juta and miliar, and its units; Arabic: مليون and ألف, with Arabic punctuation
    ("sekitar 4,5 juta pasang kalimat", "4,5 juta pasang kalimat", 4.5e6, "samples", "count", 2),
    ("lebih dari 11 miliar parameter", "11 miliar parameter", 1.1e10, "parameters", "params", 2),
    ("dilatih 6 jam", "6 jam", 6, "hours", "duration", 1),
    ("دُرّب لمدة 100 ألف خطوة فقط", "100 ألف خطوة", 1e5, "steps", "count", 1),
    ("فيبلغ 200 مليون بارامتر.", "200 مليون بارامتر", 2e8, "parameters", "params", 1),
    ("16 رأسًا", "16", 16, "", "other", 2),  # a short vowel after a word is part of it
    ("في البيانات 21.4%، وهي", "21.4%", 21.4, "%", "percent", 3),
    # Hindi: lakh and crore in Devanagari, digits grouped the Indian way; Polish abbreviations
    ("लगभग 45 लाख वाक्य-जोड़े हैं", "45 लाख वाक्य-जोड़े", 4.5e6, "samples", "count", 2),
    ("में 1,34,206 वाक्य-जोड़े", "1,34,206 वाक्य-जोड़े", 134206, "samples", "count", 6),
    ("जिसमें 12 घंटे लगे", "12 घंटे", 12, "hours", "duration", 2),
    # Bengali (its digits are read by ``simplified``): a unit's case ending, the classifier টা,
    # কোটি with its "even" (রও), and times (গুণ)
    ("মোট 1,00,000 স্টেপ", "1,00,000 স্টেপ", 1e5, "steps", "count", 1),
    ("হয়ে যায় 6 ঘণ্টায়", "6 ঘণ্টায়", 6, "hours", "duration", 1),
    ("দিয়ে 8টা GPU", "8টা GPU", 8, "GPUs", "count", 1),
    ("1100 কোটিরও বেশি", "1100 কোটিরও", 1.1e10, "", "count", 2),
    ("প্রায় 45 লাখ বাক্য", "45 লাখ বাক্য", 4.5e6, "samples", "count", 2),
    ("প্রায় 336 গুণ কম", "336 গুণ", 336, "x", "other", 3),
    # Tamil: a unit of two words, crore with its case ending
    ("வெறும் 12 மணி நேரம் தான்", "12 மணி நேரம்", 12, "hours", "duration", 2),
    ("1100 கோடிக்கும் மேல் அளவுருக்கள்", "1100 கோடிக்கும்", 1.1e10, "", "count", 2),
    ("சுமார் 37 ஆயிரம் tokens", "37 ஆயிரம் tokens", 37000, "tokens", "count", 2),
    # Sinhala: the noun and the magnitude stand before the number; a Latin unit there only
    # when Sinhala follows the number
    ("පැය 12 ක් ගියා", "12", 12, "hours", "duration", 2),
    ("parameters මිලියන 65 ක් විතර", "65", 6.5e7, "parameters", "params", 2),
    ("වාක්\u200dය යුගල මිලියන 4.5 ක්", "4.5", 4.5e6, "samples", "count", 2),
    ("WSJ වාක්\u200dය 40K ක්", "40K", 4e4, "samples", "count", 1),
    ("steps 300K ක් දුවලා", "300K", 3e5, "steps", "count", 1),
    ("the steps 300K were run", "300K", 3e5, "", "count", 1),
    ("przez 300 tys. kroków", "300 tys. kroków", 3e5, "steps", "count", 1),
    ("ma 213 mln parametrów", "213 mln parametrów", 2.13e8, "parameters", "params", 3),
    # Swedish magnitudes and units; Persian ones (its digits are read by ``simplified``)
    ("med 4,5 miljoner meningspar", "4,5 miljoner meningspar", 4.5e6, "samples", "count", 2),
    ("över 11 miljarder parametrar", "11 miljarder parametrar", 1.1e10, "parameters", "params", 2),
    ("tog 3,5 dagar", "3,5 dagar", 3.5, "days", "duration", 2),
    ("حدود 4.5 میلیون جفت\u200cجمله", "4.5 میلیون جفت\u200cجمله", 4.5e6, "samples", "count", 2),
    ("را 100 هزار گام آموزش", "100 هزار گام", 1e5, "steps", "count", 1),
    # Georgian: its units and magnitudes with the case endings they take
    ("სულ 50 სურათია", "50 სურათია", 50, "samples", "count", 1),
    ("საშუალო 121.7 საათია", "121.7 საათია", 121.7, "hours", "duration", 4),
    ("10 წამიანი ინტერვალით", "10 წამიანი", 10, "seconds", "duration", 1),
    ("4000 ბიჯის განმავლობაში", "4000 ბიჯის", 4000, "steps", "count", 1),
    ("36 მლნ ტოკენი", "36 მლნ ტოკენი", 3.6e7, "tokens", "count", 2),
    ("11 მილიარდზე მეტი", "11 მილიარდზე", 1.1e10, "", "count", 2),
    # Armenian: its units and magnitudes with the endings they take
    ("ընդամենը 50 նկար։", "50 նկար", 50, "samples", "count", 1),
    ("18 ամսվա ընթացքում", "18 ամսվա", 18, "months", "duration", 2),
    ("տևել է 3.5 օր։", "3.5 օր", 3.5, "days", "duration", 2),
    ("5 իտերացիայով", "5 իտերացիայով", 5, "steps", "count", 1),
    ("36 միլիոն նախադասություն", "36 միլիոն նախադասություն", 3.6e7, "samples", "count", 2),
    ("11 միլիարդից ավելի", "11 միլիարդից", 1.1e10, "", "count", 2),
    ("մոտ 7 անգամ ավելի", "7 անգամ", 7, "x", "other", 1),
    # Amharic: its units and magnitudes, "-ን" after them, a word between a number and its unit
    ("ትልቁ ሞዴል 3.5 ቀናት ፈጅቷል።", "3.5 ቀናት", 3.5, "days", "duration", 2),
    ("ዳታው 18 ወራትን ይሸፍናል", "18 ወራትን", 18, "months", "duration", 2),
    ("ወደ 4.5 ሚሊዮን የዓረፍተ ነገር ጥንዶች", "4.5 ሚሊዮን", 4.5e6, "", "count", 2),
    ("ሞዴል 100 ሺህ steps ሰልጥኗል", "100 ሺህ steps", 1e5, "steps", "count", 1),
    ("6 ተመሳሳይ layers አሏቸው", "6 ተመሳሳይ layers", 6, "layers", "count", 1),
    ("ዋናው study 24 ተሳታፊዎች ነበሩት", "24 ተሳታፊዎች", 24, "participants", "count", 2),
    ("ወደ 17 ሚሊዮን ቃላት (words)", "17 ሚሊዮን ቃላት", 1.7e7, "words", "count", 2),
    # Burmese: its digits, units run on unspaced, magnitudes after the number or before it
    ("စာကြောင်းအတွဲ 4.5 သန်း ကို", "4.5 သန်း", 4.5e6, "", "count", 2),
    ("2 နာရီလောက်ပဲ ကြာတယ်", "2 နာရီ", 2, "hours", "duration", 1),
    ("2 ရက်လောက် ကြာမယ်", "2 ရက်", 2, "days", "duration", 1),
    ("RNN ထက် 5 ဆ မြန်တယ်", "5 ဆ", 5, "x", "other", 1),
    ("layer 24 ထပ် ပါတယ်", "24 ထပ်", 24, "layers", "count", 2),
    ("parameter ဘီလီယံ 11 ကျော်", "11", 1.1e10, "", "count", 2),
    ("UCF50 မှာ ပုံ 50 ပဲ", "50", 50, "samples", "count", 1),
    # Khmer: its digits, units and magnitudes run on unspaced, a unit only as a whole syllable
    ("ប្រមាណ 4.5 លានគូប្រយោគ (sentence pairs)", "4.5 លានគូប្រយោគ", 4.5e6, "samples", "count", 2),
    ("train សរុប 3.5 ថ្ងៃ។", "3.5 ថ្ងៃ", 3.5, "days", "duration", 2),
    ("ក្នុងរយៈពេល 18 ខែ។", "18 ខែ", 18, "months", "duration", 2),
    ("ជាមធ្យមប្រមាណ 1000 នាក់", "1000 នាក់", 1000, "participants", "count", 1),
    ("ប្រហែល 11 ប៊ីលាន parameters", "11 ប៊ីលាន parameters", 1.1e10, "parameters", "params", 2),
    # Czech and Ukrainian units and magnitudes
    ("o zhruba 17 milionech tokenů", "17 milionech tokenů", 1.7e7, "tokens", "count", 2),
    ("průměrný věk 28,3 roku", "28,3 roku", 28.3, "years", "duration", 3),
    ("близько 5 тис. рядків TypeScript", "5 тис. рядків", 5000, "lines", "count", 1),
    ("тренувалась 12 днів", "12 днів", 12, "days", "duration", 2),
    # Kazakh: its noun stays singular after a count, and takes the count's case ending
    ("Base модель 12 сағат оқытылған", "12 сағат", 12, "hours", "duration", 2),
    ("модельге 3,5 күн кеткен", "3,5 күн", 3.5, "days", "duration", 2),
    ("Duke-тың 18 айлық деректері", "18 айлық", 18, "months", "duration", 2),
    ("жиынында 550 жұп бар", "550 жұп", 550, "samples", "count", 2),
    ("шамамен 41 мың қадам", "41 мың қадам", 4.1e4, "steps", "count", 2),
    ("MegatronLM-де 11 миллиардтан астам", "11 миллиардтан", 1.1e10, "", "count", 2),
    ("2.7 есе жиі", "2.7 есе", 2.7, "x", "other", 2),  # "times"
    ("дабылдардың 63.4 пайызын", "63.4 пайызын", 63.4, "%", "percent", 3),  # per cent, of
    # a case ending joined by a hyphen leaves the number bare ("-ден" is no Bulgarian day)
    ("11-ден астам параметр", "11", 11, "", "other", 2),
    ("AUROC 0.87-дей болуы керек", "0.87", 0.87, "", "other", 2),
    ("5 млн-ден көп", "5 млн", 5e6, "", "count", 1),
    # Mongolian: its noun stays singular after a count and takes the count's case ending; "орчим"
    # (about) stands between a count and its unit
    ("12 оролцогчтой think-aloud", "12 оролцогчтой", 12, "participants", "count", 2),
    ("base загварыг 12 хоног сургасан", "12 хоног", 12, "days", "duration", 2),
    ("5 000 орчим мөр TypeScript", "5 000 орчим мөр", 5000, "lines", "count", 1),
    (
        "4,5 сая орчим өгүүлбэрийн хос",
        "4,5 сая орчим өгүүлбэрийн хос",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    ("11 тэрбумаас олон параметр", "11 тэрбумаас", 1.1e10, "", "count", 2),  # more than
    ("training хэсэг 134 206 хос, MSRPC", "134 206 хос", 134206, "samples", "count", 6),
    ("хамгийн олон өгүүлэл нээж, 45-ыг нь хадгалсан", "45", 45, "", "other", 2),
    ("5-р ангийн сурагчийн", "5-р ангийн", 5, "grade", "count", 1),
    ("46 000 асуулт бий", "46 000 асуулт", 46000, "questions", "count", 2),
    # Romanian: "de" stands between a count from twenty up and its unit or magnitude
    (
        "are 36 de milioane de propoziții",
        "36 de milioane de propoziții",
        3.6e7,
        "samples",
        "count",
        2,
    ),
    ("antrenat 300 de pași", "300 de pași", 300, "steps", "count", 1),
    # Norwegian
    (
        "over 11 milliarder parametere",
        "11 milliarder parametere",
        1.1e10,
        "parameters",
        "params",
        2,
    ),
    ("det tok 12 timer", "12 timer", 12, "hours", "duration", 2),
    # Urdu (its digits are read by ``simplified``)
    ("تقریباً 122 گھنٹے تھی", "122 گھنٹے", 122, "hours", "duration", 3),
    ("MegatronLM کے 11 ارب پیرامیٹرز", "11 ارب پیرامیٹرز", 1.1e10, "parameters", "params", 2),
    ("تقریباً 35.5 کروڑ پیرامیٹرز", "35.5 کروڑ پیرامیٹرز", 3.55e8, "parameters", "params", 3),
    # Slovak
    ("asi 4,5 milióna párov viet", "4,5 milióna párov viet", 4.5e6, "samples", "count", 2),
    ("trénovali 3,5 dňa", "3,5 dňa", 3.5, "days", "duration", 2),
    # Lithuanian
    ("apie 4,5 mln. sakinių porų", "4,5 mln. sakinių porų", 4.5e6, "samples", "count", 2),
    ("mokėsi apie 3,5 dienos", "3,5 dienos", 3.5, "days", "duration", 2),
    ("11 mlrd. parametrų", "11 mlrd. parametrų", 1.1e10, "parameters", "params", 2),
    # Latvian, in the cases a count takes
    ("apmēram 4,5 milj. teikumu pāru", "4,5 milj. teikumu pāru", 4.5e6, "samples", "count", 2),
    ("trenēts 100 tūkst. soļu", "100 tūkst. soļu", 1e5, "steps", "count", 1),
    ("Kopā tas sanāk 12 stundas.", "12 stundas", 12, "hours", "duration", 2),
    ("vairāk nekā 11 mljrd. parametru", "11 mljrd. parametru", 1.1e10, "parameters", "params", 2),
    (
        "ap 355 milj. trenējamu parametru",
        "355 milj. trenējamu parametru",
        3.55e8,
        "parameters",
        "params",
        3,
    ),
    ("Tās aptver 18 mēnešus.", "18 mēnešus", 18, "months", "duration", 2),
    ("ir tikai 50 attēli", "50 attēli", 50, "samples", "count", 1),
    ("ap 40 tūkstoši tokenu", "40 tūkstoši tokenu", 4e4, "tokens", "count", 1),
    # Icelandic, in the cases a count takes
    (
        "um 4,5 milljónir setningapara",
        "4,5 milljónir setningapara",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    (
        "með 175 milljarða færibreyta",
        "175 milljarða færibreyta",
        1.75e11,
        "parameters",
        "params",
        3,
    ),
    ("þjálfað í 3,5 daga", "3,5 daga", 3.5, "days", "duration", 2),
    ("Meðallegutími er 121,7 klst.", "121,7 klst", 121.7, "hours", "duration", 4),
    ("á einni vél með 8 skjákortum", "8 skjákortum", 8, "GPUs", "count", 1),
    ("warmup var 4000 skref", "4000 skref", 4000, "steps", "count", 1),
    ("forrannsókn með 12 þátttakendum", "12 þátttakendum", 12, "participants", "count", 2),
    ("fengu 15 dollara fyrir", "15 dollara", 15, "USD", "money", 2),
    ("fékk 40 mínútur til að lesa", "40 mínútur", 40, "minutes", "duration", 1),
    ("Meðalaldur var um 35 ár.", "35 ár", 35, "years", "duration", 2),
    ("um 25 manns í mynd", "25 manns", 25, "participants", "count", 2),
    ("opnaði 39,3 greinar", "39,3 greinar", 39.3, "papers", "count", 3),
    # Croatian
    (
        "oko 4,5 milijuna parova rečenica",
        "4,5 milijuna parova rečenica",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    ("otprilike 32 tisuće tokena", "32 tisuće tokena", 3.2e4, "tokens", "count", 2),
    ("Vjerojatno oko 200 GPU-sati.", "200 GPU-sati", 200, "GPU hours", "duration", 1),
    # Afrikaans
    ("sowat 4,5 miljoen sinpare", "4,5 miljoen sinpare", 4.5e6, "samples", "count", 2),
    ("vir 4000 stappe ge-train", "4000 stappe", 4000, "steps", "count", 1),
    ("al 211 dae ná die studie", "211 dae", 211, "days", "duration", 3),
    # Swahili: the noun and the magnitude before the number, and "kwa jumla" (in all) no unit
    ("jozi za sentensi milioni 4.5", "sentensi milioni 4.5", 4.5e6, "samples", "count", 2),
    ("ilifunzwa hatua elfu 100", "hatua elfu 100", 1e5, "steps", "count", 1),
    ("yaani saa 12 kwa jumla", "saa 12", 12, "hours", "duration", 2),
    ("step time ya sekunde 0.4", "sekunde 0.4", 0.4, "seconds", "duration", 1),
    ("zaidi ya bilioni 11 vya", "bilioni 11", 11e9, "", "count", 2),
    # and a unit of the paper's words after a linker: "minibatches of 64 encounters"
    ("minibatches za encounters 64", "encounters 64", 64, "encounters", "count", 2),
    ("Data ilitoka hospitali 3 za Duke", "hospitali 3", 3, "hospitals", "count", 1),
    # Hausa, likewise: "awa 122" (122 hours), "miliyan 4.5" (4.5 million); "daga" after a
    # counted number is "from", not Icelandic days
    ("kimanin awa 122 ne", "awa 122", 122, "hours", "duration", 3),
    ("ya ɗauki kwanaki 3.5", "kwanaki 3.5", 3.5, "days", "duration", 2),
    ("step ɗaya ya ɗauki daƙiƙa 0.4", "daƙiƙa 0.4", 0.4, "seconds", "duration", 1),
    ("hotunan horo 20 kawai", "hotunan horo 20", 20, "samples", "count", 1),
    ("sentence pairs miliyan 4.5 daga WMT", "miliyan 4.5", 4.5e6, "", "count", 2),
    ("admissions 51,697 daga asibitocin Duke", "51,697", 51697, "", "other", 5),
    # Malagasy: its units after the number ("3,5 ora", 3.5 hours), its nouns before it ("sary
    # 1200", 1200 images), its magnitudes after it and the noun before them ("token 36
    # tapitrisa", 36 million tokens); not "dia" (the topic particle) as Portuguese days
    ("Naharitra 3,5 ora ny fanofanana", "3,5 ora", 3.5, "hours", "duration", 2),
    ("40 000 segondra eo ho eo", "40 000 segondra", 40000, "seconds", "duration", 1),
    ("sary 1200 ho an'ny fitsapana", "sary 1200", 1200, "samples", "count", 2),
    ("English-French : token 36 tapitrisa.", "token 36 tapitrisa", 36e6, "tokens", "count", 2),
    (
        "fehezanteny mifanandrify 4,5 tapitrisa",
        "fehezanteny mifanandrify 4,5 tapitrisa",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    ("paramètre 213 tapitrisa", "paramètre 213 tapitrisa", 213e6, "parameters", "params", 3),
    ("Ny isan'ny paramètre dia 1,2 tapitrisa", "1,2 tapitrisa", 1.2e6, "", "count", 2),
    # Yoruba, likewise ("wákàtí 122", 122 hours; "mílíọ̀nù 4.5", 4.5 million, its noun after),
    # and its units after the number too ("0.4 ìṣẹ́jú", 0.4 minutes; "800 àwòrán", 800 images)
    ("nǹkan bí wákàtí 122 ní average", "wákàtí 122", 122, "hours", "duration", 3),
    ("ọjọ́ 3.5 péré", "ọjọ́ 3.5", 3.5, "days", "duration", 2),
    (
        "ní nǹkan bí mílíọ̀nù 4.5 sentence pairs.",
        "mílíọ̀nù 4.5 sentence pairs",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    ("gba nǹkan bí 0.4 ìṣẹ́jú.", "0.4 ìṣẹ́jú", 0.4, "minutes", "duration", 1),
    ("gba 0.4 ìṣẹ́jú-àáyá.", "0.4 ìṣẹ́jú-àáyá", 0.4, "seconds", "duration", 1),
    ("fi 800 àwòrán sílẹ̀", "800 àwòrán", 800, "samples", "count", 1),
    # typed as combining marks: "ọ" as "o" and a dot below
    (
        unicodedata.normalize("NFD", "oṣù 18 péré"),
        unicodedata.normalize("NFD", "oṣù 18"),
        18,
        "months",
        "duration",
        2,
    ),
    # Zulu joins a number to its concord by a hyphen and names what it counts before both:
    # "amahora angu-3.5" (3.5 hours), "izinyanga eziyi-18" (18 months), the English noun after
    # its class prefix ("ama-epochs angu-50"); "u-11.6" is the number alone
    ("yathatha amahora angu-3.5", "amahora angu-3.5", 3.5, "hours", "duration", 2),
    ("izinyanga eziyi-18.", "izinyanga eziyi-18", 18, "months", "duration", 2),
    ("izinsuku ezi-3.5 kuphela", "izinsuku ezi-3.5", 3.5, "days", "duration", 2),
    ("kuyimizuzu engu-20 sewonke", "kuyimizuzu engu-20", 20, "minutes", "duration", 1),
    ("ama-epochs angu-50.", "ama-epochs angu-50", 50, "epochs", "count", 1),
    ("i-MCNN ithole u-11.6 ku-WorldExpo", "11.6", 11.6, "", "other", 3),
    # and its magnitude before the number, after the noun: "ayizigidi ezingu-65" (are millions,
    # 65 of them), "izinkulungwane" (thousands)
    (
        "ama-parameters ayizigidi ezingu-65.",
        "ama-parameters ayizigidi ezingu-65",
        65e6,
        "parameters",
        "params",
        2,
    ),
    (
        "Kunezigidi ezi-4.5 zama-sentence pairs.",
        "Kunezigidi ezi-4.5 zama-sentence pairs",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    (
        "ama-steps ayizinkulungwane ezingu-100",
        "ama-steps ayizinkulungwane ezingu-100",
        1e5,
        "steps",
        "count",
        1,
    ),
    ("Amahora angu-12 kuphela.", "Amahora angu-12", 12, "hours", "duration", 2),
    # Somali: the noun after the number in the form a count gives it, "malyan" (million), and
    # "kun" (thousand) only before "oo" or a noun it counts ("50 kun" is Uzbek's 50 days)
    ("waa 12 saacadood", "12 saacadood", 12, "hours", "duration", 2),
    ("muddo 18 bilood ah", "18 bilood", 18, "months", "duration", 2),
    ("15 daqiiqo kasta", "15 daqiiqo", 15, "minutes", "duration", 2),
    ("waxa ku jira 50 sawir oo keliya", "50 sawir", 50, "samples", "count", 1),
    (
        "ku dhawaad 4.5 malyan sentence pairs",
        "4.5 malyan sentence pairs",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    (
        "wuxuu leeyahay 213 malyan parameters",
        "213 malyan parameters",
        213e6,
        "parameters",
        "params",
        3,
    ),
    ("waa qiyaastii 50 kun oo qof", "50 kun", 5e4, "", "count", 1),
    ("Taasi waa 3 jeer base model-ka", "3 jeer", 3, "x", "other", 1),
    # Welsh, its nouns mutated after "o" (of) and a number
    (
        "tua 4.5 miliwn o barau brawddegau",
        "4.5 miliwn o barau brawddegau",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    ("36 miliwn o frawddegau", "36 miliwn o frawddegau", 3.6e7, "samples", "count", 2),
    ("175 biliwn o baramedrau", "175 biliwn o baramedrau", 1.75e11, "parameters", "params", 3),
    ("tua 25 mil o docynnau", "25 mil o docynnau", 2.5e4, "tokens", "count", 2),
    ("1200 o ddelweddau", "1200 o ddelweddau", 1200, "samples", "count", 2),
    ("dim ond 3.5 awr o hyfforddi", "3.5 awr", 3.5, "hours", "duration", 2),
    ("108.1 diwrnod", "108.1 diwrnod", 108.1, "days", "duration", 4),
    ("12 cyfranogwr", "12 cyfranogwr", 12, "participants", "count", 2),
    ("2.7 gwaith yn amlach", "2.7 gwaith", 2.7, "x", "other", 2),
    # Slovenian
    (
        "približno 4,5 milijona stavčnih parov",
        "4,5 milijona stavčnih parov",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    ("več kot 11 milijard parametrov", "11 milijard parametrov", 1.1e10, "parameters", "params", 2),
    ("povprečna ležalna doba 121,7 ure", "121,7 ure", 121.7, "hours", "duration", 4),
    ("na enem stroju z 8 GPU-ji", "8 GPU-ji", 8, "GPUs", "count", 1),
    # Basque, bare or with a case ending
    (
        "4,5 milioi esaldi-bikote ingurukoa",
        "4,5 milioi esaldi-bikote",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    ("Horrek 12 ordu behar izan zituen", "12 ordu", 12, "hours", "duration", 2),
    ("10 minutuz irakurri zuten", "10 minutuz", 10, "minutes", "duration", 1),
    ("24 parte-hartzaile egon ziren", "24 parte-hartzaile", 24, "participants", "count", 2),
    ("35 dolar ordaindu zieten", "35 dolar", 35, "USD", "money", 2),
    # Marathi: its magnitudes, and the case endings it joins to a unit
    ("त्याहून मोठा dataset: 36 दशलक्ष वाक्ये.", "36 दशलक्ष वाक्ये", 3.6e7, "samples", "count", 2),
    ("पूर्ण training फक्त 12 तासांत संपलं", "12 तासांत", 12, "hours", "duration", 2),
    ("सुमारे 35.5 कोटी parameters", "35.5 कोटी parameters", 3.55e8, "parameters", "params", 3),
    # Nepali: a crore with its lakhs is one number; a unit's case ending, the counter वटा
    ("धेरै ठूलो, 3 करोड 60 लाख sentences।", "3 करोड 60 लाख sentences", 3.6e7, "samples", "count", 2),
    ("जम्मा 12 घण्टा लाग्यो", "12 घण्टा", 12, "hours", "duration", 2),
    ("3 दिनमा BLEU", "3 दिनमा", 3, "days", "duration", 1),
    ("50 वटा images मात्र", "50 वटा images", 50, "samples", "count", 1),
    ("12 लाख 50 हजार pairs", "12 लाख 50 हजार pairs", 1.25e6, "samples", "count", 3),
    # Estonian, in the partitive a count takes
    ("umbes 4,5 miljonit lauseparti", "4,5 miljonit lauseparti", 4.5e6, "samples", "count", 2),
    ("Big-mudelit treeniti 3,5 päeva", "3,5 päeva", 3.5, "days", "duration", 2),
    ("üle 11 miljardi parameetri", "11 miljardi parameetri", 1.1e10, "parameters", "params", 2),
    # Uzbek, its counters "ta" and "nafar" before the noun; "dan" after a number is "than"
    ("unda 4.5 mln jumla juftligi bor", "4.5 mln jumla juftligi", 4.5e6, "samples", "count", 2),
    ("Base model 100 ming qadam o'qitilgan", "100 ming qadam", 1e5, "steps", "count", 1),
    ("O'rtacha yotish muddati 121.7 soat.", "121.7 soat", 121.7, "hours", "duration", 4),
    ("bor-yo'g'i 50 ta rasm bor", "50 ta rasm", 50, "samples", "count", 1),
    ("10 nafar ishtirokchi qatnashgan", "10 nafar ishtirokchi", 10, "participants", "count", 1),
    ("11 mlrd dan ortiq parametr bor", "11 mlrd", 1.1e10, "", "count", 2),
    ("TER 0.5 dan yuqori bo'lsa", "0.5", 0.5, "", "other", 1),
    ("4.5 barobar ko'p bo'lgan", "4.5 barobar", 4.5, "x", "other", 2),
    ("Ma'lumotlar: 51 697 ta yotqizish", "51 697", 51697, "", "other", 5),
    # Albanian, its ablative "-sh" too
    ("rreth 4,5 milion çifte fjalish", "4,5 milion çifte fjalish", 4.5e6, "samples", "count", 2),
    ("fjalor prej 32 mijë tokenash", "32 mijë tokenash", 3.2e4, "tokens", "count", 2),
    ("mbi 11 miliardë parametra", "11 miliardë parametra", 1.1e10, "parameters", "params", 2),
    ("trajnohet gjithsej 12 orë", "12 orë", 12, "hours", "duration", 2),
    ("zgjat 1,5 sekonda", "1,5 sekonda", 1.5, "seconds", "duration", 2),
    ("vetëm 50 imazhe gjithsej", "50 imazhe", 50, "samples", "count", 1),
    ("u shtuan 5,000 rreshta", "5,000 rreshta", 5000, "lines", "count", 1),
    ("u vlerësuan 126 citime", "126 citime", 126, "citations", "count", 3),
    ("në 10 paper-a", "10 paper-a", 10, "papers", "count", 1),
    ("zgjati 2 muaj", "2 muaj", 2, "months", "duration", 1),
    ("për nxënës të klasës së 5-të", "klasës së 5-të", 5, "grade", "count", 1),
    # Irish, its nouns in the forms a number gives them, and its magnitudes
    ("thart ar 122 uair an chloig", "122 uair an chloig", 122, "hours", "duration", 3),
    ("Traenáladh ar feadh 100K céim", "100K céim", 1e5, "steps", "count", 1),
    ("1.0 nóiméad in aghaidh na céime", "1.0 nóiméad", 1.0, "minutes", "duration", 2),
    (
        "4.5 milliún péire abairtí sa dataset",
        "4.5 milliún péire abairtí",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    ("1.2 milliún paraiméadar", "1.2 milliún paraiméadar", 1.2e6, "parameters", "params", 2),
    ("800 íomhá sa tacar tástála", "800 íomhá", 800, "samples", "count", 1),
    ("in úsáid i 3 ospidéal", "3 ospidéal", 3, "hospitals", "count", 1),
    ("sin 28 lá-GPU", "28 lá-GPU", 28, "GPU days", "duration", 2),
    ("ardú 20 faoin gcéad", "20 faoin gcéad", 20, "%", "percent", 1),
    ("3 huaire méid an mhúnla", "3 huaire", 3, "x", "other", 1),
    ("thart ar 5,000 líne cóid", "5,000 líne cóid", 5000, "lines", "count", 1),
    ("achoimre de 30 focal", "30 focal", 30, "words", "count", 1),
    # Tagalog, with or without the linker "na"
    ("Big model: 3.5 na araw ng training", "3.5 na araw", 3.5, "days", "duration", 2),
    ("ay mga 122 oras", "122 oras", 122, "hours", "duration", 3),
    # Bulgarian
    (
        "около 4,5 милиона двойки изречения",
        "4,5 милиона двойки изречения",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    ("средно 122 часа", "122 часа", 122, "hours", "duration", 3),
    # Catalan
    (
        "uns 4,5 milions de parells de frases",
        "4,5 milions de parells de frases",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    (
        "més d'11 mil milions de paràmetres",
        "11 mil milions de paràmetres",
        1.1e10,
        "parameters",
        "params",
        2,
    ),
    ("es quedava 5,19 segons", "5,19 segons", 5.19, "seconds", "duration", 3),
    ("2,7 vegades més sovint", "2,7 vegades", 2.7, "x", "other", 2),
    # Galician
    (
        "arredor de 4,5 millóns de pares de frases",
        "4,5 millóns de pares de frases",
        4.5e6,
        "samples",
        "count",
        2,
    ),
    (
        "máis de 11 mil millóns de parámetros",
        "11 mil millóns de parámetros",
        1.1e10,
        "parameters",
        "params",
        2,
    ),
    ("só ten 50 imaxes en total", "50 imaxes", 50, "samples", "count", 1),
    ("fíxose con 24 persoas", "24 persoas", 24, "participants", "count", 2),
    # Danish
    ("består af 4,5 mio. sætningspar", "4,5 mio. sætningspar", 4.5e6, "samples", "count", 2),
    ("warmup på 8000 skridt", "8000 skridt", 8000, "steps", "count", 1),
    # Greek
    ("περίπου 4,5 εκατομμύρια ζεύγη", "4,5 εκατομμύρια ζεύγη", 4.5e6, "samples", "count", 2),
    ("κράτησε 3,5 ημέρες", "3,5 ημέρες", 3.5, "days", "duration", 2),
    # Hungarian: a unit takes its case ending
    ("12 órán át tartott", "12 órán", 12, "hours", "duration", 2),
    ("4,5 millió mondatpárból áll", "4,5 millió mondatpárból", 4.5e6, "samples", "count", 2),
    # Finnish: a count takes the partitive
    ("kului 3,5 päivää", "3,5 päivää", 3.5, "days", "duration", 2),
    ("on 4,5 miljoonaa lauseparia", "4,5 miljoonaa lauseparia", 4.5e6, "samples", "count", 2),
    # Thai, unspaced after its unit; a figure's number is no quantity
    ("ใช้เวลาราว 0.4 วินาทีเท่านั้น", "0.4 วินาที", 0.4, "seconds", "duration", 1),
    ("ขนาด 1.6 หมื่น token", "1.6 หมื่น token", 16000, "tokens", "count", 2),
    ("| 2.7 แสน |", "2.7 แสน", 270000, "", "count", 2),
    # Lao, unspaced after its unit and magnitude; a figure's number is no quantity
    ("ມີ 4.5 ລ້ານຄູ່ປະໂຫຍກ", "4.5 ລ້ານຄູ່ປະໂຫຍກ", 4.5e6, "samples", "count", 2),
    ("ໃຊ້ເວລາແຄ່ 12 ນາທີເທົ່ານັ້ນ", "12 ນາທີ", 12, "minutes", "duration", 2),
    ("MegatronLM ມີ 11 ຕື້ໂຕ", "11 ຕື້", 1.1e10, "", "count", 2),
    ("ໄວກວ່າ 10 ເທົ່າ", "10 ເທົ່າ", 10, "x", "other", 1),
    ("ຕາຕະລາງທີ 3 ມີ 6 ຊັ້ນ", "6 ຊັ້ນ", 6, "layers", "count", 1),
    # Hebrew, whose prefixes join the number by a hyphen ("כ-17": about 17); a unit ends a word
    ("קורפוס של כ-17 מיליון טוקנים", "17 מיליון טוקנים", 1.7e7, "tokens", "count", 2),
    ("צעד אימון לקח כ-0.4 שניות.", "0.4 שניות", 0.4, "seconds", "duration", 1),
    ("משך 3 שנהגו", "3", 3, "", "other", 1),
    ("12,6 en la tabla", "12,6", 12.6, "", "other", 3),  # a decimal comma
    ("0,875 metros", "0,875 metros", 0.875, "metres", "length", 3),
    ("47.437.312 parámetros", "47.437.312 parámetros", 47437312, "parameters", "params", 8),
    ("un horizonte de 48 horas", "48 horas", 48, "hours", "duration", 2),
    ("acho que eram 5 épocas por trial", "5 épocas", 5, "epochs", "count", 1),
    ("warmup de 100 pasos", "100 pasos", 100, "steps", "count", 1),
    # French: thousands grouped by a thin or no-break space, and its units
    ("soit 51\u202f697 séjours", "51\u202f697", 51697, "", "other", 5),
    (
        "1\u00a0474\u00a0560 paramètres",
        "1\u00a0474\u00a0560 paramètres",
        1474560,
        "parameters",
        "params",
        6,
    ),
    ("pendant 5 mois", "5 mois", 5, "months", "duration", 1),
    ("17 millions de phrases", "17 millions de phrases", 17e6, "samples", "count", 2),
    ("P1 a ouvert 62 papiers", "62 papiers", 62, "papers", "count", 2),
]


@pytest.mark.parametrize(("written", "text", "value", "unit", "kind", "sig_figs"), FORMS)
def test_every_written_form_parses_to_its_value_unit_and_precision(
    written: str, text: str, value: float, unit: str, kind: str, sig_figs: int
) -> None:
    [quantity] = parse_quantities(written)
    assert (quantity.text, quantity.unit, quantity.kind, quantity.sig_figs) == (
        text,
        unit,
        kind,
        sig_figs,
    )
    assert math.isclose(quantity.value, value, rel_tol=1e-12)
    assert written[quantity.start :].startswith(text)


NOT_QUANTITIES = [
    "1. Qwen2-VL follows Qwen-VL",
    "3.2 Training Data",
    "  2) second item",
    "see arXiv:2409.12191v2 for details",
    "https://arxiv.org/pdf/2409.12191",
    "![fig](qwen2-5-training.png)",
    "as in [18] and [3, 4]",
    "a footnote[^2]",
    "Qwen2.5-VL-72B and Qwen2-VL-7B",
    "a 3-D map of Qwen 2.5-VL",
    "3x3 convolutions",
    "GPT-4 and T5 on a P100",
    "i Tabel 3 og Figur 4 og Taula 2",  # Danish and Catalan labels
    "a fila big da táboa 3, na sección 6.1",  # Galician labels
    "iz Tablice 3, sa Slike 3 i iz sekcije 23",  # Croatian labels
    "tabelis 3 ja joonisel 4",  # Estonian labels
    "te tabelën 3, në figurën 4 dhe seksioni 2",  # Albanian labels
    "no 2. tabulas un 3. attēla, 5. sadaļā",  # Latvian labels, their number first
    "í töflu 3, á mynd 4 og í jöfnu 2",  # Icelandic labels
    "5-ші кестеде, 3-інші бөлімде",  # Kazakh ordinals: the 5th table, the 3rd section
    "7 дахь уулзалт, 2-р байр, 305 тоот, 3-р сарын 28",  # Mongolian ordinals, a room, a date
    "section 3.2.1",
    "Table 2 and Figure 3 and Eq. 4 and Alg. 1",
    "in Study 2, participants chose Topic 1",
    "the 3D 2nd 1st",
    "doi 10.1145/3491102.3501",
    "第3章",
    "见第 3 节",
    "participants (T1–12)",
    "dense text (P1, 3–5, 7, 15, 18)",
    "an overview (N1 and 3) and jargon (T4 & 9)",
    "Asking specific questions “Where does it talk about the results?” T4, 6, 9–10, 12",
    "the prefactor is 6π², a 2σ band",
    "an overabundance of jargon (§3). (2) Paper Plain, an interface",
    "hep-th/9901001",
    "the WorldExpo ’10 dataset, CHI '23",
    "in the 1990s and the 80s",
    "十分重要，一个模型",
    "a GAME(L=0) and a mAP(k = 5)",
    "Adam with β2 set high",
    "as in the formative study (§3)",
    "as used by (Gupta et al.)2 before",
    "the QQP 50K BLEU of LoRA",
]


@pytest.mark.parametrize(
    ("text", "value", "written"),
    [
        ("thirty-five were picked", 35, "thirty-five"),
        ("they shuffled a thousand times", 1000, "a thousand"),
        ("about six days passed", 6, "six days"),
        ("NEWS uses seven", 7, "seven"),
        ("a one-week deployment", 1, "one-week"),
        ("a card showing five hundred citations", 500, "five hundred citations"),
        ("twenty-five hundred steps", 2500, "twenty-five hundred steps"),
        ("four thousand warmup steps", 4000, "four thousand warmup steps"),
        ("after three and a half days on 8 GPUs", 3.5, "three and a half days"),
        # a range's top takes the unit named before it
        ("engage with papers for an hour or two before", 2, "an hour or two"),
        ("a model or two", 2, "two"),
        # two to ten in the European languages, before a unit or a noun
        ("con ocho GPUs P100", 8, "ocho GPUs"),
        ("durante tres días y medio", 3.5, "tres días y medio"),
        ("NEWS usa siete variables", 7, "siete"),
        ("etwa sechs Tage", 6, "sechs Tage"),
        ("as dos Santos et al. show", None, None),  # a name's word
        ("a idade dos participantes", None, None),  # Portuguese "of the"
        ("due to the fact", None, None),
        ("one of the papers", None, None),
        ("and at least one abnormal lab", 1, "one"),
        ("it comes from three Duke hospitals", 3, "three"),
        # "one" before a counted singular noun counts it
        ("One participant (N5) found it distracting", 1, "One participant"),
        ("k steps of optimizing D and one step of optimizing G", 1, "one step"),
        ("in one model only", None, None),
        # a Chinese numeral alone counts before a measure word or a unit
        ("论文集中做两个贡献", 2, "两"),
        ("先花十分钟读摘要", 10, "十分钟"),
        ("第三个阶段", None, None),  # an ordinal
        ("一个模型", None, None),  # an article, as "one" is
        # Mongolian two to ten, and its one only before a duration
        ("хөгжүүлэлт таван сар орчим үргэлжилсэн", 5, "таван сар"),
        ("нэг сарын турш ашигласан", 1, "нэг сарын"),
        ("нэмэлт нэг өгүүлэл", None, None),
    ],
)
def test_numbers_written_as_words(text: str, value: float | None, written: str | None) -> None:
    found = number_words(text, parse_quantities(text))
    assert [(q.value, q.text) for q in found] == ([(value, written)] if written else [])


def test_a_value_stated_in_parentheses_is_a_quantity_unlike_a_metric_argument() -> None:
    assert [q.value for q in parse_quantities("antiferromagnets (N = 3) and GAME(L=1)")] == [3.0]
    assert [q.value for q in parse_quantities("a GAME (L=0) of 16.72")] == [16.72]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_numbers_that_are_not_quantities_are_skipped(text: str) -> None:
    assert parse_quantities(text) == []


def test_a_count_that_opens_a_sentence_is_no_section_number() -> None:
    # "…8 male and 2 female; 8 PhD students, 1 postdoc": a sentence the index split at ";"
    assert [q.text for q in parse_quantities("8 PhD students, 1 postdoc")] == ["8", "1"]
    assert parse_quantities("6 USABILITY STUDY Paper Plain is meant") == []
    assert parse_quantities("3 Model Architecture") == []
    # no section runs into the hundreds: a list item's "417 Likert ratings" counts
    assert [q.text for q in parse_quantities("  - 417 Likert ratings total")] == ["417"]
    # nor is a plural and a comma a title: "24 Upworkers, within-subjects" counts Upworkers
    assert [q.text for q in parse_quantities("- 24 Upworkers, within-subjects")] == ["24"]


def test_a_sentence_yields_each_quantity_in_order() -> None:
    text = "We trained the base models for a total of 100,000 steps or 12 hours on 8 GPUs."
    assert [q.text for q in parse_quantities(text)] == ["100,000 steps", "12 hours", "8 GPUs"]


def test_a_share_after_a_participants_name_is_no_name_in_a_list() -> None:
    # "T4, 6, 9–10" lists participants; after "P4, " no list goes on
    assert [q.text for q in parse_quantities("For P4, 35% of saves came from search")] == ["35%"]


def test_a_capitalised_study_label_keeps_a_count_after_it() -> None:
    assert [q.text for q in parse_quantities("Study 2,000 participants")] == ["2,000 participants"]


def test_a_month_number_alone_is_not_a_duration() -> None:
    assert [(q.text, q.kind) for q in parse_quantities("8月发布")] == [("8", "other")]
    # nor is a date's day: "3月5日" is no five days, as "121.7 日" is
    assert [(q.text, q.kind) for q in parse_quantities("3月5日に公開")] == [("3", "other")]
    assert [(q.text, q.kind) for q in parse_quantities("3월 5일에 공개")] == [("3", "other")]


def test_a_stop_word_is_not_taken_for_an_adjective_before_a_unit() -> None:
    assert [q.text for q in parse_quantities("8 and 16 GPUs")] == ["8", "16 GPUs"]


def test_a_numbered_line_keeps_the_quantities_after_the_number() -> None:
    assert [q.text for q in parse_quantities("1. trained on 2M samples")] == ["2M samples"]


def test_unit_of_names_canonical_units() -> None:
    assert unit_of("Pairs") == ("samples", "count")
    assert unit_of("params") == ("parameters", "params")
    assert unit_of("model") is None


def _q(text: str):  # noqa: ANN202 - test helper
    [quantity] = parse_quantities(text)
    return quantity


SAME_VALUE = [
    ("600b tokens", "600b tokens", "exact"),
    ("600b", "600B", "exact"),
    ("1,400,000", "1400000", "exact"),
    ("600b tokens", "600 billion tokens", "equivalent"),
    ("600b tokens", "0.6T tokens", "equivalent"),
    ("1,400,000", "1.4 million", "equivalent"),
    ("12 hours", "720 minutes", "equivalent"),
    ("87.5 cm", "0.875 meters", "equivalent"),
    ("1.5 km", "1,400 metres", None),
    ("2023.08", "Aug 2023", "equivalent"),
    ("4 trillion", "4.1T", "approximate"),
    ("2M", "2.0 million", "approximate"),
    ("7B", "7.2B", "approximate"),
    ("3.5 days", "84.2 hours", "approximate"),
    ("Aug 2023", "2023-08-15", "approximate"),
    ("about 100 hours", "96 hours", "approximate"),
    ("roughly 40K", "37,000", "approximate"),
    ("20,000 lines", "17,000 lines", None),
    ("7B", "7.7B", None),
    ("7B", "7.6B", None),
    ("4.1T", "4 trillion", None),
    ("96.8M", "96.9M", None),
    ("2023-08-15", "Aug 2023", None),
    ("2023.08", "2023.09", None),
]


@pytest.mark.parametrize(("a", "b", "expected"), SAME_VALUE)
def test_same_value_grades_the_match_by_written_precision(
    a: str, b: str, expected: str | None
) -> None:
    assert same_value(_q(a), _q(b)) == expected


COMPATIBLE = [
    ("600b tokens", "0.6T tokens", True),
    ("2M samples", "2 million entries", True),
    ("600b tokens", "600b samples", False),
    ("ViT(675M)", "8 GPUs", False),
    ("140K", "134,206 pairs", True),
    ("35 were picked", "$35", False),
    ("1.4B", "97%", True),
    ("12 hours", "720 minutes", True),
    ("12 hours", "12", False),
    ("87.5 cm", "0.875 meters", True),
    ("87.5 cm", "87.5", False),
    ("87.5 cm", "87.5 minutes", False),
    ("2023.08", "202308", False),
    ("2023.08", "Aug 2023", True),
]


@pytest.mark.parametrize(("a", "b", "expected"), COMPATIBLE)
def test_compatible_units_keeps_tokens_apart_from_samples_and_dates_apart(
    a: str, b: str, expected: bool
) -> None:
    qa = parse_quantities(a)[-1]
    qb = parse_quantities(b)[-1]
    assert compatible_units(qa, qb) is expected


@given(st.text())
def test_parsing_any_text_never_crashes_and_spans_are_exact(text: str) -> None:
    for quantity in parse_quantities(text):
        assert text[quantity.start : quantity.start + len(quantity.text)] == quantity.text
        assert quantity.sig_figs >= 1


@given(
    st.decimals(min_value=0, max_value=999, places=3, allow_nan=False, allow_infinity=False),
    st.sampled_from([("K", 3), ("M", 6), ("B", 9), ("T", 12), (" million", 6), ("万", 4)]),
)
def test_a_value_written_with_a_magnitude_parses_back_to_itself(mantissa, suffix) -> None:  # noqa: ANN001
    written = f"{mantissa.normalize():f}{suffix[0]} tokens"
    [quantity] = parse_quantities(f"trained on {written}.")
    assert quantity.text == written
    assert math.isclose(quantity.value, float(mantissa) * 10 ** suffix[1], rel_tol=1e-12)
    assert quantity.unit == "tokens"


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=0, max_value=9999))
def test_digits_grouped_by_man_and_oku_parse_to_their_sum(high: int, low: int) -> None:
    # "5万1697" is 51,697 and "3億0500" is 300,000,500; "2万3" is said for 23,000, so read apart
    for big, size in (("万", 10**4), ("億", 10**8), ("亿", 10**8)):
        [quantity] = parse_quantities(f"全部で {high}{big}{low:04d} 件")
        assert (quantity.value, quantity.text) == (high * size + low, f"{high}{big}{low:04d}")
    assert [q.value for q in parse_quantities("2万3")] == [2, 3]
    [korean] = parse_quantities(f"{high}만 {low} 건")
    assert korean.value == high * 10**4 + low


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=1, max_value=99))
def test_a_decimal_comma_is_read_where_no_thousands_separator_can_stand(
    whole: int, part: int
) -> None:
    # "12,6" and "3,25" are 12.6 and 3.25; "28,883" stays 28883
    [quantity] = parse_quantities(f"un valor de {whole},{part} en la tabla")
    assert quantity.value == float(f"{whole}.{part}")
    assert [q.value for q in parse_quantities("28,883 pairs")] == [28883]


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_one_thousands_dot_groups_digits_where_the_text_writes_decimal_commas(
    high: int, low: int
) -> None:
    written = f"{high}.{low:03d}"  # "51.697 ricoveri": 51697 in an Italian post, 51.697 elsewhere
    [grouped] = parse_quantities(f"{written} ricoveri", decimal_comma=True)
    [decimal] = parse_quantities(f"{written} admissions")
    [comma] = parse_quantities(f"{high},{low:03d} ricoveri")  # as precise as 51,697
    assert (grouped.value, grouped.sig_figs) == (high * 1000 + low, comma.sig_figs)
    assert decimal.value == float(written)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("base-модель обучали 100 тыс. шагов;", 100_000, "steps"),
        ("big-модель училась 3,5 часа", 3.5, "hours"),
        ("у big-версии 213 млн параметров", 213e6, "parameters"),
        ("в его тестовой части 2 203 пары", 2203, "samples"),  # grouped by a plain space
        ("в 2,7 раза чаще", 2.7, "x"),
        ("кто-то 121 день", 121, "days"),
        ("yaklaşık 4,5 milyon cümle çifti", 4_500_000, "samples"),
        ("11 milyardan fazla parametresi", 11e9, "parameters"),
        ("121 gündür kullanıyor", 121, "days"),
        ("alarmların %63,4'ü iptal", 63.4, "%"),  # a share written before its number
        ("2,7 kat daha sık", 2.7, "x"),
        ("In wandkloktijd was dat 12 uur", 12, "hours"),
        ("een warmup van 8.000 stappen", 8000, "steps"),
        ("ongeveer 11 miljard parameters", 11e9, "parameters"),
        ("24 deelnemers", 24, "participants"),
    ],
)
def test_a_russian_turkish_or_dutch_count_reads_its_magnitude_and_unit(
    text: str, value: float, unit: str
) -> None:
    [quantity] = parse_quantities(text, decimal_comma=True)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("təxminən 4,5 mln cüt", 4_500_000, "samples"),
        ("Base model 100 min addım öyrədilib", 100_000, "steps"),  # "min", its thousand
        ("RAPT-da 1,06 milyondur", 1_060_000, ""),
        ("11 milyarddan çox parametri var", 11e9, ""),
        ("11 mlrd parametr", 11e9, "parameters"),
        ("orta qalma müddəti ~122 saatdır", 122, "hours"),
        ("test hissəsi cəmi 550 cütdür", 550, "samples"),
        ("1000 nəfərə yaxın adam", 1000, "participants"),
        ("18 ay ərzində", 18, "months"),
    ],
)
def test_an_azerbaijani_count_reads_its_magnitude_and_unit(
    text: str, value: float, unit: str
) -> None:
    [quantity] = parse_quantities(text, decimal_comma=True)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_min_is_a_thousand_only_before_a_noun_it_counts() -> None:
    found = parse_quantities("100 min addım, 140 min cüt; 100 min of training")
    assert [(q.value, q.unit) for q in found] == [
        (100_000, "steps"),
        (140_000, "samples"),
        (100, "minutes"),
    ]


def test_whole_thousands_grouped_by_a_space_are_one_number_in_any_text() -> None:
    # SI style, in a post that writes decimal points: "46 000" is no 46 and a 0
    found = parse_quantities("46 000 training pairs, then 1 000 000 steps")
    assert [(q.text, q.value) for q in found] == [
        ("46 000 training pairs", 46_000),
        ("1 000 000 steps", 1e6),
    ]


def test_mil_millones_is_a_spanish_billion() -> None:
    [quantity] = parse_quantities("MegatronLM tiene más de 11 mil millones de parámetros")
    assert (quantity.value, quantity.unit) == (11e9, "parameters")


def test_a_duration_after_step_is_no_step_label() -> None:
    assert [q.text for q in parse_quantities("每个 step 0.4 秒; step 2 s; Step 3 of it")] == [
        "0.4 秒",
        "2 s",
    ]
    assert [q.text for q in parse_quantities("प्रत्येक step 1.5 सेकंद; step 2 sentences")] == ["1.5 सेकंद"]


def test_a_russian_year_and_a_word_that_starts_like_a_unit_are_no_durations() -> None:
    assert [q.unit for q in parse_quantities("для 2017 года; 3 части", decimal_comma=True)] == [
        "",
        "",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("circa 4,5 milioni di frasi, 3,5 giorni e 51.697 ricoveri", True),
        ("un BLEU di 27,3 (https://arxiv.org/abs/1706.03762v5)", False),  # one alone may be a list
        ("27,3 e 28,4 BLEU, ma 3.5 giorni", False),  # a decimal point: which is it?
        # one point quoted as the form not used, against many commas
        ('"0,5" och inte "0.5": 28,4 BLEU, 3,5 dagar, 121,7 timmar, 2,2 larm', True),
        ("BLEU 27.3 and 28.4; 1,2 or 3 runs", False),
        # a table copied from the paper keeps its points; the prose's commas decide
        ("umbes 4,5 miljonit, 3,5 päeva\n\n| base | 25.8 | 38.1 |\n| big | 28.4 | 41.8 |", True),
        # a section's number and code are no decimal points
        ("### 1.1 Dữ liệu\n27,3 và 28,4 BLEU\n```\nx ** -0.5\n```\n`lr=0.1`", True),
        # thousands grouped by plain spaces: the points are hyperparameters copied from the paper
        ("4,5 mln, 3,5 gün, 21,4%; 51 697 qəbul, 134 206 cüt; weight decay 0.1, σ 0.2", True),
        ("4,5 mln, 3,5 gün, 21,4%; 51 697 qəbul; weight decay 0.1, σ 0.2", False),  # one alone
        ("1,2 or 3 runs, 0.5 and 0.7 and 0.9; 46 000 pairs, 1 000 000 steps", False),
    ],
)
def test_a_text_writes_decimal_commas_when_two_show_and_few_decimal_points(
    text: str, expected: bool
) -> None:
    assert writes_decimal_commas(text) is expected


@given(st.floats(min_value=1, max_value=1e15), st.integers(min_value=1, max_value=4))
def test_a_number_is_approximately_any_more_precise_number_that_rounds_to_it_nearby(
    value: float, digits: int
) -> None:
    precise_text = f"{value:.{digits + 1}e}"
    with localcontext(rounding=ROUND_HALF_UP):
        rounded_text = f"{Decimal(precise_text):.{digits - 1}e}"
    precise, rounded = _q(precise_text), _q(rounded_text)
    near = abs(rounded.value - precise.value) <= APPROXIMATE * rounded.value
    assert (same_value(rounded, precise) in ("approximate", "equivalent", "exact")) is near


@pytest.mark.parametrize(
    ("claim", "paper", "expected"),
    [
        ("1.065 ms", "1.0655 ms", None),  # 1.0655 rounds to 1.066
        ("0.072 ms", "0.0715 ms", "approximate"),
        ("139.0 hours", "138.95 hours", "approximate"),
        ("24.02 days", "24.025 days", None),
    ],
)
def test_a_tie_rounds_away_from_zero_in_any_unit(claim: str, paper: str, expected) -> None:  # noqa: ANN001
    # units are compared in seconds, whose float products made such ties go either way
    assert same_value(_q(claim), _q(paper)) == expected


_UNITS_IN_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
    " sixteen seventeen eighteen nineteen"
).split()
_TENS_IN_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()


def _in_words(n: int) -> str:
    if n < 20:
        return _UNITS_IN_WORDS[n - 1]
    tens, ones = divmod(n, 10)
    return _TENS_IN_WORDS[tens - 2] + (f"-{_UNITS_IN_WORDS[ones - 1]}" if ones else "")


@given(st.integers(min_value=1, max_value=99))
def test_hundreds_written_in_words_parse_back_to_their_value(n: int) -> None:
    text = f"the card shows {_in_words(n)} hundred citations"
    [quantity] = number_words(text, parse_quantities(text))
    assert (quantity.value, quantity.unit) == (n * 100, "citations")


def _spoken(n: int) -> str:
    """``n`` (below a million) as a podcast says it: "fifty-one thousand six hundred and one"."""
    thousands, rest = divmod(n, 1000)
    hundreds, below = divmod(rest, 100)
    said = [f"{_spoken(thousands)} thousand"] if thousands else []
    said += [f"{_in_words(hundreds)} hundred"] if hundreds else []
    said += ["and"] if said and below else []
    said += [_in_words(below)] if below else []
    return " ".join(said)


@given(st.integers(min_value=2, max_value=999_999), st.integers(min_value=0, max_value=99))
def test_a_number_spoken_in_words_parses_back_to_its_value(n: int, decimals: int) -> None:
    digits = " ".join("oh" if d == "0" else _in_words(int(d)) for d in f"{decimals:02d}")
    text = f"they report {_spoken(n)} inpatient admissions, or {_spoken(n)} point {digits} hours"
    whole, decimal = number_words(text, parse_quantities(text))
    assert whole.value == n
    assert (decimal.value, decimal.unit) == (float(f"{n}.{decimals:02d}"), "hours")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Adversarial nets got two twenty-five on MNIST", 225),  # read out as 225
        ("the DBN's twenty-one ten on TFD", 2110),
        ("an MAE of two ninety point eight two", 290.82),
        ("one point oh six million trainable parameters", 1_060_000),
        ("about a hundred and twenty-two hours", 122),
        ("twelve hundred training images", 1200),
        ("each step took about zero point four seconds", 0.4),
        ("probably around point eight five, from the plot", 0.85),
        ("and the DBN scored nineteen oh nine on MNIST", 1909),
    ],
)
def test_a_number_read_out_in_words_is_one_number(text: str, value: float) -> None:
    [quantity] = number_words(text, parse_quantities(text))
    assert quantity.value == value


def test_two_numbers_in_words_before_a_hyphened_noun_stay_two() -> None:
    text = "in two twenty-minute sessions"
    assert [q.value for q in number_words(text, parse_quantities(text))] == [2, 20]


@pytest.mark.parametrize("text", ["[33:18] GUEST: yes", "at 9:30 they met", "(1:02:15) HOST"])
def test_a_time_code_or_clock_time_is_no_quantity(text: str) -> None:
    assert parse_quantities(text) == []


def test_the_markers_of_a_list_within_a_sentence_are_not_quantities() -> None:
    text = "explained by: (1) on 8 GPUs an aggregator helps less, and (2) for UCSD, less so"
    assert [q.text for q in parse_quantities(text)] == ["8 GPUs"]
    assert [q.text for q in parse_quantities("79% of the nurses (19) had used it")] == [
        "79%",
        "19",
    ]


def test_a_chinese_table_or_figure_number_is_no_quantity() -> None:
    assert [q.text for q in parse_quantities("表 6 是对比，见图 2，表5里")] == []
    assert [q.text for q in parse_quantities("代表 3 个，发表 12 篇")] == ["3", "12"]


def test_one_before_a_rate_is_a_count() -> None:
    # "one discriminator step per generator step" counts steps; "one of them" counts nothing
    found = number_words("they ran one discriminator step per generator step", [])
    assert [(q.text, q.value, q.unit) for q in found] == [("one discriminator step", 1, "steps")]
    assert number_words("one of them ran it per hour", []) == []


def test_one_before_a_time_unit_is_a_duration() -> None:
    found = number_words("it took one second per page", [])
    assert [(q.text, q.value, q.unit) for q in found] == [("one second", 1, "seconds")]


def test_a_school_grade_is_a_quantity_in_digits_or_words() -> None:
    text = "a 5th-grade level, a fifth grade reading level rather than second grade, a 2nd grader"
    found = [(q.text, q.value, q.unit) for q in parse_quantities(text)]
    assert found == [
        ("5th-grade", 5, "grade"),
        ("fifth grade", 5, "grade"),
        ("second grade", 2, "grade"),
        ("2nd grader", 2, "grade"),
    ]
    assert parse_quantities("on the 5th of May, the second half") == []
    chinese = [(q.text, q.value, q.unit) for q in parse_quantities("写成五年级而不是 3 年级的水平")]
    assert chinese == [("五年级", 5, "grade"), ("3 年级", 3, "grade")]


def test_a_metric_before_a_number_is_that_numbers_not_the_one_before() -> None:
    found = parse_quantities("McClosky et al. reach WSJ 23 F1 92.1 semi-supervised.")
    assert [(q.text, q.unit) for q in found] == [("23", ""), ("92.1", "")]
    assert [q.unit for q in parse_quantities("28.4 BLEU, 2 points up")] == ["BLEU", ""]


def test_unit_words_are_the_written_units_the_parser_knows() -> None:
    from citekit.quantities import unit_words

    assert {"participants", "hours"} <= unit_words()
    assert "readers" not in unit_words()


def test_an_exponent_written_after_ten_is_no_number_of_its_own() -> None:
    assert [q.value for q in parse_quantities("a cutoff Λ(10−6)")] == [1e-6]  # not 10, nor 6


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("28 GPU-days of compute", "GPU days"),  # compute, no count of 28 GPUs
        ("96 GPU-hours", "GPU hours"),
        ("≈96 GPU-h on the P100 box", "GPU hours"),
        ("96 个 GPU 小时", "GPU hours"),  # a unit that starts in Latin letters, ends in Chinese
        ("约合 28 个 GPU·天", "GPU days"),
        ("2 个 GPU 训练", "GPUs"),
    ],
)
def test_gpu_time_is_a_duration_of_its_own(text: str, unit: str) -> None:
    [quantity] = parse_quantities(text)
    assert quantity.unit == unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("约百分之零点二三，", 0.23, "%"),
        ("百分之 12 的样本", 12.0, "%"),
        ("百分之二十五", 25.0, "%"),
        ("wd 取千分之一", 0.001, ""),
        ("一百二十", 120.0, ""),  # opening a line: no list numbering, and no crash
        ("big model: 3.5d of training", 3.5, "days"),  # "d" after decimals only
        ("Prompt Tuning 0.1 — 256 d", 256.0, ""),  # a table's symbol cell
    ],
)
def test_shares_days_and_chinese_numbers(text: str, value: float, unit: str) -> None:
    *_, quantity = parse_quantities(text)
    assert (quantity.value, quantity.unit) == (value, unit)


def test_a_chinese_number_before_an_s_does_not_crash() -> None:
    assert parse_quantities("一百二十S") == []  # a decade's "s", as in "80s" (found by fuzzing)


_SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


@given(st.integers(min_value=-99, max_value=99), st.sampled_from(["^", "**", "sup", "pypdf"]))
def test_a_power_of_ten_alone_is_its_value(exponent: int, form: str) -> None:
    written = {
        "^": f"10^{exponent}",
        "**": f"10**{exponent}",
        "sup": f"10{str(exponent).translate(_SUPERSCRIPTS)}",  # "10⁻²"
        "pypdf": f"10−{-exponent}",  # a superscript flattened: "ε = 10−9"
    }[form]
    if form in ("sup", "pypdf") and exponent >= 0:
        return  # "10²" may be a footnote mark, and a positive exponent has no minus to flatten
    assert [q.value for q in parse_quantities(f"ε = {written}.")] == [float(f"1e{exponent}")]


def test_traditional_chinese_reads_in_simplified_characters_one_for_one() -> None:
    assert simplified("共 3600 萬個句子，110 億個參數") == "共 3600 万个句子，110 亿个参数"
    assert simplified("学習時間は 3 時間") == "学習時間は 3 時間"  # Japanese kanji are its own
    assert simplified("۱۳۴٬۲۰۶ جفت و ۲۱٫۴٪") == "134,206 جفت و 21.4%"  # Persian digits
    assert simplified("১,০০,০০০ স্টেপ, १२ घंटे, ๓.๕") == "1,00,000 স্টেপ, 12 घंटे, 3.5"  # Indian, Thai
    assert simplified("၄.၅ သန်း၊ ၁၂ နာရီ") == "4.5 သန်း၊ 12 နာရီ"  # Burmese digits
    assert simplified("៤.៥ លាន, ១២ ម៉ោង") == "4.5 លាន, 12 ម៉ោង"  # Khmer digits
    assert simplified("໔.໕ ລ້ານ, ໑໒ ຊົ່ວໂມງ") == "4.5 ລ້ານ, 12 ຊົ່ວໂມງ"  # Lao digits


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("for 1–2 months", ["months", "months"]),
        ("for one to two weeks", ["weeks", "weeks"]),
        ("between 5 and 15 seconds", ["seconds", "seconds"]),
        ("moves down from 2 to 1 hours", ["", "hours"]),  # a change, no range
        ("3.9316 -0.5833 hours", ["", "hours"]),  # two cells
    ],
)
def test_a_ranges_bare_start_takes_its_ends_unit(text: str, units: list[str]) -> None:
    found = parse_quantities(text)
    quantities = sorted([*found, *number_words(text, found)], key=lambda q: q.start)
    assert [q.unit for q in range_units(text, quantities)] == units
    assert starts_range(text, quantities[0]) == (units[0] != "")


def test_an_s_after_a_counted_word_is_no_seconds() -> None:
    # Slovenian "s" is "with": "matched with 5 controls with a similar stay" counts controls
    (five,) = parse_quantities("uparili s 5 kontrolami s podobno ležalno dobo", decimal_comma=True)
    assert (five.text, five.unit) == ("5", "")


def test_a_basque_case_ending_joins_its_number() -> None:
    # "%90ek" (the 90% chose), "38,39koa" (is 38.39), "11.000 milioi" (eleven thousand millions)
    text = "%90ek aukeratu; Self-BLEU-a 38,39koa da; 11.000 milioi parametro; 16:00etan"
    found = parse_quantities(text, decimal_comma=True)
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("%90", 90, "%"),
        ("38,39", 38.39, ""),
        ("11.000 milioi parametro", 1.1e10, "parameters"),
    ]


def test_a_georgian_case_ending_a_hyphen_joins_leaves_its_number() -> None:
    # "91.7-ს" (91.7, in the dative), "32-ია" (is 32), "2.5-ჯერ" (2.5 times); "მე-9" is ninth
    text = "F1 = 91.7-ს იღებს; batch size 32-ია; ~2.5-ჯერ მაღალია; მე-9 კვირა"
    found = parse_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("91.7", 91.7, ""),
        ("32", 32, ""),
        ("2.5-ჯერ", 2.5, "x"),
    ]


def test_an_armenian_case_ending_a_hyphen_joins_leaves_its_number() -> None:
    # "5-ով" (by 5), "15.00-ից" (than 15.00); "3-րդ" is third, "20-ին" a date's day; a word an
    # Armenian unit's stem starts is no unit ("5 օրենք", five laws, no days)
    text = "մոտ 5-ով ցածր; 15.00-ից; 3-րդ շերտ; դեկտեմբերի 20-ին; 5 օրենք"
    found = parse_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("5", 5, ""),
        ("15.00", 15, ""),
        ("5", 5, ""),
    ]


def test_an_amharic_number_word_counts_the_noun_after_it() -> None:
    # Amharic two to ten, and "አስራ" (ten and) before one; no unit starts a longer word ("5
    # ቀንሷል", decreased by 5, is no days)
    text = "ሁለት ክፍሎች አሉት፤ አስራ ሁለት ሰዓት ብቻ፤ ስምንት NVIDIA P100 GPUs፤ በ5 ቀንሷል"
    found = parse_quantities(text)
    assert [(q.text, q.value, q.unit) for q in found + number_words(text, found)] == [
        ("5", 5, ""),
        ("ሁለት", 2, ""),
        ("አስራ ሁለት ሰዓት", 12, "hours"),
        ("ስምንት NVIDIA P100 GPUs", 8, "GPUs"),
    ]


def test_a_sinhala_number_word_counts_the_noun_before_it() -> None:
    # Sinhala names what it counts before the number word: "layers හයක්" (six layers); a
    # number word no noun precedes counts nothing
    text = "layers හයක් (N = 6); විචල්\u200dය හතක්; මිනිසුන් දහසක් පමණ; හතරක්"
    found = number_words(text, parse_quantities(text))
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("හයක්", 6, "layers"),
        ("හතක්", 7, ""),
        ("දහසක්", 1000, ""),
    ]


def test_a_hausa_number_word_counts_the_noun_before_it() -> None:
    # Hausa names what it counts before its number words, read as a run ("awa goma sha biyu",
    # twelve hours; "matakai dubu ɗari uku", 300,000 steps; "GPU guda takwas", eight GPUs);
    # not "gaba ɗaya" (entirely), nor a number word no noun precedes
    text = (
        "awa goma sha biyu; matakai dubu ɗari uku; GPU guda takwas; controls biyar; "
        "na'ura ɗaya; gaba ɗaya; mutane dubu da ɗari biyu"
    )
    found = number_words(text, parse_quantities(text))
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("awa goma sha biyu", 12, "hours"),
        ("matakai dubu ɗari uku", 300000, "steps"),
        ("takwas", 8, "GPUs"),
        ("biyar", 5, ""),
        ("ɗaya", 1, ""),
        ("dubu da ɗari biyu", 1200, ""),
    ]
    assert number_words("ɗari biyu da hamsin", []) == []  # no noun before it


def test_a_yoruba_number_word_counts_the_noun_before_it() -> None:
    # Yoruba names what it counts before its number words ("wákàtí méjìlá", twelve hours;
    # "GPU mẹ́jọ", eight GPUs), a half after them ("ọjọ́ mẹ́ta àbọ̀", three and a half days), a
    # scale before them ("ẹgbẹ̀rún mẹ́rin", four thousand), a colon maybe between
    text = (
        "wákàtí méjìlá; ọjọ́ mẹ́ta àbọ̀; GPU mẹ́jọ; columns márùn-ún; oṣù méjìdínlógún; "
        "àwòrán àádọ́ta; Warmup steps: ẹgbẹ̀rún mẹ́rin."
    )
    found = number_words(text, parse_quantities(text))
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("wákàtí méjìlá", 12, "hours"),
        ("ọjọ́ mẹ́ta àbọ̀", 3.5, "days"),
        ("mẹ́jọ", 8, "GPUs"),
        ("márùn-ún", 5, ""),
        ("oṣù méjìdínlógún", 18, "months"),
        ("àwòrán àádọ́ta", 50, "samples"),
        ("ẹgbẹ̀rún mẹ́rin", 4000, "steps"),
    ]
    # typed with combining marks, as one keyboard does; no noun before it, no count
    decomposed = unicodedata.normalize("NFD", "layers mẹ́fà")
    assert [q.value for q in number_words(decomposed, [])] == [6]
    assert number_words("mẹ́fà ni", []) == []
    # a magnitude before digits is theirs: "mílíọ̀nù 4.5"
    assert number_words("nǹkan bí mílíọ̀nù 4.5", parse_quantities("nǹkan bí mílíọ̀nù 4.5")) == []


def test_a_zulu_number_word_counts_the_noun_before_it() -> None:
    # Zulu numbers follow the noun they count, joined by its concord: "amahora ayishumi
    # nambili" (twelve hours: ten and two), "imizuzu engamashumi amane" (forty minutes: tens,
    # four of them), "ama-GPU ayisishiyagalombili" (eight GPUs); not "izinkulungwane"
    # (thousands) alone, nor the adjective "olukhulu" (big), nor a number no noun precedes
    text = (
        "amahora ayishumi nambili; imizuzu engamashumi amane; ama-GPU ayisishiyagalombili; "
        "amakholomu amahlanu; babe yinkulungwane; sinezinkulungwane nje; ucwaningo olukhulu"
    )
    found = number_words(text, parse_quantities(text))
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("amahora ayishumi nambili", 12, "hours"),
        ("imizuzu engamashumi amane", 40, "minutes"),
        ("ama-GPU ayisishiyagalombili", 8, "GPUs"),
        ("amahlanu", 5, ""),
        ("yinkulungwane", 1000, ""),
    ]
    assert number_words("ayishumi nambili", []) == []  # no noun before it


def test_a_zulu_concord_before_a_number_names_nothing() -> None:
    # "angu-3.5" is a Zulu concord and its number, unlike "GPT-3.5", a name
    assert [(q.text, q.start) for q in parse_quantities("GPT-3.5 noma angu-3.5")] == [("3.5", 18)]


def test_a_somali_number_word_counts_the_noun_after_it() -> None:
    # Somali number words in lower case before the noun they count ("lix layer", six layers;
    # "laba ciyaartoy", two players), a thousand after them ("boqol kun", a hundred thousand),
    # and "kun" alone before a noun it counts ("kun qof", a thousand people); not a name's
    # word ("Shan et al."), nor one no noun follows ("waa shan", it is five)
    text = (
        "lix layer; siddeed GPU; laba ciyaartoy; lix saacadood; boqol kun; ku dhawaad kun qof; "
        "Shan et al.; waa shan."
    )
    found = number_words(text, parse_quantities(text))
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("lix layer", 6, "layers"),
        ("siddeed GPU", 8, "GPUs"),
        ("laba", 2, ""),
        ("lix saacadood", 6, "hours"),
        ("boqol kun", 100000, ""),
        ("kun", 1000, ""),
    ]


def test_a_malagasy_number_word_counts_the_noun_before_it() -> None:
    # Malagasy puts units before tens and smaller parts before larger ("efatra amby enimpolo",
    # 64; "enina arivo sy iray alina", 16 000) after the noun it counts ("ora roa ambin'ny
    # folo", twelve hours); not a lone "iray" (one, the article a), nor "dia" (the topic
    # particle) as Portuguese days, nor a word of another language ("telo", Italian cloth)
    text = (
        "Ny GAN dia nofanina tamin'ny GPU valo; d_k = efatra amby enimpolo; dingana iray hetsy;"
        " ora roa ambin'ny folo; Patch enina arivo sy iray alina; olona arivo; ny sary iray;"
        " ny loha dia valo"
    )
    found = number_words(text, parse_quantities(text))
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("GPU valo", 8, "GPUs"),
        ("efatra amby enimpolo", 64, ""),
        ("dingana iray hetsy", 100000, "steps"),
        ("ora roa ambin'ny folo", 12, "hours"),
        ("enina arivo sy iray alina", 16000, ""),
        ("arivo", 1000, ""),
        ("valo", 8, ""),
    ]
    assert number_words("Il telo bianco", []) == []


def test_a_burmese_number_word_counts_with_its_classifier() -> None:
    # Burmese one to ninety-nine before a classifier or unit, the noun before it ("GPU ရှစ်လုံး",
    # eight GPUs), "ခွဲ" a half after it; not inside a word ("ဥပမာလေး", the little example), nor
    # a unit that starts a longer syllable ("၂ လုပ်" is no months)
    text = "GPU ရှစ်လုံး၊ head ရှစ်ခု၊ ဆယ့်နှစ်နာရီ၊ သုံးရက်ခွဲ၊ သုံးဆ၊ ဥပမာလေးက၊ ၂ လုပ်"
    found = parse_quantities(simplified(text))
    assert [(q.text, q.value, q.unit) for q in found + number_words(text, found)] == [
        ("2", 2, ""),
        ("ရှစ်လုံး", 8, "GPUs"),
        ("ရှစ်ခု", 8, ""),
        ("ဆယ့်နှစ်နာရီ", 12, "hours"),
        ("သုံးရက်ခွဲ", 3.5, "days"),
        ("သုံးဆ", 3, "x"),
    ]


def test_a_khmer_number_word_counts_with_its_classifier_or_noun() -> None:
    # Khmer one to ninety-nine before a classifier or unit, the noun before it ("GPU ប្រាំបី
    # គ្រឿង", eight GPUs), or before the Latin plural it counts ("ប្រាំ columns"); not inside a
    # word ("នីមួយៗ", each one), nor before a singular ("មួយ model", a model)
    text = "GPU ប្រាំបី គ្រឿង; ប្រាំ columns; ដប់ epochs; ដប់ពីរ ម៉ោង; ម្ភៃប្រាំ នាក់; នីមួយៗ; មួយ model"
    found = parse_quantities(simplified(text))
    assert [(q.text, q.value, q.unit) for q in found + number_words(text, found)] == [
        ("ប្រាំបី គ្រឿង", 8, "GPUs"),
        ("ប្រាំ columns", 5, ""),
        ("ដប់ epochs", 10, "epochs"),
        ("ដប់ពីរ ម៉ោង", 12, "hours"),
        ("ម្ភៃប្រាំ នាក់", 25, "participants"),
    ]


def test_a_georgian_number_word_counts_the_noun_after_it() -> None:
    # Georgian two to ten, whole or as the stem a noun after it leaves: "ხუთ ნაშრომს" (five papers)
    text = "ორი sub-layer; ხუთ ნაშრომს; სამი დღე; ორივეს"
    found = number_words(text, parse_quantities(text))
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("ორი", 2, ""),
        ("ხუთ ნაშრომს", 5, "papers"),
        ("სამი დღე", 3, "days"),
    ]


def test_one_thousands_comma_is_a_decimal_comma_where_the_text_writes_them() -> None:
    # Basque "1,983 puntu" (1.983 points) where "51.697" is 51697
    found = parse_quantities("1,983 puntu gutxiago; 51.697 ospitaleratze", decimal_comma=True)
    assert [q.value for q in found] == [1.983, 51697]
    assert [q.value for q in parse_quantities("1,983 puntu gutxiago")] == [1983]


# the regex engine ignores case by its own rules: "YIL" and "yil" match Turkish "yıl", "ſ" is "s"
_FOLDINGS = (str.upper, lambda w: w.replace("i", "ı"), lambda w: w.replace("s", "ſ"))


@pytest.mark.parametrize("table", [quantities._UNITS, quantities._FOREIGN_NUMBERS])
def test_a_word_matched_ignoring_case_is_read_whatever_its_case(table: dict) -> None:
    for word in table:
        for fold in _FOLDINGS:
            text = f"In 2024-{fold(word)} we had 12 {fold(word)} and {fold(word)} items."
            parse_quantities(text)  # no KeyError
    assert [(q.value, q.unit) for q in parse_quantities("2024-yil 17-mart: 3 YIL")] == [
        (2024.0, "years"), (17.0, ""), (3.0, "years")
    ]  # fmt: skip


def test_a_lao_unit_is_no_longer_words_first() -> None:
    # "ຮູບແບບ" (forms) starts with "ຮູບ" (images), and counts no images
    found = parse_quantities("ມີ 5 ຮູບແບບ ແລະ 50 ຮູບ")
    assert [(q.text, q.unit) for q in found] == [("5", ""), ("50 ຮູບ", "samples")]


def test_a_lao_number_word_counts_with_its_classifier() -> None:
    # Lao numbers in words before a classifier, unit or Latin noun, the noun before it ("GPU
    # ແປດໜ່ວຍ", eight GPUs), "ເຄິ່ງ" a half after its unit; not inside a word ("ສາມາດ", can),
    # nor a thousand ending one ("ສຳພັນຄົນລະແບບ", each its own relation)
    text = (
        "GPU ແປດໜ່ວຍ, ໃຊ້ແປດຫົວ, ເທຣນໜຶ່ງແສນ step, ສາມມື້ເຄິ່ງ, ສິບສອງຊົ່ວໂມງ, ຊາວເອັດມື້, "
        "ຫ້າ column, ສາມາດເຮັດ, ຄວາມສຳພັນຄົນລະແບບ"
    )
    found = parse_quantities(simplified(text))
    assert [(q.text, q.value, q.unit) for q in found + number_words(text, found)] == [
        ("ແປດໜ່ວຍ", 8, "GPUs"),
        ("ແປດຫົວ", 8, ""),
        ("ໜຶ່ງແສນ step", 100000, "steps"),
        ("ສາມມື້ເຄິ່ງ", 3.5, "days"),
        ("ສິບສອງຊົ່ວໂມງ", 12, "hours"),
        ("ຊາວເອັດມື້", 21, "days"),
        ("ຫ້າ", 5, ""),
    ]


def test_a_lao_classifier_counts_the_latin_noun_before_the_number() -> None:
    # "parameter 110 ລ້ານໂຕ": 110 million parameters, the noun before, "ໂຕ" counting it
    found = parse_quantities("parameter 110 ລ້ານໂຕ, parameter ພຽງ 1.2 ລ້ານໂຕ, ມີ 8 ໂຕ")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("110 ລ້ານໂຕ", 1.1e8, "parameters"),
        ("1.2 ລ້ານໂຕ", 1.2e6, "parameters"),
        ("8", 8, ""),
    ]


def test_a_tagalog_number_word_counts_with_its_linker() -> None:
    # Tagalog numbers in words, joined to their noun by "-ng" or "na": "walong P100 GPUs"
    # (eight), "isandaang libong steps" (100,000), "apat na libong steps" (4,000), "Tatlong
    # beses na mas" (three times more); not "isa" without a linker ("bawat isa", each one), nor
    # "daan" (road) before no number
    text = (
        "walong P100 GPUs; isandaang libong steps; apat na libong steps; dalawang araw; "
        "labindalawang oras; dalawampu't limang epochs; Tatlong beses na mas maraming steps; "
        "tatlong ospital; tatlo't kalahating araw; bawat isa; sa daang ito"
    )
    found = number_words(text, parse_quantities(text))
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("walong P100 GPUs", 8, "GPUs"),
        ("isandaang libong steps", 100000, "steps"),
        ("apat na libong steps", 4000, "steps"),
        ("dalawang araw", 2, "days"),
        ("labindalawang oras", 12, "hours"),
        ("dalawampu't limang epochs", 25, "epochs"),
        ("Tatlong beses", 3, "x"),
        ("tatlong ospital", 3, "hospitals"),
        ("tatlo't kalahating araw", 3.5, "days"),
    ]


def test_an_irish_number_word_counts_the_noun_it_mutates() -> None:
    # "sé shraith" (six layers), "le hocht gcinn" (with eight heads), "ocht mí dhéag" (eighteen
    # months), "trí lá go leith" (three and a half days), "seacht n-athróg" (seven variables);
    # not "sé" as he or it ("Tá sé thart ar 5", it is about 5; "Úsáideann sé dilated", it
    # uses), "trí" as through ("trí chéile", together), nor "a cúig" (five as a name)
    text = (
        "Tá sé shraith san encoder; le hocht gcinn; ar ocht GPU; thar ocht mí dhéag; "
        "Thóg sé sin trí lá go leith; ní úsáideann NEWS ach seacht n-athróg; dhá mhúnla; "
        "caoga íomhá; trí huaire méid an base model; Tá sé thart ar 5; Úsáideann sé dilated "
        "convolutions; trí chéile; Tábla a cúig; an dá mhúnla"
    )
    found = number_words(text, parse_quantities(text))
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("sé shraith", 6, "layers"),
        ("hocht gcinn", 8, ""),
        ("ocht GPU", 8, "GPUs"),
        ("ocht mí dhéag", 18, "months"),
        ("trí lá go leith", 3.5, "days"),
        ("seacht n-athróg", 7, ""),
        ("dhá mhúnla", 2, ""),
        ("caoga íomhá", 50, "samples"),
        ("trí huaire", 3, "x"),
        ("dá mhúnla", 2, ""),
    ]


def test_tagalog_ay_is_no_azerbaijani_months() -> None:
    # "ay" is Tagalog's "is" after its subject ("Ang 26 ay", the 26 is) or before its words
    # ("26 ay ang lab values"); "18 ay ərzində" is still 18 months
    found = parse_quantities("Ang 26 ay lab values; 8 ay ang heads; 18 ay ərzində")
    assert [(q.text, q.unit) for q in found] == [("26", ""), ("8", ""), ("18 ay", "months")]


def test_a_tagalog_magnitude_and_percent_follow_the_digits() -> None:
    # "libo" (thousand) and "bilyon" (billion) with their linker, "porsyento" (percent)
    text = "300 libong steps; 1.2 bilyong parameters; 100 libo na hakbang; 15 porsyento"
    assert [(q.text, q.value, q.unit) for q in parse_quantities(text)] == [
        ("300 libong steps", 300000, "steps"),
        ("1.2 bilyong parameters", 1.2e9, "parameters"),
        ("100 libo na hakbang", 100000, "steps"),
        ("15 porsyento", 15, "%"),
    ]
