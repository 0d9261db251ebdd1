"""Hand-written place tables for ``scripts/build_places.py``.

Each table is a block of lines ``field | field | ...``; list fields are
``;``-separated, an empty field is empty.  Names are the forms Persian-language
media use; no Wikidata IDs are given here (none of the gazetteer sources lists
places), so ids are slugs.
"""

# slug | English | name_fa | aliases | demonyms | prior | capital (English)
IRAN_PROVINCES = """
alborz-province | Alborz Province | استان البرز | البرز | البرزی | 0.6 | Karaj
ardabil-province | Ardabil Province | استان اردبیل | | | 0.5 | Ardabil
bushehr-province | Bushehr Province | استان بوشهر | | | 0.5 | Bushehr
chaharmahal-and-bakhtiari-province | Chaharmahal and Bakhtiari Province | استان چهارمحال و بختیاری | چهارمحال و بختیاری;چهارمحال بختیاری | | 0.4 | Shahrekord
east-azerbaijan-province | East Azerbaijan Province | استان آذربایجان شرقی | آذربایجان شرقی | | 0.5 | Tabriz
fars-province | Fars Province | استان فارس | | | 0.6 | Shiraz
gilan-province | Gilan Province | استان گیلان | گیلان | گیلانی | 0.6 | Rasht
golestan-province | Golestan Province | استان گلستان | | | 0.5 | Gorgan
hamadan-province | Hamadan Province | استان همدان | | | 0.5 | Hamadan
hormozgan-province | Hormozgan Province | استان هرمزگان | هرمزگان | هرمزگانی | 0.5 | Bandar Abbas
ilam-province | Ilam Province | استان ایلام | | | 0.4 | Ilam
isfahan-province | Isfahan Province | استان اصفهان | | | 0.6 | Isfahan
kerman-province | Kerman Province | استان کرمان | | | 0.5 | Kerman
kermanshah-province | Kermanshah Province | استان کرمانشاه | | | 0.5 | Kermanshah
khuzestan-province | Khuzestan Province | استان خوزستان | خوزستان | خوزستانی | 0.7 | Ahvaz
kohgiluyeh-and-boyer-ahmad-province | Kohgiluyeh and Boyer-Ahmad Province | استان کهگیلویه و بویراحمد | کهگیلویه و بویراحمد | | 0.4 | Yasuj
kurdistan-province | Kurdistan Province | استان کردستان | کردستان ایران | | 0.5 | Sanandaj
lorestan-province | Lorestan Province | استان لرستان | لرستان | لرستانی | 0.5 | Khorramabad
markazi-province | Markazi Province | استان مرکزی | | | 0.4 | Arak
mazandaran-province | Mazandaran Province | استان مازندران | مازندران | مازندرانی | 0.6 | Sari
north-khorasan-province | North Khorasan Province | استان خراسان شمالی | خراسان شمالی | | 0.4 | Bojnord
qazvin-province | Qazvin Province | استان قزوین | | | 0.4 | Qazvin
qom-province | Qom Province | استان قم | | | 0.4 | Qom
razavi-khorasan-province | Razavi Khorasan Province | استان خراسان رضوی | خراسان رضوی | | 0.6 | Mashhad
semnan-province | Semnan Province | استان سمنان | | | 0.4 | Semnan
sistan-and-baluchestan-province | Sistan and Baluchestan Province | استان سیستان و بلوچستان | سیستان و بلوچستان;سیستان بلوچستان | | 0.6 | Zahedan
south-khorasan-province | South Khorasan Province | استان خراسان جنوبی | خراسان جنوبی | | 0.4 | Birjand
tehran-province | Tehran Province | استان تهران | | | 0.6 | Tehran
west-azerbaijan-province | West Azerbaijan Province | استان آذربایجان غربی | آذربایجان غربی | | 0.5 | Urmia
yazd-province | Yazd Province | استان یزد | | | 0.4 | Yazd
zanjan-province | Zanjan Province | استان زنجان | | | 0.4 | Zanjan
"""

