#!/usr/bin/env python3
"""Build the LEADERS part of the ner_fa gazetteer: ``gazetteers/leaders.jsonl``.

Usage (from the repository root)::

    python scripts/build_people.py \\
        --sources ../shared/data/gazetteer-sources --out gazetteers/leaders.jsonl

Inputs (only read, never copied; Wikidata-derived, CC0):

* ``everypolitician_world_leaders_wikidata_2026.csv`` and the 2022 snapshot
  ``everypolitician_world_leaders_2021_wikidata_snapshot2022.csv``
  (heads of state / government: country QID, position, officeholder QID,
  English label, start/end year);
* ``everypolitician_foreign_ministers_wikidata_latest.csv`` and ``_2023``
  (foreign ministers as of about 2023: person QID, name, country QID, start);
* ``everypolitician_intl_org_heads_2023.csv`` (heads of international bodies).

How each field is made
----------------------
* ``id`` = ``wikidata`` = the officeholder QID *as given in the CSVs*.  No QID
  is typed in by hand: the ``FA`` table below is keyed by QIDs that occur in
  the CSVs, and a person is written only if its QID occurs there.
* ``name``: the English label from the CSV (most recent file first); a label
  that is missing (the QID stands in the name column) or looks vandalised is
  replaced by the same QID's label in another of the CSV files, else by
  ``LABEL_FIX`` (only for a person identified by position and years), else
  the row is dropped.  Honorific prefixes (Dr., Sheikh, Prince, Archbishop,
  Count) are stripped.
* ``country``: the country QID of the row mapped to ISO2 through
  ``gazetteers/countries.jsonl``; none for international bodies and for
  entities that file does not hold (sub-national or unrecognised).
* ``description``: "<position> (<start>–<end>)" of the most recent position
  (a position still open in the 2026 file first, then the latest start);
  positions known only from older files are marked "as of 2022" / "as of 2023".
* ``prior``: 0.8 current head of state/government (2026 file) of a country in
  ``MAJOR``, 0.6 other current ones; 0.5/0.4 foreign ministers (2023 data) and
  heads of international bodies; 0.4/0.3 former or not re-confirmed in 2026.
* ``name_fa`` / ``aliases``: the project's own transliterations in ``FA``,
  following Iranian news usage (BBC Persian, IRNA, Fars).  A person with no
  ``FA`` entry is skipped and counted.  Every form is normalised (ي/ك → ی/ک).
  A surname alone is an alias only where it is distinctive.
* ``weak_aliases``: ``scripts/weak_aliases.py`` (short forms that are also common words,
  «سیسی», «متقی»: they link only a span the tagger marked as a person).

Checks (each reported on stdout)
--------------------------------
* rows dropped: empty person QID, missing/vandalised label with no fix,
  impossible or historical dates, hand-listed suspicious rows (``SUSPECT_ROWS``);
* QIDs already in ``gazetteers/people.jsonl`` are skipped (no duplicate ids);
* a Persian form that equals a surface form of another gazetteer file
  (countries, places, organisations, seed people) or of another leader is
  dropped (or, for ``name_fa``, the person is skipped);
* a one-word alias in ``COMMON_WORDS`` (``scripts/people_common.py``, shared with
  ``build_people_extra.py``) or mostly tagged ``O`` in PEYMA train
  (never dev, the evaluation set) (``--peyma``, if present) is dropped as a common word.

Output is deterministic, sorted by id.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
import weak_aliases
from people_common import filter_aliases, norm_fa, persian_forms, peyma_common_words

from ner_fa.normalize import compact_key

CSV_2026 = "everypolitician_world_leaders_wikidata_2026.csv"
CSV_2022 = "everypolitician_world_leaders_2021_wikidata_snapshot2022.csv"
CSV_FM_LATEST = "everypolitician_foreign_ministers_wikidata_latest.csv"
CSV_FM_2023 = "everypolitician_foreign_ministers_wikidata_2023.csv"
CSV_ORG = "everypolitician_intl_org_heads_2023.csv"

# Countries most present in Persian news (ISO2): their current leaders get a higher prior.
MAJOR = {"US", "RU", "CN", "GB", "FR", "DE", "IN", "JP", "TR", "SA", "AE", "QA", "IQ", "AF", "PK", "IL", "EG", "SY", "LB", "IR", "AZ", "AM", "TJ", "UZ", "KZ", "KG", "TM", "UA", "IT", "ES", "CA", "BR", "KR", "KP", "ID", "MY", "JO", "KW", "BH", "OM", "YE", "PS", "GE", "BY", "VE", "CU"}

# Labels for rows whose label is missing in every CSV, identified by position and years.
LABEL_FIX = {
    "Q5771800": "Claudia Sheinbaum",   # President of Mexico (2024–)
}

# (QID, file) -> reason: rows judged wrong or unverifiable on reading the data.
SUSPECT_ROWS = {
    ("Q2667498", CSV_2026): "Horik II (9th-century king) listed as current monarch of Denmark since 854",
    ("Q335738", CSV_2026): "Tesfaye Dinka (PM in 1991) listed as open-ended PM of Ethiopia beside Abiy Ahmed",
    ("Q123342092", CSV_2026): "'Edeupa Yerimin' as PM of Eswatini (2023) looks vandalised; PM since 2023 is Russell Dlamini",
    ("Q269909", CSV_2026): "Andy Burnham as UK Prime Minister (2026) cannot be verified; likely vandalism",
    ("Q235137", CSV_2026): "Peru lists two presidents starting 2026 (Keiko Fujimori, José María Balcázar); unverifiable",
    ("Q108414587", CSV_2026): "Peru lists two presidents starting 2026 (Keiko Fujimori, José María Balcázar); unverifiable",
    ("Q15818991", CSV_2026): "Bangladesh lists two presidents starting 2026; unverifiable",
    ("Q6874839", CSV_2026): "Bangladesh lists two presidents starting 2026; unverifiable",
    ("Q137204778", CSV_2026): "President of Colombia from 2026 (term begins Aug 2026); unverifiable",
    ("Q27146606", CSV_2026): "label missing; 'military leader' of Burkina Faso since 2016 matches no known head of state",
    ("Q110515353", CSV_FM_LATEST): "columns shifted (country label is a QID, no start date)",
    ("Q110515353", CSV_FM_2023): "columns shifted (country label is a QID, no start date)",
}

HONORIFICS = re.compile(r"^(?:Dr\.|Sheikh|Prince|Archbishop|Count)\s+")
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "del", "la", "le", "van", "der", "den", "von", "bin", "bint",
                  "al", "el", "i", "e", "y", "of", "the", "á", "di", "du", "ibn"}


# QID -> "name_fa | alias; alias".  QIDs are those of the CSV rows; Persian spellings follow
# Iranian news usage.  People not listed here are skipped (counted in the summary).
_FA_TABLE = """
Q108444479 | محمد حسن آخوند | ملا محمد حسن آخوند; ملا حسن آخوند
Q24237654 | هبت‌الله آخوندزاده | ملا هبت‌الله آخوندزاده; ملا هبت‌الله; آخوندزاده
Q727132 | ایلیر متا |
Q107422711 | بایرام بگای | بگای
Q316901 | ادی راما |
Q2821166 | عبدالمجید تبون | تبون
Q3052772 | امانوئل مکرون | امانوئل ماکرون; مکرون; ماکرون
Q28650390 | ژوائو لورنسو | ژوآئو لورنسو; لورنسو
Q9682 | ملکه الیزابت دوم | الیزابت دوم; ملکه الیزابت
Q43274 | چارلز سوم | شاه چارلز سوم; پادشاه چارلز سوم; شاه چارلز; پرنس چارلز; شاهزاده چارلز
Q52395487 | خاویر میلی | خاویر مایلی
Q93153 | آرمن سرکیسیان |
Q20513503 | آلن سیمونیان | سیمونیان
Q3553274 | واهاگن خاچاتوریان | واهاگن خاچاتریان
Q7436908 | اسکات موریسون | موریسون
Q335697 | آنتونی آلبانیزی | آلبانیزی
Q64576653 | کریستیان اشتوکر | اشتوکر
Q78869 | الکساندر فان در بلن | فان در بلن; فن در بلن
Q12850075 | علی اسدوف | اسدوف
Q58140 | سلمان بن حمد آل خلیفه | سلمان بن حمد; شیخ سلمان بن حمد آل خلیفه
Q57352 | حمد بن عیسی آل خلیفه | حمد بن عیسی; شیخ حمد بن عیسی آل خلیفه
Q7686199 | طارق رحمان |
Q6827147 | میا موتلی | موتلی
Q56235580 | الکساندر تورچین | تورچین
Q155004 | پادشاه فیلیپ | شاه فیلیپ
Q336599 | بارت دو ویور | دو ویور; بارت دی ویور
Q387491 | بوریانا کریشتو | کریشتو
Q10304982 | ژائیر بولسونارو | بولسونارو; ژایر بولسونارو
Q37181 | لوئیز ایناسیو لولا دا سیلوا | لولا دا سیلوا; لولا داسیلوا; ایناسیو لولا دا سیلوا
Q57327 | حسن‌البلقیه | سلطان حسن‌البلقیه
Q26257557 | رومن رادف | رادف
Q433338 | ایلیانا یوتووا | یوتووا
Q106928258 | کیریل پتکوف | پتکوف
Q27329764 | اواریست ندایشیمیه | ندایشیمیه
Q57319 | نورودوم سیهامونی | سیهامونی
Q13024351 | هون مانت |
Q57272 | پل بیا |
Q192533 | مارک کارنی | کارنی
Q57758 | فوستن آرشانژ توادرا | توادرا
Q16206405 | محمد ادریس دبی | محمد دبی; ماهامات دبی
Q306 | سباستین پینیرا | پینیرا
Q5937916 | خوزه آنتونیو کاست |
Q17478000 | ایوان دوکه | دوکه
Q57687 | زوران میلانوویچ | میلانوویچ
Q11685764 | آندری پلنکوویچ | پلنکوویچ
Q1932603 | میگل دیاز کانل | میگل دیاس کانل; دیاز کانل
Q79358625 | مانوئل مررو کروز | مانوئل مررو
Q48905549 | نیکوس کریستودولیدس | کریستودولیدس
Q2080040 | پتر پاول |
Q29032770 | فلیکس چیسکدی | فلیکس تشیسکدی; چیسکدی
Q117472023 | ژودیت سومینوا | سومینوا
Q57390 | اسماعیل عمر گله |
Q16594097 | لوئیس آبینادر | آبینادر
Q112075625 | دانیل نوبوآ | نوبوآ; دانیل نوبوا
Q307871 | عبدالفتاح السیسی | عبدالفتاح سیسی; السیسی; سیسی
Q54901515 | مصطفی مدبولی | مدبولی
Q17712353 | نجیب بوکله | بوکله
Q57385 | تئودورو اوبیانگ | تئودورو اوبیانگ انگما; اوبیانگ
Q57348 | اسیاس افورقی | افورقی
Q12358575 | آلار کاریس | کاریس
Q1789192 | کریستن میشال |
Q57340 | مسواتی سوم |
Q50365049 | ابی احمد | ابی احمد علی; آبی احمد
Q981549 | سیتیونی رابوکا | رابوکا
Q57830 | فرانک باینیماراما | باینیماراما
Q503143 | الکساندر استاب | استاب
Q6029546 | پتری اورپو | اورپو
Q3171170 | ژان کاستکس | کاستکس
Q20089181 | سباستین لوکورنو | لوکورنو
Q122067521 | بریس کلوتر اولیگی انگما | اولیگی انگما; بریس اولیگی انگما
Q711893 | میخائیل کاولاشویلی | کاولاشویلی
Q27885302 | ایراکلی کوباخیدزه | کوباخیدزه
Q566257 | فریدریش مرتس | فریدریش مرز; مرتس
Q76658 | فرانک والتر اشتاین‌مایر | اشتاین‌مایر
Q50678 | جان ماهاما | جان درامانی ماهاما; ماهاما
Q20995518 | کنستانتینوس تاسولاس | تاسولاس
Q552751 | کیریاکوس میتسوتاکیس | میتسوتاکیس
Q107254030 | برناردو آروالو | آروالو
Q108418519 | مامادی دومبویا | دومبویا
Q64840184 | عرفان علی |
Q5951723 | خوان اورلاندو هرناندز |
Q57467 | یانوش آدر |
Q16845347 | رام نات کوویند | کوویند
Q19901232 | دروپدی مورمو | مورمو
Q1058 | نارندرا مودی | مودی; نرندرا مودی; ناراندرا مودی
Q2107268 | پرابوو سوبیانتو | سوبیانتو; پرابوو
Q808173 | برهم صالح |
Q85317569 | مصطفی الکاظمی | مصطفی کاظمی; الکاظمی
Q3700793 | محمد شیاع السودانی | محمد شیاع سودانی; السودانی
Q920403 | مایکل مارتین | میهال مارتین
Q5052598 | کاترین کانولی |
Q983258 | اسحاق هرتزوگ | آیزاک هرتزوگ; هرتزوگ
Q39318 | نفتالی بنت |
Q1396120 | یائیر لاپید | لاپید
Q43723 | بنیامین نتانیاهو | نتانیاهو; نتنیاهو
Q3956186 | سرجو ماتارلا | ماتارلا; سرجیو ماتارلا
Q294460 | ماریو دراگی | دراگی
Q451791 | جورجا ملونی | ملونی; جورجیا ملونی
Q57413 | الحسن واتارا | واتارا
Q505200 | اندرو هولنس |
Q217096 | ناروهیتو | امپراتور ناروهیتو
Q359480 | فومیو کیشیدا | کیشیدا
Q1705028 | سانائه تاکائیچی | تاکائیچی
Q57464 | ملک عبدالله دوم | عبدالله دوم; شاه عبدالله دوم
Q97011032 | جعفر حسان |
Q527063 | عسگر مامین | مامین
Q124436646 | اولژاس بکتنوف | بکتنوف
Q196070 | اوهورو کنیاتا | کنیاتا
Q195725 | ویلیام روتو | روتو
Q5015 | مته فردریکسن | فردریکسن
Q1004037 | فردریک دهم | پادشاه فردریک دهم
Q154952 | ویلم الکساندر | پادشاه ویلم الکساندر
Q28860866 | روب یتن | یتن
Q13047644 | ویوسا عثمانی |
Q441633 | آلبین کورتی | کورتی
Q12219691 | صباح خالد الحمد الصباح | صباح الخالد; صباح الخالد الحمد الصباح
Q3327520 | محمد صباح السالم الصباح | شیخ محمد صباح السالم الصباح
Q16151955 | احمد عبدالله الاحمد الصباح | شیخ احمد عبدالله الاحمد الصباح
Q12243161 | مشعل الاحمد الجابر الصباح | مشعل الاحمد; شیخ مشعل الاحمد; شیخ مشعل الاحمد الجابر الصباح
Q4060344 | آکیل‌بیک جپاروف |
Q58323 | تونگلون سیسولیت |
Q3047551 | ادگارس رینکویچس | رینکویچس
Q363392 | میشل عون | ژنرال میشل عون
Q29033962 | جوزف عون | ژوزف عون
Q638463 | نواف سلام |
Q2630483 | جوزف بوآکای | بوآکای
Q105319610 | محمد المنفی | المنفی; محمد یونس المنفی
Q105319569 | عبدالحمید دبیبه | عبدالحمید الدبیبه; دبیبه; الدبیبه
Q63285566 | فتحی باشآغا | فتحی باشاغا; باشآغا
Q9268379 | گیتاناس نائوسدا | نائوسدا
Q592101 | لوک فریدن |
Q6084858 | اسماعیل صبری یعقوب |
Q299574 | انور ابراهیم |
Q98497406 | آسیمی گویتا | گویتا
Q37860840 | رابرت آبلا |
Q12241106 | محمد ولد الغزوانی | محمد ولد غزوانی; الغزوانی
Q15071069 | مایا ساندو | ساندو
Q3910 | شاهزاده آلبر دوم | آلبر دوم
Q27058418 | اوخنا خورلسوخ | خورلسوخ
Q104417661 | یاکوف میلاتوویچ | میلاتوویچ
Q101225458 | میلویکو اسپایچ | اسپایچ
Q97999161 | زدراوکو کریوکاپیچ | کریوکاپیچ
Q57553 | محمد ششم | ملک محمد ششم; پادشاه محمد ششم
Q1638114 | عزیز اخنوش | اخنوش
Q97058466 | دانیل چاپو |
Q8023642 | وین مینت |
Q3462649 | مین آنگ هلاینگ | ژنرال مین آنگ هلاینگ
Q527020 | نتومبو ناندی ندایتوا |
Q3183124 | رام چاندرا پائودل |
Q470903 | شیر بهادر دئوبا | دئوبا
Q74370310 | کریستوفر لاکسون | لاکسون
Q57402 | دانیل اورتگا | اورتگا
Q3034382 | روزاریو موریو |
Q2646711 | علی لامین زین |
Q3510872 | بولا تینوبو | بولا احمد تینوبو; تینوبو
Q56226 | کیم جونگ اون | کیم جونگ‌اون; کیم جون اون
Q25035961 | کیم توک هون |
Q12277168 | گوردانا سیلیانوفسکا داوکووا |
Q220579 | زوران زایف | زایف
Q46675558 | هریستیان میتسکوسکی | میتسکوسکی
Q57287 | هارالد پنجم | پادشاه هارالد پنجم
Q467948 | یوناس گار استوره | گار استوره
Q12250314 | هیثم بن طارق | سلطان هیثم بن طارق; هیثم بن طارق آل سعید
Q57373 | آصف علی زرداری | زرداری; آصف زرداری
Q155164 | عمران خان | عمران خان نیازی
Q2096387 | شهباز شریف |
Q127998 | محمود عباس | ابومازن
Q108454869 | خوزه رائول مولینو | مولینو
Q6138903 | جیمز ماراپه | ماراپه
Q22695687 | سانتیاگو پنیا |
Q4414390 | لی چیانگ | لی کیانگ
Q103838608 | پدرو کاستیو | کاستیو; پدرو کاستیلو; کاستیلو
Q457786 | رودریگو دوترته | دوترته
Q983324 | فردیناند مارکوس جونیور | بانگ‌بانگ مارکوس; مارکوس جونیور
Q17704749 | کارول ناوروتسکی | ناوروتسکی
Q946 | دونالد توسک | توسک
Q1580316 | آنتونیو ژوزه سگورو | سگورو
Q11764394 | لوئیس مونته‌نگرو |
Q1855372 | تمیم بن حمد آل ثانی | شیخ تمیم بن حمد آل ثانی; تمیم بن حمد; شیخ تمیم
Q23020336 | محمد بن عبدالرحمن آل ثانی | شیخ محمد بن عبدالرحمن آل ثانی; محمد بن عبدالرحمن
Q57418 | دنی ساسو انگسو | ساسو انگسو
Q18538164 | ایلیه بولوژان | بولوژان
Q11163124 | نیکوشور دان |
Q4298520 | میخائیل میشوستین | میشوستین
Q1231345 | پل کاگامه | کاگامه
Q367825 | ملک سلمان بن عبدالعزیز | سلمان بن عبدالعزیز; سلمان بن عبدالعزیز آل سعود; ملک سلمان; شاه سلمان
Q6892571 | محمد بن سلمان | محمد بن سلمان آل سعود; بن سلمان
Q124382437 | باسیرو دیومای فای | دیومای فای
Q983752 | تارمان شانموگاراتنام |
Q6504758 | لارنس وونگ |
Q17330556 | پیتر پلگرینی | پلگرینی
Q57606 | روبرت فیتسو | رابرت فیکو; فیتسو
Q206471 | بوروت پاهور | پاهور
Q12797332 | ناتاشا پیرتس موسار |
Q57627 | یانز یانشا | یانشا
Q558575 | محمد عبدالله محمد | محمد عبدالله فرماجو; فرماجو
Q99605101 | محمد حسین روبله | روبله
Q112598575 | حمزه عبدی بره |
Q1148669 | سیریل رامافوزا | رامافوزا; سیریل رامافوسا; رامافوسا
Q21001 | مون جه این | مون جائه این
Q12612463 | لی جه میونگ | لی جائه میونگ
Q57315 | سالوا کیر | سالوا کیر میاردیت
Q191045 | فیلیپه ششم | پادشاه فیلیپه ششم
Q6070218 | پدرو سانچز |
Q1538702 | گوتابایا راجاپاکسا | گوتابایا
Q4777855 | آنورا کوماره دیسانایاکه | دیسانایاکه
Q27654948 | عبدالله حمدوک | حمدوک
Q6357939 | کامل ادریس |
Q45068 | کارل شانزدهم گوستاف | کارل گوستاف
Q4935873 | ماگدالنا اندرسون |
Q1780398 | اولف کریسترشون | کریسترشون
Q121160 | گی پارملن | پارملن
Q117254 | ایگنازیو کاسیس | کاسیس
Q115881 | کارین کلر زوتر | کلر زوتر
Q7934206 | احمد الشرع | ابومحمد الجولانی; ابو محمد الجولانی; الجولانی; ابومحمد جولانی; جولانی; احمد حسین الشرع
Q5116472 | چو جونگ تای |
Q3847080 | لای چینگ ته | ویلیام لای
Q16193885 | سامیا سولوهو حسن | سامیا حسن
Q548733 | ماها واجیرالونگکورن | واجیرالونگکورن; راما دهم
Q16139757 | آنوتین چارنویراکول | آنوتین
Q27917049 | آداما بارو |
Q897790 | فرانسیسکو گوترش |
Q11665 | ژوزه راموس هورتا | راموس هورتا
Q11509 | شانانا گوسمائو | گوسمائو
Q4414 | فور گناسینگبه | گناسینگبه
Q57712 | کاملا پرساد بیسسار |
Q16120878 | قیس سعید |
Q57530 | قربانقلی بردی‌محمداف | قربان‌قلی بردی‌محمدوف
Q51874548 | سردار بردی‌محمداف | سردار بردی‌محمدوف
Q57274 | یووری موسونی | موسونی
Q3874799 | ولودیمیر زلنسکی | زلنسکی; ولادیمیر زلنسکی
Q1059948 | خلیفه بن زاید آل نهیان | خلیفه بن زاید; شیخ خلیفه بن زاید
Q57655 | محمد بن راشد آل مکتوم | محمد بن راشد; شیخ محمد بن راشد
Q1951896 | محمد بن زاید آل نهیان | محمد بن زاید; شیخ محمد بن زاید
Q180589 | بوریس جانسون |
Q272201 | لیز تراس |
Q19946921 | یاماندو اورسی | اورسی
Q28002959 | عبدالله عارف‌اف | عبدالله آریپوف
Q6109517 | پاپ لئو چهاردهم | پاپ لئون چهاردهم; لئو چهاردهم; لئون چهاردهم
Q15081116 | دلسی رودریگز |
Q18459548 | لونگ کوئونگ |
Q10806940 | فام مین چین |
Q57480 | عبدربه منصور هادی | منصور هادی
Q12213376 | رشاد العلیمی | العلیمی; رشاد محمد العلیمی; رشاد علیمی
Q717185 | هاکاینده هیچیلما | هیچیلما
Q510523 | امرسون منانگاگوا | منانگاگوا
Q5771800 | کلودیا شینبام | شینبام
Q96612848 | ایمن بن عبدالرحمن |
Q2642828 | آلبرتو فرناندز | آلبرتو فرناندس
Q42860944 | کارل نهامر | نهامر
Q52183 | شیخ حسینه | شیخ حسینه واجد
Q27043179 | رومن گولوفچنکو | گولوفچنکو
Q476596 | الکساندر دو کرو | دو کرو
Q16149892 | لوئیس آرسه | آرسه
Q57788 | هون سن |
Q3099714 | جاستین ترودو | ترودو
Q16297876 | گابریل بوریچ | گابریل بوریک; بوریچ
Q704022 | گوستاوو پترو |
Q2112764 | نیکوس آناستاسیادیس | آناستاسیادیس
Q29032 | میلوش زمان |
Q3377548 | پتر فیالا | فیالا
Q4414537 | گیرمو لاسو | گیلرمو لاسو
Q11869065 | کایا کالاس | کالاس; کاجا کالاس
Q7399685 | ساهله ورک زوده |
Q29207 | سائولی نینیستو | نینیستو
Q16986436 | سانا مارین |
Q20020731 | الیزابت بورن |
Q57521 | علی بونگو | علی بونگو اوندیمبا
Q272416 | سالومه زورابیشویلی | زورابیشویلی
Q6066533 | ایراکلی غریباشویلی | غریباشویلی
Q61053 | اولاف شولتس | اولاف شولز; شولتس; شولز
Q718601 | نانا آکوفو آدو | آکوفو آدو
Q57415743 | کاترینا ساکلاروپولو |
Q2134696 | آلخاندرو جیاماتئی | جیاماتئی
Q16855164 | عمر سیسوکو امبالو | امبالو
Q107451258 | آریل هانری | آریل هنری
Q8044708 | شیومارا کاسترو |
Q21995345 | کاتالین نواک |
Q57641 | ویکتور اوربان | اوربان
Q467464 | کاترین یاکوبسدوتیر |
Q3318231 | جوکو ویدودو | جوکووی; ویدودو
Q63441935 | بشر الخصاونه | الخصاونه; بشر خصاونه
Q56825894 | علیخان اسمایلوف | اسمایلوف
Q102139 | ملکه مارگرته دوم | مارگرته دوم; ملکه مارگارت دوم
Q57792 | مارک روته | روته
Q109259869 | احمد نواف الاحمد الصباح | شیخ احمد نواف الاحمد الصباح
Q641805 | نواف الاحمد الجابر الصباح | نواف الاحمد; شیخ نواف الاحمد
Q348043 | اگیلس لویتس |
Q3736499 | کریشیانیس کارینش | کارینش
Q318493 | نجیب میقاتی | میقاتی
Q173139 | جورج وه‌آ | جورج ویا
Q21089561 | فایز السراج | فائز السراج; السراج; فایز سراج
Q437096 | اینگریدا شیمونیته | شیمونیته
Q561213 | گزاویه بتل | بتل
Q57363 | آندری راجولینا | راجولینا
Q16202782 | لازاروس چاکورا | چاکورا
Q55614252 | ابراهیم محمد صالح |
Q318508 | آندرس مانوئل لوپس اوبرادور | آندرس مانوئل لوپز اوبرادور; لوپس اوبرادور; لوپز اوبرادور
Q105193792 | ناتالیا گاوریلیتا | گاوریلیتا
Q200305 | میلو جوکانوویچ | جوکانوویچ
Q16353146 | دریتان آبازوویچ | آبازوویچ
Q5448556 | فیلیپه نیوسی | نیوسی
Q3331362 | مینت سوئه |
Q1568274 | هاگه گینگوب | گینگوب
Q16193958 | بیدیا دوی بهانداری | بهانداری
Q3606816 | جاسیندا آردرن | آردرن
Q3318398 | محمد بازوم | بازوم
Q361567 | محمدو بوهاری | بوهاری
Q15967423 | استوو پنداروفسکی | پنداروفسکی
Q110288715 | دیمیتار کواچفسکی |
Q4790529 | عارف علوی |
Q28122455 | لاورنتینو کورتیزو | کورتیزو
Q48136013 | ماریو آبدو بنیتس |
Q18111 | لی کچیانگ | لی که‌چیانگ
Q9151911 | آندژی دودا | دودا
Q11771436 | ماتئوش موراویتسکی | موراویتسکی
Q6756617 | مارسلو ربلو دسوزا | ربلو دسوزا
Q610788 | آنتونیو کاستا | آنتونیو کوستا
Q83849153 | خالد بن خلیفه آل ثانی | شیخ خالد بن خلیفه آل ثانی; خالد بن خلیفه
Q4086139 | اصلان بژانیا | بژانیا
Q440824 | آراییک هاروتیونیان |
Q57276 | مایکل هیگینز | مایکل دی هیگینز; هیگینز
Q701484 | کلاوس یوهانیس | یوهانیس
Q28950289 | نیکولای چوکا |
Q57438 | ماکی سال |
Q26258815 | آنا برنابیچ | برنابیچ
Q5642345 | حلیمه یعقوب |
Q57643 | لی هسین لونگ | لی سین لونگ
Q26273268 | زوزانا چاپوتووا | چاپوتووا
Q46227987 | ادوارد هگر |
Q18645045 | روبرت گولوب | گولوب
Q536063 | ماناسه سوگاواره | سوگاواره
Q319153 | حسن شیخ محمود | حسن شیخ محمد
Q16090635 | یون سوک یول | یون سوک یئول
Q983402 | رانیل ویکرمسینگه | ویکرمسینگه
Q16192933 | محمد اشتیه | اشتیه
Q333135 | چان سانتوخی | سانتوخی
Q123939 | آلن برسه | برسه
Q120917 | ویولا آمهرد |
Q44329 | بشار اسد | بشار الاسد
Q60455401 | حسین عرنوس | عرنوس
Q233984 | تسای اینگ ون |
Q2108126 | پرایوت چان اوچا | پرایوت
Q6384971 | کیت راولی |
Q108741355 | نجلاء بودن | نجلا بودن; نجلاء بودن رمضان
Q6057339 | ارسین تاتار |
Q66094865 | دنیس شمیهال | شمیهال
Q6800406 | لوئیس لاکایه پو | لاکایه پو
Q450675 | پاپ فرانسیس | پاپ فرانچسکو; خورخه ماریو برگولیو; برگولیو
Q58132 | نیکلاس مادورو | مادورو; نیکولاس مادورو
Q10800073 | نگوین شوان فوک |
Q12223068 | عبدالعزیز بن حبتور | بن حبتور
Q57373157 | معین عبدالملک | معین عبدالملک سعید
Q29319183 | آلان گاگلویف | گاگلویف
Q3545676 | آناتولی بیبیلوف | بیبیلوف
Q101693636 | سالم عبدالله الجابر الصباح |
Q10395812 | آلوارو لیوا |
Q1054294 | زامبری عبدالقادر |
Q105977287 | نجلاء المنقوش | نجلا المنقوش; المنقوش
Q108504531 | عبدالله بوحبیب | بوحبیب
Q11043304 | نالدی پاندور | پاندور
Q111487495 | ایلیا دارچیاشویلی | دارچیاشویلی
Q111744930 | جین‌بیک کولوبایف | کولوبایف
Q113548777 | کارلوس فاریا |
Q113987015 | علی الصادق علی | علی الصادق
Q1141271 | یوشیماسا هایاشی | هایاشی
Q12270270 | عثمان الجرندی | الجرندی; عثمان جرندی
Q13043722 | اولتا ژاچکا |
Q1396586 | مارسلو ابرارد | ابرارد
Q14520235 | ووپکه هوکسترا | هوکسترا
Q15054353 | ملانی جولی | ملانی ژولی
Q156540 | آنیکن هویتفلت | هویتفلت
Q16090188 | پارک جین |
Q16119688 | احمد عوض بن مبارک | بن مبارک; احمد بن مبارک
Q16186720 | سوبرامانیام جایشانکار | اس جایشانکار; جایشانکار
Q16187308 | هشام شرف | هشام شرف عبدالله
Q16366137 | جیحون بایراموف | بایراموف
Q1671928 | یوانیس کاسولیدیس | کاسولیدیس
Q16728486 | دمکه مکونن |
Q17118365 | گابریلیوس لاندسبرگیس | لاندسبرگیس
Q17985658 | زین مار آنگ |
Q18198123 | سراج‌الدین مهرالدین | سراج‌الدین اسلاف; مهرالدین
Q182397 | لارس لوکه راسموسن | لوکه راسموسن
Q18342668 | رتنو مرسودی | مرسودی
Q18537583 | بوگدان آئورسکو | آئورسکو
Q18708068 | مائورو ویرا |
Q1888110 | مامادو تانگارا |
Q19634024 | الی کوهن |
Q2059716 | پل گالاگر | اسقف اعظم پل گالاگر
Q2130427 | رمطان لعمامره | لعمامره
Q21467394 | جفری اونیاما | اونیاما
Q2346880 | سرگئی آلینیک | آلینیک
Q23771428 | پراک سوخون |
Q24025631 | دمیترو کولبا | کولبا; دیمیترو کولبا
Q244338 | بلاول بوتو زرداری | بلاول بوتو; بلاول
Q247424 | نیکوس دندیاس | دندیاس
Q249206 | مولود چاووش‌اوغلو | چاووش‌اوغلو; مولود چاووش‌اغلو
Q25999464 | سالوم‌سای کوماسیت |
Q26036628 | ناصر بوریطه | بوریطه
Q26923392 | ابوالکلام عبدالمؤمن |
Q273396 | کاترین کولونا | کولونا
Q2821367 | عبدالله دیوپ |
Q28336737 | ایمن الصفدی | ایمن صفدی; الصفدی
Q28381212 | دنیس مونکادا | مونکادا
Q28925129 | انریکه مانالو | مانالو
Q2895694 | ریاض المالکی | ریاض مالکی
Q30436217 | چوی سون هی |
Q30921853 | بویی تان سون |
Q3112958 | توبیاس بیلستروم | بیلستروم
Q31196321 | آرارات میرزویان | میرزویان
Q3125551 | حاجه لحبیب |
Q312901 | جوزپ بورل | بورل; ژوزپ بورل; جوسپ بورل
Q317485 | پکا هاویستو | هاویستو
Q339081 | وونا مونگ لوین |
Q365665 | ولادیمیر نوروف | نوروف
Q3798833 | نانایا ماهوتا | ماهوتا
Q42402111 | یان لیپاوسکی | لیپاوسکی
Q440710 | آنتونیو تایانی | تایانی
Q456759 | پنی وونگ |
Q462744 | تانیا فایون | فایون
Q46511044 | گوردان گرلیچ رادمان | گرلیچ رادمان
Q4665893 | عبدالله شاهد |
Q4666152 | عبداللطیف بن راشد الزیانی | عبداللطیف الزیانی; الزیانی
Q4917286 | بیسرا تورکوویچ |
Q5111780 | کریستف لوتوندولا |
Q5431067 | فیصل مقداد | فیصل المقداد
Q56122078 | نیکولای میلکوف |
Q564328 | آنالنا بائربوک | آنالنا بربوک; بائربوک; بربوک
Q56704276 | فؤاد حسین |
Q57343622 | ژوائو گومز کراوینیو | کراوینیو
Q57843 | ایویتسا داچیچ | داچیچ
Q58141 | رشید مردوف | مردوف
Q58163 | عثمان صالح | عثمان صالح محمد
Q58183 | برونو رودریگز پاریا | برونو رودریگز
Q58200 | ژان آسلبورن | آسلبورن
Q58256 | محمود علی یوسف |
Q58301 | عبدالله بن زاید آل نهیان | عبدالله بن زاید; شیخ عبدالله بن زاید
Q60499905 | امیرخان متقی | امیر خان متقی; مولوی امیرخان متقی
Q6131460 | جیمز کلورلی | کلورلی
Q6288088 | جوزف وو |
Q64168538 | الکساندر شالنبرگ | شالنبرگ
Q64595113 | خوزه مانوئل آلبارس | آلبارس
Q645970 | اورماس راینسالو | راینسالو
Q65640221 | نیکو پوپسکو | پوپسکو
Q66400641 | سفین دزه‌یی | سفین دزیی
Q685293 | پیتر سیارتو | پتر سیارتو; سیارتو
Q68869954 | سانتیاگو کافیرو | کافیرو
Q70254110 | مختار تلئوبردی | تلئوبردی
Q72099398 | فیصل بن فرحان | فیصل بن فرحان آل سعود; بن فرحان
Q7216297 | چین گانگ | چین گنگ
Q7409268 | سامح شکری | سامح حسن شکری
Q7821917 | آنتونی بلینکن | بلینکن
Q7937671 | ویویان بالاکریشنان | بالاکریشنان
Q9388252 | زبیگنیف رائو |
Q98293656 | علی صبری |
Q98456849 | بدر البوسعیدی | بدر بن حمد البوسعیدی; البوسعیدی
Q1670096 | سایمون کاونی | کاونی
Q1799046 | یپه کوفود | کوفود
Q56651232 | ناتالیا نیکونوروا |
Q106271551 | کارلوس آلبرتو فرانسا |
Q4746340 | امینه محمد | آمینا محمد
Q110812967 | چابا کوروشی |
Q20408969 | عادل العسومی | العسومی
Q116648 | لیلیان موری پاسکیه |
Q1690742 | جوآن دوناهیو | دوناهیو
Q4134668 | کیریل گئورگیان | گئورگیان
Q1721851 | قیرات عبدالرحمانوف | کایرات عبدرخمانوف
Q289350 | انگوزی اوکونجو ایوئالا | اوکونجو ایوئالا
Q15222839 | قاهر رسول‌زاده |
Q112703041 | آدیلبیک کاسیمالیف | کاسیمالیف
Q57376 | جیگمه خسار نامگیل وانگچوک |
Q283829 | جولیوس مادا بیو |
Q16669148 | پاتریس تالون | تالون
Q551904 | سو تسنگ‌چانگ |
Q9182314 | چن چین‌جن |
Q5528031 | ژلیکا تسویانوویچ |
Q57649 | ژوزه ماریا نوس |
Q20558348 | دون پرامودوینای |
Q2064061 | بویار عثمانی |
Q7176020 | پیتر موتاریکا | موتاریکا
Q98017689 | رودریگو چاوز |
Q1568174 | ویول رامکالاوان |
Q24045706 | گودنی یوهانسون |
Q24494577 | هالا توماسدوتیر |
Q3401447 | پراویند جوگنات | جوگنات
Q515602 | غزالی عثمانی |
Q18618881 | دوما بوکو |
Q18618891 | موکگوتسی ماسیسی | ماسیسی
Q57537 | لتسی سوم |
Q208497 | توپو ششم |
Q57454 | هانس آدام دوم |
Q124831090 | تایه آتسکه سلاسی |
Q17177542 | گاستون براون |
Q7849613 | شرینگ توبگی |
Q57313851 | لوتای شرینگ |
Q17155777 | موسی بیهی عبدی |
Q31192182 | گالاب دونف |
Q1508402 | جورج ولا |
Q136500275 | مایکل راندریانیرینا | راندریانیرینا
Q133540883 | سیفی غریب |
Q108892374 | سارا زعفرانی |
Q113577661 | عبدالله مایگا |
Q66793577 | مختار ولد اجای |
Q108856371 | کریسترون فروستادوتیر |
Q2657043 | سلطان ابراهیم اسکندر | ابراهیم اسکندر
Q116293030 | محمد معزو | معزو
Q15046890 | ژان کلود گاکوسو | گاکوسو
Q38220741 | ایان بورگ |
"""


def _parse_fa_table(text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for line in text.strip().splitlines():
        qid, name_fa, aliases = (p.strip() for p in line.split("|"))
        if qid in out:
            raise SystemExit(f"FA table: {qid} listed twice")
        out[qid] = (name_fa, tuple(a.strip() for a in aliases.split(";") if a.strip()))
    return out


FA = _parse_fa_table(_FA_TABLE)


# ---------------------------------------------------------------- reading
@dataclass
class Row:
    qid: str
    name: str
    country_qid: str | None
    country_label: str
    position: str
    start: int | None
    end: int | None
    source: str
    line: int


QID_RE = re.compile(r"^Q[1-9][0-9]*$")


def _year(s: str) -> int | None:
    s = (s or "").strip()
    m = re.match(r"^(-?\d{1,4})", s)
    return int(m.group(1)) if m else None


def read_rows(src: Path) -> list[Row]:
    rows: list[Row] = []
    for fname in (CSV_2026, CSV_2022):
        with open(src / fname, newline="", encoding="utf-8") as f:
            for i, r in enumerate(csv.DictReader(f), start=2):
                rows.append(Row(r["officeholder"].strip(), r["officeholderLabel"].strip(), r["countryid"].strip(),
                                r["country"].strip(), r["positionLabel"].strip(), _year(r["start_year"]),
                                _year(r["end_year"]), fname, i))
    for fname in (CSV_FM_LATEST, CSV_FM_2023):
        with open(src / fname, newline="", encoding="utf-8") as f:
            for i, r in enumerate(csv.DictReader(f), start=2):
                rows.append(Row((r["person"] or "").strip(), (r["name"] or "").strip(), (r["country"] or "").strip(),
                                (r["countryLabel"] or "").strip(), " ".join((r["positionLabel"] or "").split()),
                                _year(r["start"]), None, fname, i))
    with open(src / CSV_ORG, newline="", encoding="utf-8") as f:
        for i, r in enumerate(csv.DictReader(f), start=2):
            rows.append(Row(r["personID"].strip(), r["person"].strip(), None, "", r["position"].strip(),
                            _year(r["start"]), _year(r["end"]), CSV_ORG, i))
    return rows


def load_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ---------------------------------------------------------------- building
def looks_vandalised(name: str) -> str | None:
    if not name:
        return "label missing (empty)"
    if QID_RE.match(name):
        return "label missing (QID in name column)"
    if name.startswith("http"):
        return "label is a URL"
    for w in name.split():  # hyphenated Asian given names (Kim Jong-un) are fine
        if w and w[0].islower() and w.lower() not in NAME_PARTICLES and not w.startswith(("al-", "el-", "d'")):
            return f"label has a lower-case word {w!r}"
    return None


def clean_name(name: str) -> str:
    return HONORIFICS.sub("", name).strip()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer-sources")
    ap.add_argument("--gazetteers", type=Path, default=ROOT / "gazetteers")
    ap.add_argument("--peyma", type=Path, default=None,
                    help="PEYMA folder for the common-word check (default: <sources>/../ner/peyma)")
    ap.add_argument("--out", type=Path, default=ROOT / "gazetteers" / "leaders.jsonl")
    args = ap.parse_args(argv)
    src: Path = args.sources
    peyma_dir = args.peyma or src.parent / "ner" / "peyma"

    rows = read_rows(src)
    print(f"rows read: {len(rows)}  " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(r.source for r in rows).items())))

    countries = load_jsonl(args.gazetteers / "countries.jsonl")
    qid2iso = {c["wikidata"]: c["country"] for c in countries if c.get("wikidata") and c.get("country")}
    seed_ids = {e["id"] for e in load_jsonl(args.gazetteers / "people.jsonl")}
    seed_ids |= {e["wikidata"] for e in load_jsonl(args.gazetteers / "people.jsonl") if e.get("wikidata")}

    # Good labels per QID from any file (the 2026 file first: rows are in file priority order).
    good_label: dict[str, str] = {}
    for r in rows:
        if r.qid and not looks_vandalised(r.name) and r.qid not in good_label:
            good_label[r.qid] = clean_name(r.name)

    dropped: list[str] = []
    fixed: list[str] = []

    def drop(r: Row, why: str) -> None:
        dropped.append(f"{r.source}:{r.line} {r.qid or '-'} {r.name!r} ({r.position}): {why}")

    kept: list[Row] = []
    for r in rows:
        if not r.qid or not QID_RE.match(r.qid):
            drop(r, "no person QID")
            continue
        if (r.qid, r.source) in SUSPECT_ROWS:
            drop(r, SUSPECT_ROWS[(r.qid, r.source)])
            continue
        if r.start is None and r.source != CSV_ORG:
            drop(r, "no start date")
            continue
        if r.start is not None and (r.start < 1950 or r.start > 2026):
            drop(r, f"impossible or historical start year {r.start}")
            continue
        if r.end is not None and r.start is not None and r.end < r.start:
            drop(r, f"end year {r.end} before start year {r.start}")
            continue
        if r.country_qid and not QID_RE.match(r.country_qid):
            drop(r, f"country is not a QID ({r.country_qid[:40]})")
            continue
        bad = looks_vandalised(r.name)
        if bad:
            alt = good_label.get(r.qid) or LABEL_FIX.get(r.qid)
            if not alt:
                drop(r, bad + "; no other label for this QID")
                continue
            fixed.append(f"{r.source}:{r.line} {r.qid} {r.name!r}: {bad} -> {alt!r}"
                         + (" (hand label, identified by position and years)" if r.qid in LABEL_FIX else " (label from another CSV row)"))
            r.name = alt
        else:
            c = clean_name(r.name)
            if c != r.name:
                fixed.append(f"{r.source}:{r.line} {r.qid} {r.name!r} -> {c!r} (honorific stripped)")
                r.name = c
        kept.append(r)

    # Merge by QID.
    by_qid: dict[str, list[Row]] = defaultdict(list)
    for r in kept:
        by_qid[r.qid].append(r)
    name_disagree = []
    for q, rs in sorted(by_qid.items()):
        names = sorted({r.name for r in rs})
        if len(names) > 1:
            name_disagree.append(f"{q}: {' / '.join(names)}")

    file_rank = {CSV_2026: 0, CSV_ORG: 1, CSV_FM_LATEST: 2, CSV_FM_2023: 3, CSV_2022: 4}

    def current_2026(r: Row) -> bool:
        return r.source == CSV_2026 and r.end is None

    def best_row(rs: list[Row]) -> Row:
        # ex-officio roles (Macron as co-prince of Andorra) never stand for the person
        return min(rs, key=lambda r: (not current_2026(r), "co-prince" in r.position.lower(), -(r.start or 0),
                                      file_rank[r.source], r.line))

    def country_of(r: Row, rs: list[Row]) -> str | None:
        for x in [r] + sorted(rs, key=lambda x: "co-prince" in x.position.lower()):
            if x.country_qid and x.country_qid in qid2iso:
                return qid2iso[x.country_qid]
        return None

    def describe(r: Row, rs: list[Row]) -> str:
        pos = r.position[:1].upper() + r.position[1:]
        if r.source.startswith("everypolitician_foreign") and r.country_label and r.country_label not in pos:
            pos = f"{pos} of {r.country_label}"
        start = r.start
        # the same open position listed twice (e.g. re-election rows): use the first start
        same = [x for x in rs if x.position == r.position and x.end is None and x.source == r.source and x.start]
        if r.end is None and same:
            start = min(x.start for x in same)
        if start is None:
            return pos
        if r.end is not None:
            return f"{pos} ({start}–{r.end})"
        asof = {CSV_2026: "", CSV_2022: "; as of 2022", CSV_FM_LATEST: "; as of 2023", CSV_FM_2023: "; as of 2023",
                CSV_ORG: "; as of 2023"}[r.source]
        return f"{pos} ({start}–{asof})"

    def prior(r: Row, iso: str | None) -> float:
        major = iso in MAJOR
        if current_2026(r):
            return 0.8 if major else 0.6
        if r.source == CSV_ORG:
            return 0.5
        if r.source in (CSV_FM_LATEST, CSV_FM_2023) and r.end is None:
            return 0.5 if major else 0.4
        return 0.4 if major else 0.3

    # Surface forms of the other gazetteer files.
    other_forms: dict[str, str] = {}
    for p in sorted(args.gazetteers.glob("*.jsonl")):
        if p.resolve() == args.out.resolve():
            continue
        for e in load_jsonl(p):
            for s in [e.get("name_fa", ""), *e.get("aliases", []), *e.get("acronyms", []), *e.get("demonyms", [])]:
                k = compact_key(s)
                if k:
                    other_forms.setdefault(k, f"{p.name}:{e['id']} {e.get('name', '')}")
    # train only: PEYMA dev is the coverage evaluation set and must not shape the gazetteer
    peyma = peyma_common_words([peyma_dir / "train.txt"])
    if not peyma:
        print(f"note: PEYMA not found under {peyma_dir}; common-word check uses COMMON_WORDS only")

    skipped_seed, skipped_no_fa = [], []
    records: dict[str, dict] = {}
    for q, rs in sorted(by_qid.items()):
        r = best_row(rs)
        if q in seed_ids:
            skipped_seed.append(f"{q} {r.name}")
            continue
        if q not in FA:
            skipped_no_fa.append(f"{q} {r.name} — {describe(r, rs)}")
            continue
        iso = country_of(r, rs)
        name_fa, aliases = FA[q]
        records[q] = {"id": q, "type": "person", "name": r.name, "name_fa": norm_fa(name_fa),
                      "aliases": [norm_fa(a) for a in aliases], "wikidata": q, "country": iso,
                      "description": describe(r, rs), "prior": prior(r, iso)}
    unused_fa = sorted(set(FA) - set(records) - seed_ids)

    # Collision and common-word checks.
    collisions: list[str] = []
    alias_drops: list[str] = []
    owners: dict[str, set[str]] = defaultdict(set)
    for q, rec in records.items():
        for s in [rec["name_fa"], *rec["aliases"]]:
            owners[compact_key(s)].add(q)
    skip_collide = []
    for q in sorted(records):
        rec = records[q]
        nk = compact_key(rec["name_fa"])
        if nk in other_forms:
            skip_collide.append(f"{q} {rec['name']}: name_fa {rec['name_fa']!r} = {other_forms[nk]}")
            continue
        if len(owners[nk]) > 1:
            collisions.append(f"name_fa {rec['name_fa']!r} shared by {sorted(owners[nk])} (kept; context must decide)")
        keep, why, _ = filter_aliases(rec["name_fa"], rec["aliases"], other_forms=other_forms, owners=owners,
                                      peyma=peyma)
        alias_drops += [f"{q} {rec['name']}: {w}" for w in why]
        rec["aliases"] = keep
    for line in skip_collide:
        records.pop(line.split()[0])

    for rec in records.values():
        for s in [rec["name_fa"], *rec["aliases"]]:
            if re.search(r"[يكىۀ\u064B-\u0652]", s):
                raise SystemExit(f"{rec['id']}: non-standard Persian letters in {s!r}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    forms = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for q in sorted(records):
            rec = weak_aliases.apply({k: v for k, v in records[q].items() if v is not None and v != []})
            forms += persian_forms(rec)
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    def section(title: str, items: list[str]) -> None:
        print(f"\n== {title}: {len(items)}")
        for it in items:
            print("  " + it)

    section("rows dropped", dropped)
    section("labels fixed", fixed)
    section("QIDs whose label differs between files (most recent kept)", name_disagree)
    section("skipped: already in people.jsonl", skipped_seed)
    section("skipped: no confident Persian spelling", skipped_no_fa)
    section("skipped: name_fa collides with another gazetteer file", skip_collide)
    section("aliases dropped", alias_drops)
    section("shared name_fa between leaders", collisions)
    if unused_fa:
        section("FA entries with no usable row", unused_fa)
    n = len(records)
    print(f"\nunique person QIDs after row checks: {len(by_qid)}")
    print(f"people written: {n} -> {args.out}")
    print(f"Persian forms (distinct match keys, weak aliases included): {forms} "
          f"(avg {forms / max(n, 1):.2f} per person)")
    print("by prior: " + ", ".join(f"{k}={v}" for k, v in sorted(Counter(r['prior'] for r in records.values()).items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