# slug | English | name_fa | aliases | demonyms | prior | province slug (without -province)
# Province capitals and cities of roughly 50,000 inhabitants or more, plus a few smaller towns
# that the news names often (Natanz, Asaluyeh, Tabas, Qasr-e Shirin).
IRAN_CITIES = """
eslamshahr | Eslamshahr | اسلامشهر | | | 0.4 | tehran
qods-city | Qods | شهر قدس | | | 0.3 | tehran
malard | Malard | ملارد | | | 0.3 | tehran
shahriar-city | Shahriar | شهر شهریار | | | 0.3 | tehran
pakdasht | Pakdasht | پاکدشت | | | 0.3 | tehran
varamin | Varamin | ورامین | | ورامینی | 0.4 | tehran
qarchak | Qarchak | قرچک | | | 0.3 | tehran
nasimshahr | Nasimshahr | نسیم‌شهر | | | 0.3 | tehran
rey | Rey | شهر ری | | | 0.4 | tehran
robat-karim | Robat Karim | رباط‌کریم | | | 0.3 | tehran
damavand-city | Damavand | شهر دماوند | | | 0.5 | tehran
karaj | Karaj | کرج | | کرجی | 0.6 | alborz
fardis | Fardis | فردیس | | | 0.3 | alborz
kamalshahr | Kamalshahr | کمال‌شهر | | | 0.3 | alborz
nazarabad | Nazarabad | نظرآباد | | | 0.3 | alborz
mohammadshahr | Mohammadshahr | محمدشهر | | | 0.3 | alborz
hashtgerd | Hashtgerd | هشتگرد | | | 0.3 | alborz
isfahan | Isfahan | اصفهان | اسپهان;صفاهان | اصفهانی | 0.8 | isfahan
kashan | Kashan | کاشان | | | 0.5 | isfahan
khomeyni-shahr | Khomeyni Shahr | خمینی‌شهر | | | 0.3 | isfahan
najafabad | Najafabad | نجف‌آباد | | نجف‌آبادی | 0.4 | isfahan
shahin-shahr | Shahin Shahr | شاهین‌شهر | | | 0.3 | isfahan
shahreza | Shahreza | شهرضا | قمشه | | 0.3 | isfahan
fuladshahr | Fuladshahr | فولادشهر | | | 0.3 | isfahan
zarrinshahr | Zarrinshahr | زرین‌شهر | | | 0.3 | isfahan
golpayegan | Golpayegan | گلپایگان | | | 0.3 | isfahan
aran-va-bidgol | Aran va Bidgol | آران و بیدگل | | | 0.3 | isfahan
natanz | Natanz | نطنز | | | 0.6 | isfahan
tabriz | Tabriz | تبریز | | تبریزی | 0.8 | east-azerbaijan
maragheh | Maragheh | مراغه | | مراغه‌ای | 0.4 | east-azerbaijan
marand | Marand | مرند | | | 0.3 | east-azerbaijan
ahar | Ahar | اهر | | | 0.3 | east-azerbaijan
bonab | Bonab | بناب | | | 0.3 | east-azerbaijan
urmia | Urmia | ارومیه | رضائیه | ارومیه‌ای | 0.6 | west-azerbaijan
khoy | Khoy | خوی | | | 0.4 | west-azerbaijan
mahabad | Mahabad | مهاباد | | مهابادی | 0.4 | west-azerbaijan
bukan | Bukan | بوکان | | | 0.3 | west-azerbaijan
miandoab | Miandoab | میاندوآب | | | 0.3 | west-azerbaijan
salmas | Salmas | سلماس | | | 0.3 | west-azerbaijan
piranshahr | Piranshahr | پیرانشهر | | | 0.3 | west-azerbaijan
naqadeh | Naqadeh | نقده | | | 0.3 | west-azerbaijan
sardasht | Sardasht | سردشت | | | 0.4 | west-azerbaijan
maku | Maku | ماکو | | | 0.3 | west-azerbaijan
ardabil | Ardabil | اردبیل | | اردبیلی | 0.5 | ardabil
parsabad | Parsabad | پارس‌آباد | | | 0.3 | ardabil
meshginshahr | Meshginshahr | مشگین‌شهر | مشکین‌شهر | | 0.3 | ardabil
bushehr | Bushehr | بوشهر | بندر بوشهر | بوشهری | 0.6 | bushehr
borazjan | Borazjan | برازجان | | | 0.3 | bushehr
genaveh | Bandar Ganaveh | بندر گناوه | گناوه | | 0.3 | bushehr
kangan | Kangan | کنگان | بندر کنگان | | 0.3 | bushehr
asaluyeh | Asaluyeh | عسلویه | عسلو | | 0.5 | bushehr
shahrekord | Shahrekord | شهرکرد | | شهرکردی | 0.4 | chaharmahal-and-bakhtiari
borujen | Borujen | بروجن | | | 0.3 | chaharmahal-and-bakhtiari
birjand | Birjand | بیرجند | | بیرجندی | 0.4 | south-khorasan
tabas | Tabas | طبس | | | 0.4 | south-khorasan
mashhad | Mashhad | مشهد | مشهد مقدس | مشهدی | 0.8 | razavi-khorasan
neyshabur | Neyshabur | نیشابور | نیشاپور | نیشابوری | 0.5 | razavi-khorasan
sabzevar | Sabzevar | سبزوار | | سبزواری | 0.4 | razavi-khorasan
torbat-e-heydarieh | Torbat-e Heydarieh | تربت حیدریه | | | 0.3 | razavi-khorasan
torbat-e-jam | Torbat-e Jam | تربت جام | | | 0.3 | razavi-khorasan
quchan | Quchan | قوچان | | | 0.3 | razavi-khorasan
kashmar | Kashmar | کاشمر | | | 0.3 | razavi-khorasan
sarakhs | Sarakhs | سرخس | | | 0.3 | razavi-khorasan
gonabad | Gonabad | گناباد | | | 0.3 | razavi-khorasan
taybad | Taybad | تایباد | | | 0.3 | razavi-khorasan
bojnord | Bojnord | بجنورد | | بجنوردی | 0.4 | north-khorasan
shirvan-iran | Shirvan | شیروان | | | 0.3 | north-khorasan
esfarayen | Esfarayen | اسفراین | | | 0.3 | north-khorasan
ahvaz | Ahvaz | اهواز | | اهوازی | 0.7 | khuzestan
abadan | Abadan | آبادان | | آبادانی | 0.6 | khuzestan
dezful | Dezful | دزفول | | دزفولی | 0.5 | khuzestan
khorramshahr | Khorramshahr | خرمشهر | محمره;خونین‌شهر | خرمشهری | 0.6 | khuzestan
mahshahr | Bandar Mahshahr | بندر ماهشهر | ماهشهر | | 0.4 | khuzestan
andimeshk | Andimeshk | اندیمشک | | | 0.3 | khuzestan
shushtar | Shushtar | شوشتر | | شوشتری | 0.3 | khuzestan
behbahan | Behbahan | بهبهان | | | 0.3 | khuzestan
izeh | Izeh | ایذه | | | 0.4 | khuzestan
masjed-soleyman | Masjed Soleyman | مسجدسلیمان | | | 0.3 | khuzestan
shush | Shush | شوش | | | 0.3 | khuzestan
ramhormoz | Ramhormoz | رامهرمز | | | 0.3 | khuzestan
bandar-imam-khomeini | Bandar Imam Khomeini | بندر امام خمینی | بندر امام | | 0.4 | khuzestan
shadegan | Shadegan | شادگان | | | 0.3 | khuzestan
susangerd | Susangerd | سوسنگرد | | | 0.3 | khuzestan
zanjan | Zanjan | زنجان | | زنجانی | 0.5 | zanjan
abhar | Abhar | ابهر | | | 0.3 | zanjan
semnan | Semnan | سمنان | | سمنانی | 0.4 | semnan
shahrud | Shahrud | شاهرود | | شاهرودی | 0.4 | semnan
damghan | Damghan | دامغان | | | 0.3 | semnan
mahdishahr | Mahdishahr | مهدیشهر | سنگسر | | 0.2 | semnan
garmsar | Garmsar | گرمسار | | | 0.3 | semnan
zahedan | Zahedan | زاهدان | | زاهدانی | 0.6 | sistan-and-baluchestan
zabol | Zabol | زابل | | زابلی | 0.4 | sistan-and-baluchestan
chabahar | Chabahar | چابهار | بندر چابهار | | 0.6 | sistan-and-baluchestan
iranshahr | Iranshahr | ایرانشهر | | | 0.4 | sistan-and-baluchestan
saravan | Saravan | سراوان | | | 0.4 | sistan-and-baluchestan
khash | Khash | خاش | | | 0.4 | sistan-and-baluchestan
konarak | Konarak | کنارک | | | 0.3 | sistan-and-baluchestan
shiraz | Shiraz | شیراز | | شیرازی | 0.8 | fars
marvdasht | Marvdasht | مرودشت | | | 0.3 | fars
jahrom | Jahrom | جهرم | | جهرمی | 0.3 | fars
fasa | Fasa | فسا | | | 0.3 | fars
kazerun | Kazerun | کازرون | | | 0.3 | fars
lar | Lar | لار | | | 0.3 | fars
firuzabad | Firuzabad | فیروزآباد | | | 0.3 | fars
abadeh | Abadeh | آباده | | | 0.3 | fars
lamerd | Lamerd | لامرد | | | 0.3 | fars
qazvin | Qazvin | قزوین | | قزوینی | 0.5 | qazvin
takestan | Takestan | تاکستان | | | 0.3 | qazvin
qom | Qom | قم | | قمی | 0.7 | qom
sanandaj | Sanandaj | سنندج | | سنندجی | 0.5 | kurdistan
saqqez | Saqqez | سقز | | سقزی | 0.4 | kurdistan
marivan | Marivan | مریوان | | مریوانی | 0.4 | kurdistan
baneh | Baneh | بانه | | | 0.4 | kurdistan
qorveh | Qorveh | قروه | | | 0.3 | kurdistan
bijar | Bijar | بیجار | | | 0.3 | kurdistan
kamyaran | Kamyaran | کامیاران | | | 0.3 | kurdistan
kerman | Kerman | کرمان | | کرمانی | 0.6 | kerman
sirjan | Sirjan | سیرجان | | سیرجانی | 0.3 | kerman
rafsanjan | Rafsanjan | رفسنجان | | | 0.3 | kerman
jiroft | Jiroft | جیرفت | | | 0.3 | kerman
bam | Bam | بم | | | 0.4 | kerman
zarand | Zarand | زرند | | | 0.3 | kerman
kahnuj | Kahnuj | کهنوج | | | 0.3 | kerman
kermanshah | Kermanshah | کرمانشاه | باختران | کرمانشاهی | 0.6 | kermanshah
eslamabad-e-gharb | Eslamabad-e Gharb | اسلام‌آباد غرب | | | 0.3 | kermanshah
kangavar | Kangavar | کنگاور | | | 0.3 | kermanshah
sarpol-e-zahab | Sarpol-e Zahab | سرپل ذهاب | | | 0.4 | kermanshah
javanrud | Javanrud | جوانرود | | | 0.3 | kermanshah
paveh | Paveh | پاوه | | | 0.3 | kermanshah
qasr-e-shirin | Qasr-e Shirin | قصر شیرین | | | 0.3 | kermanshah
yasuj | Yasuj | یاسوج | | یاسوجی | 0.4 | kohgiluyeh-and-boyer-ahmad
dogonbadan | Dogonbadan | دوگنبدان | گچساران | | 0.3 | kohgiluyeh-and-boyer-ahmad
dehdasht | Dehdasht | دهدشت | | | 0.3 | kohgiluyeh-and-boyer-ahmad
gorgan | Gorgan | گرگان | استرآباد | گرگانی | 0.5 | golestan
gonbad-e-kavus | Gonbad-e Kavus | گنبد کاووس | | | 0.4 | golestan
aliabad-katul | Aliabad-e Katul | علی‌آباد کتول | | | 0.3 | golestan
bandar-torkaman | Bandar Torkaman | بندر ترکمن | | | 0.3 | golestan
kordkuy | Kordkuy | کردکوی | | | 0.3 | golestan
aqqala | Aqqala | آق‌قلا | | | 0.3 | golestan
rasht | Rasht | رشت | | رشتی | 0.6 | gilan
bandar-anzali | Bandar Anzali | بندر انزلی | انزلی;بندر پهلوی | | 0.5 | gilan
lahijan | Lahijan | لاهیجان | | لاهیجانی | 0.4 | gilan
langarud | Langarud | لنگرود | | | 0.3 | gilan
talesh | Talesh | تالش | هشتپر | | 0.3 | gilan
astara-iran | Astara | آستارا | | | 0.3 | gilan
rudsar | Rudsar | رودسر | | | 0.3 | gilan
sowme-eh-sara | Sowme'eh Sara | صومعه‌سرا | | | 0.3 | gilan
astaneh-ye-ashrafiyeh | Astaneh-ye Ashrafiyeh | آستانه اشرفیه | | | 0.3 | gilan
fuman | Fuman | فومن | | | 0.3 | gilan
khorramabad | Khorramabad | خرم‌آباد | | خرم‌آبادی | 0.5 | lorestan
borujerd | Borujerd | بروجرد | | | 0.4 | lorestan
dorud | Dorud | دورود | | | 0.3 | lorestan
kuhdasht | Kuhdasht | کوهدشت | | | 0.3 | lorestan
aligudarz | Aligudarz | الیگودرز | | | 0.3 | lorestan
azna | Azna | ازنا | | | 0.3 | lorestan
pol-e-dokhtar | Pol-e Dokhtar | پلدختر | | | 0.3 | lorestan
sari | Sari | ساری | | ساروی | 0.5 | mazandaran
behshahr | Behshahr | بهشهر | | | 0.3 | mazandaran
amol | Amol | آمل | | | 0.4 | mazandaran
babol | Babol | بابل | | بابلی | 0.4 | mazandaran
qaem-shahr | Qaem Shahr | قائم‌شهر | | | 0.3 | mazandaran
chalus | Chalus | چالوس | | | 0.3 | mazandaran
nowshahr | Nowshahr | نوشهر | | | 0.3 | mazandaran
babolsar | Babolsar | بابلسر | | | 0.3 | mazandaran
tonekabon | Tonekabon | تنکابن | | | 0.3 | mazandaran
neka | Neka | نکا | | | 0.3 | mazandaran
ramsar | Ramsar | رامسر | | | 0.3 | mazandaran
arak | Arak | اراک | سلطان‌آباد | اراکی | 0.5 | markazi
saveh | Saveh | ساوه | | ساوجی | 0.4 | markazi
khomein | Khomein | خمین | | | 0.4 | markazi
delijan | Delijan | دلیجان | | | 0.3 | markazi
bandar-abbas | Bandar Abbas | بندرعباس | | بندرعباسی | 0.6 | hormozgan
minab | Minab | میناب | | | 0.4 | hormozgan
bandar-lengeh | Bandar Lengeh | بندر لنگه | | | 0.3 | hormozgan
jask | Jask | جاسک | بندر جاسک | | 0.4 | hormozgan
hamadan | Hamadan | همدان | هگمتانه | همدانی | 0.5 | hamadan
malayer | Malayer | ملایر | | ملایری | 0.3 | hamadan
nahavand | Nahavand | نهاوند | | نهاوندی | 0.3 | hamadan
tuyserkan | Tuyserkan | تویسرکان | | | 0.3 | hamadan
asadabad | Asadabad | اسدآباد | | | 0.3 | hamadan
yazd | Yazd | یزد | | یزدی | 0.6 | yazd
meybod | Meybod | میبد | | | 0.3 | yazd
ardakan | Ardakan | اردکان | | | 0.3 | yazd
bafq | Bafq | بافق | | | 0.3 | yazd
ilam | Ilam | ایلام | | ایلامی | 0.4 | ilam
dehloran | Dehloran | دهلران | | | 0.3 | ilam
khalkhal | Khalkhal | خلخال | | | 0.3 | ardabil
minudasht | Minudasht | مینودشت | | | 0.3 | golestan
kalaleh | Kalaleh | کلاله | | | 0.3 | golestan
bandar-gaz | Bandar-e Gaz | بندر گز | | | 0.3 | golestan
jolfa | Jolfa | جلفا | | | 0.3 | east-azerbaijan
mirjaveh | Mirjaveh | میرجاوه | | | 0.3 | sistan-and-baluchestan
khansar | Khansar | خوانسار | | خوانساری | 0.3 | isfahan
semirom | Semirom | سمیرم | | | 0.3 | isfahan
amlash | Amlash | املش | | | 0.3 | gilan
sonqor | Sonqor | سنقر | | | 0.3 | kermanshah
neyriz | Neyriz | نی‌ریز | | | 0.3 | fars
sarein | Sarein | سرعین | | | 0.3 | ardabil
jajarm | Jajarm | جاجرم | | | 0.3 | north-khorasan
takab | Takab | تکاب | | | 0.3 | west-azerbaijan
divandarreh | Divandarreh | دیواندره | | | 0.3 | kurdistan
omidiyeh | Omidiyeh | امیدیه | | | 0.3 | khuzestan
hamidiyeh | Hamidiyeh | حمیدیه | | | 0.3 | khuzestan
gotvand | Gotvand | گتوند | | | 0.3 | khuzestan
ramshir | Ramshir | رامشیر | | | 0.3 | khuzestan
bagh-e-malek | Bagh-e Malek | باغملک | | | 0.3 | khuzestan
haftkel | Haftkel | هفتگل | | | 0.3 | khuzestan
abarkuh | Abarkuh | ابرکوه | | | 0.3 | yazd
lavasan | Lavasan | لواسان | | | 0.3 | tehran
kahrizak | Kahrizak | کهریزک | | | 0.3 | tehran
salafchegan | Salafchegan | سلفچگان | | | 0.3 | qom
mehran-city | Mehran | شهر مهران | مرز مهران | | 0.4 | ilam
"""

# slug | English | name_fa | aliases | demonyms | prior | type | description
IRAN_PLACES = """
kish-island | Kish Island | جزیره کیش | کیش | | 0.6 | place | island and free zone in the Persian Gulf, Iran
qeshm-island | Qeshm Island | جزیره قشم | قشم | | 0.6 | place | largest island of the Persian Gulf, Iran
hormuz-island | Hormuz Island | جزیره هرمز | | | 0.4 | place | island in the Strait of Hormuz, Iran
abu-musa | Abu Musa | جزیره ابوموسی | ابوموسی | | 0.5 | place | island in the Persian Gulf administered by Iran
greater-tunb | Greater Tunb | تنب بزرگ | جزیره تنب بزرگ | | 0.5 | place | island in the Persian Gulf administered by Iran
lesser-tunb | Lesser Tunb | تنب کوچک | جزیره تنب کوچک | | 0.5 | place | island in the Persian Gulf administered by Iran
kharg-island | Kharg Island | جزیره خارک | خارک | | 0.5 | place | island and oil terminal in the Persian Gulf, Iran
lavan-island | Lavan Island | جزیره لاوان | لاوان | | 0.3 | place | island in the Persian Gulf, Iran
sirri-island | Sirri Island | جزیره سیری | | | 0.3 | place | island in the Persian Gulf, Iran
larak-island | Larak Island | جزیره لارک | لارک | | 0.3 | place | island in the Strait of Hormuz, Iran
hengam-island | Hengam Island | جزیره هنگام | | | 0.3 | place | island near Qeshm, Iran
shahid-rajaee-port | Shahid Rajaee Port | بندر شهید رجایی | | | 0.4 | place | main container port of Iran, near Bandar Abbas
south-pars | South Pars | پارس جنوبی | میدان پارس جنوبی | | 0.5 | place | gas field in the Persian Gulf, Iran
fordow | Fordow | تأسیسات فردو | فردو;سایت فردو;تأسیسات هسته‌ای فردو | | 0.5 | place | uranium enrichment site near Qom, Iran
persepolis | Persepolis | تخت جمشید | پارسه | | 0.5 | place | ancient Achaemenid capital near Shiraz, Iran
naqsh-e-jahan-square | Naqsh-e Jahan Square | میدان نقش جهان | میدان امام اصفهان | | 0.3 | place | square in Isfahan, Iran
azadi-square | Azadi Square | میدان آزادی | | | 0.4 | place | square in Tehran
enghelab-square | Enghelab Square | میدان انقلاب | | | 0.4 | place | square in Tehran
milad-tower | Milad Tower | برج میلاد | | | 0.4 | place | tower in Tehran
azadi-tower | Azadi Tower | برج آزادی | | | 0.4 | place | monument in Tehran
tehran-grand-bazaar | Grand Bazaar of Tehran | بازار بزرگ تهران | بازار تهران | | 0.4 | place | bazaar in Tehran
tajrish | Tajrish | تجریش | | | 0.3 | place | neighbourhood in northern Tehran
shemiran | Shemiran | شمیران | شمیرانات | | 0.4 | place | district in northern Tehran
evin | Evin | اوین | | | 0.5 | place | neighbourhood in northern Tehran, site of Evin Prison
niavaran | Niavaran | نیاوران | | | 0.3 | place | neighbourhood in northern Tehran
vanak | Vanak | ونک | میدان ونک | | 0.3 | place | neighbourhood in Tehran
narmak | Narmak | نارمک | | | 0.3 | place | neighbourhood in eastern Tehran
jamaran | Jamaran | جماران | | | 0.4 | place | neighbourhood in northern Tehran, Khomeini's former residence
imam-khomeini-airport | Imam Khomeini International Airport | فرودگاه امام خمینی | فرودگاه بین‌المللی امام خمینی;فرودگاه امام | | 0.4 | place | main international airport of Tehran
mehrabad-airport | Mehrabad Airport | فرودگاه مهرآباد | مهرآباد | | 0.4 | place | airport in Tehran
shalamcheh | Shalamcheh | شلمچه | مرز شلمچه | | 0.4 | place | border crossing with Iraq near Khorramshahr, Iran
chazabeh | Chazabeh | چذابه | مرز چذابه | | 0.3 | place | border crossing with Iraq in Khuzestan, Iran
miankaleh | Miankaleh | میانکاله | شبه‌جزیره میانکاله;تالاب میانکاله | | 0.3 | place | peninsula and wetland in Mazandaran, Iran
gavkhouni | Gavkhouni | تالاب گاوخونی | گاوخونی | | 0.3 | place | wetland at the end of the Zayanderud, Iran
hashilan-wetland | Hashilan Wetland | تالاب هشیلان | | | 0.2 | place | wetland in Kermanshah Province, Iran
kashkan-river | Kashkan River | رودخانه کشکان | رود کشکان | | 0.2 | place | river in Lorestan, Iran
moghan-plain | Moghan Plain | دشت مغان | مغان | | 0.3 | place | plain in Ardabil Province on the Aras
behesht-e-zahra | Behesht-e Zahra | بهشت زهرا | | | 0.4 | place | main cemetery of Tehran
tehran-mosalla | Mosalla of Tehran | مصلای تهران | مصلای امام خمینی | | 0.4 | place | prayer ground in Tehran
chitgar-lake | Chitgar Lake | دریاچه چیتگر | دریاچه شهدای خلیج فارس | | 0.3 | place | artificial lake in western Tehran
naqsh-e-rostam | Naqsh-e Rostam | نقش رستم | | | 0.3 | place | Achaemenid necropolis near Persepolis, Iran
hafezieh | Tomb of Hafez | حافظیه | آرامگاه حافظ | | 0.3 | place | tomb of the poet Hafez in Shiraz
bisotun | Bisotun | بیستون | کتیبه بیستون | | 0.3 | place | mountain and Achaemenid inscription near Kermanshah, Iran
takht-e-soleyman | Takht-e Soleyman | تخت سلیمان | | | 0.3 | place | Sasanian fire temple site in West Azerbaijan, Iran
sistan-region | Sistan | سیستان | | سیستانی | 0.3 | region | region of eastern Iran and southwestern Afghanistan
makran | Makran | مکران | سواحل مکران | | 0.4 | region | coastal region of Iran and Pakistan on the Gulf of Oman
"""

# English capital as in mledoze_countries.json -> slug | name_fa | aliases | demonyms | prior
# Capitals that already are seed records (places.jsonl) are skipped by the builder.
CAPITALS = """
Kabul | kabul | کابل | | کابلی | 0.7
Luanda | luanda | لواندا | | | 0.3
Tirana | tirana | تیرانا | | | 0.3
Andorra la Vella | andorra-la-vella | آندورا لاولا | | | 0.3
Abu Dhabi | abu-dhabi | ابوظبی | | | 0.6
Buenos Aires | buenos-aires | بوئنوس آیرس | بوینس آیرس | | 0.4
Yerevan | yerevan | ایروان | | | 0.5
Saint John's | saint-johns | سنت جانز | | | 0.3
Canberra | canberra | کانبرا | | | 0.4
Vienna | vienna | وین | | | 0.7
Baku | baku | باکو | | | 0.6
Gitega | gitega | گیتگا | | | 0.3
Brussels | brussels | بروکسل | | | 0.6
Porto-Novo | porto-novo | پورتو نووو | پورتونوو | | 0.3
Ouagadougou | ouagadougou | واگادوگو | اوآگادوگو | | 0.3
Dhaka | dhaka | داکا | | | 0.4
Sofia | sofia | صوفیه | | | 0.4
Manama | manama | منامه | | | 0.5
Nassau | nassau | ناسائو | | | 0.3
Sarajevo | sarajevo | سارایوو | | | 0.4
Belmopan | belmopan | بلموپان | | | 0.3
Sucre | sucre | سوکره | | | 0.3
Brasília | brasilia | برازیلیا | | | 0.4
Bridgetown | bridgetown | بریج‌تاون | | | 0.3
Bandar Seri Begawan | bandar-seri-begawan | بندر سری بگاوان | | | 0.3
Thimphu | thimphu | تیمفو | | | 0.3
Gaborone | gaborone | گابورون | | | 0.3
Bangui | bangui | بانگی | | | 0.3
Ottawa | ottawa | اتاوا | اوتاوا | | 0.5
Bern | bern | برن | | | 0.5
Santiago | santiago | سانتیاگو | سانتیاگو د شیلی | | 0.4
Yamoussoukro | yamoussoukro | یاموسوکرو | | | 0.3
Yaoundé | yaounde | یائونده | | | 0.3
Kinshasa | kinshasa | کینشاسا | | | 0.4
Brazzaville | brazzaville | برازاویل | برازویل | | 0.3
Bogotá | bogota | بوگوتا | | | 0.4
Moroni | moroni | مورونی | | | 0.3
Praia | praia | پرایا | | | 0.3
San José | san-jose-costa-rica | سن خوزه | سان خوسه | | 0.3
Havana | havana | هاوانا | | | 0.5
Nicosia | nicosia | نیکوزیا | | | 0.4
Prague | prague | پراگ | | | 0.5
Berlin | berlin | برلین | | برلینی | 0.7
Djibouti | djibouti-city | شهر جیبوتی | | | 0.3
Copenhagen | copenhagen | کپنهاگ | کپنهاگن | | 0.5
Santo Domingo | santo-domingo | سانتو دومینگو | | | 0.3
Algiers | algiers | شهر الجزایر | | | 0.4
Quito | quito | کیتو | | | 0.3
Cairo | cairo | قاهره | | | 0.7
Asmara | asmara | اسمره | آسمارا | | 0.3
Madrid | madrid | مادرید | | | 0.6
Tallinn | tallinn | تالین | | | 0.4
Addis Ababa | addis-ababa | آدیس آبابا | | | 0.4
Helsinki | helsinki | هلسینکی | | | 0.5
Suva | suva | سووا | | | 0.3
Paris | paris | پاریس | | پاریسی | 0.8
Palikir | palikir | پالیکیر | | | 0.3
Libreville | libreville | لیبرویل | | | 0.3
London | london | لندن | | لندنی | 0.8
Tbilisi | tbilisi | تفلیس | تبلیسی | | 0.5
Accra | accra | آکرا | | | 0.3
Conakry | conakry | کوناکری | | | 0.3
Banjul | banjul | بانجول | | | 0.3
Bissau | bissau | بیسائو | | | 0.3
Malabo | malabo | مالابو | | | 0.3
Athens | athens | آتن | | آتنی | 0.6
St. George's | st-georges | سنت جورجز | | | 0.3
Guatemala City | guatemala-city | گواتمالاسیتی | شهر گواتمالا | | 0.3
Georgetown | georgetown | جورج‌تاون | | | 0.3
Tegucigalpa | tegucigalpa | تگوسیگالپا | | | 0.3
Zagreb | zagreb | زاگرب | | | 0.4
Port-au-Prince | port-au-prince | پورتو پرنس | | | 0.3
Budapest | budapest | بوداپست | | | 0.5
Jakarta | jakarta | جاکارتا | | | 0.5
New Delhi | new-delhi | دهلی نو | دهلی | | 0.7
Dublin | dublin | دوبلین | | | 0.5
Baghdad | baghdad | بغداد | | | 0.8
Reykjavik | reykjavik | ریکیاویک | | | 0.3
Jerusalem | jerusalem | قدس | بیت‌المقدس;اورشلیم;قدس شریف;قدس اشغالی | | 0.8
Rome | rome | رم | | | 0.6
Kingston | kingston | کینگستون | | | 0.3
Amman | amman | شهر امان | | | 0.5
Tokyo | tokyo | توکیو | | | 0.7
Nairobi | nairobi | نایروبی | | | 0.4
Bishkek | bishkek | بیشکک | | | 0.4
Phnom Penh | phnom-penh | پنوم پن | | | 0.3
South Tarawa | south-tarawa | تاراوای جنوبی | | | 0.3
Basseterre | basseterre | باستر | | | 0.3
Seoul | seoul | سئول | | | 0.6
Pristina | pristina | پریشتینا | پریستینا | | 0.3
Kuwait City | kuwait-city | شهر کویت | کویت‌سیتی | | 0.4
Vientiane | vientiane | وینتیان | | | 0.3
Beirut | beirut | بیروت | | بیروتی | 0.8
Monrovia | monrovia | مونروویا | | | 0.3
Tripoli | tripoli-libya | طرابلس | طرابلس لیبی | | 0.6
Castries | castries | کستریز | | | 0.3
Vaduz | vaduz | فادوتس | وادوز | | 0.3
Colombo | colombo | کلمبو | | | 0.4
Maseru | maseru | ماسرو | | | 0.3
Vilnius | vilnius | ویلنیوس | | | 0.4
Luxembourg | luxembourg-city | شهر لوکزامبورگ | | | 0.3
Riga | riga | ریگا | | | 0.4
Rabat | rabat | رباط | | | 0.4
Monaco | monaco-city | شهر موناکو | | | 0.3
Chișinău | chisinau | کیشیناو | کیشینف | | 0.3
Antananarivo | antananarivo | آنتاناناریوو | | | 0.3
Mexico City | mexico-city | مکزیکوسیتی | شهر مکزیکو | | 0.5
Majuro | majuro | ماجورو | | | 0.3
Skopje | skopje | اسکوپیه | | | 0.3
Bamako | bamako | باماکو | | | 0.4
Valletta | valletta | والتا | | | 0.3
Naypyidaw | naypyidaw | نای‌پی‌دا | | | 0.3
Podgorica | podgorica | پودگوریتسا | پودگوریتزا | | 0.3
Ulan Bator | ulaanbaatar | اولان‌باتور | | | 0.4
Maputo | maputo | ماپوتو | | | 0.3
Nouakchott | nouakchott | نواکشوت | | | 0.3
Port Louis | port-louis | پورت لوئیس | | | 0.3
Lilongwe | lilongwe | لیلونگوه | | | 0.3
Kuala Lumpur | kuala-lumpur | کوالالامپور | | | 0.5
Windhoek | windhoek | ویندهوک | | | 0.3
Niamey | niamey | نیامی | | | 0.3
Abuja | abuja | ابوجا | | | 0.4
Managua | managua | ماناگوا | | | 0.4
Amsterdam | amsterdam | آمستردام | | | 0.6
Oslo | oslo | اسلو | اوسلو | | 0.5
Kathmandu | kathmandu | کاتماندو | | | 0.3
Yaren | yaren | یارن | | | 0.3
Wellington | wellington | ولینگتون | | | 0.3
Muscat | muscat | مسقط | | | 0.7
Islamabad | islamabad | اسلام‌آباد | | | 0.7
Panama City | panama-city | پاناماسیتی | شهر پاناما | | 0.3
Lima | lima | لیما | | | 0.4
Manila | manila | مانیل | مانیلا | | 0.4
Ngerulmud | ngerulmud | نگرولمود | | | 0.3
Port Moresby | port-moresby | پورت مورسبی | پورت‌مورزبی | | 0.3
Warsaw | warsaw | ورشو | | | 0.6
Pyongyang | pyongyang | پیونگ‌یانگ | | | 0.6
Lisbon | lisbon | لیسبون | | | 0.5
Asunción | asuncion | آسونسیون | | | 0.3
Ramallah | ramallah | رام‌الله | | | 0.6
Doha | doha | دوحه | | | 0.7
Bucharest | bucharest | بخارست | | | 0.5
Kigali | kigali | کیگالی | | | 0.3
Riyadh | riyadh | ریاض | | | 0.8
Khartoum | khartoum | خارطوم | | | 0.6
Dakar | dakar | داکار | | | 0.4
Singapore | singapore-city | شهر سنگاپور | | | 0.3
Honiara | honiara | هونیارا | | | 0.3
Freetown | freetown | فری‌تاون | | | 0.3
San Salvador | san-salvador | سان سالوادور | سن سالوادور | | 0.3
City of San Marino | san-marino-city | شهر سان مارینو | | | 0.3
Mogadishu | mogadishu | موگادیشو | مقدیشو | | 0.5
Belgrade | belgrade | بلگراد | | | 0.5
Juba | juba | جوبا | | | 0.3
São Tomé | sao-tome | سائوتومه | | | 0.3
Paramaribo | paramaribo | پاراماریبو | | | 0.3
Bratislava | bratislava | براتیسلاوا | | | 0.4
Ljubljana | ljubljana | لیوبلیانا | | | 0.3
Stockholm | stockholm | استکهلم | | | 0.6
Lobamba | lobamba | لوبامبا | | | 0.3
Damascus | damascus | دمشق | | دمشقی | 0.8
N'Djamena | ndjamena | انجامنا | | | 0.3
Lomé | lome | لومه | | | 0.3
Bangkok | bangkok | بانکوک | | | 0.5
Dushanbe | dushanbe | شهر دوشنبه | | | 0.5
Ashgabat | ashgabat | عشق‌آباد | اشک‌آباد | | 0.5
Nuku'alofa | nukualofa | نوکوآلوفا | | | 0.3
Port of Spain | port-of-spain | پورت آو اسپین | | | 0.3
Tunis | tunis | شهر تونس | | | 0.3
Ankara | ankara | آنکارا | | | 0.8
Funafuti | funafuti | فونافوتی | | | 0.3
Taipei | taipei | تایپه | | | 0.5
Dodoma | dodoma | دودوما | | | 0.3
Kampala | kampala | کامپالا | | | 0.3
Kyiv | kyiv | کی‌یف | | | 0.8
Montevideo | montevideo | مونته‌ویدئو | | | 0.3
Tashkent | tashkent | تاشکند | | | 0.5
Vatican City | vatican-city | شهر واتیکان | | | 0.3
Kingstown | kingstown | کینگزتاون | | | 0.3
Caracas | caracas | کاراکاس | | | 0.5
Hanoi | hanoi | هانوی | | | 0.4
Port Vila | port-vila | پورت ویلا | | | 0.3
Apia | apia | آپیا | | | 0.3
Sana'a | sanaa | صنعا | | | 0.8
Pretoria | pretoria | پرتوریا | | | 0.4
Bloemfontein | bloemfontein | بلومفونتین | | | 0.3
Cape Town | cape-town | کیپ‌تاون | | | 0.4
Lusaka | lusaka | لوساکا | | | 0.3
Harare | harare | هراره | | | 0.3
Bujumbura | bujumbura | بوجومبورا | | | 0.3
La Paz | la-paz | لاپاز | | | 0.4
The Hague | the-hague | لاهه | | | 0.6
Abidjan | abidjan | آبیجان | | | 0.3
Putrajaya | putrajaya | پوتراجایا | | | 0.3
"""

# slug | English | name_fa | aliases | demonyms | prior | country | description
WORLD_CITIES = """
new-york-city | New York City | نیویورک | | نیویورکی | 0.8 | US | largest city of the United States
los-angeles | Los Angeles | لس‌آنجلس | لوس آنجلس | | 0.6 | US | city in California, United States
chicago | Chicago | شیکاگو | | | 0.5 | US | city in Illinois, United States
san-francisco | San Francisco | سان‌فرانسیسکو | سن فرانسیسکو | | 0.5 | US | city in California, United States
houston | Houston | هیوستون | هوستون | | 0.4 | US | city in Texas, United States
miami | Miami | میامی | | | 0.4 | US | city in Florida, United States
boston | Boston | بوستون | | | 0.4 | US | city in Massachusetts, United States
seattle | Seattle | سیاتل | | | 0.4 | US | city in Washington State, United States
las-vegas | Las Vegas | لاس‌وگاس | | | 0.4 | US | city in Nevada, United States
philadelphia | Philadelphia | فیلادلفیا | | | 0.4 | US | city in Pennsylvania, United States
atlanta | Atlanta | آتلانتا | | | 0.4 | US | city in Georgia, United States
dallas | Dallas | دالاس | | | 0.4 | US | city in Texas, United States
detroit | Detroit | دیترویت | | | 0.3 | US | city in Michigan, United States
minneapolis | Minneapolis | مینیاپولیس | | | 0.3 | US | city in Minnesota, United States
new-orleans | New Orleans | نیواورلئان | | | 0.3 | US | city in Louisiana, United States
san-diego | San Diego | سن‌دیگو | سان دیگو | | 0.3 | US | city in California, United States
phoenix | Phoenix | فینیکس | فینکس | | 0.3 | US | city in Arizona, United States
denver | Denver | دنور | | | 0.3 | US | city in Colorado, United States
portland-oregon | Portland | پورتلند | | | 0.3 | US | city in Oregon, United States
baltimore | Baltimore | بالتیمور | | | 0.3 | US | city in Maryland, United States
toronto | Toronto | تورنتو | | تورنتویی | 0.6 | CA | largest city of Canada
vancouver | Vancouver | ونکوور | ونکوفر | | 0.5 | CA | city in British Columbia, Canada
montreal | Montreal | مونترال | | | 0.5 | CA | city in Quebec, Canada
calgary | Calgary | کلگری | | | 0.3 | CA | city in Alberta, Canada
sao-paulo | São Paulo | سائوپائولو | سن‌پائولو | | 0.4 | BR | largest city of Brazil
rio-de-janeiro | Rio de Janeiro | ریودوژانیرو | ریو | | 0.4 | BR | city in Brazil
guadalajara | Guadalajara | گوادالاخارا | | | 0.3 | MX | city in Mexico
medellin | Medellín | مدلین | | | 0.3 | CO | city in Colombia
manchester | Manchester | منچستر | | | 0.5 | GB | city in England
liverpool | Liverpool | لیورپول | | | 0.5 | GB | city in England
birmingham | Birmingham | بیرمنگام | | | 0.3 | GB | city in England
glasgow | Glasgow | گلاسکو | | | 0.4 | GB | city in Scotland
edinburgh | Edinburgh | ادینبورگ | ادینبورو | | 0.3 | GB | capital of Scotland
oxford | Oxford | آکسفورد | | | 0.4 | GB | university city in England
cambridge-uk | Cambridge | کمبریج | کیمبریج | | 0.3 | GB | university city in England
belfast | Belfast | بلفاست | | | 0.3 | GB | capital of Northern Ireland
hamburg | Hamburg | هامبورگ | | | 0.4 | DE | city in Germany
hanover | Hanover | هانوفر | | | 0.3 | DE | city in Lower Saxony, Germany
munich | Munich | مونیخ | | مونیخی | 0.5 | DE | city in Bavaria, Germany
frankfurt | Frankfurt | فرانکفورت | | | 0.4 | DE | city in Hesse, Germany
cologne | Cologne | کلن | | | 0.4 | DE | city in North Rhine-Westphalia, Germany
dusseldorf | Düsseldorf | دوسلدورف | | | 0.3 | DE | city in North Rhine-Westphalia, Germany
stuttgart | Stuttgart | اشتوتگارت | | | 0.3 | DE | city in Baden-Württemberg, Germany
dresden | Dresden | درسدن | | | 0.3 | DE | city in Saxony, Germany
leipzig | Leipzig | لایپزیگ | | | 0.3 | DE | city in Saxony, Germany
marseille | Marseille | مارسی | | | 0.4 | FR | city in France
lyon | Lyon | لیون | | | 0.3 | FR | city in France
cannes | Cannes | کن | | | 0.3 | FR | city in France, seat of the Cannes Film Festival
strasbourg | Strasbourg | استراسبورگ | | | 0.3 | FR | city in France, seat of the European Parliament
milan | Milan | میلان | | | 0.5 | IT | city in Italy
naples | Naples | ناپل | | | 0.3 | IT | city in Italy
turin | Turin | تورین | تورینو | | 0.3 | IT | city in Italy
venice | Venice | شهر ونیز | | | 0.4 | IT | city in Italy
florence | Florence | فلورانس | | | 0.3 | IT | city in Italy
barcelona | Barcelona | بارسلون | | | 0.5 | ES | city in Catalonia, Spain
seville | Seville | سویل | | | 0.3 | ES | city in Spain
valencia | Valencia | والنسیا | | | 0.3 | ES | city in Spain
geneva | Geneva | ژنو | | | 0.7 | CH | city in Switzerland
zurich | Zurich | زوریخ | | | 0.4 | CH | city in Switzerland
lausanne | Lausanne | لوزان | | | 0.4 | CH | city in Switzerland
davos | Davos | داووس | | | 0.4 | CH | town in Switzerland, host of the World Economic Forum
rotterdam | Rotterdam | روتردام | رتردام | | 0.3 | NL | city in the Netherlands
antwerp | Antwerp | آنتورپ | | | 0.3 | BE | city in Belgium
gothenburg | Gothenburg | گوتنبرگ | یوتبوری; گوته‌بورگ | | 0.3 | SE | city in Sweden
salzburg | Salzburg | سالزبورگ | | | 0.3 | AT | city in Austria
krakow | Kraków | کراکوف | | | 0.3 | PL | city in Poland
porto | Porto | پورتو | | | 0.3 | PT | city in Portugal
thessaloniki | Thessaloniki | تسالونیکی | سالونیک | | 0.3 | GR | city in Greece
saint-petersburg | Saint Petersburg | سن پترزبورگ | سنت پترزبورگ;پترزبورگ;لنینگراد | | 0.6 | RU | city in Russia
kazan | Kazan | کازان | قازان | | 0.4 | RU | capital of Tatarstan, Russia
sochi | Sochi | سوچی | | | 0.4 | RU | city in Russia on the Black Sea
novosibirsk | Novosibirsk | نووسیبیرسک | | | 0.3 | RU | city in Siberia, Russia
yekaterinburg | Yekaterinburg | یکاترینبورگ | یکاترینبرگ | | 0.3 | RU | city in Russia
vladivostok | Vladivostok | ولادی‌وستوک | | | 0.3 | RU | port city in the Russian Far East
astrakhan | Astrakhan | آستاراخان | هشترخان;آستراخان | | 0.4 | RU | city in Russia near the Caspian Sea
makhachkala | Makhachkala | ماخاچ‌قلعه | | | 0.3 | RU | capital of Dagestan, Russia
grozny | Grozny | گروزنی | | | 0.3 | RU | capital of Chechnya, Russia
volgograd | Volgograd | ولگوگراد | استالینگراد | | 0.3 | RU | city in Russia
kharkiv | Kharkiv | خارکیف | خارکف | | 0.5 | UA | city in Ukraine
odesa | Odesa | اودسا | ادسا | | 0.5 | UA | port city in Ukraine
mariupol | Mariupol | ماریوپل | ماریوپول | | 0.5 | UA | port city in Ukraine
donetsk | Donetsk | دونتسک | | | 0.5 | UA | city in Ukraine
luhansk | Luhansk | لوهانسک | لوگانسک | | 0.4 | UA | city in Ukraine
zaporizhzhia | Zaporizhzhia | زاپوریژیا | زاپروژیا | | 0.5 | UA | city in Ukraine
kherson | Kherson | خرسون | | | 0.4 | UA | city in Ukraine
lviv | Lviv | لویو | لووف | | 0.4 | UA | city in western Ukraine
dnipro | Dnipro | دنیپرو | | | 0.3 | UA | city in Ukraine
bakhmut | Bakhmut | باخموت | | | 0.4 | UA | city in Ukraine
sevastopol | Sevastopol | سواستوپل | سیواستوپل | | 0.4 | UA | port city in Crimea
kursk | Kursk | کورسک | | | 0.4 | RU | city in Russia
belgorod | Belgorod | بلگورود | | | 0.3 | RU | city in Russia
istanbul | Istanbul | استانبول | اسلامبول;قسطنطنیه | استانبولی | 0.8 | TR | largest city of Turkey
izmir | İzmir | ازمیر | ایزمیر | | 0.4 | TR | city in Turkey
antalya | Antalya | آنتالیا | | | 0.4 | TR | city in Turkey
bursa | Bursa | بورسا | | | 0.3 | TR | city in Turkey
konya | Konya | قونیه | | | 0.3 | TR | city in Turkey
diyarbakir | Diyarbakır | دیاربکر | | | 0.3 | TR | city in southeastern Turkey
gaziantep | Gaziantep | غازی‌عنتاب | غازیانتپ | | 0.3 | TR | city in southeastern Turkey
kahramanmaras | Kahramanmaraş | کهرمان‌مرعش | | | 0.3 | TR | city in southern Turkey
trabzon | Trabzon | ترابزون | طرابوزان | | 0.3 | TR | city in Turkey on the Black Sea
erzurum | Erzurum | ارزروم | | | 0.3 | TR | city in eastern Turkey
adana | Adana | آدانا | | | 0.3 | TR | city in southern Turkey
dubai | Dubai | دبی | دوبی | | 0.8 | AE | city in the United Arab Emirates
sharjah | Sharjah | شارجه | | | 0.5 | AE | city in the United Arab Emirates
fujairah | Fujairah | فجیره | | | 0.4 | AE | city in the United Arab Emirates
ajman | Ajman | عجمان | | | 0.3 | AE | city in the United Arab Emirates
ras-al-khaimah | Ras al-Khaimah | راس‌الخیمه | | | 0.3 | AE | city in the United Arab Emirates
mecca | Mecca | مکه | مکه مکرمه;مکه معظمه | | 0.8 | SA | holiest city of Islam, Saudi Arabia
medina | Medina | مدینه | مدینه منوره;مدینةالنبی | | 0.55 | SA | city in Saudi Arabia, burial place of the Prophet
jeddah | Jeddah | جده | | | 0.6 | SA | port city in Saudi Arabia
dammam | Dammam | دمام | | | 0.3 | SA | city in eastern Saudi Arabia
qatif | Qatif | قطیف | | | 0.3 | SA | city in eastern Saudi Arabia
najaf | Najaf | نجف | نجف اشرف | | 0.8 | IQ | Shia holy city in Iraq
karbala | Karbala | کربلا | کربلای معلی | | 0.8 | IQ | Shia holy city in Iraq
basra | Basra | بصره | | | 0.6 | IQ | port city in southern Iraq
mosul | Mosul | موصل | | | 0.6 | IQ | city in northern Iraq
erbil | Erbil | اربیل | هولیر | | 0.6 | IQ | capital of the Kurdistan Region of Iraq
sulaymaniyah | Sulaymaniyah | سلیمانیه | | | 0.5 | IQ | city in the Kurdistan Region of Iraq
kirkuk | Kirkuk | کرکوک | | | 0.5 | IQ | city in northern Iraq
samarra | Samarra | سامرا | | | 0.5 | IQ | city in Iraq, site of al-Askari Shrine
kadhimiya | Kadhimiya | کاظمین | کاظمیه | | 0.5 | IQ | district of Baghdad with the al-Kadhimiya Mosque
fallujah | Fallujah | فلوجه | | | 0.4 | IQ | city in Anbar, Iraq
ramadi | Ramadi | رمادی | | | 0.3 | IQ | city in Anbar, Iraq
tikrit | Tikrit | تکریت | | | 0.3 | IQ | city in Iraq
kufa | Kufa | کوفه | | کوفی | 0.4 | IQ | city in Iraq near Najaf
nasiriyah | Nasiriyah | ناصریه | | | 0.3 | IQ | city in southern Iraq
amarah | Amarah | العماره | عماره | | 0.3 | IQ | city in southern Iraq
diyala-baqubah | Baqubah | بعقوبه | | | 0.3 | IQ | city in Diyala, Iraq
halabja | Halabja | حلبچه | | | 0.4 | IQ | city in the Kurdistan Region of Iraq
aleppo | Aleppo | حلب | | | 0.7 | SY | city in northern Syria
homs | Homs | حمص | | | 0.5 | SY | city in Syria
hama | Hama | حماه | | | 0.4 | SY | city in Syria
latakia | Latakia | لاذقیه | | | 0.4 | SY | port city in Syria
tartus | Tartus | طرطوس | | | 0.4 | SY | port city in Syria
deir-ez-zor | Deir ez-Zor | دیرالزور | | | 0.5 | SY | city in eastern Syria
raqqa | Raqqa | رقه | الرقه | | 0.4 | SY | city in northern Syria
idlib-city | Idlib | شهر ادلب | | | 0.3 | SY | city in northwestern Syria
daraa | Daraa | درعا | | | 0.4 | SY | city in southern Syria
al-bukamal | Al-Bukamal | البوکمال | بوکمال | | 0.4 | SY | town in eastern Syria on the Iraqi border
sayyida-zaynab | Sayyida Zaynab | زینبیه | سیده زینب | | 0.4 | SY | town south of Damascus with the Sayyida Zaynab shrine
qamishli | Qamishli | قامشلی | | | 0.3 | SY | city in northeastern Syria
kobani | Kobani | کوبانی | عین‌العرب | | 0.4 | SY | town in northern Syria
afrin | Afrin | عفرین | | | 0.4 | SY | town in northwestern Syria
gaza-city | Gaza City | شهر غزه | | | 0.6 | PS | largest city of the Gaza Strip
khan-yunis | Khan Yunis | خان یونس | | | 0.5 | PS | city in the Gaza Strip
rafah | Rafah | رفح | | | 0.6 | PS | city in the Gaza Strip on the Egyptian border
jabalia | Jabalia | جبالیا | | | 0.4 | PS | refugee camp and town in the Gaza Strip
deir-al-balah | Deir al-Balah | دیرالبلح | | | 0.4 | PS | city in the Gaza Strip
nablus | Nablus | نابلس | | | 0.4 | PS | city in the West Bank
jenin | Jenin | اردوگاه جنین | شهر جنین | | 0.5 | PS | city in the West Bank
hebron | Hebron | الخلیل | | | 0.4 | PS | city in the West Bank
bethlehem | Bethlehem | بیت‌لحم | | | 0.3 | PS | city in the West Bank
tulkarm | Tulkarm | طولکرم | | | 0.3 | PS | city in the West Bank
jericho | Jericho | اریحا | | | 0.3 | PS | city in the West Bank
tel-aviv | Tel Aviv | تل‌آویو | | | 0.8 | IL | city in Israel
haifa | Haifa | حیفا | | | 0.6 | IL | port city in Israel
eilat | Eilat | بندر ایلات | ام‌الرشراش | | 0.4 | IL | port city in Israel
ashkelon | Ashkelon | عسقلان | اشکلون | | 0.4 | IL | city in Israel
ashdod | Ashdod | اشدود | | | 0.3 | IL | port city in Israel
sderot | Sderot | سدیروت | | | 0.3 | IL | town in Israel near Gaza
dimona | Dimona | دیمونا | | | 0.4 | IL | town in Israel near its nuclear reactor
beersheba | Beersheba | بئرالسبع | | | 0.3 | IL | city in southern Israel
nazareth | Nazareth | ناصره | | | 0.3 | IL | city in northern Israel
tiberias | Tiberias | طبریه | | | 0.3 | IL | city in northern Israel
akka | Acre | عکا | | | 0.3 | IL | city in northern Israel
yafa | Jaffa | یافا | | | 0.3 | IL | old port city, part of Tel Aviv
tyre | Tyre | شهر صور | | | 0.5 | LB | city in southern Lebanon
sidon | Sidon | صیدا | | | 0.5 | LB | city in southern Lebanon
tripoli-lebanon | Tripoli (Lebanon) | طرابلس لبنان | | | 0.3 | LB | city in northern Lebanon
baalbek | Baalbek | بعلبک | | | 0.4 | LB | city in the Beqaa Valley, Lebanon
nabatieh | Nabatieh | نبطیه | | | 0.4 | LB | city in southern Lebanon
dahieh | Dahieh | ضاحیه | ضاحیه جنوبی;ضاحیه جنوبی بیروت | | 0.5 | LB | southern suburbs of Beirut
aden | Aden | عدن | | | 0.6 | YE | port city in southern Yemen
hodeidah | Hodeidah | الحدیده | حدیده | | 0.6 | YE | port city in Yemen on the Red Sea
taiz | Taiz | تعز | | | 0.4 | YE | city in Yemen
saada | Saada | صعده | | | 0.4 | YE | city in northern Yemen
marib | Marib | مأرب | | | 0.4 | YE | city in Yemen
mukalla | Mukalla | مکلا | المکلا | | 0.3 | YE | port city in Yemen
alexandria | Alexandria | اسکندریه | | | 0.4 | EG | port city in Egypt
sharm-el-sheikh | Sharm el-Sheikh | شرم‌الشیخ | | | 0.4 | EG | resort city in Sinai, Egypt
port-said | Port Said | پورت سعید | بندر سعید | | 0.3 | EG | port city in Egypt on the Suez Canal
benghazi | Benghazi | بنغازی | | | 0.4 | LY | city in eastern Libya
casablanca | Casablanca | کازابلانکا | | | 0.4 | MA | largest city of Morocco
marrakesh | Marrakesh | شهر مراکش | | | 0.2 | MA | city in Morocco (the name is also Persian for the country)
lagos | Lagos | لاگوس | | | 0.4 | NG | largest city of Nigeria
johannesburg | Johannesburg | ژوهانسبورگ | یوهانسبورگ | | 0.4 | ZA | largest city of South Africa
durban | Durban | دوربان | | | 0.3 | ZA | city in South Africa
mombasa | Mombasa | مومباسا | | | 0.3 | KE | port city in Kenya
dar-es-salaam | Dar es Salaam | دارالسلام | | | 0.4 | TZ | largest city of Tanzania
zanzibar | Zanzibar | زنگبار | زنجبار | | 0.3 | TZ | island city and archipelago of Tanzania
port-sudan | Port Sudan | پورت سودان | بندر سودان | | 0.4 | SD | port city in Sudan on the Red Sea
omdurman | Omdurman | ام‌درمان | | | 0.3 | SD | city in Sudan opposite Khartoum
el-fasher | El Fasher | الفاشر | فاشر | | 0.4 | SD | city in Darfur, Sudan
herat | Herat | هرات | | هراتی | 0.7 | AF | city in western Afghanistan
mazar-i-sharif | Mazar-i-Sharif | مزار شریف | | | 0.6 | AF | city in northern Afghanistan
kandahar | Kandahar | قندهار | کندهار | قندهاری | 0.6 | AF | city in southern Afghanistan
jalalabad | Jalalabad | جلال‌آباد | | | 0.4 | AF | city in eastern Afghanistan
kunduz | Kunduz | قندوز | کندز | | 0.4 | AF | city in northern Afghanistan
ghazni | Ghazni | غزنی | غزنین | | 0.4 | AF | city in eastern Afghanistan
bamyan | Bamyan | بامیان | | | 0.4 | AF | city in central Afghanistan
farah | Farah | فراه | | | 0.3 | AF | city in western Afghanistan
zaranj | Zaranj | زرنج | | | 0.3 | AF | city in Nimruz, Afghanistan, on the Iranian border
lashkar-gah | Lashkar Gah | لشکرگاه | | | 0.3 | AF | city in Helmand, Afghanistan
islam-qala | Islam Qala | اسلام قلعه | | | 0.3 | AF | border town in Herat Province, Afghanistan
karachi | Karachi | کراچی | | | 0.6 | PK | largest city of Pakistan
lahore | Lahore | لاهور | | لاهوری | 0.5 | PK | city in Punjab, Pakistan
peshawar | Peshawar | پیشاور | پشاور | | 0.5 | PK | city in northwestern Pakistan
quetta | Quetta | کویته | | | 0.5 | PK | capital of Balochistan, Pakistan
rawalpindi | Rawalpindi | راولپندی | | | 0.3 | PK | city in Pakistan
gwadar | Gwadar | گوادر | بندر گوادر | | 0.4 | PK | port city in Balochistan, Pakistan
mumbai | Mumbai | بمبئی | مومبای | | 0.5 | IN | largest city of India
kolkata | Kolkata | کلکته | کولکاتا | | 0.3 | IN | city in India
bangalore | Bangalore | بنگلور | بنگالورو | | 0.3 | IN | city in India
hyderabad | Hyderabad | حیدرآباد | حیدرآباد دکن | | 0.3 | IN | city in India
chennai | Chennai | چنای | | | 0.3 | IN | city in India
lucknow | Lucknow | لکهنو | | | 0.3 | IN | city in India
srinagar | Srinagar | سرینگر | | | 0.3 | IN | city in Indian-administered Kashmir
shanghai | Shanghai | شانگهای | | | 0.6 | CN | largest city of China
guangzhou | Guangzhou | گوانگژو | | | 0.3 | CN | city in China
shenzhen | Shenzhen | شنژن | | | 0.3 | CN | city in China
wuhan | Wuhan | ووهان | | | 0.5 | CN | city in China
urumqi | Ürümqi | ارومچی | اورومچی | | 0.3 | CN | capital of Xinjiang, China
tianjin | Tianjin | تیانجین | | | 0.4 | CN | city in China
chongqing | Chongqing | چونگ‌کینگ | | | 0.3 | CN | city in China
osaka | Osaka | اوساکا | | | 0.4 | JP | city in Japan
hiroshima | Hiroshima | هیروشیما | | | 0.4 | JP | city in Japan
nagasaki | Nagasaki | ناکازاکی | | | 0.3 | JP | city in Japan
kyoto | Kyoto | کیوتو | | | 0.3 | JP | city in Japan
fukushima | Fukushima | فوکوشیما | | | 0.4 | JP | city and prefecture in Japan
busan | Busan | بوسان | پوسان | | 0.3 | KR | port city in South Korea
ho-chi-minh-city | Ho Chi Minh City | هوشی‌مین‌سیتی | سایگون;شهر هوشی مین | | 0.3 | VN | largest city of Vietnam
bali | Bali | بالی | | | 0.4 | ID | island of Indonesia
sydney | Sydney | سیدنی | | | 0.5 | AU | largest city of Australia
melbourne | Melbourne | ملبورن | | | 0.4 | AU | city in Australia
auckland | Auckland | اوکلند | | | 0.3 | NZ | largest city of New Zealand
samarkand | Samarkand | سمرقند | | سمرقندی | 0.5 | UZ | city in Uzbekistan
bukhara | Bukhara | بخارا | | بخارایی | 0.5 | UZ | city in Uzbekistan
khujand | Khujand | خجند | | خجندی | 0.3 | TJ | city in Tajikistan
turkmenbashi | Türkmenbaşy | ترکمن‌باشی | | | 0.3 | TM | port city in Turkmenistan on the Caspian Sea
ganja | Ganja | گنجه | | گنجوی | 0.4 | AZ | city in Azerbaijan
nakhchivan | Nakhchivan | نخجوان | نخچوان | | 0.5 | AZ | exclave and its capital city, Azerbaijan
shusha | Shusha | شوشا | | | 0.3 | AZ | town in Karabakh, Azerbaijan
sumgait | Sumgait | سومگائیت | | | 0.3 | AZ | city in Azerbaijan
gyumri | Gyumri | گیومری | | | 0.3 | AM | city in Armenia
batumi | Batumi | باتومی | | | 0.3 | GE | port city in Georgia
hillah | Hillah | حله | | | 0.4 | IQ | city in Babil, Iraq
diwaniyah | Diwaniyah | دیوانیه | | | 0.3 | IQ | city in southern Iraq
samawah | Samawah | سماوه | | | 0.3 | IQ | city in southern Iraq
kut | Kut | الکوت | کوت | | 0.3 | IQ | city in Wasit, Iraq
tal-afar | Tal Afar | تلعفر | | | 0.3 | IQ | city in Nineveh, Iraq
palmyra | Palmyra | تدمر | پالمیرا | | 0.4 | SY | ancient city in central Syria
manbij | Manbij | منبج | | | 0.3 | SY | city in northern Syria
al-hasakah | Al-Hasakah | الحسکه | حسکه | | 0.3 | SY | city in northeastern Syria
bint-jbeil | Bint Jbeil | بنت جبیل | | | 0.3 | LB | town in southern Lebanon
khost | Khost | خوست | | | 0.3 | AF | city in eastern Afghanistan
parachinar | Parachinar | پاراچنار | | | 0.3 | PK | town in Kurram, Pakistan
orlando | Orlando | اورلاندو | | | 0.3 | US | city in Florida, United States
cleveland | Cleveland | کلیولند | | | 0.3 | US | city in Ohio, United States
bordeaux | Bordeaux | بوردو | | | 0.3 | FR | city in France
coventry | Coventry | کاونتری | | | 0.2 | GB | city in England
varna | Varna | وارنا | | | 0.2 | BG | port city in Bulgaria on the Black Sea
phuket | Phuket | پوکت | | | 0.3 | TH | island and city in Thailand
pul-e-khumri | Pul-e Khumri | پلخمری | | | 0.3 | AF | city in Baghlan, Afghanistan
faizabad-afghanistan | Fayzabad | فیض‌آباد | | | 0.3 | AF | capital of Badakhshan, Afghanistan
neauphle-le-chateau | Neauphle-le-Château | نوفل‌لوشاتو | | | 0.3 | FR | village near Paris, Khomeini's residence in exile in 1978
chernobyl | Chernobyl | چرنوبیل | | | 0.3 | UA | town in Ukraine, site of the 1986 nuclear disaster
aktau | Aktau | آکتائو | آکتاو;آقتاو | | 0.3 | KZ | port city in Kazakhstan on the Caspian Sea
"""

# slug | English | name_fa | aliases | demonyms | prior | type | country | description
REGIONS = """
gaza-strip | Gaza Strip | نوار غزه | غزه | غزه‌ای | 0.9 | region | PS | Palestinian territory on the Mediterranean
west-bank | West Bank | کرانه باختری | کرانه غربی;کرانه غربی رود اردن;کرانه باختری رود اردن | | 0.8 | region | PS | Palestinian territory west of the Jordan River
east-jerusalem | East Jerusalem | قدس شرقی | بیت‌المقدس شرقی;اورشلیم شرقی;شرق قدس | | 0.5 | region | PS | eastern part of Jerusalem
golan-heights | Golan Heights | جولان | بلندی‌های جولان;ارتفاعات جولان | | 0.7 | region | SY | Syrian territory occupied by Israel
mina-saudi-arabia | Mina | سرزمین منا | صحرای منا | | 0.4 | place | SA | valley near Mecca, site of the Hajj stoning ritual
sinai | Sinai Peninsula | صحرای سینا | شبه‌جزیره سینا | | 0.5 | region | EG | peninsula of Egypt
kurdistan-region-iraq | Kurdistan Region | اقلیم کردستان | اقلیم کردستان عراق;کردستان عراق;منطقه کردستان عراق | | 0.8 | region | IQ | autonomous region of northern Iraq
tabaristan | Tabaristan | طبرستان | | | 0.3 | region | IR | historical region on the southern Caspian coast, today's Mazandaran
anbar | Anbar Governorate | الانبار | استان الانبار | | 0.4 | region | IQ | governorate of western Iraq
diyala | Diyala Governorate | دیالی | استان دیالی | | 0.4 | region | IQ | governorate of eastern Iraq
nineveh | Nineveh Governorate | نینوا | استان نینوا | | 0.4 | region | IQ | governorate of northern Iraq
sinjar | Sinjar | سنجار | | | 0.4 | region | IQ | district of northern Iraq
idlib | Idlib Governorate | ادلب | استان ادلب | | 0.6 | region | SY | governorate of northwestern Syria
south-lebanon | South Lebanon | جنوب لبنان | | | 0.7 | region | LB | southern region of Lebanon
beqaa-valley | Beqaa Valley | دره بقاع | | | 0.4 | region | LB | valley in eastern Lebanon
shebaa-farms | Shebaa Farms | مزارع شبعا | | | 0.4 | region | LB | disputed area on the Lebanon-Golan border
negev | Negev | صحرای نقب | | | 0.4 | region | IL | desert of southern Israel
galilee | Galilee | الجلیل | | | 0.3 | region | IL | region of northern Israel
crimea | Crimea | کریمه | شبه‌جزیره کریمه | | 0.7 | region | UA | peninsula of Ukraine annexed by Russia in 2014
donbas | Donbas | دونباس | | | 0.7 | region | UA | region of eastern Ukraine
donetsk-oblast | Donetsk Oblast | استان دونتسک | منطقه دونتسک | | 0.4 | region | UA | province of eastern Ukraine
luhansk-oblast | Luhansk Oblast | استان لوهانسک | منطقه لوهانسک | | 0.4 | region | UA | province of eastern Ukraine
kursk-oblast | Kursk Oblast | استان کورسک | منطقه کورسک | | 0.3 | region | RU | province of western Russia
chechnya | Chechnya | چچن | جمهوری چچن | چچنی | 0.5 | region | RU | republic of Russia in the North Caucasus
dagestan | Dagestan | داغستان | جمهوری داغستان | داغستانی | 0.4 | region | RU | republic of Russia in the North Caucasus
tatarstan | Tatarstan | تاتارستان | جمهوری تاتارستان | | 0.4 | region | RU | republic of Russia
siberia | Siberia | سیبری | | سیبریایی | 0.4 | region | RU | region of northern Asia, Russia
kaliningrad | Kaliningrad | کالینینگراد | | | 0.4 | region | RU | Russian exclave on the Baltic Sea and its capital
abkhazia | Abkhazia | آبخازیا | | | 0.4 | region | GE | breakaway region of Georgia
south-ossetia | South Ossetia | اوستیای جنوبی | | | 0.4 | region | GE | breakaway region of Georgia
transnistria | Transnistria | ترانس‌نیستریا | | | 0.3 | region | MD | breakaway region of Moldova
karabakh | Karabakh | قره‌باغ | قره باغ کوهستانی;ناگورنو-قره‌باغ | | 0.7 | region | AZ | region of Azerbaijan, formerly Armenian-held Nagorno-Karabakh
zangezur-corridor | Zangezur corridor | دالان زنگزور | کریدور زنگزور;زنگزور | | 0.5 | region | AM | proposed route across southern Armenia (Syunik)
syunik | Syunik Province | سیونیک | استان سیونیک | | 0.3 | region | AM | province of southern Armenia bordering Iran
kashmir | Kashmir | کشمیر | | کشمیری | 0.6 | region | | region disputed by India, Pakistan and China
jammu-and-kashmir | Jammu and Kashmir | جامو و کشمیر | جامو کشمیر | | 0.4 | region | IN | Indian-administered part of Kashmir
xinjiang | Xinjiang | سین‌کیانگ | شین‌جیانگ;سینکیانگ اویغور | | 0.5 | region | CN | autonomous region of northwestern China
tibet | Tibet | تبت | | تبتی | 0.4 | region | CN | region of western China
balochistan-pakistan | Balochistan (Pakistan) | ایالت بلوچستان | بلوچستان پاکستان | | 0.4 | region | PK | province of southwestern Pakistan
balochistan | Balochistan | بلوچستان | | بلوچ | 0.4 | region | | region of Iran, Pakistan and Afghanistan
khyber-pakhtunkhwa | Khyber Pakhtunkhwa | خیبر پختونخوا | ایالت خیبر پختونخوا ; خیبرپختونخواه ; خیبر پختونخواه ; ایالت خیبرپختونخواه | | 0.4 | region | PK | province of northwestern Pakistan
punjab-pakistan | Punjab | پنجاب | | پنجابی | 0.4 | region | | region of Pakistan and India
darfur | Darfur | دارفور | | | 0.5 | region | SD | region of western Sudan
catalonia | Catalonia | کاتالونیا | | کاتالان | 0.4 | region | ES | autonomous community of Spain
basque-country | Basque Country | باسک | منطقه باسک | | 0.3 | region | ES | autonomous community of Spain
scotland | Scotland | اسکاتلند | | اسکاتلندی | 0.5 | region | GB | country of the United Kingdom
wales | Wales | ولز | | ولزی | 0.4 | region | GB | country of the United Kingdom
northern-ireland | Northern Ireland | ایرلند شمالی | | | 0.4 | region | GB | part of the United Kingdom
quebec | Quebec | ایالت کبک | استان کبک | | 0.3 | region | CA | province of Canada
california | California | کالیفرنیا | | کالیفرنیایی | 0.6 | region | US | state of the United States
texas | Texas | تگزاس | | تگزاسی | 0.5 | region | US | state of the United States
florida | Florida | فلوریدا | | | 0.5 | region | US | state of the United States
alaska | Alaska | آلاسکا | | | 0.4 | region | US | state of the United States
hawaii | Hawaii | هاوایی | | | 0.4 | region | US | state of the United States
new-york-state | New York State | ایالت نیویورک | | | 0.3 | region | US | state of the United States
pennsylvania | Pennsylvania | پنسیلوانیا | | | 0.4 | region | US | state of the United States
michigan | Michigan | میشیگان | | | 0.4 | region | US | state of the United States
georgia-us | Georgia (U.S. state) | ایالت جورجیا | | | 0.3 | region | US | state of the United States
arizona | Arizona | آریزونا | | | 0.4 | region | US | state of the United States
ohio | Ohio | اوهایو | | | 0.3 | region | US | state of the United States
virginia | Virginia | ویرجینیا | | | 0.3 | region | US | state of the United States
nevada | Nevada | نوادا | | | 0.3 | region | US | state of the United States
wisconsin | Wisconsin | ویسکانسین | | | 0.3 | region | US | state of the United States
bavaria | Bavaria | باواریا | | | 0.3 | region | DE | state of Germany
kurdistan | Kurdistan | کردستان | | | 0.5 | region | | Kurdish-inhabited region of Iran, Iraq, Turkey and Syria
khorasan | Greater Khorasan | خراسان بزرگ | خراسان | خراسانی | 0.3 | region | | historical region of Iran, Afghanistan and Central Asia
hejaz | Hejaz | حجاز | | حجازی | 0.3 | region | SA | region of western Saudi Arabia
arabian-peninsula | Arabian Peninsula | شبه‌جزیره عربستان | شبه جزیره عرب;جزیره‌العرب | | 0.4 | region | | peninsula of Western Asia
anatolia | Anatolia | آناتولی | آسیای صغیر | | 0.3 | region | TR | peninsula forming most of Turkey
mesopotamia | Mesopotamia | بین‌النهرین | میان‌رودان | | 0.3 | region | | region between the Tigris and Euphrates
panjshir | Panjshir | پنجشیر | دره پنجشیر | پنجشیری | 0.5 | region | AF | valley and province in Afghanistan
badakhshan | Badakhshan | بدخشان | | بدخشانی | 0.4 | region | AF | region in northeastern Afghanistan and Tajikistan
helmand | Helmand Province | ولایت هلمند | | | 0.4 | region | AF | province of Afghanistan
guantanamo-bay | Guantanamo Bay | گوانتانامو | خلیج گوانتانامو;زندان گوانتانامو | | 0.4 | place | CU | US naval base and detention camp in Cuba
colorado | Colorado | کلرادو | | | 0.3 | region | US | state of the United States
new-jersey | New Jersey | نیوجرسی | | | 0.3 | region | US | state of the United States
new-mexico | New Mexico | نیومکزیکو | | | 0.3 | region | US | state of the United States
sicily | Sicily | سیسیل | جزیره سیسیل | | 0.3 | region | IT | island and region of Italy
andalusia | Andalusia | اندلس | | | 0.3 | region | ES | region of southern Spain
takhar | Takhar Province | تخار | ولایت تخار | | 0.3 | region | AF | province of northeastern Afghanistan
jowzjan | Jowzjan Province | جوزجان | ولایت جوزجان | | 0.3 | region | AF | province of northern Afghanistan
logar | Logar Province | لوگر | ولایت لوگر | | 0.3 | region | AF | province of eastern Afghanistan
ghouta | Ghouta | غوطه | غوطه شرقی | | 0.4 | region | SY | farmland belt around Damascus
rif-dimashq | Rif Dimashq Governorate | ریف دمشق | حومه دمشق | | 0.4 | region | SY | governorate surrounding Damascus
green-zone-baghdad | Green Zone | منطقه سبز بغداد | | | 0.4 | region | IQ | fortified government district of Baghdad
al-baqi | Al-Baqi' | بقیع | قبرستان بقیع | | 0.4 | place | SA | cemetery in Medina
al-aqsa-mosque | Al-Aqsa Mosque | مسجدالاقصی | مسجد اقصی | | 0.6 | place | | mosque on the Temple Mount in Jerusalem
mindanao | Mindanao | میندانائو | | | 0.2 | region | PH | island of the Philippines
"""

# slug | English | name_fa | aliases | demonyms | prior | type | description
WORLD_REGIONS = """
soviet-union | Soviet Union | اتحاد جماهیر شوروی | شوروی;اتحاد شوروی;شوروی سابق;اتحاد جماهیر سوسیالیستی شوروی | | 0.6 | place | former federal socialist state in Eurasia (1922–1991)
yugoslavia | Yugoslavia | یوگسلاوی | یوگسلاوی سابق;جمهوری فدرال سوسیالیستی یوگسلاوی | | 0.3 | place | former state in the Balkans (1918–1992)
czechoslovakia | Czechoslovakia | چکسلواکی | چکوسلواکی;چکسلواکی سابق | | 0.3 | place | former state in Central Europe (1918–1992), split into the Czech Republic and Slovakia
west-germany | West Germany | آلمان غربی | آلمان غربی سابق | | 0.3 | place | Federal Republic of Germany before reunification (1949–1990)
east-germany | East Germany | آلمان شرقی | آلمان شرقی سابق;جمهوری دموکراتیک آلمان | | 0.3 | place | German Democratic Republic, former socialist state (1949–1990)
fr-yugoslavia | Federal Republic of Yugoslavia | جمهوری فدرال یوگسلاوی | صربستان و مونته‌نگرو | | 0.3 | place | federation of Serbia and Montenegro (1992–2006), named Serbia and Montenegro from 2003
asia | Asia | آسیا | قاره آسیا | آسیایی | 0.7 | region | continent
europe | Europe | اروپا | قاره اروپا;قاره سبز | اروپایی | 0.9 | region | continent
africa | Africa | آفریقا | قاره آفریقا | آفریقایی | 0.8 | region | continent
north-america | North America | آمریکای شمالی | | | 0.5 | region | continent
south-america | South America | آمریکای جنوبی | | | 0.5 | region | continent
americas | Americas | قاره آمریکا | قاره امریکا;آمریکای شمالی و جنوبی | | 0.4 | region | continent
latin-america | Latin America | آمریکای لاتین | | | 0.6 | region | region of the Americas
central-america | Central America | آمریکای مرکزی | | | 0.3 | region | region of the Americas
caribbean | Caribbean | کارائیب | دریای کارائیب;حوزه کارائیب | | 0.4 | region | region and sea of the Americas
oceania | Oceania | اقیانوسیه | | | 0.4 | region | continental region
antarctica-region | Antarctic | قطب جنوب | | | 0.3 | region | south polar region
arctic | Arctic | قطب شمال | شمالگان | | 0.4 | region | north polar region
west-asia | West Asia | غرب آسیا | آسیای غربی | | 0.8 | region | region of Asia; Iranian official name for the Middle East
near-east | Near East | خاور نزدیک | شرق نزدیک | | 0.3 | region | historical region of the eastern Mediterranean
far-east | Far East | خاور دور | شرق دور | | 0.4 | region | East Asia and the Russian Far East
east-asia | East Asia | شرق آسیا | آسیای شرقی | | 0.5 | region | region of Asia
south-asia | South Asia | جنوب آسیا | آسیای جنوبی | | 0.4 | region | region of Asia
southeast-asia | Southeast Asia | جنوب شرق آسیا | جنوب شرقی آسیا;آسیای جنوب شرقی | | 0.4 | region | region of Asia
caucasus | Caucasus | قفقاز | منطقه قفقاز | قفقازی | 0.7 | region | region between the Black Sea and the Caspian Sea
south-caucasus | South Caucasus | قفقاز جنوبی | جنوب قفقاز | | 0.5 | region | Armenia, Azerbaijan and Georgia
north-caucasus | North Caucasus | قفقاز شمالی | شمال قفقاز | | 0.3 | region | Russian part of the Caucasus
levant | Levant | شامات | بلاد شام;منطقه شام;لوانت | | 0.4 | region | eastern Mediterranean region
balkans | Balkans | بالکان | شبه‌جزیره بالکان | بالکانی | 0.4 | region | region of southeastern Europe
scandinavia | Scandinavia | اسکاندیناوی | | اسکاندیناویایی | 0.3 | region | region of northern Europe
eastern-europe | Eastern Europe | اروپای شرقی | شرق اروپا | | 0.5 | region | region of Europe
western-europe | Western Europe | اروپای غربی | غرب اروپا | | 0.4 | region | region of Europe
central-europe | Central Europe | اروپای مرکزی | | | 0.3 | region | region of Europe
north-africa | North Africa | شمال آفریقا | آفریقای شمالی | | 0.5 | region | region of Africa
horn-of-africa | Horn of Africa | شاخ آفریقا | | | 0.4 | region | peninsula of East Africa
sahel | Sahel | منطقه ساحل | | | 0.2 | region | region south of the Sahara
maghreb | Maghreb | مغرب عربی | | | 0.3 | region | western North Africa
sub-saharan-africa | Sub-Saharan Africa | جنوب صحرای آفریقا | آفریقای زیر صحرا | | 0.3 | region | Africa south of the Sahara
sahara | Sahara | صحرای بزرگ آفریقا | صحرای آفریقا | | 0.3 | place | desert of North Africa
indian-subcontinent | Indian subcontinent | شبه‌قاره هند | شبه قاره | | 0.4 | region | region of South Asia
korean-peninsula | Korean Peninsula | شبه‌جزیره کره | | | 0.5 | region | peninsula of East Asia
iranian-plateau | Iranian Plateau | فلات ایران | | | 0.3 | region | plateau of Western and Central Asia
dasht-e-kavir | Dasht-e Kavir | دشت کویر | کویر مرکزی;کویر نمک | | 0.3 | place | desert in central Iran
dasht-e-lut | Dasht-e Lut | دشت لوت | کویر لوت;بیابان لوت | | 0.3 | place | desert in southeastern Iran
gulf-of-oman | Gulf of Oman | دریای عمان | خلیج عمان | | 0.6 | place | gulf between Iran and Oman
caspian-sea | Caspian Sea | دریای خزر | دریای کاسپین;خزر;کاسپین;دریای مازندران | | 0.7 | place | largest inland body of water, north of Iran
strait-of-hormuz | Strait of Hormuz | تنگه هرمز | | | 0.8 | place | strait between the Persian Gulf and the Gulf of Oman
red-sea | Red Sea | دریای سرخ | دریای احمر;بحر احمر | | 0.7 | place | sea between Africa and the Arabian Peninsula
mediterranean-sea | Mediterranean Sea | دریای مدیترانه | مدیترانه | مدیترانه‌ای | 0.7 | place | sea between Europe, Africa and Asia
bab-el-mandeb | Bab el-Mandeb | باب‌المندب | تنگه باب‌المندب | | 0.7 | place | strait between Yemen and the Horn of Africa
tiran-island | Tiran Island | جزیره تیران | | | 0.3 | place | island at the Straits of Tiran in the Red Sea (the Tiran and Sanafir agreement of Egypt and Saudi Arabia)
black-sea | Black Sea | دریای سیاه | | | 0.6 | place | sea between Europe and Asia
sea-of-azov | Sea of Azov | دریای آزوف | | | 0.3 | place | sea north of the Black Sea
baltic-sea | Baltic Sea | دریای بالتیک | بالتیک | | 0.4 | place | sea of northern Europe
north-sea | North Sea | دریای شمال | | | 0.3 | place | sea of the Atlantic between Britain and Scandinavia
arabian-sea | Arabian Sea | دریای عرب | دریای عربی | | 0.4 | place | northwestern part of the Indian Ocean
gulf-of-aden | Gulf of Aden | خلیج عدن | | | 0.5 | place | gulf between Yemen and Somalia
gulf-of-aqaba | Gulf of Aqaba | خلیج عقبه | | | 0.3 | place | gulf at the northern tip of the Red Sea
south-china-sea | South China Sea | دریای چین جنوبی | | | 0.5 | place | sea of the western Pacific
east-china-sea | East China Sea | دریای چین شرقی | | | 0.3 | place | sea of the western Pacific
sea-of-japan | Sea of Japan | دریای ژاپن | | | 0.3 | place | sea between Japan and the Asian mainland
taiwan-strait | Taiwan Strait | تنگه تایوان | | | 0.4 | place | strait between Taiwan and mainland China
bosphorus | Bosphorus | بسفر | تنگه بسفر | | 0.4 | place | strait at Istanbul
dardanelles | Dardanelles | داردانل | تنگه داردانل | | 0.3 | place | strait in northwestern Turkey
strait-of-gibraltar | Strait of Gibraltar | تنگه جبل‌الطارق | | | 0.3 | place | strait between Spain and Morocco
strait-of-malacca | Strait of Malacca | تنگه مالاکا | | | 0.3 | place | strait between Malaysia and Sumatra
english-channel | English Channel | کانال مانش | دریای مانش | | 0.3 | place | strait between England and France
suez-canal | Suez Canal | کانال سوئز | آبراه سوئز | | 0.6 | place | canal in Egypt
panama-canal | Panama Canal | کانال پاناما | آبراه پاناما | | 0.4 | place | canal in Panama
indian-ocean | Indian Ocean | اقیانوس هند | | | 0.6 | place | ocean
pacific-ocean | Pacific Ocean | اقیانوس آرام | اقیانوس کبیر | | 0.5 | place | ocean
atlantic-ocean | Atlantic Ocean | اقیانوس اطلس | اقیانوس آتلانتیک | | 0.5 | place | ocean
arctic-ocean | Arctic Ocean | اقیانوس منجمد شمالی | | | 0.3 | place | ocean
southern-ocean | Southern Ocean | اقیانوس منجمد جنوبی | | | 0.2 | place | ocean
gulf-of-mexico | Gulf of Mexico | خلیج مکزیک | | | 0.4 | place | gulf of the Atlantic Ocean
lake-urmia | Lake Urmia | دریاچه ارومیه | | | 0.6 | place | salt lake in northwestern Iran
hamoun-lake | Hamun Lake | دریاچه هامون | تالاب هامون | | 0.4 | place | wetlands on the Iran-Afghanistan border
anzali-lagoon | Anzali Lagoon | تالاب انزلی | مرداب انزلی | | 0.3 | place | lagoon in Gilan, Iran
hoor-al-azim | Hoor al-Azim | هورالعظیم | تالاب هورالعظیم | | 0.3 | place | wetland on the Iran-Iraq border
dead-sea | Dead Sea | دریای مرده | بحرالمیت | | 0.3 | place | salt lake between Israel, the West Bank and Jordan
sea-of-galilee | Sea of Galilee | دریاچه طبریه | | | 0.2 | place | lake in northern Israel
arvand-rud | Arvand Rud | اروندرود | اروند;شط‌العرب | | 0.6 | place | river on the Iran-Iraq border (Shatt al-Arab)
karun | Karun | کارون | رود کارون;رودخانه کارون | | 0.5 | place | longest river of Iran
zayandeh-rud | Zayanderud | زاینده‌رود | رودخانه زاینده‌رود | | 0.5 | place | river in Isfahan, Iran
karkheh | Karkheh | کرخه | رود کرخه | | 0.3 | place | river in Khuzestan, Iran
sefidrud | Sefid-Rud | سفیدرود | | | 0.3 | place | river in Gilan, Iran
aras | Aras | ارس | رود ارس;رودخانه ارس | | 0.4 | place | river on Iran's northern border
atrak | Atrak | اترک | رود اترک | | 0.3 | place | river on the Iran-Turkmenistan border
helmand-river | Helmand River | رود هیرمند | هیرمند;رودخانه هیرمند;هلمند | | 0.5 | place | river of Afghanistan flowing into Sistan
harirud | Harirud | هریرود | رود هریرود | | 0.3 | place | river of Afghanistan, Iran and Turkmenistan
euphrates | Euphrates | فرات | رود فرات;رودخانه فرات | | 0.5 | place | river of Turkey, Syria and Iraq
tigris | Tigris | دجله | رود دجله;رودخانه دجله | | 0.5 | place | river of Turkey and Iraq
nile | Nile | رود نیل | رودخانه نیل | | 0.5 | place | river of northeastern Africa
jordan-river | Jordan River | رود اردن | رودخانه اردن | | 0.4 | place | river between Jordan and Israel/the West Bank
litani | Litani River | لیتانی | رود لیتانی;رودخانه لیتانی | | 0.4 | place | river in southern Lebanon
amu-darya | Amu Darya | آمودریا | جیحون | | 0.3 | place | river of Central Asia
syr-darya | Syr Darya | سیردریا | سیحون | | 0.2 | place | river of Central Asia
volga | Volga | ولگا | رود ولگا | | 0.3 | place | river of Russia
dnieper | Dnieper | دنیپر | رود دنیپر;رودخانه دنیپر | | 0.4 | place | river of Ukraine and Belarus
danube | Danube | دانوب | رود دانوب | | 0.3 | place | river of Europe
indus | Indus | رود سند | | | 0.3 | place | river of Pakistan
ganges | Ganges | رود گنگ | | | 0.3 | place | river of India
yangtze | Yangtze | یانگ‌تسه | رود یانگ‌تسه | | 0.3 | place | river of China
amazon-river | Amazon River | رود آمازون | جنگل‌های آمازون | | 0.4 | place | river and rainforest of South America
mississippi-river | Mississippi River | رود میسیسیپی | | | 0.2 | place | river of the United States
damavand | Mount Damavand | دماوند | قله دماوند;کوه دماوند | | 0.4 | place | highest mountain of Iran
alborz-mountains | Alborz | رشته‌کوه البرز | کوه‌های البرز | | 0.4 | place | mountain range of northern Iran
zagros | Zagros Mountains | زاگرس | رشته‌کوه زاگرس;کوه‌های زاگرس | زاگرسی | 0.5 | place | mountain range of western Iran
sabalan | Mount Sabalan | سبلان | کوه سبلان;قله سبلان | | 0.3 | place | mountain in Ardabil, Iran
dena | Mount Dena | کوه دنا | قله دنا | | 0.3 | place | mountain in the Zagros, Iran
tochal | Tochal | توچال | کوه توچال;قله توچال | | 0.3 | place | mountain north of Tehran
alvand-mountain | Mount Alvand | کوه الوند | قله الوند | | 0.3 | place | mountain near Hamadan, Iran
taftan | Taftan | تفتان | کوه تفتان;آتشفشان تفتان | | 0.3 | place | volcano in Sistan and Baluchestan, Iran
everest | Mount Everest | اورست | قله اورست | | 0.4 | place | highest mountain on Earth
himalayas | Himalayas | هیمالیا | رشته‌کوه هیمالیا | | 0.4 | place | mountain range of Asia
hindu-kush | Hindu Kush | هندوکش | رشته‌کوه هندوکش | | 0.3 | place | mountain range of Afghanistan and Pakistan
alps | Alps | آلپ | رشته‌کوه آلپ;کوه‌های آلپ | | 0.4 | place | mountain range of Europe
ural-mountains | Ural Mountains | اورال | کوه‌های اورال;رشته‌کوه اورال | | 0.3 | place | mountain range of Russia
ararat | Mount Ararat | آرارات | کوه آرارات;قله آرارات | | 0.3 | place | mountain in eastern Turkey
jabal-amel | Jabal Amel | جبل عامل | | | 0.3 | region | highland region of southern Lebanon
strait-of-kerch | Kerch Strait | تنگه کرچ | | | 0.3 | place | strait between Crimea and Russia
"""
