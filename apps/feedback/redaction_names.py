"""Word lists for the redaction check's name rule (no model, no download).

GIVEN_NAMES: given names from many cultures, lower-cased, with and without diacritics. Built from the
first-name lists Faker ships for its ~80 locales (Latin-script parts only; its "en" long tail of US
records is left out because it holds words such as "Lawyer" and "Reason"), plus hand-written names
that list lacks (Indian, Chinese and Korean romanisations, Yoruba, Igbo, Akan, Kenyan, Southern
African, Vietnamese, Japanese, Arabic, Persian, Turkish, Irish, Nordic…). A given name that is
also an everyday word, a month, a place or a product (May, Will, Grace, Jordan, Ruby) is
ambiguous: the rule flags it only with a context cue.
"""

# Organisations and places whose names contain given names ("Morgan Stanley", "St. Louis").
NAMED_NOT_PEOPLE = (
    "morgan stanley",
    "jp morgan",
    "j.p. morgan",
    "goldman sachs",
    "john lewis",
    "marks & spencer",
    "marks and spencer",
    "ernst & young",
    "johnson & johnson",
    "procter & gamble",
    "wells fargo",
    "charles schwab",
    "hugo boss",
    "louis vuitton",
    "ralph lauren",
    "calvin klein",
    "tommy hilfiger",
    "estée lauder",
    "christian dior",
    "harvey nichols",
    "dr martens",
    "thomson reuters",
    "jane street",
    "two sigma",
    "warner bros",
    "walt disney",
    "john deere",
    "lockheed martin",
    "aston martin",
    "alfa romeo",
    "johns hopkins",
    "san francisco",
    "san jose",
    "san diego",
    "santa clara",
    "santa monica",
    "são paulo",
    "sao paulo",
    "rio de janeiro",
    "buenos aires",
    "tel aviv",
    "abu dhabi",
    "cape town",
    "milton keynes",
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_WORDS = _words(
    """
a about above across add after again against age ago agree ah ahead aim all almost alone along already also although
always am amber among an and angel anon another answer any anyone anything apart april archer are aria around art as
ask at atlas august aura aurora author autumn away baby back bad baker ball base be beat because been before behind
being below best beta better between beyond big bill bishop black blaze blessing bliss blue bonnie both brief bright
bring brook brooks brown buck bud buddy but butler by call calm came can canal candid candidates candidly candy
carter case cash chance change charity chase cheers cherry chip clear clients cliff close colleagues colonel come
comfort constance constant cook cooper could crystal customers daisy dale dawn day deacon dean dear del desire
destiny dev diamond did do doctor does doing dom don done down drew duke during dusk dusty each early earnest echo
edit either else end engineers enough ernest essence even ever every everybody everyone everything faith fancy far
feedback few final finally find fine first fisher flint floor for forum frank free friend from full general genesis
get ginger give given glad go golden good grace grant gray great green gregorian grey grit gun guy had hang happy
hard hardy harm harmony has have hazel he hear heaven held hello her here hers hey hi high him his hmm holly honest
honestly honey honor honour hope hour how however hunter i if in instead interviewers iris is it its ivy jade job
journey joy judge july june junior just justice karma keen keep kick kind king kitty last late later lawyer lead
leadership lean legacy legend less let lex liberty lies like lily line little lone long lot love luck lucky luna
made main major make man management managers many march mare mark marshal mason mate max maxima may me mean media
melody memory mentor mercer mercy might mile miles miller min mine miracle misty more most much must my nag near
need neither never new next nice nil ninja no noble nobody none nope nor north not note nova now odd of off often oh
ok okay old olive on once one only open or other others our out over overall own page panelists panellists par
parker part past patience peace pearl peer peers penny per perhaps ping plain please point pope poppy porter
precious price prince prior prudence queen quite raid rain ran ranger rather raven read reason rebel recruiters red
regards rein rest reviewers rich right river rock rocky rose royal run rusty sable sad said saint same sandy
savannah say see senior serenity server several she short should side silver since sing sister skip sky smith so
sole solver some somebody someone son sonny soon south spring stakeholders star steel sterling still stone storm
story strong such summer sunny sunshine sure sweet take tan tanner taylor than thank thanks that the their them then
there these they this those though through thus ties till to today together tone too toy treasure trinity tru true
try turner two um under unfortunately unique until up upon urban us users valid valor valour verity very victory
vigor violet walker want ward warm warren was way we well wells went were west what when where whether which while
white who whole why will winter wish with within without would wow yeah yep yes yet you young your yours
"""
)

NOT_PEOPLE = _words(
    """
academy accenture accra action adelaide aden adobe africa african airbnb airbus airflow airtable akamai alabama aldi
alexa alteryx amazon america american amex amharic amplitude amsterdam analytics android angeles angular ansible
apac api apple apr april arab arabic argo arizona armenia asana ashby asia asian asos associate astro asuncion
athena athens atlanta atlassian auckland aug august austin australian aws azure b2b b2c babel bangalore bangkok
barcelona barclays basel bedrock beijing belfast benelux bengali bengaluru berlin bigquery birmingham bitbucket
blender bloomberg board boeing boomi bosch boston braze brazilian brighton brisbane bristol british brooklyn
brussels budapest buddhist cairo calgary california cambridge campo canadian candidate cantonese canva cardiff
caribbean carolina cassandra catholic celery ceo cerner cfo chad chatgpt chef chelsea chennai chicago chief china
chinese christian christians christmas cio circleci cisco citadel claude cloudflare cmo college cologne committee
confluence consul coo coordinator copenhagen copilot coral cork cortana cpo css cto cuba cursor cypress czech dach
dakota dallas danish dart darwin data databricks datadog dbt dec december delhi deliveroo dell deloitte deno denver
design director disney diwali django docker domingo druid dubai dublin durban dutch dynamics dynamo easter easyjet
edinburgh eid elasticsearch elixir ember emea emirates engineering english envoy epic erlang etihad eu europe
european evp excel ey faang facebook fargate farsi fastly feb february figma filipino finance finnish fivetran flask
flink florence florida flutter ford founder france frankfurt french fri friday galway gatsby gcp gemini geneva
georgia german gerrit ghanaian git github gitlab glasgow go godot golang goldman gong google grafana graphql greek
greenhouse growth gujarati hadoop halloween hamburg hanoi hanukkah haskell hausa head hebrew heineken helm helsinki
heroku hindi hindu hiring hispanic hive holi hong houdini houston hp hr hsbc html hubspot hungarian hyderabad ibm
icelandic igbo ikea india indian indiana informatica infosys infrastructure institute intel intercom interviewer
interviewers ionic ios iranian ireland irish islam islamic israel israeli istanbul italian jaeger jakarta jan
january japanese java javascript jekyll jenkins jersey jest jewish jira johannesburg jordan jul julia july jun june
junior jupyter kafka kampala kenya kenyan keras kibana kigali klarna kong korean kotlin kpi kpmg kubernetes lagos
lambda laravel latam latina latino lead leadership leeds legal leicester lent leone lever lidl lincoln linear
linkedin linux lisbon liverpool llama lloyds logstash loki london looker lufthansa lyon mac macos madison madrid
mahindra mailchimp management manager manchester mandarin manila mar marathi march marino marketing marketo
marseille mastercard matillion matlab may mckinsey melbourne meta mexican miami microsoft milan miro mistral
mixpanel mlflow mon monday mongo mongodb montana montreal montserrat monzo mulesoft mumbai munich muslim muslims
mysql nairobi navratri nest nestle netflix netlify netsuite nevada nigerian node nomad nordics norwegian nosql
notion nottingham nov november nuke numpy nvidia ocado oct october officer okr okta oman openai operations ops
oracle osaka oslo ote ottawa oxford pagerduty pakistani pandas panel paris partner passover paypal paz people perl
persian perth philips phoenix php pipedrive platform polish portland porto portuguese postgres postgresql powerpoint
prague president presto principal product prometheus protestant pulumi pune punjabi puppet pwc python pytorch qa
qatar quickbooks rails ramadan react reading recruiter recruiting redis redshift reliance remix research rest result
reuters revit revolut rhino rica rico roi romanian rome rotterdam ruby russian rust ryanair saas sachs sainsbury
sales salesforce salvador samsung santa sap sas sat saturday scala school scottish sdk seattle security segment
selenium sendgrid senior sentry seoul sep sept september servicenow shanghai sharepoint sheffield shell shenzhen
shopify siemens sierra sikh simulink singapore siri situation sketch slack slovak snowflake sony spanish spark
splunk spotify spring spss sql sri staff star stata stockholm stripe success sun sunday supabase support svelte svp
swahili swedish swift sydney tableau taipei talend talent taleo tamil task team teams telugu tempo tensorflow
terraform tesco tesla texas thai thanksgiving thu thursday tokyo tome toronto toyota travis trello trinidad tue
tuesday turkish twilio twitter typescript uber ui uk ukrainian unilever unity university unix urdu us usa ux vagrant
valencia vancouver vault veeva vercel verde vesak victoria vienna vietnamese virginia visa vite vmware vodafone vp
vue warsaw washington watson webex wed wednesday wellington welsh windows wipro word workday xero york yoruba
zalando zapier zendesk zoom zurich
"""
)

# Given names that are also everyday lower-case English words (from a spelling dictionary): in a
# relay typed all in lower case, "with brandy" or "by heather" is not taken for a name. Common names
# that are seldom words (john, peter, martin) are left out of it on purpose.
LOWERCASE_WORDS = _words(
    """
abbey albino ale ales aline ally ani ante ants ares ascension aster astride azalea bale baptist basil bassi beau bent
berg beryl bitten boas bob boga bogey boning bot bozo bra brandy brogan cal carmine chi clement cord corona curt
darling dick dis divan dodo dolly dries dung earl ebony ed eider emerald ester eta eve fang fanny fares felicity
feline fem flora florin franc gal gala gang garret gene girts greet gully gunner gunny gust hailing harsh heather
henna hind horn hue hung hyena ibis imam immaculate innocent ion jack jail jasper jay jet jingling joke julienne kiddy
lady lam lance lander lavender laze lea lee lei lichen lien liming lining loan lode loot lope lore mad mads magnolia
mans margarita marina marine marlin marquis mars mart marten martial martins mats matts maxim mere mingling mist nacho
nadir nail nanny newton nick owe pal pall paschal pastor pat patty paw pier pierce piper ploy pol puck purity randy
rares ray rick rim roan roar rob rogers romaine roman rosemary rosette rosy ruining rune runny rut sac safari saga
saki salami sander sari scarlet senna sequoia sera serge sever shining shun silvan sine sir siting snot soda sol
sonata stein sue sultan taro tarts tea tiara tilde tine ting tingling toms tor tore troy tuba tutu valentine valiant
valves van var veer villa viola wade wadi wage wale wilder willow wolf wolfram yank yaw yen yoga
"""
)

# Firms whose names look like surnames ("Ericsson", "Kaspersky"): not people after "with" or "at".
NOT_PEOPLE |= _words(
    """
ericsson kaspersky kawasaki suzuki mitsubishi lamborghini ferrari maserati carlsberg volkswagen porsche bertelsmann
heineken nokia novartis roche capgemini sodexo michelin renault peugeot skoda husqvarna electrolux lenovo huawei xiaomi
motorola coca-cola pepsico yamaha hitachi toshiba fujitsu nissan honda mazda subaru hyundai kia lukoil gazprom yandex
avito aviva allianz zurich
"""
)

# Short forms and nicknames: any of a group is the candidate's own name when one of them is.
NICKNAME_GROUPS = [
    "william will bill billy liam",
    "robert rob bob bobby robbie bert",
    "richard rich rick ricky dick",
    "michael mike mick mikey",
    "katherine catherine kathryn kate katie kath cathy kathy kat",
    "elizabeth liz lizzie beth betty eliza libby",
    "margaret maggie meg peggy greta",
    "james jim jimmy jamie",
    "john jack johnny",
    "charles charlie chuck",
    "edward ed eddie ted ned",
    "anthony antony tony",
    "alexander alexandra alex sasha sandy xander lexi",
    "joseph joe joey",
    "thomas tom tommy",
    "matthew matt",
    "christopher christine christina chris kit",
    "nicholas nick nicky",
    "benjamin ben benny",
    "samuel samantha sam sammy",
    "daniel daniela dan danny dani",
    "david dave davy",
    "stephen steven steve",
    "andrew andy drew",
    "patrick patricia pat paddy patty trish",
    "jennifer jen jenny",
    "rebecca becky becca",
    "victoria vicky tori",
    "susan susanna sue susie",
    "deborah deb debbie",
    "gregory greg",
    "timothy tim",
    "joshua josh",
    "zachary zach zack",
    "nathan nathaniel nate",
    "frederick fred freddie",
    "francis frances fran frankie",
    "abigail abby",
    "isabella isabel izzy bella",
    "gabriel gabriela gabriella gabe gabi",
    "oluwaseun seun",
    "oluwafemi femi",
    "chukwuemeka emeka",
    "ifeoma ify",
    "dmitri dmitry dima",
    "ekaterina yekaterina katya",
    "anastasia nastya",
    "mikhail misha",
    "natalia natasha",
    "muhammad mohammed mohammad mo",
]
NICKNAMES = {name: set(group.split()) for group in NICKNAME_GROUPS for name in group.split()}

GIVEN_NAMES = _words(
    """
aaaqil aaban aabid aachal aada aadam aadhya aadi aadil aafiya aage aagot aahana aahil aalam aalberg aalbergur
aalbert aalbjorg aalbjorn aalbjort aalborg aalborgar aaldis aalee aalfriur aalgeir aalheiur aalim aaliyah aalmundur
aalraur aalros aalsteina aalsteinn aalsteinunn aalveig aamil aamir aamirah aanuoluwapo aapo aaqil aarav aarif aarini
aariz aarna aarnav aarne aaro aarohi aaron aarush aaryan aarón aashi aashif aashir aasif aasim aatif aatiq aatos
aaus aayan aayush aazim aba abaan abayomi abbas abbey abbi abbie abbos abby abdalla abdallah abdel abdelatif
abdelkader abdellah abderaouf abderrahmane abdi abdihakim abdirahman abdis abdiş abdon abdu abduaziz abduboriy abdul
abdulahat abdulbekir abdulcemal abdulgazi abdulhadi abdulhamid abdulkadir abdulkerim abdullah abdullahi abdulloh
abdulmenaf abdulsamed abdulsemet abdumalik abdurahmon abdurrahman abdurresit abdón abdülahat abdülcemal abdülhadi
abdülkerim abdülsamed abdürreşit abebe abebi abednego abeer abeiku abel abela abelardo abelone abena abeni abha
abhimanyu abhinav abhiram abhishek abid abigael abigail abigaili abigaíl abilio abimbola abina abiodun abiona abiye
abjrn abner abosede abraham abram abril abror abubakar abubakr abuzar abyasa acar acarkan achiel achieng achille
achim ackel aclan aclay ada adaeze adak adal adalbert adalberto adam adamo adams adan adanna adaora adasal adda addi
addison addy addý ade adebayo adebiyi adebowale adebukola adedayo adedeji adekitan adekola adekunle adel adela
adelaida adelaide adelardo adelasia adelbert adele adeleke adelgunde adelheid adelia adelin adelina adelinde adeline
adelmo adelía adem aden adenike adeniyi adeola adeolu adeoti adepeju aderopo adesewa adeshina adesoji adesua adetayo
adetoke adetokunbo adetoun adewale adeyemi adeyi adgun adhiarja adhra adi adia adiarja adiel adiela adigun adika
adikara adil adila adimu adina adinata adis aditi aditya adjoa adlan admir adnan adolf adolfine adolfo adolfs
adolphe adomas adonis adora adoracion adoración adriaan adrian adriana adriane adrianna adrianne adriano adriel
adrien adrienn adrienne adrija adrijana adrián adriána adrían adríana adríel adunni advait advaith advay advik
advika adviye adweta adwoa adya adán adèle adéla adélaïde adíel adólf adıgün aedan aedin aena aengus aenne afaq afer
aferdita afia afife afil afiq afolarin afonso afra africa afrim afruza aftin afua aga agahadi agakisi agamal agamusa
agapito agastya agata agatha agathe agaxan agbegim agca age aggrey agim agla aglaia agmur agnar agne agnea agnes
agnesa agnese agneta agnete agni agnieszka agnolo agnos agnès agnė agostina agostino agripina agris agron agueda
agus agust agusta agustin agustina agustín agáta agða ah-bin ah-chae ah-chan ah-chul ah-da ah-do ah-dong ah-eun
ah-gyu ah-ha ah-hee ah-ho ah-hoon ah-hwa ah-hwan ah-hye ah-hyun ah-ja ah-jae ah-ji ah-jin ah-joo ah-joon ah-jun
ah-jung ah-kyung ah-mi ah-min ah-na ah-ok ah-rin ah-sang ah-seo ah-seok ah-seung ah-so ah-soo ah-sook ah-su ah-sun
ah-sung ah-tae ah-won ah-woo ah-ye ah-yeon ah-yoon ah-young ah-yu ahana ahat ahbin ahchae ahchan ahchul ahda ahdo
ahdong aheun ahgyu ahha ahhee ahho ahhoon ahhwa ahhwan ahhye ahhyun ahja ahjae ahji ahjin ahjoo ahjoon ahjun ahjung
ahkyung ahmad ahmed ahmet ahmi ahmin ahna ahok ahrin ahsang ahsen ahseo ahseok ahseung ahso ahsoo ahsook ahsu ahsun
ahsung ahtae ahter ahti ahwon ahwoo ahye ahyeon ahyoon ahyoung ahyu aicha aida aidan aideen aiden aiga aigars aija
aijuka aiko aila ailbhe aileen aili ailis ailish ailsa aimable aime aimee aimo aimé aimée aina ainara ainars aine
ainhoa aino ainoa ainārs airi aisha aishah aishani aishling aishwarya aisling aislinn aistis aisyah aitana aitor
aivar aivaras aivars aiyana ajala ajan ajani ajay ajda ajeng ajiman ajimat ajimin ajiono ajla ajna ajoke akalan
akanmu akar akari akarsana akash akatay akay akbar akbas akbaş akboga akboğa akcabay akcasu akcivan akdora akdurmus
akdurmuş ake akemi akgol akgunes akgöl akgüneş akhil aki akif akihiro akiko akinkunmi akinlabi akinwale akinyi akira
akise akkerman akmal akmaner akmaral aknal akobir akos akosua akoth akoz akram aksay aksel akseli akshay aksogut
aksoy aksöğüt aktemur aktemür akua akumaa akumu akver akwasi akwesi akyldz akyıldız akçabay akçasu aköz akınal al
alaaddin alabezek alade aladin aladino alaeddin alain alambana alamiro alamu alan alana alanalp alanis alanna
alannah alanta alara alastair alattin alaz alba alban albano albeiro alberico albert alberta alberte albertina
albertine alberto alberts albin albina albino albrecht albulena albín albína alcan alcides alcira alda aldair aldar
aldemar alderano aldin aldis aldny aldný aldo aldonza aldís ale alea alec aled aleida aleisha aleix alejandra
alejandrina alejandro alejo aleks aleksandar aleksander aleksandr aleksandra aleksandras aleksandrs aleksanteri
aleksei aleksej aleksi alemayehu alemsah alen alena alenka aleodor ales alessandra alessandro alessia alessio aleta
aletta alex alexa alexandar alexander alexandr alexandra alexandre alexandria alexandrie alexandrina alexandros
alexandru alexandría alexe alexei alexej alexey alexi alexia alexis alexius alexía alexíus aleš alf alfa alfar
alfdis alfey alfgeir alfgerur alfgrimur alfheiur alfhildur alfifa alfio alfons alfonsina alfonso alfonz alfor alfre
alfred alfredo alfreds alfreð alfros alfrun alfréd alfrēds alfsol alfur alfífa algirdas algot algs algış ali
ali-reza alia aliabbas alica alice alicia alicja alida aliihsan alika alin alina aline alinur alireza alirio aliro
alis alisa alise aliseydi alisha alison alissa alisson alistair alistar alister alix aliya aliyu alize alizee alizée
alja aljaz aljaž aljosa aljoša alka alkor alla allahverdi allan allana allegra allen alli allison ally allý alma
almar almasi almast almaz almendra almir almira almudena almus almut almuth alois aloisia alojz alojzia alojzij
alojzija alon alondra alonso aloys aloyse aloïs alparslan alpcan alphonce alphons alphonse alphonsus alpin alpsu
alpsü alrekur alrun alrún alsk alsoy alta altin altnbike altncicek altnkaya altnsn altogan altoğan altug altuğ
altınbike altınkaya altınçiçek altınışın alva alvar alvaro alve alveiro alvilda alvin alvine alvīne alwin alwina
alwine aly alya alyona alyssa alzbeta alzina alícia alída alína alís alísa alīda alışık alžbeta alžběta ama amac
amada amadea amadeo amadeus amado amador amahle amaia amaira amaka amal amalia amalie amalija amalía amancio amanda
amandeep amandine amando amani amar amara amarachi amarilis amaro amaru amaury amaya amaç ambar amber ambre ambrose
ambrosio ambroz ambróz amedeo amedeu amel amela amelia amelie amelija amelía america americo ami amico amie amilcar
amilia amilía amin amina aminah aminatu amine aminu amir amira amit amleto amna amnon amoke amol amon amondi among
amope amor amos amparo amra amre amri amrit amrita amruta amundi amy amy-lee amy-leigh amza amália amélia amélie
américa américo amílcar amír amíra amý amālija an-bo an-chen an-cheng an-chun an-dong an-fang an-feng an-guo an-hai
an-han an-hao an-hong an-hua an-hui an-jia an-jian an-jie an-jin an-jing an-jun an-kai an-kang an-lan an-lei an-lin
an-ling an-long an-lu an-mei an-meng an-ming an-ning an-pei an-peng an-qi an-qian an-qiang an-qing an-rui an-ruo
an-shan an-sheng an-shi an-shu an-tao an-tian an-ting an-wei an-wen an-xia an-xiao an-xiu an-xuan an-xue an-ya
an-yan an-yang an-yao an-yi an-ying an-yong an-yu an-yuan an-yue an-yun an-ze an-zhao an-zhen an-zhi an-zi ana
anabel anabela anabella anacleto anaelle anahera anahi anahis anahí anaida anais analia analyn analía anamaria
anamika anand ananya anar anargul anargül anaru anas anasa anastacia anastasia anastasie anastasio anastasios
anastasiya anastasía anastatia anastazie anastazja anastázie anatol anatoli anatolie anatolij anatoly anay anaëlle
anaís anaïs anbo anca anchen ancheng anchun ancizar ancuta ancuța anda andela anders anderson andi andic andile
andiç andjela andjelina andong andor andra andrada andras andre andrea andreas andree andreea andrei andreia andrej
andreja andrejka andrejs andrena andres andress andrew andrey andrešs andri andrian andrija andrin andrina andris
andrius andriy andrus andrzej andrá andrás andré andréa andréas andrée andrés andwele andy anděla ane anej anel
anela anemona anes aneta anete anett anetta anette anezka anežka anfang anfeng anfinn angalia angantyr angantýr
angavu angbrandur ange angel angela angele angeles angelica angelika angelina angeline angelino angelique angelita
angelo angelíka anggabaya anghel anghelina angi angie anguo angus angèle angélica angélique anh anhai anhan anhao
anhong anhua anhui ani anibal anica anicet aniela anika aniko anikó anil anina anirudh anis anisa anisoara anissa
anita anișoara anja anjali anjia anjian anjie anjin anjing anjolaoluwa anjun anka ankai ankang anke ankica ankit
ankur anlan anlei anlin anling anlong anlu anmei anmeng anming anmol ann ann-britt ann-charlott ann-charlotte
ann-christin ann-christine ann-kathrin ann-kristin ann-louise ann-mari ann-marie ann-sofi ann-sofie anna anna-karin
anna-lena anna-liisa anna-lisa anna-luise anna-maria anna-marie annabel annabell annabella annabelle annah annak
annalena annaliese annalisa annalise annalísa annamaria annamarie annamária annar annarr annas annastacia anne
anne-catherine anne-francoise anne-françoise anne-kathrin anne-katrin anne-laure anne-lise anne-marie anne-rose
anne-sophie annedore annegret annegrete annekatrin anneke annel anneleen annelene anneli annelie annelies anneliese
annelise annelore annelí annemarie annemette annemie annemijn annerose annes annet annett annetta annette anney anni
annia annibale annica annick annie anniina annija annika annikki annina anning annita annukka annunziata anny annía
anný anom anon anong anoni anouk anpei anpeng anqi anqian anqiang anqing anrui anruo ansaldo anselm anselma anselmo
ansgar ansh anshan ansheng anshi anshu ansis ansora anssi antal antanas antao ante antero anthony antian antim
anting antje anto antoaneta antoin antoine antoinette anton antonela antonella antonello antoni antonia antonie
antonieta antonietta antonija antonin antonina antonino antonio antonios antoniu antonius antons antony antonía
antonín antoníus antoon antoņina antra ants antti antun antònia antónia antónio antônio anu anum anunciacion
anunciación anupama anusha anushka anuta anuța anvar anvi anwar anwei anwen anxia anxiao anxiu anxuan anxue anya
anyan anyang anyango anyao anyelo anyi anying anyong anyu anyuan anyue anyun anze anzhao anzhen anzhi anzi aníbal
aníka anína aníta anđa anđela anže aodhan aoi aoibheann aoibhin aoibhinn aoife aolf aongus aparna apaydn apaydın
apisara apolena apolinar apolline apollo apollonia apolonia apostolos april apríl aqil aqsa aquiles arabella araceli
aracely aradhana aral aran aranka aranzazu aras arash aravind arben arbey arbjartur arbjorg arbjorn arbjort arbnor
arcan arcelia archana archer archie arda ardian ardis ardit ardita ardís areeba arel arelia arelius arent ares arey
arezki argeir argemiro argils argono argu arham ari aria ariadna arian ariana ariane arianna arianne aribert arie
arief ariel ariela ariele ariella arielė arif arifcan arija arijus arike ariki arild arilius arilíus arin arina
arinbjorg arinbjorn arinbjörg arinbjörn arinola aris arisa arisara aristide aristides aristita aristița arius arja
arjun arkadiusz arkady arkol arkut arlaug arlene arlet arlette arley arlind arlinda arlo armahan armand armandas
armande armando armands armann armas armelle armend armenia armenía armey armida armin arminas arna arnald arnaldo
arnaldur arnar arnas arnau arnaud arnaude arnav arnberg arnbergur arnbjorg arnbjorn arnbjörg arnbjörn arnborg arnd
arndis arndor arndt arndís arndór arne arnel arnes arney arnfinna arnfinnur arnfreyr arnfried arnfriur arnfríður
arngeir arngerur arngerður arngils arngrimur arngrímur arngunnur arnheiur arnheiður arnhildur arni arnika arnim
arnina arnis arnkatla arnkell arnlaug arnlaugur arnleif arnleifur arnlin arnljot arnljotur arnljót arnljótur arnlín
arnmour arnmundur arnmóður arno arnoddur arnold arnoldas arnoldo arnolds arnor arnora arnost arnošt arnros arnrun
arnruur arnrós arnrún arnsteinn arnulf arnulfo arnulfur arnviur arnviður arny arnór arnóra arnúlfur arnþrúður arnþór
arnþóra aroa aroha aron aronas arora arpad arpag arpağ arpnar arpád arran arron arsenie arsenio arsim arsipatra arsl
arsll arsol arsoy arta artan artanto artawan artem artemio artemisa arthit arthur arthúr artis arto arttu artturi
artur arturas arturo arturs artyom artúr artūras artūrs aru arun arunas arunima arusi arveig arvid arvids arvind
arvo arvok arvydas arvīds arya aryan arziye arzu aránzazu aría aríanna aríel aríella arín arína arís aríus arıel
arıkol arıpınar arısoy arūnas asa asad asael asaf asafe asake asalet asali asani asanti asatira asberg asbergur
asbjorg asbjorn asbjrn asbjørn asborg ascension ascensión asdis asdrubal ase asfriur asgautur asgeir asger asgerur
asgils asgrimur asha ashan asher ashildur ashish ashlee ashleigh ashlene ashley ashling ashok ashton asi asia asier
asif asila asilbek asiman asir asiri asirwada asirwanda askatla askell askja asko askur asla aslakur aslan aslanhan
aslaug aslaugur asleif aslijan asliye asm asma asmaa asmadi asman asmar asmianto asmini asmira asmundur asmuni asny
asolfur asor aspar asros asrour asrun assa assar assia assumpta assunta ast asta astbjorg astbjorn astbjort astdis
aster astfriur astgeir astgerur astheiur asthildur astmar astmundur aston astor astora astraur astrid astride
astrikur astrit astriur astros astrun astruur astvald astvaldur astvar astveig astvin asu asuka asuncion asunción
asvaldur asvarur asvor aswani asírí asım at ataahua atabala atagun atagün atalay atalia atalía atamoglan atamoğlan
atanur atasagun atatore atatöre atena atenulf atfat atgun athanasios atharv atheel athena athman athuman athumani
ati atiena atieno atif atila atilhan atilio atinuke atit atiyye atla atlanta atlas atlgan atli atma atmaja atnan
atsushi attaf atte attila attracta atılgan aubergur aubert aubjorg aubjorn aubjort aud aude audis audrey audrius
augeir august augusta augustas auguste augustin augustina augustine augusto augusts augustín aukell aukusti aulikki
aulin aulis aumundur auna aune auny aunyaporn auolfur aura auraq aurea aureja aurel aurelia aurelian aureliana
aureliano aurelie aurelien aurelija aurelio aurica aurică aurimas aurora aurore aurun aurélia aurélie aurélien
aurėja ausma ausra ausrine austar austin austine austmann austmar austra austri autumn auun auunn auur auðbergur
auðbert auðbjörg auðbjörn auðbjört auðdís auðgeir auðkell auðlín auðmundur auðna auðný auðrún auðun auðunn auður
auðólfur aušra aušrinė ava avelino averil avgust avi avital avni avraham avram avril avsin avunc avunç avşin awadil
awamil awamiri awan awani awero awesi awhina awino awj awlya awmar awrad axel axelia axelle axelma axelía axenia
axinte aya ayaan ayaka ayako ayamin ayan ayanda ayasha ayasun ayaydn ayaydın aybet aybora aycagul aycagül aycan
aydan aydar ayden aydinc aydinç aydn aydnbey ayduru aydın aydınbey ayelen ayelén ayesha aygonenc aygul aygun
aygutalp aygönenç aygül aygün ayhan ayinde ayinke aykut aykutalp ayla ayleen aylil aylin aylla ayman aymen aymeric
aynilhayat aynmah aynur aynımah ayodeji ayodele ayoka ayomide ayotunde ayoub aypar aysan aysar ayse ayseana aysel
aysema aysenur aysevim aysoy aysu aysuna aytek ayten aytoz aytuna aytöz ayu ayub ayulker ayumi ayush ayushman ayvas
ayyaruk ayyubi ayçan ayülker ayşan ayşe ayşeana ayşenur azaan azad azade azadeh azahar azahara azalea azban azeeb
azeglio azeneth azettin aziz aziza azize azizi azra azucena azuolas açıkel açılay aída aïcha aðalberg aðalbergur
aðalbert aðalbjörg aðalbjörn aðalbjört aðalborg aðalborgar aðaldís aðalfríður aðalgeir aðalheiður aðalmundur
aðalráður aðalrós aðalsteina aðalsteinn aðalsteinunn aðalveig aðólf aþena ağa ağahadi ağakişi ağamalı ağamusa ağaxan
ağbegim ağca ağmur aşhan aşir baaba baahir baaizeed baaqee baaqir baaree baashir baasim baasit baba babak babar
babasola babatunde babatunji babawale baber babett babette baccio bachittar badawi badegul badegül badr bagas bagdas
bagdat baghyawati bagiya bagus bagya baha bahaa bahaddin bahadr bahadurjit bahadır bahari bahati bahittin bahiy
bahtinur bahuraksa bahuwarna bahuwirya baiba bailey bailie bairbel bairbre bairon bajragin bajram bakari bakda
bakhshi baki bakiadi bakianto bakidin bakijan bakiman bakiono bakti baktiadi baktianto baktiono bala balaji
balamantri balangga balapati balatekin balaxanm balaxanım balazs balca baldassare baldey baldomero baldrun baldrún
balduino baldur baldvin baldvina baldwin bale baleegh balendra balhaar bali balidin balijan balinda balint baljit
baljiwan ball ballı baltas baltasar baltazar baltaş balthasar balvan balveer balwinder balz balázs bambad bambang
bambi banara banawa banawi bancar bandile banel banjeet banu banü bao baptist baptiste baqar baqir bara barak baraka
barasa barbara barbel barbora barbro barbu barbára bari barica baris bariş barkha barna barnabas barnabás barr
barraq barri barry barscan barsen bart bartek bartholomaus bartholomew bartholomäus bartley bartolome bartolomej
bartolomeo bartolomeu bartolomé bartosz barur barði barışcan bas basaam basarab basay baseer basel basem bashaar
bashaarat bashan bashar basharat basheer basheerah bashkim basil basile basilio basim basir basm basok basriye
bassam bassi bassí bastiaan bastian bastien bastián bastían basım batal batool batrhan baturay batırhan baudelio
baudouin baugur bautista baydu baykan bayman bayram bayron bayruhan baytal bayu bayzettin bazam bazej bağdat bağdaş
başay başhan başok bdul beat beata beate beatrice beatrijs beatrix beatriz beau beauden bebba bebe becky beda bedi
bediriye bedri bedrich bedřich begga begim begona begoña behbud behiza behnam behrem behruz beinir beinteinn beitir
bekan bekbay bekim bekir bektasi bektaşi bela belarmino belen belgizar belinda belisario belkize bella bellisan
bello belo belén ben benadik benard benas bence bendeguz bendegúz benedek benedetta benedetto benedict benedicte
benedicto benedikt benedikta benedikte benedita benek bengibay bengt bengta beni benia beniamin benice benicio
benidikt benidikta benigna benigno benita benito benjamim benjamin benjamín benjámin benn benna benney benno benny
benný benoit benol benone benoni benony benoný benoît benson bent benta bente bentey benthe bentina bento bentína
benvenuto benía benício beníta benóní benóný beppe bera berat beray beren berend berends berengere berenice berent
berezat berg bergdis bergdís bergen bergey bergfinnur bergfriur bergfríður bergheiur bergheiður berghildur
berghreinn bergjon bergjón berglaug berglin berglind bergljot bergljót berglín bergmann bergmannia bergmannía
bergmar bergmundur bergny bergný bergor bergora bergran bergrin bergros bergrun bergrán bergrín bergrós bergrún
bergsteinn bergsveinn bergur bergvin bergþór bergþóra berhane berit beriye berkal berki berksay bernabe bernabé
bernadett bernadette bernadine bernard bernarda bernardino bernardita bernardo bernd bernd-dieter berndt bernfried
bernhar bernhard bernhardine bernharur bernharð bernharður berni bernice bernodia bernodus bernt bernward bernódus
bernódía berra berran berrin bersi bert berta bertalan bertel bertha berthe berthold bertil berto bertold bertram
bertrand bertulis beryl besart besarta besey beshte besim besin besnik bessi bessí beste bestla beta betania betanía
beth bethan bethany bethlehem betina betsy betsý bett betti bettina betty bettý betuel betúel bevan beverley beverly
beyda beyhatun beyler beyzade bezek beáta beňadik bhanumati bhavana bhavani bhavika bhavini bhavna bhavya bhekani
bhekisisa bhekizizwe bhekokwakhe biagio bianca bianka bibi bibiana bibisora bibiána bibuwa bican bidayet bieke biel
bienvenida bijan bil bilaal bilal bilay bilender bilgen bilginur bilgutay bilgütay bilha biljana bilkay bilkisu bill
billie billie-jo billy bilol biltas biltaş bimala bin-ah bin-chae bin-chan bin-chul bin-da bin-do bin-dong bin-eun
bin-gyu bin-ha bin-hee bin-ho bin-hoon bin-hwa bin-hwan bin-hye bin-hyun bin-ja bin-jae bin-ji bin-jin bin-joo
bin-joon bin-jun bin-jung bin-kyung bin-mi bin-min bin-na bin-ok bin-rin bin-sang bin-seo bin-seok bin-seung bin-so
bin-soo bin-sook bin-su bin-sun bin-sung bin-tae bin-won bin-woo bin-ye bin-yeon bin-yoon bin-young bin-yu bina
binah binay binbasar binbaşar binchae binchan binchul binda bindi bindo bindong bineun bingyu binha binhee binho
binhoon binhwa binhwan binhye binhyun biniam binja binjae binji binjin binjoo binjoon binjun binjung binkyung binmi
binmin binna binok binrin binsang binseo binseok binseung binsk binso binsoo binsook binsu binsun binsung bintae
binwon binwoo binye binyeon binyoon binyoung binyu binışık birben birger birgid birgir birgit birgitt birgitta
birgitte birgul birgül birkir birna birnir birousk birsan birsen birta birte birthe birtingur birtir birtna biruta
bisar biserka bishakha bisi bisola bitten bitul bitül bizhan bişar bjargar bjargdis bjargdís bjargey bjargheiur
bjargheiður bjarghildur bjarglind bjargmundur bjargor bjargþór bjarkan bjarkar bjarkey bjarki bjarklind bjarma
bjarmar bjarmi bjarnar bjarndis bjarndís bjarne bjarney bjarnfinnur bjarnfreur bjarnfreður bjarnfriur bjarnfríður
bjarngerur bjarngerður bjarnharur bjarnharður bjarnheinn bjarnheiur bjarnheiður bjarnhildur bjarnhéðinn bjarni
bjarnlaug bjarnlaugur bjarnleifur bjarnolfur bjarnor bjarnora bjarnrun bjarnruur bjarnrún bjarnsteinn bjarnveig
bjarny bjarnólfur bjarný bjarnþrúður bjarnþór bjarnþóra bjartey bjartmann bjartmar bjartmey bjartor bjartur bjartþór
bje bjolan bjolfur bjorg bjorgey bjorgheiur bjorghildur bjorgmundur bjorgolfur bjorgulfur bjorgvin bjork bjorn
bjorney bjornfriur bjornolfur bjort bjrg bjrn bjólan bjólfur björg björgey björgheiður björghildur björgmundur
björgvin björgólfur björgúlfur björk björn björney björnfríður björnólfur björt bjørg bjørn bladimir blaey blahoslav
blaine blair blake blanaid blanca blanche blandine blanduzia blanka blas blathnaid blaz blazej blazena blaž blažej
blažena bldis blerim blerina blerta blessing blia blin blngur blomey blr bluette blvar bláey blædís blængur blær
blævar blín blíða blómey bo bo-an bo-chen bo-cheng bo-chun bo-dong bo-fang bo-feng bo-guo bo-hai bo-han bo-hao
bo-hong bo-hua bo-hui bo-jia bo-jian bo-jie bo-jin bo-jing bo-jun bo-kai bo-kang bo-lan bo-lei bo-li bo-lin bo-ling
bo-long bo-lu bo-mei bo-meng bo-ming bo-ning bo-pei bo-peng bo-qi bo-qian bo-qiang bo-qing bo-rui bo-ruo bo-shan
bo-sheng bo-shi bo-shu bo-si bo-tao bo-tian bo-ting bo-wei bo-wen bo-xia bo-xiao bo-xin bo-xiu bo-xuan bo-xue bo-ya
bo-yan bo-yang bo-yao bo-yi bo-ying bo-yong bo-yu bo-yuan bo-yue bo-yun bo-ze bo-zhao bo-zhen bo-zhi bo-zi boan boas
boaz bob boban bobba bobby bobur bochen bocheng bochun bodhi bodil bodo bodong boe boel bofang bofeng boga bogatimur
bogdan bogdana bogdis bogdís bogey bogga boghildur bogi boglarka boglárka bogomir boguo bohai bohan bohao bohdan
bohdana bohong bohua bohui bohumil bohumila bohumir bohumír bohus bohuslav bohuslava bohuš boi boitumelo bojan bojia
bojian bojie bojin bojing bojun bokai bokang bolaji bolan bolatito bolei boleslav boli bolin boling bolli bolong
bolu boluwatife boma bomei bomeng boming bonface bongani bonifac boniface bonifacio bonifác boning bonnie bonu bopei
bopeng boqi boqian boqiang boqing borahan boratas borataş borbala borbála borg borgar borgdis borgdís borghildur
borgny borgný borgor borgora borgrun borgrún borgulfur borgúlfur borgþór borgþóra boris borivoj borja borje borkur
borris bortecin borui boruo borut borys boshan bosheng boshi boshu bosi bosibori bostjan bot botao bothildur botian
boting botnia botnía botolfur botond bouchra bovar bowei bowen boxia boxiao boxin boxiu boxuan boxue boya boyan
boyang boyao boyi boying boynak boyong boyu boyuan boyue boyun bozbag bozbağ boze bozena bozerk bozhao bozhen bozhi
bozi bozica bozidara bozo boztas boztaş boði boğatimur bořivoj boštjan božena božica božidara božo bra brad bradley
bradut brady braga braghildur bragi brahim brak bram bramwel branddis branddís brandi brandon brandur brandusa
brandy branislav branislava branka branko braulio bravin braxton brayan brayden breandan breanna brecht breda breeda
breege breffni breki brencis brenda brendah brendan brendon breno brent bresi brestir bretislav brett brge brian
briana brianna brice brid bridget bridgit bridie briek brien briet brieuc briget brighid brigid brigida brigita
brigitta brigitte brijesh brilyant brimar brimdis brimdís brimhildur brimi brimir brimrun brimrún brinda bring
bringur brit brita britney britt britt-mari britt-marie britta brittany brittney brjann brjánn broddi brodie brogan
bron brona bronach bronagh bronislava bronwen bronwyn brooke brooklyn bror broņislava bruce bruna brunhild brunhilde
bruni brunilda bruno bryan bryce bryndis bryndís brynfriur brynfríður bryngeir bryngerur bryngerður brynheiur
brynheiður brynhildur brynja brynjar brynjolfur brynjulfur brynjólfur brynjúlfur brynleifur brynny brynný brynor
brynsteinn bryntyr bryntýr brynþór bryony brá brák brândușa bríana bríanna bríet brígida brími brăduț bucur budi
buenaventura buget buhari bui bujar bukola bukurije bulunc bulunç bunmi bunyamun buraid burak burakhan burc
burckhard burcuhan bureyre burghard buri burim burkard burkhard burkhardt burkney burkni burç busara bushra busisiwe
busra busranur buyrukhan buşra bylgja byron bystrik bystrík bálint bára bárbara bárður bärbel bæring bæringur bæron
béatrice béatrix béla bénédicte bérengère bérénice bíbí bína bóas bóel bói bót bóthildur bótólfur börje börkur
börteçin böðvar bøje børge búi búri büget bünyamün büreyre büşranur bănel bērends bērtulis błażej břetislav bảo
cabbar cabir cacilia cacilie caetana caga cagak cagdan cager caglar caglasn cagveren cahal cahan cahangir cahir
cahya cahyadi cahyanto cahyo cahyono cailin cailum caio cait caitlin caitlyn caitriona caius cajsa cakar caket
cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa cakrca cal calcedonio caleb calebe calin calista calisto
calixta calixto callan callum calm calogero calt calum calvin calvince camelia cameron camil camila camilla camille
camillo camillus camilo camok campbell campo can canal canan canberk candace candela candelaria candelario candelas
candeniz candice candida candido candra candrakanta canfeza cangur cangür canice cannur canseven cansin cantemir
cantez canur caoilfhionn caoimhe caoimhin caolain caolan caomhan capa capkan capucine cara caragh caraka caren
caridad carin carina carine carita carl carl-heinz carl-johan carla carlijn carlito carlo carlos carlota carlotta
carly carmel carmela carmelita carmelo carmen carmenza carmina carmine carminho carol carola carole carolien carolin
carolina caroline carolyn carolyne carren carrie carsten carter carub carys cas casandra casemiro casey casian
casiana caspar casper cassandra cassidy cassie cataleya catalin catalina catarina caterina cathal catharina
catherina catherine catheriona cathleen cathrin cathrina cathrine cathriona cathy catia catinca cato catrin catrina
catrine catrinel catriona catur caturangga caua caue cauã cauê cavad cavid cavit cavuldur cawisadi cawisono cawuk
cayadi cayetana cayetano cazimir cdal ceara cebesoy cebrian cebrián cecelia cecep cecil cecile cecilia cecilie
cecilija cecilio cecille cecilía cecília cedide cedric cedrin ceferino celal celem celene celeste celestin celestina
celestine celestino celia celikkan celikyurek celilay celina celinda celine celso cem cemal cemalettin cemani cemeti
cemil cemiyle cemplunk cenan cengiz cengkal cengkir centa centrine cerasela cerci cercis cerys cesar cesare cetin
cetinsu cevale cevheri cevikoz cevregul ceyhun ceyla ceylin ceyran cezar cezara cezary cezayir chaaya chabane chad
chae-ah chae-bin chae-chan chae-chul chae-da chae-do chae-dong chae-eun chae-gyu chae-ha chae-hee chae-ho chae-hoon
chae-hwa chae-hwan chae-hye chae-hyun chae-ja chae-jae chae-ji chae-jin chae-joo chae-joon chae-jun chae-jung
chae-kyung chae-mi chae-min chae-na chae-ok chae-rin chae-sang chae-seo chae-seok chae-seung chae-so chae-soo
chae-sook chae-su chae-sun chae-sung chae-tae chae-won chae-woo chae-ye chae-yeon chae-yoon chae-young chae-yu
chaeah chaebin chaechan chaechul chaeda chaedo chaedong chaeeun chaegyu chaeha chaehee chaeho chaehoon chaehwa
chaehwan chaehye chaehyun chaeja chaejae chaeji chaejin chaejoo chaejoon chaejun chaejung chaekyung chaemi chaemin
chaena chaeok chaerin chaesang chaeseo chaeseok chaeseung chaeso chaesoo chaesook chaesu chaesun chaesung chaetae
chaewon chaewoo chaeye chaeyeon chaeyoon chaeyoung chaeyu chaifah chaim chaitaly chaitanya chaiwut chakradev
chakradhar chakrika chalisa chamali chaman chameli champak chan-ah chan-bin chan-chae chan-chul chan-da chan-do
chan-dong chan-eun chan-gyu chan-ha chan-hee chan-ho chan-hoon chan-hwa chan-hwan chan-hye chan-hyun chan-ja
chan-jae chan-ji chan-jin chan-joo chan-joon chan-jun chan-jung chan-kyung chan-mi chan-min chan-na chan-ok chan-rin
chan-sang chan-seo chan-seok chan-seung chan-so chan-soo chan-sook chan-su chan-sun chan-sung chan-tae chan-won
chan-woo chan-ye chan-yeon chan-yoon chan-young chan-yu chanah chanakya chanbin chanchae chanchal chanchul chanda
chandani chando chandong chandra chandran chandresh chaneun chanez changaz changyu chanha chanhee chanho chanhoon
chanhwa chanhwan chanhye chanhyun chanikan chaniya chanja chanjae chanji chanjin chanjoo chanjoon chanjun chanjung
chankyung chanmi chanmin channa chanok chanrin chansang chanseo chanseok chanseung chanso chansoo chansook chansu
chansun chansung chantae chantal chantel chantelle chanwon chanwoo chanya chanye chanyeon chanyoon chanyoung chanyu
chao charan charis charita charity charlene charles charlesh charlie charline charlott charlotta charlotte charly
charmaine charo charos charvi chase chashida chasmum chatresh chatura chau chausiki chavvi chawin chawish chayanin
chayapat chayton che che-wei chebet chege chelangat chelimo chelo chelsea chelsey chema chen chen-an chen-bo
chen-cheng chen-chun chen-dong chen-fang chen-feng chen-guo chen-hai chen-han chen-hao chen-hong chen-hua chen-hui
chen-jia chen-jian chen-jie chen-jin chen-jing chen-jui chen-jun chen-kai chen-kang chen-lan chen-lei chen-li
chen-lin chen-ling chen-long chen-lu chen-mei chen-meng chen-ming chen-ning chen-pei chen-peng chen-qi chen-qian
chen-qiang chen-qing chen-rui chen-ruo chen-shan chen-sheng chen-shi chen-shu chen-si chen-tao chen-tian chen-ting
chen-wei chen-wen chen-xia chen-xiao chen-xin chen-xiu chen-xuan chen-xue chen-ya chen-yan chen-yang chen-yao
chen-yi chen-ying chen-yong chen-yu chen-yuan chen-yue chen-yun chen-ze chen-zhao chen-zhen chen-zhi chen-zi chenan
chenbo chencheng chenchun chendong chenfang chenfeng cheng-an cheng-bo cheng-chen cheng-chun cheng-dong cheng-en
cheng-fang cheng-feng cheng-guo cheng-hai cheng-han cheng-hao cheng-hong cheng-hsiung cheng-hua cheng-hui cheng-hung
cheng-i cheng-jia cheng-jian cheng-jie cheng-jin cheng-jing cheng-jun cheng-kai cheng-kang cheng-lan cheng-lei
cheng-li cheng-lin cheng-ling cheng-long cheng-lu cheng-mei cheng-meng cheng-ming cheng-ning cheng-pei cheng-peng
cheng-qi cheng-qian cheng-qiang cheng-qing cheng-rui cheng-ruo cheng-shan cheng-sheng cheng-shi cheng-shu cheng-si
cheng-tao cheng-tian cheng-ting cheng-wen cheng-xia cheng-xiao cheng-xin cheng-xiu cheng-xuan cheng-xue cheng-ya
cheng-yan cheng-yang cheng-yao cheng-yi cheng-ying cheng-yong cheng-yu cheng-yuan cheng-yue cheng-yun cheng-ze
cheng-zhao cheng-zhen cheng-zhi cheng-zi chengan chengbo chengchen chengchun chengdong chengfang chengfeng chengguo
chenghai chenghan chenghao chenghong chenghua chenghui chengjia chengjian chengjie chengjin chengjing chengjun
chengkai chengkang chenglan chenglei chengli chenglin chengling chenglong chenglu chengmei chengmeng chengming
chengning chengpei chengpeng chengqi chengqian chengqiang chengqing chengrui chengruo chengshan chengsheng chengshi
chengshu chengsi chengtao chengtian chengting chenguo chengwen chengxia chengxiao chengxin chengxiu chengxuan
chengxue chengya chengyan chengyang chengyao chengyi chengying chengyong chengyu chengyuan chengyue chengyun chengze
chengzhao chengzhen chengzhi chengzi chenhai chenhan chenhao chenhong chenhua chenhui chenjia chenjian chenjie
chenjin chenjing chenjun chenkai chenkang chenlan chenlei chenli chenlin chenling chenlong chenlu chenmei chenmeng
chenming chenning chenpei chenpeng chenqi chenqian chenqiang chenqing chenrui chenruo chenshan chensheng chenshi
chenshu chensi chentao chentian chenting chenwei chenwen chenxia chenxiao chenxin chenxiu chenxuan chenxue chenya
chenyan chenyang chenyao chenyi chenying chenyong chenyu chenyuan chenyue chenyun chenze chenzhao chenzhen chenzhi
chenzi chepkemoi chepkoech chepkorir cheragh cherie cherif cherith cherono cherotich cheruiyot cheryl chetan cheusi
cheyenne chi chia-hao chia-hung chia-jung chia-ling chia-ming chia-wei chia-ying chiamaka chiara chibuike chibuzo
chidi chidimma chidinma chie chien-cheng chien-chih chien-chung chien-hsing chien-hua chien-hung chien-liang
chien-ming chigozie chih-cheng chih-chiang chih-chung chih-hao chih-hsien chih-hsiung chih-hung chih-ming chih-wei
chih-wen chih-yuan chihiro chijioke chima chin-fa chin-feng chin-hsing chin-lien chin-lung chin-tsai chinasa chinaza
chinedu chinelo ching-i chinonso chinwe chinyere chioma chipo chipukizi chiraz chisom chita chitra chiu-hsiang
chiu-yueh chiyo chizoba chloe chloé chloë chlóe chris christa christa-maria christabel christel christelle christer
christiaan christian christiana christiane christianne christie christin christina christine christl christof
christofer christoffer christoph christophe christopher christos christy chrysa chucho chuki chukwudi chukwuemeka
chukwuma chul-ah chul-bin chul-chae chul-chan chul-da chul-do chul-dong chul-eun chul-gyu chul-ha chul-hee chul-ho
chul-hoon chul-hwa chul-hwan chul-hye chul-hyun chul-ja chul-jae chul-ji chul-jin chul-joo chul-joon chul-jun
chul-jung chul-kyung chul-mi chul-min chul-na chul-ok chul-rin chul-sang chul-seo chul-seok chul-seung chul-so
chul-soo chul-sook chul-su chul-sun chul-sung chul-tae chul-won chul-woo chul-ye chul-yeon chul-yoon chul-young
chul-yu chulah chulbin chulchae chulchan chulda chuldo chuldong chuleun chulgyu chulha chulhee chulho chulhoon
chulhwa chulhwan chulhye chulhyun chulja chuljae chulji chuljin chuljoo chuljoon chuljun chuljung chulkyung chulmi
chulmin chulna chulok chulrin chulsang chulseo chulseok chulseung chulso chulsoo chulsook chulsu chulsun chulsung
chultae chulwon chulwoo chulye chulyeon chulyoon chulyoung chulyu chun-an chun-bo chun-chen chun-cheng chun-chieh
chun-dong chun-fang chun-feng chun-guo chun-hai chun-han chun-hao chun-hong chun-hsien chun-hsiung chun-hua chun-hui
chun-hung chun-jia chun-jian chun-jie chun-jin chun-jing chun-jun chun-kai chun-kang chun-lan chun-lei chun-li
chun-liang chun-lin chun-ling chun-long chun-lu chun-mei chun-meng chun-ming chun-nan chun-ning chun-pei chun-peng
chun-qi chun-qian chun-qiang chun-qing chun-rui chun-ruo chun-shan chun-sheng chun-shi chun-shu chun-si chun-tao
chun-tian chun-ting chun-wei chun-wen chun-xia chun-xiao chun-xin chun-xiu chun-xuan chun-xue chun-ya chun-yan
chun-yang chun-yao chun-yi chun-ying chun-yong chun-yu chun-yuan chun-yue chun-yun chun-ze chun-zhao chun-zhen
chun-zhi chun-zi chunan chunbo chunchen chuncheng chundong chunfang chunfeng chunguo chunhai chunhan chunhao
chunhong chunhua chunhui chunjia chunjian chunjie chunjin chunjing chunjun chunkai chunkang chunlan chunlei chunli
chunlin chunling chunlong chunlu chunmei chunmeng chunming chunning chunpei chunpeng chunqi chunqian chunqiang
chunqing chunrui chunruo chunshan chunsheng chunshi chunshu chunsi chuntao chuntian chunting chunwei chunwen chunxia
chunxiao chunxin chunxiu chunxuan chunxue chunya chunyan chunyang chunyao chunyi chunying chunyong chunyu chunyuan
chunyue chunyun chunze chunzhao chunzhen chunzhi chunzi chus chuy châu cian cianan ciaobella ciara ciaran ciarrai
ciarán cici cielo cihan cihandide cilga cilli cillian cilly cimnaz cindoruk cindy cinerk cingiz cinta cinthia
cinthya cintia cinzia ciprian cipriana cipriano ciriaco ciril cirillo cirino cirkeline ciro ciríaco cisem citlali
citra claas claes clair claire claire-lise clara clare clarence clarice clarisa clarissa clarisse clark clas claude
claudette claudia claudie claudina claudine claudio claudiu claudius claudy claus claus-dieter claus-peter clavs
clayton clelia clemence clemencia clemens clement clemente clementina clementine cleopatra cleophas cleto clifford
climaco clinton cliodhna cliona clive clodagh clodomiro cloe clorinda clothilde clotilde cloé clàudia cláudia
cláudio cläre clémence clément clémentine clímaco codie codin codrin codrina codrut codruta codruț codruța cody
cogay cohen cokan cole coleman colette colin coline colins colleen collette collin collince collins colm colman
colomba colpan colton coluccio colum columba come comfort conal conall conan concepcion concepción concepta concetta
concha conchita conchur conleth conn connell connie connor conny conor conrad conradin conrado consolata constanca
constance constant constanta constantin constantina constantino constanza constanze constança constanța consuela
consuelo cooper copur cora coral coralia coralie coraline cord cordula corentin corey corina corine corinna corinne
coriolano cormac cormack corneille cornel cornelia cornelio cornelis corneliu cornelius corona corrado corrie corsin
cortney corvin cory cosima cosimo coskun cosmas cosme cosmin cosmina cosqun costache costantino costanzo costel
costin courteney courtney coşkun coşqun craig crenguta crenguța crescencia crin crina cristal cristea cristhian
cristhofer cristian cristiana cristiano cristina cristián cristobal cristofer cristofor cristopher cristóbal cruz
crystal csaba csilla csongor ctibor ctirad cuheyna cuman cumsud cuneyit cuong curdin curro curt curtis custodia
custodio cvetka cvetko cvgn cynthia cyprian cyprián cyriel cyril cyrill cyrille cyrus czeslaw cándida cándido cátia
cäcilia cäcilie cécile cédric célestin célestine célia célina céline césar côme cümşüd cüneyit cýrus călin cătălin
cătălina cường da-ah da-bin da-chae da-chan da-chul da-dong da-eun da-gyu da-ha da-hee da-ho da-hoon da-hwa da-hwan
da-hye da-hyun da-ja da-jae da-ji da-jin da-joo da-joon da-jun da-jung da-kyung da-min da-na da-ok da-sang da-seo
da-seok da-seung da-so da-soo da-sook da-su da-sun da-sung da-tae da-won da-woo da-ye da-yeon da-yoon da-young da-yu
daah daamin daan daanish daanyaal daawood dabbah dabin dabir dace dachae dachan dachul dacian daciana dacin dadap
dadas dadaş dadi dadong daeun daey dafina dafne dafydd dag dagbjartur dagbjorg dagbjort dagbjörg dagbjört dagel
dagfari dagfinnur dagfriur dagfríður daggeir daggros daggrós dagheiur dagheiður daghfal dagistan dagmann dagmar
dagmara dagmey dagny dagnyr dagný dagnýr dagobert dagoberto dagor dagrun dagrún dagur dagyu dagþór daha dahee
dahiana daho dahoon dahwa dahwan dahye dahyun dai daiana daiga daiki daina dainess dainis dainius daire dairine
dairo daisuke daisy daiyaan daja dajae dajana daji dajin dajoo dajoon dajun dajung dakhil dakota daksh daksha
dakshesh dakyung dalaja dalan dalbert dalbir daldis daldís dale daler daley dalia dalibor dalila dalili dalima
daliman dalimin daliono dalklc dalkılıç dalla dalli dallilja dalmann dalmar dalmas dalros dalrós dalton dalvin dalía
damar damaris dameer damian damiano damien damienne damife damijan damilola damin damini damir damián damjan damjana
damlanur damon damu damurah damyanti dan dana danae danang dancan dancun danelius danelíus daney danfriur danfríður
dang danheiur danheiður danhildur dani dania danica daniel daniela daniele danielius daniella danielle daniels
danijel danijela danilo danique danish daniswara danitza danival danièle daniël danjuma danladi danna danny dans
danson dante danu danuja danuse danuta danuše dany danía daníel daníela daníella daníval danış daok daphne daphné
dapo dara daragh darain darcy dardan daren daria dariana dariati darija darijan darika darimin darin darina darinka
dario daris darius dariush dariusz darja darko darlene darling darmaji darman darmana darmanto darnell darpan
darragh darran darrell darren darri darrin darryl darryn darsh darshan darsirah darta dartono daru daruna darwin
dary darya daryani daryl darío daríus dasa dasang daseo daseok daseung dashawn daso dasoo dasook dastageer dasu
dasun dasung dat datae daud daudi dave davi david davida davide davin davis davnet davor davorin davy davíð dawid
dawit dawn dawon dawoo dawud dayamai dayana dayar daye dayeon dayita dayna dayo dayoon dayoung dayu dayyaan daðey
daði daðína dağistan deaglan dean deane deanna dearbhail dearbhaile dearbhla debbie debby debora deborah deborrah
debra debóra decebal declan dedi deepa deepak deepika deepti defne deger degmeer deha deiby deicy deidre deirbhile
deirdre deisy deividas dejan deji del delfin delfina delfino delfín delia delil delphine demeter demetra demetrio
demetrius demi demi-lee demi-leigh demian demilade demirbuken demirbüken demiriz demirok demiryurek demiryürek demus
dendy dendý denes deniel deniis denis denisa denise denisse deniz denizalp denkel dennis denny deníel dereck derek
derick derkay derly dermot dermott derrick derval dervilla dervla derya deryanur deshawn desiderio desire desiree
desirée desmond despina destiny detlef detlev dev devansh devendra devi devika devin deviner devon dewi dex deyanira
dezider dezso dezső değer değmeer dharmendra dheeraj dhriti dhruv dia diah diamond dian diana dianah diane diann
dianna dianne diar diarmaid diarmuid dick dickson dida didda didier didina diederik diedrich diego diem diep dierk
dieter diethard diethelm diether dietlind dietlinde dietmar dietrich digdaya digna dijana diken dilan dilara dilcan
dilder dildora dilfeza dilhus dilhuş dilja diljá dillon dilnoz dilnur dilsad dilsat dilsitan dilşad dilşat dima
dimakatso dimas dimaz dimitra dimitri dimitrina dimitrios dimitris dimmbla dimmblá dimmey dina dinah dincer dinckol
dincsu dinda dinesh dinis dino dinu dinçkol dinçsü diogo diomedes dion dionigi dionisia dionisio dionne dionyz
dionýz dipa dipta dirican dirik dirja dirk dirlik dis disa disella dismas dita ditmar ditte dittmar divan divya diya
diyor diyora diána diðrik diāna dja djamel dmitri dmitry dmytro do-ah do-bin do-chae do-chan do-chul do-da do-dong
do-eun do-gyu do-ha do-hee do-ho do-hoon do-hwa do-hwan do-hye do-hyun do-ja do-jae do-ji do-jin do-joo do-joon
do-jun do-jung do-kyung do-mi do-na do-ok do-rin do-sang do-seo do-seok do-seung do-so do-soo do-sook do-su do-sun
do-sung do-tae do-won do-woo do-ye do-yeon do-yoon do-young do-yu do-yun doa doah dobin dobromila dobroslav
dobroslava dochae dochan dochia dochul doda dodo dodong doeun dofri dogan doganalp dogannur dogansah dogg doguhan
dogun dogyu doha dohee doho dohoon dohwa dohwan dohye dohyun doina doja dojae doji dojin dojoo dojoon dojun dojung
dokyung dolensoy dolli dolly dolores dolphine dolun dom domagoj domald domaldi domaldur domantas domas domen domenic
domenica domenico domhildur domhnall domi dominga domingo domingos dominic dominick dominik dominika dominique
dominyka dominykas domitila domnica don dona donagh donal donald donaldur donat donata donatas donatella donatello
donato doner dong-ah dong-an dong-bin dong-bo dong-chae dong-chan dong-chen dong-cheng dong-chul dong-chun dong-da
dong-do dong-eun dong-fang dong-feng dong-guo dong-gyu dong-ha dong-hai dong-han dong-hao dong-hee dong-ho dong-hong
dong-hoon dong-hua dong-hui dong-hwa dong-hwan dong-hye dong-hyun dong-ja dong-jae dong-ji dong-jia dong-jian
dong-jie dong-jin dong-jing dong-joo dong-joon dong-jun dong-jung dong-kai dong-kang dong-kyung dong-lan dong-lei
dong-li dong-lin dong-ling dong-long dong-lu dong-mei dong-meng dong-mi dong-min dong-ming dong-na dong-ning dong-ok
dong-pei dong-peng dong-qi dong-qian dong-qiang dong-qing dong-rin dong-rui dong-ruo dong-sang dong-seo dong-seok
dong-seung dong-shan dong-sheng dong-shi dong-shu dong-si dong-so dong-soo dong-sook dong-su dong-sun dong-sung
dong-tae dong-tao dong-tian dong-ting dong-wei dong-wen dong-won dong-woo dong-xia dong-xiao dong-xin dong-xiu
dong-xuan dong-xue dong-ya dong-yan dong-yang dong-yao dong-ye dong-yeon dong-yi dong-ying dong-yong dong-yoon
dong-young dong-yu dong-yuan dong-yue dong-yun dong-ze dong-zhao dong-zhen dong-zhi dong-zi dongah dongan dongbin
dongbo dongchae dongchan dongchen dongcheng dongchul dongchun dongda dongdo dongeun dongfang dongfeng dongguo
donggyu dongha donghai donghan donghao donghee dongho donghong donghoon donghua donghui donghwa donghwan donghye
donghyun dongja dongjae dongji dongjia dongjian dongjie dongjin dongjing dongjoo dongjoon dongjun dongjung dongkai
dongkang dongkyung donglan donglei dongli donglin dongling donglong donglu dongmei dongmeng dongmi dongmin dongming
dongna dongning dongok dongpei dongpeng dongqi dongqian dongqiang dongqing dongrin dongrui dongruo dongsang dongseo
dongseok dongseung dongshan dongsheng dongshi dongshu dongsi dongso dongsoo dongsook dongsu dongsun dongsung dongtae
dongtao dongtian dongting dongwei dongwen dongwon dongwoo dongxia dongxiao dongxin dongxiu dongxuan dongxue dongya
dongyan dongyang dongyao dongye dongyeon dongyi dongying dongyong dongyoon dongyoung dongyu dongyuan dongyue dongyun
dongze dongzhao dongzhen dongzhi dongzi doniyor donna donnacha donncha dono donough donovan dook dor dora doralisa
dorcas dorcus doreen dorel dorey dori dorian doriana dorien dorin dorina dorine dorinel doris dorit dorita dorle
dorli dorota dorotea doroteja dorothe dorothea dorothee dorothy dorothée dorottya dorte dorthe doru dorukhan dosang
doseo doseok doseung doso dosoeus dosoo dosook dosu dosun dosung dotae douglas dounia dovile dovilė dovud dovydas
dowon dowoo doye doyeon doyinsola doyoon doyoung doyu doyun doğanalp doğannur doğanşah doğuhan draga dragan dragana
dragica drago dragos dragoș dragutin drahomir drahomira drahomír drahomíra drahoslav drahoslava drajat drauma
draumey draupnir drazen dražen dreki drengur drew dries drifa drilon drita driton drofn droplaug dror drott drífa
drótt dröfn dua duane duarte duban dubán duc ducu dufa dufakur dufgus dufþakur dugfus dugfús duha dui duilio duje
duke dulce duma dumisani dumisile dumitra dumitrana dumitru duna duncan dundaralp dung dunia dunja dunn dunya
dunyamal dunyo duong durab duracan durante durdali durdona durga durgadin durmusali durmuşali durna durodola
durrusehvar dursadiye dursun duruk duruoz duruöz dusan dusanka dustin duuk duvan duván duyen duyguhan duyên dušan
dušanka dvalinn dwayne dwi dylan dylano dymphna dympna dyrborg dyrfinna dyri dyrleif dyrley dyrmundur dyrunn dzidra
dzifa dzintars dzintra dániel dávid dáša dæja débora déborah dénes désiré désirée día díana díanna díma dís dísa
dísella díómedes dóa dómald dómaldi dómaldur dómhildur dónal dónald dónaldur dór dóra dórey dóri dóris dórothea
dórótea dóróthea dósóþeus dögg dögun dölensoy döner dörte dörthe dúa dúfa dúi dúna dúnn dündaralp dünya dünyamalı
dürrüşehvar dýrborg dýrfinna dýri dýrleif dýrley dýrmundur dýrunn dārta dāvis dũng dương eadaoin eakumbu eamon
eamonn eanna earl eavan eba ebba ebbe ebbi ebeneser ebenezer ebere eberg eberhard eberhardt ebonney ebony ebru
ebuakil ebuka ecaterina ecegul ecegül ecemis ecemiş eckard eckart eckehard eckhard eckhardt eckhart ecrin ed eda
edaviye edda eddah eddie eddy edel edelbert edelgard edelmira edelmiro edeltraud edeltraut edeltrud edem eden eder
edgar edgaras edgard edgardo edgars edgubay edgübay edhitha edi edier edil edilberto edilma edilon edilson edin
edina edinah edinson edison edisson edit edita edite edith editha edmond edmund edmundo edmunds edna edoardo edon
edona edouard edson edu eduar eduard eduarda eduardo eduards edvard edvardas edvin edvinas edvins edvīns edwar
edward edwin edwina edílon edīte eelis eemeli eemil eerik eero eesaa eesha eetu eeva eevi efe efemia efemía efil
eflatun eflâtun efraim efrain efraím efraín efren efrén efser eftimia eftimie efua ega egbert ege egedia egedía
egenur eggert eggor eggrun eggrún eggþór egidijus egil egill egils egla egle eglė egon egzon egzona ehan ehrenfried
ehrentraud ehrhard ehsaas ehsan eiar eider eidvile eidvilė eija eijaz eik eikar eila eileen eilidh eilifur eilis
eilish eilífur eimantas eimear eimer eimhear einar einari einbjorg einbjörg eindis eindís einer einey einfriur
einfríður einhildur einina einir eino einor einrun einrún einvarur einvarður einy einína einþór eir eira eiravati
eirdis eirdís eirfinna eirik eirika eirikur eirny eirný eirun eiríka eiríkur eirún eitan eitel eithan eithne eiunn
eiur eivin eivind eivor eiðar eiðný eiðunn eiður eja ejaz ejike ejlaal eka ekaja ekalinga ekani ekansh ekanta
ekantika ekapad ekaraj ekaterina ekavir ekbal ekber ekene ekiya ekkehard ekkehart ekmel eko ekow ekrem ekta ekundayo
ekundu el-amin ela eladio elaf elaine elamiye elariz elba elberg elbert elcin elcira elcy elda eldar eldbjorg
eldbjörg eldey eldgrimur eldgrímur eldjarn eldjárn eldlilja eldmar eldon eldor eldrun eldrún eldur eldór elea
eleanor eleanora eleazar eleina elektra elemer elemér elena elenborg eleni elenore elentinus elentínus eleodoro
eleonor eleonora eleonore eleonóra eleuterio elfa elfar elfi elfida elfie elfraur elfriede elfráður elfur elgin
elgun elgün elhan eli elia eliabeth eliakimu elian eliana eliane elias elie eliecer elien elieser eliette elif
elifnur eligia eligio eliisa elijah elikem elimar elin elina elinbergur elinbet elinbjorg elinbjort elinborg elindis
eline elingunnur elinheiur elinmundur elinor elinros elinór elio eliona eliot eliott eliros elis elisa elisabet
elisabeta elisabete elisabeth elisabetha elisabetta elisaveta elise eliseo elisha eliska elita eliud eliza elizabeta
elizabete elizabeth elize eliáš eliška elka elkana elke elkin ella elladio ellen ellert elley elli ellie ellii ellin
ellinor elliot elliott ellis ellisif elliði elly ellín ellís ellý elma elman elmar elmars elmer elmeri elmidar elmir
elmira elmo elmārs elna elnur eloa eloah elodia elodie elof eloi eloisa eloise elon elona elosy elove eloy eloá
eloísa eloïse elphas elpidio els elsa elsabet elsad elsbeth else elsebeth elsi elsie elsy elsí elsý elton elturan
eluh elva elvan elvana elvar elver elvi elvia elvin elvina elvira elvire elvis elvy elvíra elvý elvīra elwira elxan
elyas elza elzbieta elçin eléa eléna eléonore elí elía elíana elías elíeser elímar elín elína elínbergur elínbet
elínbjörg elínbjört elínborg elíndís elíngunnur elínheiður elínmundur elínrós elíná elínór elírós elís elísa
elísabet elísabeth elöve elīna elşad elżbieta ema emal eman emanoil emanuel emanuela emanuele emanuella emanuelly
emanuil emanúel emas embla embrek embuh emeka emelia emeliana emelie emelina emeline emely emelyne emelía emelíana
emelína emer emerald emeralda emerson emese emi emiel emigdio emil emilce emile emilia emilian emiliana emilianna
emiliano emilie emilien emilija emilio emilis emilly emils emilse emily emilía emilíana emilíanna emilý emin emina
emine emir emiro emirsan emirşan emis emiş emma emma-louise emmaculate emmah emmanuel emmanuelle emmanúel emmerich
emmet emmett emmi emmy emmý emong emperatriz empluk emran emre emrullah emy emília emý emīlija emīls en-sho ena enar
encarna encarnacion encarnación encarnita enda endah endra endre endrit ene enea eneka enes enfes engelbert
engilbert engilbjartur engilbjort engilbjört engiljon engiljón engill engilra engilros engilráð engilrós engin
enginiz engla enika eniko enikő eniola enis enith enja enna ennio enno enock enok enola enrico enrika enrique
enriqueta ensar ensari ensio enteng enver enya enzi enzio enzo enóla eodis eodora eoghan eoin eowyn ephantus
epifanio eral eraldo erasmo erastus eraycan erbay erbil ercan ercihan erdal erdemer erdibay erdmute erdogan erdursun
erem eremia eren erenalp erensoy eres erez ergener erginel ergonul ergul ergun ergönül ergül ergün erhard erhardt
eri eric erica erich erick erik erika erikas eriks erin erina erincer erinçer erion eris eriş erkan erkinel erkki
erklc erksoy erkılıç erla erland erlar erlen erlend erlendur erlin erling erlingur erlín ermanis ermanno ermenegildo
ermes ermutlu erna ernest ernestas ernestina ernestine ernesto ernests ernestó ernir erno ernst ernst-august
ernst-dieter ernst-otto erny ernő erogul erol eron eroz eroğul erpur ersat ersec ersel erseç ertan erten ertun
ertuncay ertün erva ervaniye ervin ervín erwan erwin eryk eryldz eryn eryıldız erzsebet erzsébet eröz erşat esa
esben esekiel esekíel esenbay esengun esengün esenturk esentürk esfandyar eshan eshana esi esila esim esja esjar
eskil eskinalp esko eslemnur esma esmanperi esmarelda esmee esmeralda esmira esmée esna esneider esparta espartaco
espen esperanza espiridion espiridión esra esref essi esteban estefan estefania estefany estefanía estela estella
estelle ester estera esteri esther estiawan estiono estiva estiven estrella esupofo eszter eta etela etelka etelvina
ethan ethel ethna ethne etibar etienne etiqad etizaaz etna etta ettore euan eufemia eufemía eufrosina eugen eugene
eugenia eugenie eugenio eugine eugène eugénia eugénie eulalia eulogio eulália eun eun-ah eun-bin eun-chae eun-chan
eun-chul eun-da eun-do eun-dong eun-gyu eun-ha eun-hee eun-ho eun-hoon eun-hwa eun-hwan eun-hye eun-hyun eun-ja
eun-jae eun-ji eun-jin eun-joo eun-joon eun-jun eun-jung eun-kyung eun-mi eun-min eun-na eun-ok eun-rin eun-sang
eun-seo eun-seok eun-seung eun-so eun-soo eun-sook eun-su eun-sun eun-sung eun-tae eun-won eun-woo eun-ye eun-yeon
eun-yoon eun-young eun-yu eunah eunan eunbin eunchae eunchan eunchul eunda eundo eundong eungyu eunha eunhee eunho
eunhoon eunhwa eunhwan eunhye eunhyun eunice eunika eunja eunjae eunji eunjin eunjoo eunjoon eunjun eunjung eunkyung
eunmi eunmin eunna eunok eunrin eunsang eunseo eunseok eunseung eunso eunsoo eunsook eunsu eunsun eunsung euntae
eunwon eunwoo eunye eunyeon eunyoon eunyoung eunyu eusebia eusebio eusebiu eustaquio eustatiu eustațiu eutimio
eutropio eva eva-lena eva-maria eva-marie evald evaldas evalds evaline evalyne evamaria evan evance evangelia
evangelina evangelista evangelos evanghelina evans evar evaristo evcimen evde eve evelia evelien eveliina evelin
evelina eveline evelio evelyn evelyne evelína ever everline everlyne evert evey evfemia evfemía evgenia evgeny
evgenía evi evie evija evita evlalia evlalía evrim evrimer evy evíta ewa ewald ewan ewatomi ewelina exequiel eyal
eyberg eybjorg eybjort eybjörg eybjört eydan eydis eydís eyerusalem eyfriur eyfríður eygerur eygerður eyglo eygló
eyhildur eyja eyjalin eyjalín eyjolfur eyjólfur eylaugur eyleif eyleifur eylin eylín eymar eymundur eyor eyora eyr
eyrikur eyros eyrun eyruur eyríkur eyrós eyrún eysteinn eyvar eyveig eyvindur eyvor eyvör eyyub eyyup eyyüp eyþrúður
eyþór eyþóra ezekiel ezequiel ezgin ezgutekin ezgütekin ezio ezra eðna eðvald eðvar eðvarð eşim eşref faas faber
fabia fabian fabiana fabien fabienne fabio fabiola fabián fabiënne fabrice fabricio fabrisius fabrisíus fabrizia
fabrizio facundo fadekemi faderera fadil fadile fadime fadla faduma fadıla fafnir fahad fahari fahmi fahrullah
fainche faiq faisa faisal faith faizah faizan faize fajar falak falan falgeir falguni falk falki falko falur fami
famil fanaka fancy fang fang-an fang-bo fang-chen fang-cheng fang-chun fang-dong fang-feng fang-guo fang-hai
fang-han fang-hao fang-hong fang-hua fang-hui fang-jia fang-jian fang-jie fang-jin fang-jing fang-jun fang-kai
fang-kang fang-lan fang-lei fang-li fang-lin fang-ling fang-long fang-lu fang-mei fang-meng fang-ming fang-ning
fang-pei fang-peng fang-qi fang-qian fang-qiang fang-qing fang-rui fang-ruo fang-shan fang-sheng fang-shi fang-shu
fang-si fang-tao fang-tian fang-ting fang-wei fang-wen fang-xia fang-xiao fang-xin fang-xiu fang-xuan fang-xue
fang-ya fang-yan fang-yang fang-yao fang-yi fang-ying fang-yong fang-yu fang-yuan fang-yue fang-yun fang-ze
fang-zhao fang-zhen fang-zhi fang-zi fangan fangbo fangchen fangcheng fangchun fangdong fangfeng fangguo fanghai
fanghan fanghao fanghong fanghua fanghui fangjia fangjian fangjie fangjin fangjing fangjun fangkai fangkang fanglan
fanglei fangli fanglin fangling fanglong fanglu fangmei fangmeng fangming fangning fangpei fangpeng fangqi fangqian
fangqiang fangqing fangrui fangruo fangshan fangsheng fangshi fangshu fangsi fangtao fangtian fangting fangwei
fangwen fangxia fangxiao fangxin fangxiu fangxuan fangxue fangya fangyan fangyang fangyao fangyi fangying fangyong
fangyu fangyuan fangyue fangyun fangze fangzhao fangzhen fangzhi fangzi fannar fannberg fanndis fanndís fanney
fanngeir fanni fannlaug fanny fanný faqid farah farai faraj faraja farangiz faras fares farhad farhan farhiya farhod
farhunnisa farid farida farijika fariq faris fariz fariza farouk faruk farzana farzona fathonah fatigul fatigül
fatih fatiha fatima fatimah fatime fatinur fatma fatmanur fatmir fatmire faton fatteh fatuma faustas faustino fausto
fay faye fayize fazil fazli fazul feargal fearghal febe febi februn febrún fedde fedele feden federica federico
federigo fedor fehim fehintola fehmiye feisal felice felicia feliciana feliciano felicidad felicie felicien
felicitas felicity feliks feline felipa felipe felisa felista felister felistus felix felizitas fella fem fema femi
femke feng feng-an feng-bo feng-chen feng-cheng feng-chun feng-dong feng-fang feng-guo feng-hai feng-han feng-hao
feng-hong feng-hua feng-hui feng-jia feng-jian feng-jie feng-jin feng-jing feng-jun feng-kai feng-kang feng-lan
feng-lei feng-li feng-lin feng-ling feng-long feng-lu feng-mei feng-meng feng-ming feng-ning feng-pei feng-peng
feng-qi feng-qian feng-qiang feng-qing feng-rui feng-ruo feng-shan feng-sheng feng-shi feng-shu feng-si feng-tao
feng-tian feng-ting feng-wei feng-wen feng-xia feng-xiao feng-xin feng-xiu feng-xuan feng-xue feng-ya feng-yan
feng-yang feng-yao feng-yi feng-ying feng-yong feng-yu feng-yuan feng-yue feng-yun feng-ze feng-zhao feng-zhen
feng-zhi feng-zi fengan fengbo fengchen fengcheng fengchun fengdong fengfang fengguo fenghai fenghan fenghao
fenghong fenghua fenghui fengjia fengjian fengjie fengjin fengjing fengjun fengkai fengkang fenglan fenglei fengli
fenglin fengling fenglong fenglu fengmei fengmeng fengming fengning fengpei fengpeng fengqi fengqian fengqiang
fengqing fengrui fengruo fengshan fengsheng fengshi fengshu fengsi fengtao fengtian fengting fengur fengwei fengwen
fengxia fengxiao fengxin fengxiu fengxuan fengxue fengya fengyan fengyang fengyao fengyi fengying fengyong fengyu
fengyuan fengyue fengyun fengze fengzhao fengzhen fengzhi fengzi fenna fenne fenni fenrir ferahdiba ferat feraye
ferdi ferdinand ferdinando ferdínand feremez ferenc fergal fergus ferhan ferhat feriel ferihan ferinaz fermin
fermuta fermín fernand fernanda fernande fernando ferney ferny ferran ferre fersan fertram feruza feryas ferzi
festus fetullah feyha feykir feyruz feyzin feza ffion fia fiachra fiadh fiamma fibikemi fidan fidaye fidel fidela
fidelis fidelma fides fidvi fien fiene fifa fifill fiifi fikayomi fildan filip filipa filipe filipia filippa
filippia filippo filippus filippía filipía filit filiz filofteia filomena filoména fimar finbar finbarr finian finn
finna finnbjorg finnbjork finnbjorn finnbjörg finnbjörk finnbjörn finnboga finnbogi finnborg finndis finndís finney
finnfriur finnfríður finngeir finnjon finnjón finnlaug finnlaugur finnros finnrós finnur finnvarur finnvarður finola
fintan fiodor fiona fionan fionn fionna fionntan fionnuala fionnula fiorella fiorenzo fiorino firdavs firdevis
firdovsi firmin firudin fisnik fitan fitim fitnat fito fitore fitri fitria fitriani fiyaz fjalar fjalldis fjalldís
fjarki fjola fjolar fjolla fjolmundur fjolnir fjolvar fjornir fjóla fjólar fjólmundur fjölnir fjölvar fjörnir flamur
flannan flatun flavia flavie flavio flaviu flemming fletcher fleur floare floarea floki floor floortje flor flora
flore florea florence florencia florencio florent florenta florentin florentina florentine florentino florența
florian floriana floriane florica floridor florim florin florina florinda florine floris florián flosi flovent
flurin flurina flynn flóki flóra flórent flóvent fodil folake folasade folashade folda folke folker folkert folki
folu fonn forni fortunata fortunato forum fossmar fotima fotini fouzia frado fran franc franca france frances
francesca francesco franchesca franci francia francine francis francisc francisca francisco franciscus francisek
franciska franciszek franck franco francois francois-xavier francoise francy franjo frank frank-michael frank-peter
franka frankie franklin frankline franklín franky frann frans fransiska frantisek frantiska františek františka
franz franz-josef franz-peter franz-xaver franziska françois françois-xavier françoise frančišek frar fraser frauke
frazer fred freda freddy frede frederic frederick frederico frederik frederika frederike frederikke frederique fredi
fredo fredric fredrick fredrik fredrika fredy fregn freia freja fresia freya freybjorn freybjörn freydis freydís
freygarur freygarður freygerur freygerður freyja freylaug freyleif freymar freymour freymundur freymóður freyor
freyr freysteinn freyviur freyviður freyþór fria friberg fribergur fribert fribjorg fribjorn fribjort friborg fricis
frida fridah fridis fridolin fridora fridrich frieda friedbert friedemann frieder friedericke friederike friedhelm
friedhilde friedhold friedl friedlinde friedo friedrich friedrich-karl friedrich-wilhelm friey frifinna frifinnur
frigeir frigerur frigg frijofur frijon frijona frilaug frilaugur frileif frileifur frilin frimann frimar frimey
frimundur friny frior friora fririk fririka fririkka friros frirun frisemd fristeinn frithjof fritz friur friveig
frivin friðberg friðbergur friðbert friðbjörg friðbjörn friðbjört friðborg friðdís friðdóra friðey friðfinna
friðfinnur friðgeir friðgerður friðjón friðjóna friðlaug friðlaugur friðleif friðleifur friðlín friðmann friðmar
friðmey friðmundur friðný friðrik friðrika friðrikka friðrós friðrún friðsemd friðsteinn friður friðveig friðvin
friðþjófur friðþór friðþóra frode froi froilan froilán fromar frony frosti frostros frostrós frusina fryderyk frán
fránn frár frédéric frédérique frímann fríða fríður fróði fróðmar fróðný fuad fugen fulgencio fulvio fuma fumiko
funi funmi funmilayo fura fusi fuzayl fuzuli fylkir fynn fyodor fábio fáfnir fálki fátima félicie féline félix fía
fídes fífa fífill fólki fönn fúsi fügen füzuli gabel gabi gabin gabino gabor gabriel gabriela gabriele gabrielius
gabriella gabrielle gabrielly gabriël gabríel gabríela gabríella gaby gada gadang gading gaduh gael gaelle gaetan
gaetano gagan gaia gaida gail gaiman gaja gal gala galak galang galar galasso galdur galih galina galiono galip
gallego galo galuh galur galvarino gamaliel gamalíel gaman gamani gamanto gambira gamblang gambo ganda gandewa gandi
ganep ganesh gang ganga gangsa gangsar gani ganim ganimete ganiye ganjaran gantar gara garan garang garar garba
garda garech gareth garibaldi garima garpur garret garreth garrett garri garry garvan gary garðar gaspar gaspard
gaspare gasti gaston gastone gastón gathoni gatis gatot gatra gaui gauja gaukur gaurang gaurangi gaurav gauri
gaurika gautam gautami gauthier gauthildur gauti gautrekur gautur gautviur gautviður gavan gavin gawati gayathri
gayatri gaylene gazel gazmend gaël gaëlle gaëtan gašpar gbadebo gbenga gbolahan gbowoade geanina gearoid gebhard
gede gederts gediminas gedion geert geeta geetika gefjun gefn geir geira geirarur geirarður geirbjorg geirbjörg
geirdis geirdís geirfinna geirfinnur geirfriur geirfríður geirharur geirharður geirhildur geirhjortur geirhjörtur
geirhvatur geiri geirjofur geirlaug geirlaugur geirleifur geirlo geirlöð geirmundur geirny geirný geirolfur geirriur
geirrour geirrun geirruur geirríður geirröður geirrún geirtryggur geirvaldur geirólfur geirþjófur geirþrúður geisli
gejza gelengul gelengül gellir gelsomina gelu gema gemma genaro gencaslan gencay gene genesis genevieve geneviève
gennaro genovefa genoveva genta gentiana gençay gențiana geoffrey geoffroy geofrey georg george georgel georges
georgeta georgette georgia georgian georgiana georgina georgine georgios georgía geovanny gera gerald geraldine
geraldo gerar gerard gerarda gerardine gerardo gerardus geraud geray gerd gerda gerdi gereon gerfried gergely gergo
gergő gerhard gerhardt gerhart gerhild geri gerlind gerlinde germain germaine german germana germán gernot gero
gerold gerolf geronimo gerrard gerrit gerry gerson gert gerta gerti gertraud gertraude gertraut gertrud gertruda
gertrude gertrudis gertrúda gerur gervasio gerwin gery gerða gerðar gerður gerónimo gesa gesare gesche gesine
gestheiur gestheiður gestny gestný gestrun gestrún gestur geta getachew gethera gethin getrude geza gfa gflaug
ghaalib ghaazi ghada ghaffaar ghafoor ghaith ghalib ghaliyati ghanee ghanem ghani ghannam ghasaan ghauth ghawth
ghayoor ghazalan ghazanfar ghazanfer ghazawan ghazi ghazzal ghenadie gheorghe gheorghita gheorghiță gherghina ghilas
ghislain ghislaine ghita ghiyaath ghiyath ghiță ghufran ghulaam ghulam ghunayn ghusharib ghusun ghutayf gia giacinto
giacobbe giacomo giada giampaolo giampiero gian gian-luca giancarlo gianfrancesco gianfranco giang gianina gianluca
gianluigi gianmarco gianna gianni giannis gianpaolo gianpietro gibson gica gicu gică gideon giedre giedrius giedrė
giel giesela gifty gigja gigjar gijs gil gilad gilang gilbert gilberte gilberto gilda gildardo gileif giles gilles
gillian gillis gilly gillý gilma gilman gilmar gils gilslaug gina ginette ginevra gino gintare gintarė ginyas
gioacchino gioachino gioele gioffre gioia gion gionata giorgia giorgian giorgiana giorgio giorgos giosue giosuè
giovanna giovanni giovanny gir girik girindra girish girma girolamo girts gisa gisbert gisela gisele giselle gisla
gisley gisli gislina gislinde gislny gislrun gislunn gisselle gissunn gissur gisèle gita gitau githinji gitonga
gitta gitte giulia giuliana giuliano giulietta giulio giuseppa giuseppe giuseppina giustino giz gizela gizella gizem
gizur gjaflaug gjuki gjúki gladis gladys glauco glen glenda glenn glenys glo gloa globjort glodis gloey gloi gloria
gloría glumur gló glóa glóbjört glódís glóey glói glóð glúmur gna gneisti gnupur gnyr gná gnúpur gnýr goa goda
godelieva godelieve godfrey godofredo godwin goffredo gogo gohar goi gok gokay gokbudun gokce gokcebalan gokcil
goken gokhan goknur gokperi goksev gokten goli golnar goma gomundur goncafer goncalo gonen gonul gonzalo gonçalo
gopal gopi goran gorazd gordan gordana gordon gorgunay gorka gorklu gorm gorsev gosta gote gottfrid gottfried
gotthard gotthilf gotthold gottlieb gottlob gottskalk gottskálk gottsveinn gotz govind goyo gozel gozem goði
goðmundur grace gracia graciana graciano graciela graeme graham grainne grani grania grankell grant gratian gratiana
gratiela grayson grazia graziano graziella grazyna grațian grațiana grațiela greca greco greet greg grega greger
gregg gregoire gregor gregorian gregorio gregory grein greipur grelo greppur gret greta gretar gretchen grete gretel
grethe gretl gretta grettir gricelda griet grieta grigore grima grimar grimey grimheiur grimhildur grimkell
grimlaugur grimnir grimolfur grimulfur grimur griselda grit gro groa grzegorz gráinne grégoire grégory grélöð grét
gréta grétar gríma grímar grímey grímheiður grímhildur grímkell grímlaugur grímnir grímur grímólfur grímúlfur gróa
grēta gua guadalupe guarino guberg gubergur gubjarni gubjartur gubjorg gubjorn gubjort guborg gubrandur gucal
gucluer gucyeter gudis gudrun gudula guenter guenther gufinna gufinnur gufreur gufriur gugeir guglielmo gugu
gugulethu guido guilherme guillaume guillermina guillermo guiomar guiseppe guiying gujon gujona gul gulab gulaga
gulaug gulaugur gulay gulbala gulbani gulbeyan gulbiye gulce gulcegun gulcin guldam gulder guldunya gulegen guleif
guleifur guleikur gulel gulenay guler gulev gulfaam gulfam gulfari gulfeza gulgen gulguzel gulhisar gulin gulinaz
gulkadn gullbra gullbrá gulluhan gullveig gully gullý gulmira gulmisal gulnar gulnaz gulnaziye gulnur gulozge gulper
gulsa gulsahin gulsaln gulselin gulsen gulseref gulseren gulsevil gulshan gulsiye gulsu gulsum gultac gulten gulter
gulus gulustan gulxar gulzadiye gulzar gumann gumar gumercindo gumey gumi gumma gumon gumunda gumundina gumundur
gumustekin gun gun-britt gunar gunars gunay gunaydin gunbir gunborg gunda gundel gunden gundhild gundi gundolf
gundula gunduz gunduzalp gunebakan guneet guneri guney gungordu gungoren gunhild guni gunilla gunita gunkurt gunn
gunnar gunnberg gunnbjorg gunnbjorn gunnbjort gunnbjörg gunnbjörn gunnbjört gunnborg gunndis gunndor gunndora
gunndís gunndór gunndóra gunnel gunnella gunner gunnfinna gunnfriur gunnfríður gunngeir gunnhallur gunnhara
gunnharða gunnheiur gunnheiður gunnhildur gunnjona gunnjóna gunnlaug gunnlaugur gunnleif gunnleifur gunnlo gunnlöð
gunnolfur gunnoli gunnor gunnora gunnorunn gunnrour gunnrun gunnröður gunnrún gunnsteinn gunnur gunnvaldur gunnveig
gunnvor gunnvör gunny gunnólfur gunnóli gunný gunnþór gunnþóra gunnþórunn gunsel gunsen gunser gunta guntars gunter
gunther guntis guntram gunver gunvor guny gunārs guo-an guo-bo guo-chen guo-cheng guo-chun guo-dong guo-fang
guo-feng guo-hai guo-han guo-hao guo-hong guo-hua guo-hui guo-jia guo-jian guo-jie guo-jin guo-jing guo-jun guo-kai
guo-kang guo-lan guo-lei guo-li guo-lin guo-ling guo-long guo-lu guo-mei guo-meng guo-ming guo-ning guo-pei guo-peng
guo-qi guo-qian guo-qiang guo-qing guo-rui guo-ruo guo-shan guo-sheng guo-shi guo-shu guo-si guo-tao guo-tian
guo-ting guo-wei guo-wen guo-xia guo-xiao guo-xin guo-xiu guo-xuan guo-xue guo-ya guo-yan guo-yang guo-yao guo-yi
guo-ying guo-yong guo-yu guo-yuan guo-yue guo-yun guo-ze guo-zhao guo-zhen guo-zhi guo-zi guoan guobo guochen
guocheng guochun guodong guofang guofeng guohai guohan guohao guohong guohua guohui guojia guojian guojie guojin
guojing guojun guokai guokang guolan guolei guoli guolin guoling guolong guolu guomei guomeng guoming guoning guopei
guopeng guoqi guoqian guoqiang guoqing guor guorui guoruo guoshan guosheng guoshi guoshu guosi guotao guotian
guoting guowei guowen guoxia guoxiao guoxin guoxiu guoxuan guoxue guoya guoyan guoyang guoyao guoyi guoying guoyong
guoyu guoyuan guoyue guoyun guoze guozhao guozhen guozhi guozi gurarda guraur gurcuye gurelcem guriur gurleen gurli
gurour gurpreet gurry gurrý gursal gurten gurun gust gustaaf gustaf gustas gustav gustave gustavo gustaw gusteina
gusteinn gusti gustáv gusztav gusztáv gutti guttormur guus guusje guvarur guveig guveigur guvercin guvin guy guzey
guðberg guðbergur guðbjarni guðbjartur guðbjörg guðbjörn guðbjört guðborg guðbrandur guðdís guðfinna guðfinnur
guðfreður guðfríður guðgeir guðjón guðjóna guðlaug guðlaugur guðleif guðleifur guðleikur guðlín guðmann guðmar
guðmey guðmon guðmunda guðmundur guðmundína guðni guðný guðráður guðríður guðröður guðrún guðsteina guðsteinn
guðvarður guðveig guðveigur guðvin guðþór gwen gwenael gwenaelle gwenaëlle gwenda gwendolen gwendoline gwendolyn
gwilym gya gyda gygjar gyja gylfi gymir gyongyi gyorgy gyorgyi gyozo gyrir gyriur gyrðir gyte gytis gytta gytė
gyu-ah gyu-bin gyu-chae gyu-chan gyu-chul gyu-da gyu-do gyu-dong gyu-eun gyu-ha gyu-hee gyu-ho gyu-hoon gyu-hwa
gyu-hwan gyu-hye gyu-hyun gyu-ja gyu-jae gyu-ji gyu-jin gyu-joo gyu-joon gyu-jun gyu-jung gyu-kyung gyu-mi gyu-min
gyu-na gyu-ok gyu-rin gyu-sang gyu-seo gyu-seok gyu-seung gyu-so gyu-soo gyu-sook gyu-su gyu-sun gyu-sung gyu-tae
gyu-won gyu-woo gyu-ye gyu-yeon gyu-yoon gyu-young gyu-yu gyuah gyubin gyuchae gyuchan gyuchul gyuda gyudo gyudong
gyueun gyuha gyuhee gyuho gyuhoon gyuhwa gyuhwan gyuhye gyuhyun gyuja gyujae gyuji gyujin gyujoo gyujoon gyujun
gyujung gyukyung gyula gyumi gyumin gyuna gyuok gyurin gyusang gyuseo gyuseok gyuseung gyuso gyusoo gyusook gyusu
gyusun gyusung gyutae gyuwon gyuwoo gyuye gyuyeon gyuyoon gyuyoung gyuyu gyða gyðja gyðríður gyöngyi györgy györgyi
győző gzim gábor gæfa gæflaug génesis gérald géraldine gérard géza gía gídeon gígja gígjar gísela gísla gísley gísli
gíslný gíslrún gíslunn gíslína gíta góa gógó gói gök gökay gökbudun göken gökhan göknur gökperi göksev gökten gökçe
gökçebalan gökçil göli gönen gönül göran görgünay görklü görsev gösta göte götz gözel gözem gúa gústaf gústav gücal
gül gülay gülağa gülbala gülbani gülbeyan gülbiye gülcegün güldam gülder güldünya gülel gülenay güler gülev güleğen
gülfari gülfeza gülgen gülgüzel gülhisar gülinaz gülkadın güllühan gülmira gülmisal gülnar gülnaz gülnaziye gülnur
gülper gülsalın gülselin gülsen gülseren gülsevil gülsiye gülsü gülsüm gültac gülten gülter gülxar gülzadiye gülzar
gülçe gülçin gülözge gülüs gülüstan gülüş gülşa gülşahin gülşeref gümüştekin günar günay günaydin günden gündüz
gündüzalp günebakan güneri güngördü güngören günkurt günsel günser günter günther günver günşen gürarda gürcüye
gürelcem gürsal gürten güverçin güzey güçal güçlüer güçyeter gýgjar gýmir ha-ah ha-bin ha-chae ha-chan ha-chul ha-da
ha-do ha-dong ha-eun ha-gyu ha-hee ha-ho ha-hoon ha-hwa ha-hwan ha-hye ha-hyun ha-ja ha-jae ha-ji ha-jin ha-joo
ha-joon ha-jun ha-jung ha-kyung ha-mi ha-min ha-ok ha-rin ha-sang ha-seo ha-seok ha-seung ha-so ha-soo ha-sook ha-su
ha-sun ha-sung ha-tae ha-won ha-woo ha-ye ha-yeon ha-yoon ha-young ha-yu haah habib habiba habibe habibu habil
habimana habin hachae hachan hachul haciali hacile hada hadas hadassa hadda haddi haddur haddy haddý hadi hadicha
hadija hadithi hadiza hadjer hado hadong hadrey hadrien haeun hafberg hafbjorg hafbjörg hafborg hafdis hafdís hafey
hafgrimur hafgrímur hafiz haflia haflii haflina hafliða hafliði haflína hafnar hafni hafny hafný hafor hafora hafros
hafrun hafrós hafrún hafsa hafsat hafshah hafsteina hafsteinn hafza hafþór hafþóra hafıza hagalin hagalín hagbarur
hagbarður hagbert hagen hagyu hahee haho hahoon hahwa hahwan hahye hahyun hai hai-an hai-bo hai-chen hai-cheng
hai-chun hai-dong hai-fang hai-feng hai-guo hai-han hai-hao hai-hong hai-hua hai-hui hai-jia hai-jian hai-jie
hai-jin hai-jing hai-jun hai-kai hai-kang hai-lan hai-lei hai-li hai-lin hai-ling hai-long hai-lu hai-mei hai-meng
hai-ming hai-pei hai-peng hai-qi hai-qian hai-qiang hai-qing hai-rui hai-ruo hai-shan hai-sheng hai-shi hai-shu
hai-si hai-tao hai-tian hai-ting hai-wei hai-wen hai-xia hai-xiao hai-xin hai-xiu hai-xuan hai-xue hai-ya hai-yan
hai-yang hai-yao hai-yi hai-ying hai-yong hai-yu hai-yuan hai-yue hai-yun hai-ze hai-zhao hai-zhen hai-zhi hai-zi
haian haiba haibo haichen haicheng haichun haidong haifang haifeng haiguo haihan haihao haihong haihua haihui haijia
haijian haijie haijin haijing haijun haikai haikang hailan haile hailei hailey haili hailin hailing hailong hailu
haimei haimeng haiming haipei haipeng haiqi haiqian haiqiang haiqing hairui hairuo hairyanto haishan haisheng haishi
haishu haisi haitao haitian haiting haiwei haiwen haixia haixiao haixin haixiu haixuan haixue haiya haiyan haiyang
haiyao haiyi haiying haiyong haiyu haiyuan haiyue haiyun haize haizhao haizhen haizhi haizi haja hajae haji hajin
hajnalka hajo hajoo hajoon hajun hajung hakan haki hakikat hakim hakon hakonia hakyung hala halenur haley haleygur
halfdan halid halidun halil halim halima halina halisi haliye halla hallbera hallberg hallbjorg hallbjorn hallbjörg
hallbjörn hallborg halldis halldor halldora halldís halldór halldóra halley hallfreur hallfreður hallfriur
hallfríður hallgarur hallgarður hallgeir hallgerur hallgerður hallgils hallgrimur hallgrímur hallgunnur hallkatla
hallkell hallmann hallmar hallmundur hallny hallný hallor hallrun hallrún hallsteinn hallur hallvarur hallvarður
hallveig hallvor hallvör hallþór haluk halyna hamar hamdi hami hamid hamima hamin hamis hamish hamisi hamiyet hampus
hamsini hamundur hamza hamzah han-an han-bo han-chen han-cheng han-chun han-dong han-fang han-feng han-guo han-hai
han-hao han-hong han-hua han-hui han-jia han-jian han-jie han-jin han-jing han-jun han-kai han-kang han-lan han-lei
han-li han-lin han-ling han-long han-lu han-mei han-meng han-ming han-ning han-pei han-peng han-qi han-qian
han-qiang han-qing han-rui han-ruo han-shan han-sheng han-shi han-shu han-si han-tao han-tian han-ting han-wei
han-wen han-xia han-xiao han-xin han-xiu han-xuan han-xue han-ya han-yan han-yang han-yao han-yi han-ying han-yong
han-yu han-yuan han-yue han-yun han-ze han-zhao han-zhen han-zhi hana hanako hanan hanbiken hanbo hanchen hancheng
hanchun handong hanedan hanfang hanfeng hang hanguo hanh hanhai hanhao hanhong hanhua hanhui hani hania hanife hanim
hanja hanjia hanjian hanjie hanjin hanjing hanjun hankai hankang hanlan hanlei hanli hanlin hanling hanlong hanlu
hanmei hanmeng hanming hanna hannabel hannah hannchen hanne hanne-lore hannele hannelore hannes hanney hanni
hannibal hanning hanno hanns hannu hanny hanora hanpei hanpeng hanqi hanqian hanqiang hanqing hanrui hanruo hans
hans-adolf hans-albert hans-bernd hans-christian hans-detlef hans-dieter hans-dietrich hans-eberhard hans-erich
hans-friedrich hans-georg hans-gerd hans-gerhard hans-gunter hans-gunther hans-günter hans-günther hans-heinrich
hans-helmut hans-henning hans-herbert hans-hermann hans-hinrich hans-joachim hans-jochen hans-jorg hans-josef
hans-jurgen hans-jörg hans-jürgen hans-karl hans-ludwig hans-martin hans-michael hans-otto hans-peter hans-rainer
hans-rudolf hans-theo hans-ulrich hans-uwe hans-walter hans-werner hans-wilhelm hans-willi hans-wolfgang hansa
hansgeorg hanshan hansheng hanshi hanshu hansi hansina hansjoachim hansjorg hansjurg hansjurgen hansjörg hansjürg
hansjürgen hanspeter hansruedi hanss hansueli hansultan hansína hantao hantian hanting hanwei hanwen hanxia hanxiao
hanxin hanxiu hanxuan hanxue hanya hanyan hanyang hanyao hanyi hanying hanyong hanyu hanyuan hanyue hanyun hanze
hanzhao hanzhen hanzhi hao hao-an hao-bo hao-cheng hao-chun hao-dong hao-fang hao-feng hao-guo hao-hai hao-han
hao-hong hao-hua hao-hui hao-jia hao-jian hao-jie hao-jin hao-jing hao-jun hao-kai hao-kang hao-lan hao-lei hao-li
hao-lin hao-ling hao-long hao-lu hao-mei hao-meng hao-ming hao-ning hao-pei hao-peng hao-qi hao-qian hao-qiang
hao-qing hao-rui hao-ruo hao-shan hao-sheng hao-shi hao-shu hao-si hao-tao hao-tian hao-ting hao-wei hao-wen hao-xia
hao-xiao hao-xin hao-xiu hao-xuan hao-xue hao-ya hao-yan hao-yang hao-yao hao-yi hao-ying hao-yong hao-yu hao-yue
hao-yun hao-ze hao-zhao hao-zhen hao-zhi hao-zi haoan haobo haocheng haochun haodong haofang haofeng haoguo haohai
haohan haohong haohua haohui haojia haojian haojie haojin haojing haojun haok haokai haokang haolan haolei haoli
haolin haoling haolong haolu haomei haomeng haoming haoning haopei haopeng haoqi haoqian haoqiang haoqing haoran
haorui haoruo haoshan haosheng haoshi haoshu haosi haotao haotian haoting haowei haowen haoxia haoxiao haoxin haoxiu
haoxuan haoxue haoya haoyan haoyang haoyao haoyi haoying haoyong haoyu haoyue haoyun haoze haozhao haozhen haozhi
haozi haralamb haralambie harald haraldur harambee harbinaz hardana hardeep hardi hardik hardy harekur hari harijs
harimurti harin harinakshi harini haris harish harita haritha hariz harja harjasa harjaya harjo harlaugur harley
harm harmony harnail harol harold haroldo haron harpa harper harpreet harri harriet harrison harro harry harrý
harsana harsanto harsaya harsh harsha harshil hartaka hartana hartmann hartmut hartmuth harto hartvig hartwig haruka
haruki harumi harun haruna haruto harvey hasan hasang hasbek haseo haseok haseung hasgul hasgül hashiki hasim hasna
haso hasoo hasook hasret hassan hasso hasta hasteinn hasu hasun hasung hatae hatem hatice hatima hatin hauksteinn
haukur haukvaldur hauur hauwa hauður hava havali havar havard havarr havarur havse hawa hawehindi hawon hawoo hayali
hayat hayato haydee hayden haydée haye hayel hayeon hayleigh hayley hayoon hayoung hayret hayrunnisa hayrünnisa hayu
hazeem hazel hazine hazrat heather heba hector hedda hedi hedvig hedviga hedvika hedwig hedy hedí hee-ah hee-bin
hee-chae hee-chan hee-chul hee-da hee-do hee-dong hee-eun hee-gyu hee-ha hee-ho hee-hoon hee-hwa hee-hwan hee-hye
hee-hyun hee-ja hee-jae hee-ji hee-jin hee-joo hee-joon hee-jun hee-jung hee-kyung hee-mi hee-min hee-na hee-ok
hee-rin hee-sang hee-seo hee-seok hee-seung hee-so hee-soo hee-sook hee-su hee-sung hee-tae hee-won hee-woo hee-ye
hee-yeon hee-yoon hee-young hee-yu heeah heebin heechae heechan heechul heeda heedo heedong heeeun heegyu heeha
heeho heehoon heehwa heehwan heehye heehyun heeja heejae heeji heejin heejoo heejoon heejun heejung heekyung heemi
heemin heena heeok heerin heesang heeseo heeseok heeseung heeso heesoo heesook heesu heesung heetae heewon heewoo
heeye heeyeon heeyoon heeyoung heeyu hege heia heiar heiarr heiberg heibert heibjorg heibjork heibjort heibra heide
heide-marie heidelinde heidelore heidemarie heiderose heidi heidis heidrun heidy heike heikir heikki heiko heilaug
heilindur heilmour heilmóður heiloa heimann heimar heimir heimo heimundur heiner heinfried heini heinn heino
heinrekur heinrich heiny heinz heinz-dieter heinz-georg heinz-gerd heinz-gunter heinz-gunther heinz-günter
heinz-günther heinz-joachim heinz-josef heinz-jurgen heinz-jürgen heinz-otto heinz-peter heinz-walter heinz-werner
heinz-wilhelm heinz-willi heirekur heiros heirun heisi heitor heiur heiveig heiða heiðar heiðarr heiðberg heiðbert
heiðbjörg heiðbjörk heiðbjört heiðbrá heiðdís heiðlaug heiðlindur heiðlóa heiðmann heiðmar heiðmundur heiðný
heiðrekur heiðrós heiðrún heiður heiðveig hekima hekime hekla hekmet hektor helan heleen helen helena helene
helfried helga helge helgi heli helina helinä heliodoro hella helle hellen hellena hellevi hellmut hellmuth helma
helmar helmer helmi helmtrud helmut helmuth helmút heloisa heloise heloísa helvi helén heléne helēna hema hemal
hemang hemangini hemani hemant hemi hemmert hendra hendri hendrik hendrikka henife henk henna henner henni henning
henny henný henri henric henrich henricus henrieta henrietta henriette henrik henrika henrike henrikki henriks
henrique henry henryk henríetta henrý hera heracleea heraclio heraldo herbert herberto herbjorg herbjorn herbjort
herbjörg herbjörn herbjört herborg herdis herdís herfinnur herfriur herfríður hergeir hergerur hergerður hergill
hergils heribert heriberto herjolfur herjólfur herlaug herlaugur herleifur herlinde herluf herma herman hermanis
hermann hermann-josef hermanni hermelinda hermenegildo hermes hermina herminda hermine herminia herminio hermour
hermundur hermína hermóður hernan hernando herney hernán herrmann herruur hersilia hersilía hersir hersteinn
hersveinn herta hertha heru hervar hervarur hervarður herve hervin hervor hervé hervör herwig heryanto herþrúður
hesbon hesti heva heyvetullah hezniye hezron hfzullah hibo hicham hicran hicsonmez hidaya hidde hideki hideo hidir
hien hieu hikaru hilal hilario hilarius hilary hilaríus hilayda hilbert hilda hildah hildar hildburg hilde hildegard
hildegart hildegund hildegunde hildibergur hildibjorg hildibjörg hildibrandur hildigeir hildigerur hildigerður
hildiglumur hildiglúmur hildigunnur hildimar hildimundur hilding hildingur hildior hildir hildiriur hildiríður
hildisif hildiþór hildur hilkka hillary hillevi hilma hilmar hilmir hiltraud hiltrud himari himawan himinbjorg
himinbjörg himri hina hinata hind hindal hinet hinewai hinrich hinrik hinrika hinrikka hipolito hipólito hira hiral
hiram hiroki hiroshi hiroto hirut hitesh hitomi hiwot hiçsönmez hiếu hiền hjallkar hjallkár hjalmar hjalmdis hjalmey
hjalmfriur hjalmgeir hjalmgerur hjalmor hjalmros hjalmrun hjalmtyr hjalmur hjalmveig hjalta hjalte hjaltey hjalti
hjarnar hjordis hjorfriur hjorleif hjorleifur hjorny hjortfriur hjortor hjortur hjorvar hjálmar hjálmdís hjálmey
hjálmfríður hjálmgeir hjálmgerður hjálmrós hjálmrún hjálmtýr hjálmur hjálmveig hjálmþór hjördis hjördís hjörfríður
hjörleif hjörleifur hjörný hjörtfríður hjörtur hjörtþór hjörvar hlagerur hlaðgerður hledis hlegestur hleiar hleiðar
hler hliar hliberg hlif hlifar hliman hlin hlini hljomur hljómur hlokk hlomundur hlour hlovarur hlover hlynur hlédís
hlégestur hlér hlíf hlífar hlín hlíðar hlíðberg hlökk hlöðmundur hlöður hlöðvarður hlöðver hnefill hngur hnikar
hnikarr hnir ho-ah ho-bin ho-chae ho-chan ho-chul ho-da ho-do ho-dong ho-eun ho-gyu ho-ha ho-hee ho-hoon ho-hwa
ho-hwan ho-hye ho-hyun ho-ja ho-jae ho-ji ho-jin ho-joo ho-joon ho-jun ho-jung ho-kyung ho-mi ho-min ho-na ho-rin
ho-sang ho-seo ho-seok ho-seung ho-so ho-soo ho-sook ho-su ho-sun ho-sung ho-tae ho-won ho-woo ho-ye ho-yeon ho-yoon
ho-young ho-yu hoa hoah hoang hoani hobin hochae hochan hochul hocine hoda hodan hodari hodd hodo hodong hoeun hogna
hogni hogyu hoha hohee hohoon hohwa hohwan hohye hohyun hoja hojae hoji hojin hojoo hojoon hojun hojung hokyung
holgeir holger hollie holly holm holmar holmbert holmbjorg holmdis holmfastur holmfriur holmgeir holmgrimur holmkell
holmor holmsteinn holti homero homi homin hona hong hong-an hong-bo hong-chen hong-cheng hong-chun hong-dong
hong-fang hong-feng hong-guo hong-hai hong-han hong-hao hong-hua hong-hui hong-jia hong-jian hong-jie hong-jin
hong-jing hong-jun hong-kai hong-kang hong-lan hong-lei hong-li hong-lin hong-ling hong-long hong-lu hong-mei
hong-meng hong-ming hong-ning hong-pei hong-peng hong-qi hong-qian hong-qiang hong-qing hong-rui hong-ruo hong-shan
hong-sheng hong-shi hong-shu hong-si hong-tao hong-tian hong-ting hong-wei hong-wen hong-xia hong-xiao hong-xin
hong-xiu hong-xuan hong-xue hong-ya hong-yan hong-yang hong-yao hong-yi hong-ying hong-yong hong-yu hong-yuan
hong-yue hong-yun hong-ze hong-zhao hong-zhen hong-zi hongan hongbo hongchen hongcheng hongchun hongdong hongfang
hongfeng hongguo honghai honghan honghao honghua honghui hongjia hongjian hongjie hongjin hongjing hongjun hongkai
hongkang honglan honglei hongli honglin hongling honglong honglu hongmei hongmeng hongming hongning hongpei hongpeng
hongqi hongqian hongqiang hongqing hongrui hongruo hongshan hongsheng hongshi hongshu hongsi hongtao hongtian
hongting hongwei hongwen hongxia hongxiao hongxin hongxiu hongxuan hongxue hongya hongyan hongyang hongyao hongyi
hongying hongyong hongyu hongyuan hongyue hongyun hongze hongzhao hongzhen hongzi honora honore honoré hoon-ah
hoon-bin hoon-chae hoon-chan hoon-chul hoon-da hoon-do hoon-dong hoon-eun hoon-gyu hoon-ha hoon-hee hoon-ho hoon-hwa
hoon-hwan hoon-hye hoon-hyun hoon-ja hoon-jae hoon-ji hoon-jin hoon-joo hoon-joon hoon-jun hoon-jung hoon-kyung
hoon-mi hoon-min hoon-na hoon-ok hoon-rin hoon-sang hoon-seo hoon-seok hoon-seung hoon-so hoon-soo hoon-sook hoon-su
hoon-sun hoon-sung hoon-tae hoon-won hoon-woo hoon-ye hoon-yeon hoon-yoon hoon-young hoon-yu hoonah hoonbin hoonchae
hoonchan hoonchul hoonda hoondo hoondong hooneun hoongyu hoonha hoonhee hoonho hoonhwa hoonhwan hoonhye hoonhyun
hoonja hoonjae hoonji hoonjin hoonjoo hoonjoon hoonjun hoonjung hoonkyung hoonmi hoonmin hoonna hoonok hoonrin
hoonsang hoonseo hoonseok hoonseung hoonso hoonsoo hoonsook hoonsu hoonsun hoonsung hoontae hoonwon hoonwoo hoonye
hoonyeon hoonyoon hoonyoung hoonyu hope horacio horatiu horațiu horea horia horin horn horst horst-dieter
horst-gunter horst-günter horst-peter hortense hortensia hortenzia horur horymir horymír hosang hosea hoseas hoseo
hoseok hoseung hoskadem hoskuldur hoso hosoo hosook hossein hosu hosun hosung hotae houcine houda hour howard howon
howoo hoye hoyeon hoyoon hoyoung hoyu hoàng hoşkadem hrafn hrafna hrafnar hrafnbergur hrafnborg hrafndis hrafndís
hrafney hrafngerur hrafngerður hrafnheiur hrafnheiður hrafnhildur hrafnkatla hrafnkell hrafnlaug hrafntinna hrafntyr
hrafntýr hrannar hrappur hraunar hraundis hraundís hredhaan hrefna hreggviur hreggviður hreiar hreimar hreimur
hreindis hreindís hreinn hreiðar hreiðmar hrimnir hringur hritik hroaldur hroar hrobjartur hrogeir hroi hrolfdis
hrolfur hrollaugur hrolleifur hromar hromundur hronn hrony hroolfur hrovar hrrekur hrund hrutur hrvoje hrærekur
hrímnir hróaldur hróar hróbjartur hrói hrólfdís hrólfur hrómundur hróðgeir hróðmar hróðný hróðvar hróðólfur hrönn
hrútur hsin-hung hsin-i hsin-yu hsiu-chen hsiu-chih hsiu-chin hsiu-chu hsiu-chuan hsiu-feng hsiu-hsia hsiu-hua
hsiu-lan hsiu-lien hsiu-ling hsiu-mei hsiu-ying hsiu-yu hsiu-yun hua hua-an hua-bo hua-chen hua-cheng hua-chun
hua-dong hua-fang hua-feng hua-guo hua-hai hua-han hua-hao hua-hong hua-hui hua-jia hua-jian hua-jie hua-jin
hua-jing hua-jun hua-kai hua-kang hua-lan hua-lei hua-li hua-lin hua-ling hua-long hua-lu hua-mei hua-meng hua-ming
hua-ning hua-pei hua-peng hua-qi hua-qian hua-qiang hua-qing hua-rui hua-ruo hua-shan hua-sheng hua-shi hua-shu
hua-si hua-tao hua-tian hua-ting hua-wei hua-wen hua-xia hua-xiao hua-xin hua-xiu hua-xuan hua-xue hua-ya hua-yan
hua-yang hua-yao hua-yi hua-ying hua-yong hua-yu hua-yuan hua-yue hua-yun hua-ze hua-zhao hua-zhen hua-zhi hua-zi
huaan huabo huachen huacheng huachun huadong huafang huafeng huaguo huahai huahan huahao huahong huahui huajia
huajian huajie huajin huajing huajun huakai huakang hualan hualei huali hualin hualing hualong hualu huamei huameng
huaming huaning huapei huapeng huaqi huaqian huaqiang huaqing huarui huaruo huashan huasheng huashi huashu huasi
huatao huatian huating huawei huawen huaxia huaxiao huaxin huaxiu huaxuan huaxue huaya huayan huayang huayao huayi
huaying huayong huayu huayuan huayue huayun huaze huazhao huazhen huazhi huazi huban hubert hubertine hubertus huda
hudavent hudson hue hugberg hugbjorg hugbjort hugbjörg hugbjört hugborg hugdis hugdís hugh hugi huginn hugleikur
hugljuf hugljúf hugo hugrun hugrún hugues huguette hugó hui hui-an hui-bo hui-chen hui-cheng hui-chun hui-dong
hui-fang hui-feng hui-guo hui-hai hui-han hui-hao hui-hong hui-hua hui-jia hui-jian hui-jie hui-jin hui-jing hui-jun
hui-kai hui-kang hui-lan hui-lei hui-li hui-lin hui-ling hui-long hui-lu hui-mei hui-meng hui-ming hui-ning hui-pei
hui-peng hui-qi hui-qian hui-qiang hui-qing hui-rui hui-ruo hui-shan hui-sheng hui-shi hui-shu hui-si hui-tao
hui-tian hui-ting hui-wei hui-wen hui-xia hui-xiao hui-xin hui-xiu hui-xuan hui-xue hui-ya hui-yan hui-yang hui-yao
hui-yi hui-ying hui-yong hui-yu hui-yuan hui-yue hui-yun hui-ze hui-zhao hui-zhen hui-zhi hui-zi huia huian huibo
huichen huicheng huichun huidong huifang huifeng huiguo huihai huihan huihao huihong huihua huijia huijian huijie
huijin huijing huijun huikai huikang huilan huilei huili huilin huiling huilong huilu huimei huimeng huiming huining
huipei huipeng huiqi huiqian huiqiang huiqing huirui huiruo huishan huisheng huishi huishu huisi huitao huitian
huiting huiwei huiwen huixia huixiao huixin huixiu huixuan huixue huiya huiyan huiyang huiyao huiyi huiying huiyong
huiyu huiyuan huiyue huiyun huize huizhao huizhen huizhi huizi hukumdar huld hulda huldar huldis huldrun huldrún
huldís hulya humaira humaiya humayra humberto humeyra humi humoyun humphrey hunalp hunbjorg hunbogi hundis hung
hungerur huni hunn hunor hunrour hunter huong hurdogan hurican hurmet hurside huruyet huryasar hurşide huseyin
huseyn huseynqulu husmen husnuhal hussain hussein huw huxley huy huynh huzaifa huzuri hvannar hvonn hvönn hwa-ah
hwa-bin hwa-chae hwa-chan hwa-chul hwa-da hwa-do hwa-dong hwa-eun hwa-gyu hwa-ha hwa-hee hwa-ho hwa-hoon hwa-hwan
hwa-hye hwa-hyun hwa-ja hwa-jae hwa-ji hwa-jin hwa-joo hwa-joon hwa-jun hwa-jung hwa-kyung hwa-mi hwa-min hwa-na
hwa-ok hwa-rin hwa-sang hwa-seo hwa-seok hwa-seung hwa-so hwa-soo hwa-sook hwa-su hwa-sun hwa-sung hwa-tae hwa-won
hwa-woo hwa-ye hwa-yeon hwa-yoon hwa-young hwa-yu hwaah hwabin hwachae hwachan hwachul hwada hwado hwadong hwaeun
hwagyu hwaha hwahee hwaho hwahoon hwahwan hwahye hwahyun hwaja hwajae hwaji hwajin hwajoo hwajoon hwajun hwajung
hwakyung hwami hwamin hwan-ah hwan-bin hwan-chae hwan-chan hwan-chul hwan-da hwan-do hwan-dong hwan-eun hwan-gyu
hwan-ha hwan-hee hwan-ho hwan-hoon hwan-hwa hwan-hye hwan-hyun hwan-ja hwan-jae hwan-ji hwan-jin hwan-joo hwan-joon
hwan-jun hwan-jung hwan-kyung hwan-mi hwan-min hwan-na hwan-ok hwan-rin hwan-sang hwan-seo hwan-seok hwan-seung
hwan-so hwan-soo hwan-sook hwan-su hwan-sun hwan-sung hwan-tae hwan-won hwan-woo hwan-ye hwan-yeon hwan-yoon
hwan-young hwan-yu hwana hwanah hwanbin hwanchae hwanchan hwanchul hwanda hwando hwandong hwaneun hwangyu hwanha
hwanhee hwanho hwanhoon hwanhwa hwanhye hwanhyun hwanja hwanjae hwanji hwanjin hwanjoo hwanjoon hwanjun hwanjung
hwankyung hwanmi hwanmin hwanna hwanok hwanrin hwansang hwanseo hwanseok hwanseung hwanso hwansoo hwansook hwansu
hwansun hwansung hwantae hwanwon hwanwoo hwanye hwanyeon hwanyoon hwanyoung hwanyu hwaok hwarin hwasang hwaseo
hwaseok hwaseung hwaso hwasoo hwasook hwasu hwasun hwasung hwatae hwawon hwawoo hwaye hwayeon hwayoon hwayoung hwayu
hye hye-ah hye-bin hye-chae hye-chan hye-chul hye-da hye-do hye-dong hye-eun hye-gyu hye-ha hye-hee hye-ho hye-hoon
hye-hwa hye-hwan hye-hyun hye-ja hye-jae hye-ji hye-jin hye-joo hye-joon hye-jun hye-jung hye-kyung hye-mi hye-min
hye-na hye-ok hye-rin hye-sang hye-seo hye-seok hye-seung hye-so hye-soo hye-sook hye-su hye-sun hye-sung hye-tae
hye-won hye-woo hye-ye hye-yeon hye-yoon hye-young hye-yu hyeah hyebin hyechae hyechan hyechul hyeda hyedo hyedong
hyeeun hyegyu hyeha hyehee hyeho hyehoon hyehwa hyehwan hyehyun hyeja hyejae hyeji hyejin hyejoo hyejoon hyejun
hyejung hyekyung hyemi hyemin hyena hyeok hyerin hyesang hyeseo hyeseok hyeseung hyeso hyesoo hyesook hyesu hyesun
hyesung hyetae hyewon hyewoo hyeye hyeyeon hyeyoon hyeyoung hyeyu hyltir hylur hynek hyun hyun-ah hyun-bin hyun-chae
hyun-chan hyun-chul hyun-da hyun-do hyun-dong hyun-eun hyun-gyu hyun-ha hyun-hee hyun-ho hyun-hoon hyun-hwa
hyun-hwan hyun-hye hyun-ja hyun-jae hyun-ji hyun-jin hyun-joo hyun-joon hyun-jun hyun-jung hyun-kyung hyun-mi
hyun-min hyun-na hyun-ok hyun-rin hyun-sang hyun-seo hyun-seok hyun-seung hyun-so hyun-soo hyun-sook hyun-su
hyun-sun hyun-sung hyun-tae hyun-won hyun-woo hyun-ye hyun-yeon hyun-yoon hyun-young hyun-yu hyunah hyunbin hyunchae
hyunchan hyunchul hyunda hyundo hyundong hyuneun hyungyu hyunha hyunhee hyunho hyunhoon hyunhwa hyunhwan hyunhye
hyunja hyunjae hyunji hyunjin hyunjoo hyunjoon hyunjun hyunjung hyunkyung hyunmi hyunmin hyunna hyunok hyunrin
hyunsang hyunseo hyunseok hyunseung hyunso hyunsoo hyunsook hyunsu hyunsun hyunsung hyuntae hyunwon hyunwoo hyunye
hyunyeon hyunyoon hyunyoung hyunyu hákon hákonía háleygur hálfdan hálfdán hámundur hárekur hárlaugur hásteinn hávar
hávarr hávarður håkan håkon håvard hængur hænir héctor héloïse hélène héðinn híram hólm hólmar hólmbert hólmbjörg
hólmdís hólmfastur hólmfríður hólmgeir hólmgrímur hólmkell hólmsteinn hólmþór hóseas hödd högna högni hörn hörður
höskuldur höður hùng húbert húgó húmi húnbjörg húnbogi húndís húngerður húni húnn húnröður hüda hükümdar hülya
hümeyra hürdoğan hürmet hüryaşar hürüyet hüseyin hüseyn hüseynqulu hüsmen hüsnühâl hıfzullah hưng hương hạnh hải
hồng i-an i-chen i-ching i-chun i-fei i-hsiung i-hsuan i-ting ia iacob iain ian iancu ianis iara iasmina ibaad iban
iben ibeth ibidapo ibironke ibis ibn ibolya ibraaheem ibraheem ibrahim ibrani ibrohim ibun ibán ica icha icimbike
ida idda ide idika idiris idk ido idowu idrees idris idriz idun idık ieremia iesa ieuan ieva ifa ife ifeanyi
ifechukwu ifeoluwa ifeoma ifora iftikhaar iftikhar ifunanya ige ignac ignace ignacia ignacio ignacy ignas ignatz
ignaz ignazio igne ignác ignė igor igors ihab ihaia ihsaan ihsan ihtesham ihtiram ihtishaam ihtsham iida iiris
iisakki ijaya ijeoma ijli ika ikbal ikechukwu ikenna ikeoluwa iker ikhlaas ikhsan ikin ikiz iklim ikraam ikram
ikramah ikrimah ikshita ilalms ilan ilari ilaria ilarie ilarion ilbek ildefonso ildem ildes ildiko ildikó ildz ildız
ileana ilenia ilg ilga ilgi ilgı ilham ilhan ilias ilie ilija ilim ilinca ilir ilja ilka ilkbahar ilkim ilkin ilkka
ilklima illugi ilmafer ilmari ilmars ilmur ilmārs ilona ilonka ilper ilqar ilsa ilse ilsu ilteris ilyas ilyes ilze
ima imam iman imane imani imants imany imara imaran imelda imene imer imge imi imke immaculate immanuel immanúel
immo immy immý imogen imona imran imre imren imrich imrihan imron ina inaki inancl inara inaya incifir inda indah
indali inderjit indi india indiana indie indira indra indrajit indre indrek indrii indrikis indriði indriķis indrė
indy indía indíana indíra ine ines inese ineta inez ing-britt ing-marie inga inga-britt inga-lill ingalill ingberg
ingbert ingdis ingdís inge ingeborg ingeburg ingegard ingegerd ingegärd ingela ingelise ingelore ingemar inger
ingetraud ingetraut ingey ingheiur ingheiður inghildur ingi ingiberg ingibergur ingibert ingibjartur ingibjorg
ingibjorn ingibjort ingibjörg ingibjörn ingibjört ingiborg ingifinna ingifriur ingifríður ingigerur ingigerður
ingilaug ingileif ingileifur ingilin ingilín ingimagn ingimar ingimaria ingimaría ingimunda ingimundur ingior
ingiriur ingiros ingiríður ingirós ingisol ingisól ingivaldur ingiveig ingiþór ingjaldur ingmar ingo ingolf ingolfur
ingor ingrid ingrida ingried ingrun ingrún ingrīda inguna ingunn ingvaldur ingvar ingveldur ingvi ingólfur ingþór
inigo inioluwa inka inken inkeri inmaculada inna innocent inocencio inocentiu inocențiu inqilab insa insaf inta
intan intihap intiqam intizar inur inès inés inês ināra ioan ioana ioanina ioanna ioannis iolanda iolo ion iona
ionel ionela ionelia ionica ionică ionut ionuț iosefina iosif ippazio iqra ira irandi iren irena irene iretioluwa
irfan iriana iridenta irik irina irine irinel iris irja irma irmantas irmela irmeli irmengard irmgard irmhild irmi
irmingard irmtraud irmtraut irmtrud irmy irmý irnanto irpa irs irsad irungu irunn irwan irya iryna irène irén iréne
irēna irıs isa isaac isaack isabel isabela isabell isabella isabelle isabelly isac isack isadora isafold isaiah
isaias isak isalind isaline isaque isar isarr isaura isaya isaías isbjorg isbjorn iscan isdis ise iseldur iseoluwa
isey isfandiyor isfold isgeir isgerur isha ishaan ishani ishanvi ishildur ishimwe ishita ishola ishwar isidor
isidora isidoro isidro isin isis iskay isla islam islaug isleif isleifur islime islom ismael ismail isman ismar
ismayl ismaël ismet ismey ismk ismo ismoil ismık isn isobel isol isold isolde isolfur isolina isra israel israfil
isrun issa issack issi issol istvan istván isveig ita itai italo itanya ituri itzel itziar iulia iulian iuliana
iuliu iunn iurie iustin iustina iustinian iva ivan ivana ivanka ivano ivar ivars ivecen iver iveta ivette ivica
ivind ivka ivo ivona ivone ivonne ivor ivy iván iwan iwo iwona ixtiyar iyabode iyadunni iyiyurek iymona izaaz
izabela izabele izabelė ize izel izgu izidor iztok izumi iða iðunn iñaki iľja işin işıkay işıman işın i̇biş i̇brahim
i̇de i̇diris i̇hsan i̇kiz i̇klim i̇lalmış i̇lbek i̇ldem i̇ldeş i̇lgi i̇lham i̇lim i̇lkbahar i̇lkim i̇lkin i̇lklima
i̇lmafer i̇lper i̇lqar i̇lsu i̇lteriş i̇lyas i̇mam i̇mge i̇mran i̇mren i̇mrihan i̇nançlı i̇ncifir i̇nqilab i̇nsaf
i̇ntihap i̇ntiqam i̇ntizar i̇rfan i̇sa i̇sak i̇slam i̇slime i̇smayıl i̇smet i̇sra i̇srafil i̇vecen i̇xtiyar
i̇yiyürek i̇zel i̇zgü i̇çimbike i̇şcan ja-ah ja-bin ja-chae ja-chan ja-chul ja-da ja-do ja-dong ja-eun ja-gyu ja-ha
ja-hee ja-ho ja-hoon ja-hwa ja-hwan ja-hye ja-hyun ja-jae ja-ji ja-jin ja-joo ja-joon ja-jun ja-jung ja-kyung ja-min
ja-ok ja-rin ja-sang ja-seo ja-seok ja-seung ja-soo ja-sook ja-su ja-sun ja-sung ja-tae ja-won ja-woo ja-ye ja-yeon
ja-yoon ja-young ja-yu jaabir jaafar jaah jaak jaakko jaan jaana jaanus jabal jabari jabbaar jabin jabir jabr
jabulani jacek jachae jachan jachul jacinta jacintha jacinto jack jackeline jackie jackline jackson jacky jaclyn
jacob jacobine jacobo jacobus jacopo jacqueline jacques jad jada jade jader jado jadong jadranka jadwiga jae jae-ah
jae-bin jae-chae jae-chan jae-chul jae-da jae-do jae-dong jae-eun jae-gyu jae-ha jae-hee jae-ho jae-hoon jae-hwa
jae-hwan jae-hye jae-hyun jae-ja jae-ji jae-jin jae-joo jae-joon jae-jun jae-jung jae-kyung jae-mi jae-min jae-na
jae-ok jae-rin jae-sang jae-seo jae-seok jae-seung jae-so jae-soo jae-sook jae-su jae-sun jae-sung jae-tae jae-won
jae-woo jae-ye jae-yeon jae-yoon jae-young jae-yu jaeah jaebin jaechae jaechan jaechul jaeda jaedo jaedong jaeeun
jaegyu jaeha jaehee jaeho jaehoon jaehwa jaehwan jaehye jaehyun jaeja jaeji jaejin jaejoo jaejoon jaejun jaejung
jaekyung jael jaeman jaemi jaemin jaena jaeok jaerin jaesang jaeseo jaeseok jaeseung jaeso jaesoo jaesook jaesu
jaesun jaesung jaetae jaeun jaewon jaewoo jaeye jaeyeon jaeyoon jaeyoung jaeyu jafar jafet jaffer jaga jagapati
jagaraga jagat jagdeep jagdish jagrati jagvi jagyu jaha jahangir jahanzeb jahdami jahdari jahee jahi jahid jahiz
jahm jahnavi jaho jahongir jahoon jahwa jahwan jahye jahyun jai jaider jail jaiman jaime jair jairaj jairo jairus
jais jajae jaji jajin jajoo jajoon jajun jajung jaka jake jaki jakob jakobina jakobs jakobína jakop jakov jakub
jakyung jalaal jalal jalees jalen jalfi jalia jalil jalmari jalol jalsa jamaal jamal jamalia jamar jameel james
jamie jamie-lee jamie-leigh jamil jamila jamin jamshid jan jan-ake jan-erik jan-olof jan-peter jan-åke jana janaki
janani jane janet janeta janeth janett janetta janette janez jangwa jani janic janice janick janik janin janina
janine janis janja jankat janko jann janna janne janneth janni jannie jannik jannika jannis jano janos janosch
januja janus janusz janya jaok japhet japheth jaqueline jara jared jari jarin jarkko jarl jarlath jarleth jarmila
jarmo jarnbra jarne jarngerur jarngrimur jarno jarolim jarolím jaromir jaromira jaromír jaromíra jaron jaroslav
jaroslava jaroslaw jarrah jarrod jarruur jarun jaruthip jaruwan jarwa jarwadi jarwi jarún jarþrúður jasang jaseo
jaseok jaseung jasin jasiri jasleen jasmani jasmijn jasmin jasmina jasmine jasminka jasmit jasmín jasna jason jasoo
jasook jasper jaspreet jasu jasun jasung jasur jaswadi jaswinder jatae jatgeir jati jatin jatmiko jatmundur jatvarur
javan javi javier javiera javohir jawon jawoo jaxon jay jaya jayadi jayant jayda jayde jayden jaye jayeng jayeon
jaylen jaylinn jayne jayoon jayoung jayson jayu jazeps jazmin jazmín jaël jean jean-baptiste jean-charles
jean-christophe jean-claude jean-francois jean-françois jean-jacques jean-louis jean-luc jean-marc jean-marie
jean-michel jean-paul jean-philippe jean-pierre jean-pol jean-yves jeana jeanette jeanine jeanne jeannette jeannie
jeannine jeannot jeanny jebet jecinta jedidah jedrzej jeet jeevika jef jeferson jeff jefferson jeffery jeffrey jefri
jeison jeisson jekabs jekaterina jekaubs jelagat jelani jele jelena jelita jelka jelle jelte jemimah jemma jemutai
jen-chieh jena jenaro jenel jenetta jenifer jeniffer jenipher jenna jenni jennie jennifer jenniffer jenny jenný jeno
jens jens-peter jens-uwe jensina jensína jente jenő jepchirchir jepchumba jepkemoi jepkoech jepkorir jepkosgei jeppe
jeptoo jere jeremi jeremiah jeremias jeremie jeremy jeremías jergus jerguš jerica jericho jerker jermaine jerman
jermiah jernej jerneja jeroen jerome jeronimo jerono jerop jerotich jerry jerson jeruto jerzy jerónimo jerôme jes
jesca jesper jesse jessica jessie jessika jessy jessý jesus jesusa jesús jet jetmir jeton jevgeni jezups jhalak jhan
jhoan jhoana jhon jhonatan jhonny jhony ji-ah ji-bin ji-chae ji-chan ji-chul ji-da ji-do ji-dong ji-eun ji-gyu ji-ha
ji-hee ji-ho ji-hoon ji-hwa ji-hwan ji-hye ji-hyun ji-ja ji-jae ji-jin ji-joo ji-joon ji-jun ji-jung ji-kyung ji-mi
ji-min ji-na ji-ok ji-rin ji-sang ji-seo ji-seok ji-seung ji-so ji-soo ji-sook ji-su ji-sun ji-sung ji-tae ji-won
ji-woo ji-ye ji-yeon ji-yoon ji-young ji-yu jia-an jia-bo jia-chen jia-cheng jia-chun jia-dong jia-fang jia-feng
jia-guo jia-hai jia-han jia-hao jia-hong jia-hua jia-hui jia-jian jia-jie jia-jin jia-jing jia-jun jia-kai jia-kang
jia-lan jia-lei jia-li jia-lin jia-ling jia-long jia-lu jia-mei jia-meng jia-ming jia-ning jia-pei jia-peng jia-qi
jia-qian jia-qiang jia-qing jia-rui jia-ruo jia-shan jia-sheng jia-shi jia-shu jia-si jia-tao jia-tian jia-ting
jia-wei jia-wen jia-xia jia-xiao jia-xin jia-xiu jia-xuan jia-xue jia-ya jia-yan jia-yang jia-yao jia-yi jia-ying
jia-yong jia-yu jia-yuan jia-yue jia-yun jia-ze jia-zhao jia-zhen jia-zhi jia-zi jiaan jiabo jiachen jiacheng
jiachun jiadong jiafang jiafeng jiaguo jiah jiahai jiahan jiahao jiahong jiahua jiahui jiajian jiajie jiajin jiajing
jiajun jiakai jiakang jialan jialei jiali jialin jialing jialong jialu jiamei jiameng jiaming jian jian-an jian-bo
jian-chen jian-cheng jian-chun jian-dong jian-fang jian-feng jian-guo jian-hai jian-han jian-hao jian-hong jian-hua
jian-hui jian-jia jian-jie jian-jin jian-jing jian-jun jian-kai jian-kang jian-lan jian-lei jian-li jian-lin
jian-ling jian-long jian-lu jian-mei jian-meng jian-ming jian-ning jian-pei jian-peng jian-qi jian-qian jian-qiang
jian-qing jian-rui jian-ruo jian-shan jian-sheng jian-shi jian-shu jian-si jian-tao jian-tian jian-ting jian-wei
jian-wen jian-xia jian-xiao jian-xin jian-xiu jian-xuan jian-xue jian-ya jian-yan jian-yang jian-yao jian-yi
jian-ying jian-yong jian-yu jian-yuan jian-yue jian-yun jian-ze jian-zhao jian-zhen jian-zhi jian-zi jianan jianbo
jianchen jiancheng jianchun jiandong jianfang jianfeng jiang jianguo jianhai jianhan jianhao jianhong jianhua
jianhui jianing jianjia jianjie jianjin jianjing jianjun jiankai jiankang jianlan jianlei jianli jianlin jianling
jianlong jianlu jianmei jianmeng jianming jianning jianpei jianpeng jianqi jianqian jianqiang jianqing jianrui
jianruo jianshan jiansheng jianshi jianshu jiansi jiantao jiantian jianting jianwei jianwen jianxia jianxiao jianxin
jianxiu jianxuan jianxue jianya jianyan jianyang jianyao jianyi jianying jianyong jianyu jianyuan jianyue jianyun
jianze jianzhao jianzhen jianzhi jianzi jiapei jiapeng jiaqi jiaqian jiaqiang jiaqing jiarui jiaruo jiashan jiasheng
jiashi jiashu jiasi jiatao jiatian jiating jiawei jiawen jiaxia jiaxiao jiaxin jiaxiu jiaxuan jiaxue jiaya jiayan
jiayang jiayao jiayi jiaying jiayong jiayu jiayuan jiayue jiayun jiaze jiazhao jiazhen jiazhi jiazi jibin jibril
jichae jichan jichul jida jide jido jidong jie jie-an jie-bo jie-chen jie-cheng jie-chun jie-dong jie-fang jie-feng
jie-guo jie-hai jie-han jie-hao jie-hong jie-hua jie-hui jie-jia jie-jian jie-jin jie-jing jie-jun jie-kai jie-kang
jie-lan jie-lei jie-li jie-lin jie-ling jie-long jie-lu jie-mei jie-meng jie-ming jie-ning jie-pei jie-peng jie-qi
jie-qian jie-qiang jie-qing jie-rui jie-ruo jie-shan jie-sheng jie-shi jie-shu jie-si jie-tao jie-tian jie-ting
jie-wei jie-wen jie-xia jie-xiao jie-xin jie-xiu jie-xuan jie-xue jie-ya jie-yan jie-yang jie-yao jie-yi jie-ying
jie-yong jie-yu jie-yuan jie-yue jie-yun jie-ze jie-zhao jie-zhen jie-zhi jie-zi jiean jiebo jiechen jiecheng
jiechun jiedong jiefang jiefeng jieguo jiehai jiehan jiehao jiehong jiehua jiehui jiejia jiejian jiejin jiejing
jiejun jiekai jiekang jielan jielei jieli jielin jieling jielong jielu jiemei jiemeng jieming jiening jiepei jiepeng
jieqi jieqian jieqiang jieqing jierui jieruo jieshan jiesheng jieshi jieshu jiesi jietao jietian jieting jieun
jiewei jiewen jiexia jiexiao jiexin jiexiu jiexuan jiexue jieya jieyan jieyang jieyao jieyi jieying jieyong jieyu
jieyuan jieyue jieyun jieze jiezhao jiezhen jiezhi jiezi jigyu jiha jihee jiho jihoon jihwa jihwan jihye jihyun jija
jijae jijin jijoo jijoon jijun jijung jikyung jil jill jillian jim jimena jimi jimin jimmie jimmy jin jin-ah jin-an
jin-bin jin-bo jin-chae jin-chan jin-chen jin-cheng jin-chul jin-chun jin-da jin-do jin-dong jin-eun jin-fang
jin-feng jin-guo jin-gyu jin-ha jin-hai jin-han jin-hao jin-hee jin-ho jin-hong jin-hoon jin-hua jin-hui jin-hwa
jin-hwan jin-hye jin-hyun jin-jae jin-ji jin-jia jin-jian jin-jie jin-jing jin-joo jin-joon jin-jun jin-jung jin-kai
jin-kang jin-kyung jin-lan jin-lei jin-li jin-lin jin-ling jin-long jin-lu jin-mei jin-meng jin-mi jin-min jin-ming
jin-na jin-ning jin-ok jin-pei jin-peng jin-qi jin-qian jin-qiang jin-qing jin-rin jin-rui jin-ruo jin-sang jin-seo
jin-seok jin-seung jin-shan jin-sheng jin-shi jin-shu jin-si jin-so jin-soo jin-sook jin-su jin-sun jin-sung jin-tae
jin-tao jin-tian jin-ting jin-wei jin-wen jin-won jin-woo jin-xia jin-xiao jin-xin jin-xiu jin-xuan jin-xue jin-ya
jin-yan jin-yang jin-yao jin-ye jin-yeon jin-yi jin-ying jin-yong jin-yoon jin-young jin-yu jin-yuan jin-yue jin-yun
jin-ze jin-zhao jin-zhen jin-zhi jin-zi jina jinah jinan jinawi jinbin jinbo jinchae jinchan jinchen jincheng
jinchul jinchun jinda jindo jindong jindra jindrich jindriska jindřich jindřiška jineun jinfang jinfeng jing jing-an
jing-bo jing-chen jing-cheng jing-chun jing-dong jing-fang jing-feng jing-guo jing-hai jing-han jing-hao jing-hong
jing-hua jing-hui jing-jia jing-jian jing-jie jing-jin jing-jun jing-kai jing-kang jing-lan jing-lei jing-li
jing-lin jing-ling jing-long jing-lu jing-mei jing-meng jing-ming jing-ning jing-pei jing-peng jing-qi jing-qian
jing-qiang jing-qing jing-rui jing-ruo jing-shan jing-sheng jing-shi jing-shu jing-si jing-tao jing-tian jing-ting
jing-wei jing-wen jing-xia jing-xiao jing-xin jing-xiu jing-xuan jing-xue jing-ya jing-yan jing-yang jing-yao
jing-yi jing-ying jing-yong jing-yu jing-yuan jing-yue jing-yun jing-ze jing-zhao jing-zhen jing-zhi jing-zi jingan
jingbo jingchen jingcheng jingchun jingdong jingfang jingfeng jingguo jinghai jinghan jinghao jinghong jinghua
jinghui jingjia jingjian jingjie jingjin jingjun jingkai jingkang jinglan jinglei jingli jinglin jingling jinglong
jinglu jingmei jingmeng jingming jingning jingpei jingpeng jingqi jingqian jingqiang jingqing jingrui jingruo
jingshan jingsheng jingshi jingshu jingsi jingtao jingtian jingting jinguo jingwei jingwen jingxia jingxiao jingxin
jingxiu jingxuan jingxue jingya jingyan jingyang jingyao jingyi jingying jingyong jingyu jingyuan jingyue jingyun
jingze jingzhao jingzhen jingzhi jingzi jinha jinhai jinhan jinhao jinhee jinho jinhong jinhoon jinhua jinhui jinhwa
jinhwan jinhye jinhyun jinjae jinji jinjia jinjian jinjie jinjing jinjoo jinjoon jinjun jinjung jinjuta jinkai
jinkang jinkyung jinlan jinlei jinli jinlin jinling jinlong jinlu jinmei jinmeng jinmi jinmin jinming jinna jinning
jinok jinpei jinpeng jinqi jinqian jinqiang jinqing jinrin jinrui jinruo jinsang jinseo jinseok jinseung jinshan
jinsheng jinshi jinshu jinsi jinso jinsoo jinsook jinsu jinsun jinsung jintae jintao jinthe jintian jinting jinwei
jinwen jinwon jinwoo jinxia jinxiao jinxin jinxiu jinxuan jinxue jinya jinyan jinyang jinyao jinye jinyeon jinyi
jinying jinyong jinyoon jinyoung jinyu jinyuan jinyue jinyun jinze jinzhao jinzhen jinzhi jinzi jiok jip jiri jirin
jirina jisang jiseo jiseok jiseung jiso jisoo jisook jisu jisun jisung jitae jitendra jitesh jitka jitrin jiwon
jiwoo jiye jiyeon jiyoon jiyoung jiyu jiřina jiří jo joa joachim joacim joakim joan joana joann joanna joanne
joannes joao joaquim joaquin joaquina joaquín joash job jobjorg jobjorn jobst jocelyn jocelyne jochem jochen jochum
jodi jodie jodis jody joe joel joelle joep joerg joeri joey joffrey jofriur jogeir johan johana johann johanna
johanne johannes johans johildur john johnathan johnnie johnny johnson johnstone johny joi joke jokla joko jokubas
jokull jokulros jokūbas jolan jolana jolanda jolanta jolanthe joleifur jolene jolie jolien jolijn jolin jolina
joline jolán jomar jomundur jon jona jonah jonanna jonar jonas jonasina jonatan jonathan jonathon jonbjorg jonbjorn
jonbjort jondis jondor jondora joney jonfriur jongeir jonger jonheiur jonhildur joni jonida jonina joninna jonmundur
jonna jonny jono jonor jonsteinn jony jonás jonáš joo-ah joo-bin joo-chae joo-chan joo-chul joo-da joo-do joo-dong
joo-eun joo-gyu joo-ha joo-hee joo-ho joo-hoon joo-hwa joo-hwan joo-hye joo-hyun joo-ja joo-jae joo-ji joo-jin
joo-joon joo-jun joo-jung joo-kyung joo-mi joo-min joo-na joo-ok joo-rin joo-sang joo-seo joo-seok joo-seung joo-so
joo-soo joo-sook joo-su joo-sun joo-sung joo-tae joo-won joo-woo joo-ye joo-yeon joo-yoon joo-young joo-yu jooah
joobin joochae joochan joochul jooda joodo joodong jooeun joogyu jooha joohee jooho joohoon joohwa joohwan joohye
joohyun jooja joojae jooji joojin joojo joojoon joojun joojung jookyung joolfur joomi joomin joon joon-ah joon-bin
joon-chae joon-chan joon-chul joon-da joon-do joon-dong joon-eun joon-gyu joon-ha joon-hee joon-ho joon-hoon
joon-hwa joon-hwan joon-hye joon-hyun joon-ja joon-jae joon-ji joon-jin joon-joo joon-jun joon-jung joon-kyung
joon-mi joon-min joon-na joon-ok joon-rin joon-sang joon-seo joon-seok joon-seung joon-so joon-soo joon-sook joon-su
joon-sun joon-sung joon-tae joon-won joon-woo joon-ye joon-yeon joon-yoon joon-young joon-yu joona joonah joonas
joonatan joonbin joonchae joonchan joonchul joonda joondo joondong jooneun joongyu joonha joonhee joonho joonhoon
joonhwa joonhwan joonhye joonhyun joonja joonjae joonji joonjin joonjoo joonjun joonjung joonkyung joonmi joonmin
joonna joonok joonrin joonsang joonseo joonseok joonseung joonso joonsoo joonsook joonsu joonsun joonsung joontae
joonwon joonwoo joonye joonyeon joonyoon joonyoung joonyu joook joorin joosang jooseo jooseok jooseung jooso joosoo
joosook joost joosu joosun joosung jootae joowon joowoo jooye jooyeon jooyoon jooyoung jooyu joppe jora joram joran
jordan jordana jordi jordon jordy jordán jorekur joren jorfi jorg jorg-peter jorge jorgen jorgina joris joriur jorja
jorlaug jorma jormundur jorn jorri jort jorundur jorune jorunn jorvar jorvi jorūnė jos josafat josavin jose josebina
josee josef josefa josefiina josefin josefina josefine joselyn josep joseph josepha josephat josephina josephine
josephus josette josh joshua josiah josiane josianne josip josipa josko joso josphat josphine josse jost jostar
josteinn jostolfur josua josue josué josy josé josée joséphine jouko jouni jovan jovana jovarur jovin jovina jovita
joy joyce joyline jozef jozefa jozefina jozefína jozica jozo jozsef joão joé joël joëlle joško jožef jožefa jožica
jrgen jua juan juana juanita juanito jude judea judit judita judith judy juergen juha juhana juhani juhi juho jui-en
jukka jula jule jules juli julia julian juliana juliane julianna julie julie-anne julien julienne juliet julieta
julieth julietta juliette julija julijana julijs julio juliros julita julius juliusz julián juma jumaane jumadi
jumari jumoke jun jun-ah jun-an jun-bin jun-bo jun-chae jun-chan jun-chen jun-cheng jun-chul jun-chun jun-da jun-do
jun-dong jun-eun jun-fang jun-feng jun-guo jun-gyu jun-ha jun-hai jun-han jun-hao jun-hee jun-ho jun-hong jun-hoon
jun-hua jun-hui jun-hwa jun-hwan jun-hye jun-hyun jun-ja jun-jae jun-ji jun-jia jun-jian jun-jie jun-jin jun-jing
jun-joo jun-joon jun-jung jun-kai jun-kang jun-kyung jun-lan jun-lei jun-li jun-lin jun-ling jun-long jun-lu jun-mei
jun-meng jun-mi jun-min jun-ming jun-na jun-ning jun-ok jun-pei jun-peng jun-qi jun-qian jun-qiang jun-qing jun-rin
jun-rui jun-ruo jun-sang jun-seo jun-seok jun-seung jun-shan jun-sheng jun-shi jun-shu jun-si jun-so jun-soo
jun-sook jun-su jun-sun jun-sung jun-tae jun-tao jun-tian jun-ting jun-wei jun-wen jun-won jun-woo jun-xia jun-xiao
jun-xin jun-xiu jun-xuan jun-xue jun-ya jun-yan jun-yang jun-yao jun-ye jun-yeon jun-yi jun-ying jun-yong jun-yoon
jun-young jun-yu jun-yuan jun-yue jun-yun jun-ze jun-zhao jun-zhen jun-zhi jun-zi juna junah junaid junan junbin
junbo junchae junchan junchen juncheng junchul junchun junda jundo jundong june juneun junfang junfeng jung-ah
jung-bin jung-chae jung-chan jung-chul jung-da jung-do jung-dong jung-eun jung-gyu jung-ha jung-hee jung-ho
jung-hoon jung-hua jung-hwa jung-hwan jung-hye jung-hyun jung-ja jung-jae jung-ji jung-jin jung-joo jung-joon
jung-jun jung-kyung jung-mi jung-min jung-na jung-ok jung-rin jung-sang jung-seo jung-seok jung-seung jung-so
jung-soo jung-sook jung-su jung-sun jung-sung jung-tae jung-won jung-woo jung-ye jung-yeon jung-yoon jung-young
jung-yu jungah jungbin jungchae jungchan jungchul jungda jungdo jungdong jungeun junggyu jungha junghee jungho
junghoon junghwa junghwan junghye junghyun jungja jungjae jungji jungjin jungjoo jungjoon jungjun jungkyung jungmi
jungmin jungna jungok jungrin jungsang jungseo jungseok jungseung jungso jungsoo jungsook jungsu jungsun jungsung
jungtae junguo jungwon jungwoo jungye jungyeon jungyoon jungyoung jungyu junha junhai junhan junhao junhee junho
junhong junhoon junhua junhui junhwa junhwan junhye junhyun juni junia juniana junior junius junja junjae junji
junjia junjian junjie junjin junjing junjoo junjoon junjung junkai junkang junko junkyung junlan junlei junli junlin
junling junlong junlu junmei junmeng junmi junmin junming junna junning junok junpei junpeng junqi junqian junqiang
junqing junrin junrui junruo junsang junseo junseok junseung junshan junsheng junshi junshu junsi junso junsoo
junsook junsu junsun junsung juntae juntao juntian junting junwei junwen junwon junwoo junxia junxiao junxin junxiu
junxuan junxue junya junyan junyang junyao junye junyeon junyi junying junyong junyoon junyoung junyu junyuan junyue
junyun junze junzhao junzhen junzhi junzi juozas juraj jure jurek jurg jurgen jurgita juri jurij juris jurre jussi
justas justin justina justinas justine justiniani justo justus justyna justína jusuf jutta juul juulia juuso juvenal
juwon jvind jyoti jyrki jytte ján jános járnbrá járngerður járngrímur játgeir játmundur játvarður jázmin jérémie
jérémy jérôme jéssica jóa jóakim jóann jóanna jódís jóel jófríður jóhann jóhanna jóhannes jói jólín jómar jómundur
jón jóna jónanna jónar jónas jónasína jónatan jónbjörg jónbjörn jónbjört jóndís jóndór jóndóra jóney jónfríður
jóngeir jóngerð jónheiður jónhildur jóninna jónmundur jónný jónsteinn jónída jónína jóný jónþór jóra jórlaug jórunn
jóríður jósafat jósavin jósebína jósef jósefín jósefína jósep jósteinn jósúa jóvin józef józsef jökla jökull
jökulrós jörfi jörg jörg-peter jörgen jörgína jörmundur jörn jörri jörundur jörvar jörvi jørgen júdea júdit júlia
július júlí júlía júlían júlíana júlíanna júlíetta júlírós júlíus júní júnía júníana júníus júrek jürg jürgen jüri
jānis jāzeps jēkabs jēkaubs jędrzej jūla jūle jūlija jūlijs kaamil kaan kaarina kaarlo kaashif kaat kaazim kabeer
kabir kabiru kachela kacper kacung kada kadek kader kadir kadnana kadri kadınana kafeel kagame kagiso kahina kahir
kahu kahurangi kai kai-an kai-bo kai-chen kai-cheng kai-chun kai-dong kai-fang kai-feng kai-guo kai-hai kai-han
kai-hao kai-hong kai-hsiang kai-hua kai-hui kai-jia kai-jian kai-jie kai-jin kai-jing kai-jun kai-kang kai-lan
kai-lei kai-li kai-lin kai-ling kai-long kai-lu kai-mei kai-meng kai-ming kai-ning kai-pei kai-peng kai-qi kai-qian
kai-qiang kai-qing kai-rui kai-ruo kai-shan kai-sheng kai-shi kai-shu kai-si kai-tao kai-tian kai-ting kai-uwe
kai-wei kai-wen kai-xia kai-xiao kai-xin kai-xiu kai-xuan kai-xue kai-ya kai-yan kai-yang kai-yao kai-yi kai-ying
kai-yong kai-yu kai-yuan kai-yue kai-yun kai-ze kai-zhao kai-zhen kai-zhi kai-zi kaia kaian kaibo kaichen kaicheng
kaichun kaidong kaifang kaifeng kaiguo kaihai kaihan kaihao kaihong kaihua kaihui kaija kaijia kaijian kaijie kaijin
kaijing kaijun kaikang kailan kailani kailei kaili kailin kailing kailong kailu kaimei kaimeng kaiming kaining
kaipei kaipeng kaiqi kaiqian kaiqiang kaiqing kaique kairav kairui kairuo kaisa kaiser kaishan kaisheng kaishi
kaishu kaisi kaitao kaitian kaiting kaitlin kaitlyn kaito kaiwei kaiwen kaixia kaixiao kaixin kaixiu kaixuan kaixue
kaiya kaiyan kaiyang kaiyao kaiyi kaiying kaiyong kaiyu kaiyuan kaiyue kaiyun kaize kaizhao kaizhen kaizhi kaizi kaj
kaja kajal kajen kajetan kajji kajsa kajus kakali kaktus kala kalani kalbi kaldi kalea kaleb kaleem kaleema kalervo
kalevi kalgay kali kalim kalin kalina kalla kalle kalliopi kalman kalmann kalmar kalpana kalpit kaltrina kaluwa
kamaka kamal kamala kamar kamaria kamau kambali kami kamidin kamiel kamil kamila kamilla kamilly kamini kamlesh
kamma kamolchanok kamran kamron kamrul kamsi kamya kamí kana kanak kanda kandef kane kang-an kang-bo kang-chen
kang-cheng kang-chun kang-dong kang-fang kang-feng kang-guo kang-hai kang-han kang-hao kang-hong kang-hua kang-hui
kang-jia kang-jian kang-jie kang-jin kang-jing kang-jun kang-kai kang-lan kang-lei kang-li kang-lin kang-ling
kang-long kang-lu kang-mei kang-meng kang-ming kang-ning kang-pei kang-peng kang-qi kang-qian kang-qiang kang-qing
kang-rui kang-ruo kang-shan kang-sheng kang-shi kang-shu kang-si kang-tao kang-tian kang-ting kang-wei kang-wen
kang-xia kang-xiao kang-xin kang-xiu kang-xuan kang-xue kang-ya kang-yan kang-yang kang-yao kang-yi kang-ying
kang-yong kang-yu kang-yuan kang-yue kang-yun kang-ze kang-zhao kang-zhen kang-zhi kang-zi kangan kangbo kangchen
kangcheng kangchun kangdong kangfang kangfeng kangguo kanghai kanghan kanghao kanghong kanghua kanghui kangjia
kangjian kangjie kangjin kangjing kangjun kangkai kanglan kanglei kangli kanglin kangling kanglong kanglu kangmei
kangmeng kangming kangning kangpei kangpeng kangqi kangqian kangqiang kangqing kangrui kangruo kangshan kangsheng
kangshi kangshu kangsi kangtao kangtian kangting kangwei kangwen kangxia kangxiao kangxin kangxiu kangxuan kangxue
kangya kangyan kangyang kangyao kangyi kangying kangyong kangyu kangyuan kangyue kangyun kangze kangzhao kangzhen
kangzhi kangzi kani kania kanini kanpulat kanya kaombwe kaori kaoru kapagan kapil kapitola kaprasius kaprasíus
kapítóla kar kara karaamat karabas karabaş karabo karaca karaer karakucak karam karama karan karanbay karani karanja
karatas karataş karcan kardelen kardi kare kareem karel karen kari karim karima karimah kariman karimi karin karina
karine karitas kariuki karja karkur karl karl-august karl-dieter karl-erik karl-ernst karl-friedrich karl-georg
karl-hans karl-heinrich karl-heinz karl-hermann karl-josef karl-jurgen karl-jürgen karl-ludwig karl-otto karl-peter
karl-werner karl-wilhelm karla karles karley karlfried karlheinz karli karlijn karlina karlinna karlis karlo
karlotta karlukhan karlína karlīna karma karman karmen karna karo karol karola karolien karoliina karolin karolina
karoline karolis karoly karolína karsa karsana karsten karta karthik karthika karthikeyan kartik kartika karvel
karya karyn karí karín karína karítas karó karólín karólína kasam kashan kashangaki kashif kashish kashvi kasif
kasim kasimir kasiran kasiyah kaskazi kaspar kaspars kasper kassandra kassim kastiel kastriot kastíel kasusra kata
katalin katalina katana katariina katarina katarinus katarzyna katarína katarínus katarīna katcha kate katelijne
katelyn katerina katerine kateryna katerína kateřina kath katharina katharine kathe katherin katherina katherine
katherinne kathi kathinka kathleen kathrin kathryn kathy kati katia katica katie katie-louise katinka katja katla
katleen kato katri katrien katriina katrijn katrin katrina katrine katriona katrín katrína katrīna katty katy kató
katý kaua kauko kauri kauthar kauã kaveh kaver kavita kavitha kavurt kavya kawaca kawaya kawkab kawthar kay kay-uwe
kayagun kayagün kayden kaye kaygusuz kayla kaylee kayleigh kayode kayrabay kaysan kayt kayun kayıt kazi kazim kazime
kazimierz kazimir kazimír kazm kazuki kazuko kazumi kazuo kazuya kazım kaðlín kaşif kealan keano keanu kebede keegan
keelan keely keerthi kees keeva kefser kehinde keijo keiko keira keisha keith keji kekoa kelami keld kelechi kelli
kellie kelly kelly-anne kelly-marie kellý kelsey kelvin kelâmi kemal kemba kemboi kemi kemuma kemunto ken kenan
kenari kendra kenedy kenes keneth kenichi kenji kenjiro kenn kennedy kennet kenneth kenny kent kenta kenter kenth
kento kenyangi kenza kenzie kenzo keoni keran kerem keren keri kerim kerime kerman kerri kerrie kerry kerstin kerttu
kerubo keshav keshawn kestutis kete ketilbjorg ketilbjorn ketilbjörg ketilbjörn ketilfriur ketilfríður ketill
ketilriur ketilríður ketut kevim kevin keya keyaan kezban kezia keziah kgosi khaalid khaan khadidja khadija khaled
khalid khalil khamani khamisi khanh khanyisile khloe khoa khue khánh kiaan kiah kian kiandra kiano kiapo kiara
kiaran kiarie kibafupia kibar kibet kibibi kiburi kick kiddy kiddý kien kiera kieran kiernan kieron kifaye kijana
kijani kike kikelomo kiki kilian kiljan killian kilonzo kilían kim kim-anh kimani kimanzi kimathi kimberley kimberly
kimbilio kimeu kimmo kimutai kimya kinaya kinga kingston kinubi kinuthia kinyanjui kinyua kiojah kioko kiona
kipchirchir kipchoge kipchumba kipenzi kipepeo kipkemboi kipkemoi kipkirui kipkoech kipkorir kipkosgei kipkurui
kiplagat kiplangat kiplimo kipngeno kipngetich kipras kiprono kiprop kiprotich kipruto kipsang kiptoo kipyegon kira
kiramettin kiran kirby kiri kirk kirra kirsi kirsten kirsti kirstie kirstin kirstine kirsty kirstín kirui kisima
kitan kitti kittisak kitty kittý kiume kiwara kiyasi kiyoshi kja kjalar kjallakur kjalvor kjalvör kjaran kjarr
kjartan kjarval kjeld kjell kjersti kjetil kjoi kjárr kjói klaas kladia klara klare klas klaudia klaudie klaus
klaus-dieter klaus-gunter klaus-günter klaus-jurgen klaus-jürgen klaus-michael klaus-peter klaus-ulrich klaus-werner
klavdija klavs klcbay klea klemen klemens klement klementina klementína klemenz kleopatra kleópatra kliment klngur
klothilde kládía klára kläre klængur knel knorr knud knut knutur knörr knútur koa kobby kobe kocabas kocabaş kocak
kockan kodchaporn koech koen koenraad kofi koggi koha koji kojo koker koko koktas kolawole kolbeinn kolbjorg
kolbjorn kolbjörg kolbjörn kolbra kolbrun kolbrá kolbrún koldan koldis koldís kolfinna kolfinnur kolfreyja kolgrima
kolgrimur kolgríma kolgrímur kolka kolmar koloman kolskeggur kolur kolviur kolviður komal komang koncagul koncagül
kondo konguralp konkordia konkordía konny konný konra konrad konradi konradus konráð konstantin konstantinos
konstantinus konstanty konstantínus konstanze konul konštantín kopan kopur kora koran koray korbinian kordula korede
kori korinna korir korka korkmazalp kormakur kormlo kormlöð kormákur kornel kornelia kornelija kornelius kornelía
kornelíus kornél kornélia kort korugan kosemen kosgei kosisochukwu kostas kosukhan kotryna kotuz kouji kourosh kovu
koçak koçkan koðrán koşukhan kraki krat kreszentia kreszenz krgz kria kriemhild kris krish krisha krishna krishnan
krisjanis kriss krista kristall kristaps kristberg kristbergur kristbjorg kristbjorn kristbjörg kristbjörn kristborg
kristdor kristdór kristel kristen kristens kristensa krister kristers kristey kristfinnur kristfriur kristfríður
kristgeir kristgerur kristgerður kristi kristiaan kristian kristiana kristiane kristianna kristie kristien kristiina
kristijan kristin kristina kristine kristinn kristián kristiāna kristjan kristjana kristjon kristjona kristján
kristjón kristjóna kristlaug kristlaugur kristleifur kristlin kristlind kristlín kristmann kristmar kristmundur
kristny kristný kristof kristofer kristoffer kristolina kristopher kristor kristora kristros kristrun kristrós
kristrún krists kristupas kristvaldur kristvarur kristvarður kristveig kristvin kristvina kristy kristyna kristíana
kristíanna kristín kristína kristóf kristófer kristólína kristýna kristþór kristþóra krisztian krisztina krisztián
krisztofer kriti kritika krišjānis krišs krištof krummi krystal krystian krystof krystyna kryštof krzysztof kría
ksawery ksenia ksenija kseniya ksmet kuan-hung kuan-lin kuan-ting kuan-yu kubran kuchanua kuddusi kudzai kujoe
kujtim kuldeep kullervo kulnun kulwant kumar kumari kumiko kumral kumush kunal kunaporn kuncara kunibert kunigunda
kunigunde kunkyi kunle kuno kunthara kuo-hsiung kuo-hua kuo-jung kuria kurnia kursad kurt kurtis kurunzi kushtrim
kusiima kustaa kusuma kutay kutgun kutgün kutun kveldulfur kveldúlfur kveta kvetoslav kvetoslava kvlcm květa
květoslava kwabena kwadwo kwaku kwamboka kwame kwamena kwasi kweku kweli kwesi kyalo kyan kyano kyara kyla kyle
kylian kylie kyllian kyllikki kyoko kyosuke kyra kyung kyung-ah kyung-bin kyung-chae kyung-chan kyung-chul kyung-da
kyung-do kyung-dong kyung-eun kyung-gyu kyung-ha kyung-hee kyung-ho kyung-hoon kyung-hwa kyung-hwan kyung-hye
kyung-hyun kyung-ja kyung-jae kyung-ji kyung-jin kyung-joo kyung-joon kyung-jun kyung-jung kyung-mi kyung-min
kyung-na kyung-ok kyung-rin kyung-sang kyung-seo kyung-seok kyung-seung kyung-so kyung-soo kyung-sook kyung-su
kyung-sun kyung-sung kyung-tae kyung-won kyung-woo kyung-ye kyung-yeon kyung-yoon kyung-young kyung-yu kyungah
kyungbin kyungchae kyungchan kyungchul kyungda kyungdo kyungdong kyungeun kyunggyu kyungha kyunghee kyungho
kyunghoon kyunghwa kyunghwan kyunghye kyunghyun kyungja kyungjae kyungji kyungjin kyungjoo kyungjoon kyungjun
kyungjung kyungmi kyungmin kyungna kyungok kyungrin kyungsang kyungseo kyungseok kyungseung kyungso kyungsoo
kyungsook kyungsu kyungsun kyungsung kyungtae kyungwon kyungwoo kyungye kyungyeon kyungyoon kyungyoung kyungyu kzl
kzltunc kálmán kár kára kári károly kâmil kâzime käte käthe käthi kåre kæja kévim kévin kókó kópur köker köktaş
könül kösemen kübran künkyi kürşad kārlis kęstutis kılıçbay kınel kırat kırgız kısmet kıvılcım kızıl kızıltunç laban
labeeb labib labinot labuh lacey lachlan lacn lacramioara lada ladan ladina ladislau ladislaus ladislav ladislava
ladli lady laeeq laetitia lage lahiah laia laika laila lailati laimonis laini laiq lais laith lajita lajlaj lajos
laksana laksh lakshit lakshmanan lakshmi lala lale lalit lalita lalo laly lam lamar lambert lamberto lameck lamia
lamine lan lan-an lan-bo lan-chen lan-cheng lan-chun lan-dong lan-fang lan-feng lan-guo lan-hai lan-han lan-hao
lan-hong lan-hua lan-hui lan-jia lan-jian lan-jie lan-jin lan-jing lan-jun lan-kai lan-kang lan-lei lan-li lan-lin
lan-ling lan-long lan-lu lan-mei lan-meng lan-ming lan-ning lan-pei lan-peng lan-qi lan-qian lan-qiang lan-qing
lan-rui lan-ruo lan-shan lan-sheng lan-shi lan-shu lan-si lan-tao lan-tian lan-ting lan-wei lan-wen lan-xia lan-xiao
lan-xin lan-xiu lan-xuan lan-xue lan-ya lan-yan lan-yang lan-yao lan-yi lan-ying lan-yong lan-yu lan-yuan lan-yue
lan-yun lan-ze lan-zhao lan-zhen lan-zhi lan-zi lana lanan lanang lanbo lance lanchen lancheng lanchun lander lando
landong lanfang lanfeng langalibalele langat langgeng languo lanhai lanhan lanhao lanhong lanhua lanhui lanjar
lanjia lanjian lanjie lanjin lanjing lanjun lankai lankang lanlei lanli lanlin lanling lanlong lanlu lanmei lanmeng
lanming lanning lanpei lanpeng lanqi lanqian lanqiang lanqing lanre lanrui lanruo lanshan lansheng lanshi lanshu
lansi lantao lantar lantian lanting lanwei lanwen lanxia lanxiao lanxin lanxiu lanxuan lanxue lanya lanyan lanyang
lanyao lanyi lanying lanyong lanyu lanyuan lanyue lanyun lanze lanzhao lanzhen lanzhi lanzi laoise laora laqeet lar
lara lara-sophie laras larensina larent larentius laretta larey larisa larissa larry lars lars-ake lars-erik
lars-goran lars-göran lars-olof lars-åke larus lascar lascăr lashawn lasmanto lasmono lasse lassi laswi laszlo
latasha lateef latha latif latika latisha latoya laufar laufey laufheiur laufheiður laufhildur lauga laugey
laugheiur laugheiður laugi laura laure laureano laureen lauren laurence laurens laurent laurentia laurentiu laurenz
laurenția laurențiu lauretta laurette lauri laurian lauriane laurie laurin laurina laurine lauris laurita laurits
lauritz laurynas laus laust lautaro lavanya lavender lavinia lavize lavínia lavīze lawal lawrence lawrencia layla
laylo layth lazar lazaro laze laziz lazm lazzaro lazăr lazım laçın laëtitia laíla laís lea lea-sophie leah lean
leana leander leandra leandre leandro leane leanne leano leart ledion ledun ledün lee leela leen leena leevi lega
legawa lei lei-an lei-bo lei-chen lei-cheng lei-chun lei-dong lei-fang lei-feng lei-guo lei-hai lei-han lei-hao
lei-hong lei-hua lei-hui lei-jia lei-jian lei-jie lei-jin lei-jing lei-jun lei-kai lei-kang lei-lan lei-li lei-lin
lei-ling lei-long lei-lu lei-mei lei-meng lei-ming lei-ning lei-pei lei-peng lei-qi lei-qian lei-qiang lei-qing
lei-rui lei-ruo lei-shan lei-sheng lei-shi lei-shu lei-si lei-tao lei-tian lei-ting lei-wei lei-wen lei-xia lei-xiao
lei-xin lei-xiu lei-xuan lei-xue lei-ya lei-yan lei-yang lei-yao lei-yi lei-ying lei-yong lei-yu lei-yuan lei-yue
lei-yun lei-ze lei-zhao lei-zhen lei-zhi lei-zi leia leian leibo leichen leicheng leichun leider leidong leidy leif
leifang leifeng leifur leigh leiguo leihai leihan leihao leihong leihua leihui leijia leijian leijie leijin leijing
leijun leikai leikang leiknir leikny leikný leila leilan leilani leili leilin leiling leilong leilu leimei leimeng
leiming leining leiolfur leipei leipeng leiqi leiqian leiqiang leiqing leire leirui leiruo leishan leisheng leishi
leishu leisi leitao leitian leiting leiwei leiwen leixia leixiao leixin leixiu leixuan leixue leiya leiyan leiyang
leiyao leiyi leiying leiyong leiyu leiyuan leiyue leiyun leize leizhao leizhen leizhi leizi leiðólfur leja lejla
leke lekha lelia lembah lena lenah lene leni lenin lenka lenn lennard lennart lennarth lennert lenny leo leocadia
leocadio leokadia leon leona leonard leonardo leonce leoncio leone leonel leonhard leoni leonid leonidas leonie
leonor leonora leonore leons leontin leontina leontine leontīne leonóra leopold leopolda leopoldina leopoldine
leopoldo leordean leos leoš ler lerato lere leroy lerze lesana lesedi lesia lesley leslie lesly lestari leszek
leticia leticija letitia letizia letiția letícia levente levi levin levis levoslav leví lewis lex leydi leyla
leyla-katharina leyli leyre lezize leïla leó león leóna leónidas leónóra leópold lhanzey li li-bo li-chen li-cheng
li-chin li-ching li-chu li-chuan li-chun li-dong li-fang li-feng li-guo li-hai li-han li-hao li-hong li-hsiang
li-hsueh li-hua li-hui li-jia li-jian li-jie li-jin li-jing li-jun li-kai li-kang li-lan li-lei li-lin li-ling
li-long li-lu li-mei li-meng li-ming li-ning li-pei li-peng li-qi li-qian li-qiang li-qing li-rui li-ruo li-shan
li-sheng li-shi li-shu li-si li-tao li-tian li-ting li-wei li-wen li-xia li-xiao li-xin li-xiu li-xuan li-xue li-ya
li-yan li-yang li-yao li-yi li-ying li-yong li-yu li-yuan li-yue li-yun li-ze li-zhao li-zhen li-zi lia liam lian
liana liane lias liba liban libardo libby liberto libia libni libo libor libusa libuse libuša libuše lica liceth
lichen licheng lichun licia lică lida lidia lidija lidong lidwina lidya lieke lien liene liepa lies liesa liesbet
liesbeth lieschen liesel lieselot lieselotte lieve lieven lieze lif lifang lifdis lifeng liga ligaya ligia ligita
liguo lihai lihan lihao lihong lihua lihui liisa lijia lijian lijie lijin lijing lijun likai likang lila lilan lilei
lili lilia lilian liliana liliane lilija lilijana lilin liling lilita lilja liljana liljar liljuros liljurós liljá
lill lilla lillemor lilli lillian lilly lillý lilo lilong lilou lilu lily lilý liman limar limazah limei limeng
liming limon lin lin-an lin-bo lin-chen lin-cheng lin-chun lin-dong lin-fang lin-feng lin-guo lin-hai lin-han
lin-hao lin-hong lin-hua lin-hui lin-jia lin-jian lin-jie lin-jin lin-jing lin-jun lin-kai lin-kang lin-lan lin-lei
lin-li lin-ling lin-long lin-lu lin-mei lin-meng lin-ming lin-ning lin-pei lin-peng lin-qi lin-qian lin-qiang
lin-qing lin-rui lin-ruo lin-shan lin-sheng lin-shi lin-shu lin-si lin-tao lin-wei lin-wen lin-xia lin-xiao lin-xin
lin-xiu lin-xuan lin-xue lin-ya lin-yan lin-yang lin-yao lin-yi lin-ying lin-yong lin-yu lin-yuan lin-yue lin-yun
lin-ze lin-zhao lin-zhen lin-zhi lin-zi lina linah linan linas linberg linbjorg linbo linchen lincheng linchun
lincoln lind linda lindah lindar lindberg linddis linddís linde lindis lindita lindiwe lindong lindsay lindsey line
lineik linet liney linfang linfeng ling ling-an ling-bo ling-chen ling-cheng ling-chun ling-dong ling-fang ling-feng
ling-guo ling-hai ling-han ling-hao ling-hong ling-hua ling-hui ling-jia ling-jian ling-jie ling-jin ling-jing
ling-jun ling-kai ling-kang ling-lan ling-lei ling-li ling-lin ling-long ling-lu ling-mei ling-meng ling-ming
ling-ning ling-pei ling-peng ling-qi ling-qian ling-qiang ling-qing ling-rui ling-ruo ling-shan ling-sheng ling-shi
ling-shu ling-si ling-tao ling-tian ling-ting ling-wei ling-wen ling-xia ling-xiao ling-xin ling-xiu ling-xuan
ling-xue ling-ya ling-yan ling-yang ling-yao ling-yi ling-ying ling-yong ling-yu ling-yuan ling-yue ling-yun ling-ze
ling-zhao ling-zhen ling-zhi ling-zi lingan lingbo lingchen lingcheng lingchun lingdong lingfang lingfeng lingguo
linghai linghan linghao linghong linghua linghui lingjia lingjian lingjie lingjin lingjing lingjun lingkai lingkang
linglan linglei lingli linglin linglong linglu lingmei lingmeng lingming lingning lingny lingný lingpei lingpeng
lingqi lingqian lingqiang lingqing lingrui lingruo lingshan lingsheng lingshi lingshu lingsi lingtao lingtian
lingting linguo lingwei lingwen lingxia lingxiao lingxin lingxiu lingxuan lingxue lingya lingyan lingyang lingyao
lingyi lingying lingyong lingyu lingyuan lingyue lingyun lingze lingzhao lingzhen lingzhi lingzi linh linhai linhan
linhao linhildur linhong linhua linhui lini lining linjia linjian linjie linjin linjing linjun linkai linkang linlan
linlei linli linling linlong linlu linmei linmeng linming linn linnea linning linnéa lino linpei linpeng linqi
linqian linqiang linqing linrui linruo linshan linsheng linshi linshu linsi lintang lintao linus linwei linwen
linxia linxiao linxin linxiu linxuan linxue linya linyan linyang linyao linyi linying linyong linyu linyuan linyue
linyun linze linzhao linzhen linzhi linzi lio lioara lioba lionel lior lipei lipeng lipika liqi liqian liqiang
liqing liridon liridona lirim lirjan lirui liruo lis lisa lisa-marie lisabet lisandra lisandro lisanne lisbet
lisbeth lise lise-lott lise-lotte lisebet liselott liselotte liseth lisette lishan lisheng lishi lishu lisi lissette
lissi lissy listalin listalín litao litian liting liudmyla liv liva livia livingstone livio liviu liwei liwen liwia
lixia lixiao lixin lixiu lixuan lixue liya liyaaqat liyan liyang liyao liyaqat liyi liying liyong liyu liyuan liyue
liyun liz liza lize lizete lizeth lizhao lizhen lizi lizz lizzy ljiljana ljosalfur ljosbjorg ljosbra ljotunn ljotur
ljubica ljubisa ljubov ljudmila ljufur ljósbjörg ljósbrá ljósálfur ljótunn ljótur ljúfur lla llinos lloyd loa loan
loc lode lodewijk lodovico loek loes lofn loftur loftveig logan logey logi lohit loic loice loida lois loise lokbra
lokbrá loke lokesh loki lola lolita lomundur lona londisizwe londiwe lone long-an long-bo long-chen long-cheng
long-chun long-dong long-fang long-feng long-guo long-hai long-han long-hao long-hong long-hua long-hui long-jia
long-jian long-jie long-jin long-jing long-jun long-kai long-kang long-lan long-lei long-li long-lin long-ling
long-lu long-mei long-meng long-ming long-ning long-pei long-peng long-qi long-qian long-qiang long-qing long-rui
long-ruo long-shan long-sheng long-shi long-shu long-si long-tao long-tian long-ting long-wei long-wen long-xia
long-xiao long-xin long-xiu long-xuan long-xue long-ya long-yan long-yang long-yao long-yi long-ying long-yong
long-yu long-yuan long-yue long-yun long-ze long-zhao long-zhen long-zhi long-zi longan longbo longchen longcheng
longchun longdong longfang longfeng longguo longhai longhan longhao longhong longhua longhui longjia longjian
longjie longjin longjing longjun longkai longkang longlan longlei longli longlin longling longlu longmei longmeng
longming longning longpei longpeng longqi longqian longqiang longqing longrui longruo longshan longsheng longshi
longshu longsi longtao longtian longting longwei longwen longxia longxiao longxin longxiu longxuan longxue longya
longyan longyang longyao longyi longying longyong longyu longyuan longyue longyun longze longzhao longzhen longzhi
longzi loni lonnie loot lopa lope lora loraine lorcan lore loredana lorelei loreley lorena lorens lorenz lorenza
lorenzo loreto loretta loretto lori lorik lorin lorine loris lorna lorraine lot lotfi lothar lotta lotte lotti lou
louana louane loui louie louis louisa louise louka louna lourdes lourenco lourenço lousie lova love lovis lovisa
lovre lovro lovísa lowe lowie loyola loïc loïs loðmundur lrke lu-an lu-bo lu-chen lu-cheng lu-chun lu-dong lu-fang
lu-feng lu-guo lu-hai lu-han lu-hao lu-hong lu-hua lu-hui lu-jia lu-jian lu-jie lu-jin lu-jing lu-jun lu-kai lu-kang
lu-lan lu-lei lu-li lu-lin lu-ling lu-long lu-mei lu-meng lu-ming lu-ning lu-pei lu-peng lu-qi lu-qian lu-qiang
lu-qing lu-rui lu-ruo lu-shan lu-sheng lu-shi lu-shu lu-si lu-tao lu-tian lu-ting lu-wei lu-wen lu-xia lu-xiao
lu-xin lu-xiu lu-xuan lu-xue lu-ya lu-yan lu-yang lu-yao lu-yi lu-ying lu-yong lu-yu lu-yuan lu-yue lu-yun lu-ze
lu-zhao lu-zhen lu-zhi lu-zi luan luana luara luay lubica lubo lubomir lubomira lubomír lubor lubos luboslav
luboslava luboš luc luca lucas lucca luce lucentiu lucențiu lucero lucette luchen lucheng luchino lucho luchun lucia
lucian luciana luciano lucie lucien lucienne lucija lucila lucile lucinda lucio lucky lucrecia lucretia lucretiu
lucrezia lucreția lucrețiu lucy lucía ludek ludger ludivine ludmila ludmilla ludo ludolf ludomil ludomila ludong
ludovic ludovica ludovico ludovicus ludovit ludvig ludvik ludvík ludwig ludwina luděk luej luena lufang lufen lufeng
luguo luhai luhan luhao luhong luhua luhui luhung luigi luigia luigina luis luisa luisana luise luisina luitgard
luiz luiza lujia lujian lujie lujin lujing lujun lujza luka lukai lukang lukas lukasz luke lukita lukka lukman lukáš
lulan lulei luli lulin luling luljeta lulong luluh lulut lulzim lumei lumeng luming luminita luminița lumir lumír
luna lundi lungile luning lunna lupe lupei lupeng lupita luqi luqian luqiang luqing luqmaan luqman lurhur lurui
luruo lushan lusheng lushi lushu lusi lusia lusinda lut lutao luter lutf lutfan lutfi lutgarde lutgardis lutgart
luther luthfi lutian luting lutz luuk luvig luvik luvika luvisa luwar luwei luwen luwes luxia luxiao luxin luxiu
luxuan luxue luya luyan luyanda luyang luyao luyi luying luyong luyu luyuan luyue luyun luz luze luzhao luzhen luzhi
luzi luzia luzie luzius luzmira luís luísa lwandile lwazi lya lyam lydia lydiah lydiane lydianne lydie lydía lykke
lyna lynda lyndon lyndsay lyndsey lynette lyngar lyngheiur lyngheiður lynley lynn lynne lynnette lynsey lysiane
lytingur lyudmila lyur lár lára lárensína lárent lárentíus láretta lárey lárus lászló lázaro lâle lâm læla lærke léa
léana léandre léane léna léo léon léonard léonce léone léonie léontine léopold lér lía líba líf lífdís lín lína
línberg línbjörg líndís líneik líney línhildur líni lísa lísabet lísandra lísbet lísebet lív lívia lóa lóreley
lórens lórenz lúcia lúcía lúkas lúna lúsinda lúsía lúter lúther lúvísa lúísa lúðvíg lúðvík lúðvíka lüfen lütfi lýdia
lýdie lýdía lýtingur lýður lăcrămioara lėja lība līga līna līza lūcija lộc maahir maaike maajid maalik maanas maanav
maaria maarit maarten maartje maawiya maaya maaz maazin mabad mabel mabil mac macarena macaria macario macauley
macharia macide maciej mackenzie macs mad madaha madalena madalin madalina madani madara maddalena maddison maddy
maddý made madeleine madelene madelief madeline madhav madhavi madhuri madina madini madison madiyan madleina madlen
madoa mads madyan mael maelle maelys maeva maeve mafalda maftuna magalena magali magalie magaly magarete magda
magdalena magdalene magdaline magdaléna magdolna magga maggey maggi maggie maggy maggý magna magndis magndís magne
magnea magnes magney magnfriur magnfríður magngeir magnheiur magnheiður magnhildur magni magnolia magnor magnora
magnus magnusina magny magnús magnúsína magný magnþór magnþóra magorzata magret magrit magðalena maha mahad mahali
maham mahaz mahbeer mahboob mahbub mahdee mahdi mahdy maheen mahendra maher mahesa mahesh mahfooz mahfud mahfuj
mahfuz mahi mahigul mahigül mahika mahina mahir mahira mahja mahlet mahmood mahmoud mahmud mahmut mahnaz mahnoor
mahsa mahsun mahter mahulena mai maia maicol maida maidis maie maighread maija maik maike maiken maikol maila
maimuna maimunah maina maingi maira maire mairead mairin mairtin maisa maisha maisol maisy maite maitê maivi maj
maj-britt maj-lis maja majani majd majdi majdy majeed majella majid majken majvor makan makana makara makarena makau
makayla makeen makena makini makokha makori makoto maks maksim maksimiljan maksude maksur maksymilian maksüde
makunga makuta makuu mala malachy malak malcolm malea malee malen malena malene malfriur malgorzata malhildur malia
malik malika malin malina malini malio maliza malla malle mallory malmfriur malou malte malthe malu malva malvina
malvína malwina malía malín mamadou maman mamen mami mamta mamun man mana manaaki manabu manadis manaf manah manaia
manan manawa manbir manca manda mandeep mandla mandlakhe mandy manel maney manfre manfred manfreð mani manila manish
manisha manja manoj manola manole manolis manolo manon manpreet mans mansi mansurali mantas mante manthan mantė manu
manuel manuela manuelita manuella manuelle manus manuél manya manúel manúela maqsud mar mara mara-julie maraea maras
marbjorn marbjörn marc marcantonio marcel marcela marcelina marceline marcelino marcell marcella marcelle marcello
marcelo marcheta marcia marcial marciano marcin marcio marco marcos marcu marcus mardis mardís mare maree mareen
mareike mareikura mareile marek mareks marel marela marella maren marese marey marfriur marfríður marga margana
margaret margareta margarete margaretha margarethe margarida margarita margaritha margaréta margaud margaux margeir
margherita margit margita margitta margo margot margoth margret margreth margrethe margrieta margrimur margrit
margrith margrjet margrét margrímur marguerite margunnur margus marguy marheiur marheiður mari maria maria-luise
maria-theresia mariadi mariah mariam marian mariana mariane marianela mariangela mariann marianna marianne mariano
marias maribel marica maricel maricela maricica maricruz marie marie-ange marie-anne marie-cecilie marie-christine
marie-claire marie-claude marie-france marie-francoise marie-françoise marie-helene marie-hélène marie-jeanne
marie-jose marie-josé marie-laure marie-line marie-louise marie-luise marie-madeleine marie-noelle marie-noëlle
marie-paule marie-pierre marie-rose marie-sophie marie-theres marie-therese marie-thérèse mariechen marieke mariela
mariele mariella marielle marieluise marietta mariette marija marijan marijana marijke marijn marijon marijón marika
mariko marikó marilena mariluz marilyn marin marina marine marinela marinella marinette marini marinka marino
marinus marinó mario marioara mariola marion maris marisa marise marisel marisela marisol marissa maristela marit
marita marite maritta maritza mariuca mariuerla marius mariusz marián marja marja-leena marja-liisa marjaana marjan
marjana marjanca marjani marjatta marjeta marjo marjon marjona marjorie marjukka marjut marjón mark markas marketa
marketta markku marko markor markrun markrún markus markéta markó markús markþór marlaug marleen marlen marlena
marlene marleny marlies marliese marlin marlis marlise marlon marly marlyse marlène marlén marlín marlís marnix
marolina maron maroof maros maroš marquis marri mars marsa marselia marselina marsellius marsellíus marselía
marselína marsibil marsilia marsilía marsito marsudi marsy marsý mart marta martaka martana martani marte marteinn
marten martha marthe marthen marti martial martijn martim martin martina martine martino martins martirio marton
martta martti martyn martynas martí martín martína marus marusa maruša marvin marwa marwata mary maryadi maryam
maryann maryanne maryanto marylene maryline marylène maryse maryvonne marzena marí maría maríam marían maríana
maríanna marías marín marína marínella marínó maríon marís marísa marísól marít maríuerla maríus marólína marý masa
masahiro masaki masar masashi masato masego maside masika masinde mason massiel massimiliano massimo massinissa
masume matas mate matea matei matej mateja mateo mateus mateusz matevz matevž matheo matheus mathew mathias mathieu
mathijs mathilda mathilde mathis mathys mathéo mathías mati matias matic matija matilda matilde matiss matiu matjaz
matjaž mato matous matouš mats matt matta mattea matteo matthaus matthea matthew matthia matthias matthieu matthijs
matthilda matthildur matthäus matthía matthías matti mattia mattiana mattias mattina matts matty mattéo mattíana
mattías mattína mattý matunda matus matyas matyáš matéo matías matúš matěj matīss maua maud maude mauno maura
maureen mauri maurice mauricette mauricio maurilio maurin maurine maurits mauritz maurizio mauro maurus maurycy
mavie mavuno mawuli max maxence maxi maxim maxima maxime maximiano maximilian maximiliano maximilien maximilián
maximino maximo maximus maxine maxwel maxwell may maya mayank mayerly maykol maynur mayra maysa mayte mayumi maza
mazlum maël maëlle maëlys maëva maía maídís maísól maïté małgorzata maşide maša maža mbithi mboya mbugua mburu
mcebisi mckenzie meabh meagan meaghan mechthild mechthilde mechtild mecide mecit meda medard medeja medina medėja
meelis meena meenakshi meera mees mefarettin mefharet meg megan megane megha meghan meghana megumi mehdi mehdiqulu
mehdiye mehin mehman mehmed mehmet mehmetzahir mehrigul mehrigül mehrimoh mehwish mei mei-an mei-bo mei-chen
mei-cheng mei-chu mei-chuan mei-chun mei-dong mei-fang mei-feng mei-guo mei-hai mei-han mei-hao mei-hong mei-hua
mei-hui mei-jia mei-jian mei-jie mei-jin mei-jing mei-jun mei-kai mei-kang mei-lan mei-lei mei-li mei-lin mei-ling
mei-long mei-lu mei-meng mei-ming mei-ning mei-pei mei-peng mei-qi mei-qian mei-qiang mei-qing mei-rui mei-ruo
mei-shan mei-sheng mei-shi mei-shu mei-si mei-tao mei-tian mei-ting mei-wei mei-wen mei-xia mei-xiao mei-xin mei-xiu
mei-xuan mei-xue mei-ya mei-yan mei-yang mei-yao mei-yi mei-ying mei-yong mei-yu mei-yuan mei-yue mei-yun mei-ze
mei-zhao mei-zhen mei-zhi mei-zi meian meibh meibo meichen meicheng meichun meidong meifang meifeng meiguo meihai
meihan meihao meihong meihua meihui meijia meijian meijie meijin meijing meijun meik meikai meikang meike meilan
meilei meili meilin meiling meilong meilu meimeng meiming meinhard meining meinir meinolf meinrad meipei meipeng
meiqi meiqian meiqiang meiqing meirui meiruo meishan meisheng meishi meishu meisi meitao meitian meiting meiwei
meiwen meixia meixiao meixin meixiu meixuan meixue meiya meiyan meiyang meiyao meiyi meiying meiyong meiyu meiyuan
meiyue meiyun meize meizhao meizhen meizhi meizi meja mekdes mekhala mekkin mekkino mekkinó mekkín mekonnen mel
melaha melania melanie melanine melany melba melchior melchor melek meleknur melichar melihcan melikkan melina
melinda melisa melissa melita melitta melker melkior melkolmur melkorka melkíor melkólmur melle melodie melody
melrakki melros melrós melul melvin melvine melwin melánia melûl memili menachem mendel menfeat meng-an meng-bo
meng-chen meng-cheng meng-chun meng-dong meng-fang meng-feng meng-guo meng-hai meng-han meng-hao meng-hong meng-hua
meng-hui meng-jia meng-jian meng-jie meng-jin meng-jing meng-jun meng-kai meng-kang meng-lan meng-lei meng-li
meng-lin meng-ling meng-long meng-lu meng-mei meng-ming meng-ning meng-pei meng-peng meng-qi meng-qian meng-qiang
meng-qing meng-rui meng-ruo meng-shan meng-sheng meng-shi meng-shu meng-si meng-tao meng-tian meng-ting meng-wei
meng-wen meng-xia meng-xiao meng-xin meng-xiu meng-xuan meng-xue meng-ya meng-yan meng-yang meng-yao meng-yi
meng-ying meng-yong meng-yu meng-yuan meng-yue meng-yun meng-ze meng-zhao meng-zhen meng-zhi meng-zi mengan mengbo
mengchen mengcheng mengchun mengdong mengfang mengfeng mengguo menghai menghan menghao menghong menghua menghui
mengi mengjia mengjian mengjie mengjin mengjing mengjun mengkai mengkang menglan menglei mengli menglin mengling
menglong menglu mengmei mengming mengning mengpei mengpeng mengqi mengqian mengqiang mengqing mengrui mengruo
mengshan mengsheng mengshi mengshu mengsi mengtao mengtian mengting menguc mengwei mengwen mengxia mengxiao mengxin
mengxiu mengxuan mengxue mengya mengyan mengyang mengyao mengyi mengying mengyong mengyu mengyuan mengyue mengyun
mengze mengzhao mengzhen mengzhi mengzi mengüç menisan menişan mensah mensalder mentor meral merba mercedes merche
mercy mercyline merdi mere mereana meredith merel meret merete merethe mergim meriem merijn merike merim merita
merja merkur merkúr merle merlin meron mert mertel merva merve mervi mervin mervyn mery meryem meryeme merzuk
meshack meshur messiana messíana mestur mesude mesut meta metehan methusalem methúsalem metin metinkaya metka metod
metrine metta mette metusalem metúsalem meveddet mevludiye mevlut mevlüdiye mevlüt mey meyhanim meyransa meyvant
mezide meşhur mhairi mi-ah mi-bin mi-chan mi-chul mi-da mi-do mi-dong mi-eun mi-gyu mi-ha mi-hee mi-ho mi-hoon
mi-hwa mi-hwan mi-hye mi-hyun mi-ja mi-jae mi-ji mi-jin mi-joo mi-joon mi-jun mi-jung mi-kyung mi-min mi-na mi-ok
mi-rae mi-rin mi-sang mi-seo mi-seok mi-seung mi-so mi-soo mi-sook mi-su mi-sun mi-sung mi-tae mi-won mi-woo mi-ye
mi-yeon mi-yoon mi-young mi-yu mia miah mias mibin micael micaela micah miceal micha michael michaela michaele
michail michal michala michan michaël michał micheal micheala michel michela michelangelo michele micheletto
micheline michell michelle michelotto michiel michiko michul michèle mick mickael mickaël mida mido midong midori
mie mieke miel mieszko mieun migle miglė miguel miguela migyu miha mihael mihaela mihai mihail mihajlo mihaly mihee
mihels mihhail mihin mihir mihkel mihnea miho mihoon mihrab mihriye mihwa mihwan mihye mihyun mihály miia miika mija
mijae miji mijin mijo mijoo mijoon mijun mijung mik mika mikael mikaela mikaelina mikaelína mikaere mikako mikayl
mikayla mikayıl mike mikel mikelis mikels mikhail miki mikjall mikjáll mikkael mikkalina mikkalína mikkel mikko
miklos miklós mikoaj mikołaj mikulas mikuláš mikyas mikyung mila milada milagros milan milana milay milcah milda
mildinberg mildred mildriur mildríður mile milena milica milka milkah milla millaray mille miller millicent millie
milly millý milo milorad milos miloslav miloslava milota milou milovan miloš milton miluse miluše milán mimi mimin
mimir mimmi mimoza mimy min min-ah min-bin min-chae min-chan min-chul min-da min-do min-dong min-eun min-gyu min-ha
min-hee min-ho min-hoon min-hwa min-hwan min-hye min-hyun min-ja min-jae min-ji min-jin min-joo min-joon min-jun
min-jung min-kyung min-mi min-na min-ok min-rin min-sang min-seo min-seok min-seung min-so min-soo min-sook min-su
min-sun min-sung min-tae min-won min-woo min-ye min-yeon min-yoon min-young min-yu mina minah minato minbin minchae
minchan minchul minda mindaugas mindo mindong mindy minenhle minerva mineun ming ming-an ming-bo ming-che ming-chen
ming-cheng ming-chu ming-chun ming-dong ming-fang ming-feng ming-guo ming-hai ming-han ming-hao ming-hong ming-hua
ming-hui ming-hung ming-jia ming-jian ming-jie ming-jin ming-jing ming-jun ming-kai ming-kang ming-lan ming-lei
ming-li ming-lin ming-ling ming-long ming-lu ming-mei ming-meng ming-ning ming-pei ming-peng ming-qi ming-qian
ming-qiang ming-qing ming-rui ming-ruo ming-shan ming-sheng ming-shi ming-shu ming-si ming-tao ming-te ming-tian
ming-ting ming-tsung ming-wei ming-wen ming-xia ming-xiao ming-xin ming-xiu ming-xuan ming-xue ming-ya ming-yan
ming-yang ming-yao ming-yi ming-ying ming-yong ming-yu ming-yuan ming-yue ming-yun ming-ze ming-zhao ming-zhen
ming-zhi ming-zi mingan mingbo mingchen mingcheng mingchun mingdong mingfang mingfeng mingguo minghai minghan
minghao minghong minghua minghui mingjia mingjian mingjie mingjin mingjing mingjun mingkai mingkang minglan minglei
mingli minglin mingling minglong minglu mingmei mingmeng mingning mingpei mingpeng mingqi mingqian mingqiang
mingqing mingrui mingruo mingshan mingsheng mingshi mingshu mingsi mingtao mingtian mingting mingwei mingwen mingxia
mingxiao mingxin mingxiu mingxuan mingxue mingya mingyan mingyang mingyao mingyi mingying mingyong mingyu mingyuan
mingyue mingyun mingze mingzhao mingzhen mingzhi mingzi minh minha minhee minho minhoon minhwa minhwan minhye
minhyun minibe minja minjae minji minjin minjoo minjoon minjun minjung minkyung minmi minna minney minny minný
minodora minok minoru minrin minsang minseo minseok minseung minso minsoo minsook minsu minsun minsung mintae minwon
minwoo minye minyeon minyoon minyoung minyu mio mioara miodrag miok miosz mir mira mirabela mirae miran miranda
miray mirbadin mircea mirco mirdza mireia mireille mirela mirella mireya miriam miriama mirian mirin mirja mirjam
mirjami mirjana mirko mirlinda mirna miro miron mirona mironshoh miroslav miroslava miroslaw miroslawa mirra mirriam
mirsad mirta mirte mirtha mirthe miruna miryam misael misaki misang mischa miseo miseok miseung mishat mislav miso
misoo misook misra mist misty misu misuli misun misung mitae mitali mitchel mitchell mitchelle mitesh mitica mitică
mitra mitrut mitruț mituru mitzy miwon miwoo miye miyeon miyesser miyoon miyoung miyu mizanur mizhir miķelis miłosz
mjalldis mjalldís mjallhvit mjallhvít mjaveig mjaðveig mjoll mjollnir mjolnir mjöll mjöllnir mjölnir mkarkara mladen
mlungisi mnqobi moa modesta modesto modis modris modupe moeiur moey mofifoluwa mogens mohamad mohamed mohamedi
mohammad mohammed mohamud mohan mohand moheiur mohini mohinur mohit mohlaroyim mohsim moi moira moises moisés mojca
mojisola mojisoluwa mojmir mojmír moli mollie molly momanyi momoko mona monalisa monica monicah monika monique monis
monja monserrat montserrat mora moraa moradeke morag morayo moreen morena morenike moreno morgan morgane mori moric
morine morits moritz mork morolake morris morten mortimer morur moses moshe mosi mosinmileoluwa mostafa mosunmola
motunrayo mouloud mounir mourad moureen mourib mourine moussa moya moyosore mpho mrihani mrinalini mthokozisi
mthunzi muarra mubariz mubetcel mubina mucahit mucellib mucevher muchiri muema mueni muferrih mufide mufit mugambi
mugber mugdha mugendi muggur mugisha mugo mugur mugurel muhallil muhamed muhamet muhammad muhammadali muhammadamin
muhammadamir muhammadayub muhammadaziz muhammadrizo muhammadsafo muhammadsodiq muhammadsolih muhammadumar
muhammadyasin muhammadyusuf muhammadziyo muhammed muhammet muharrem muhazzim muhima muhip muhiye muhsina muhyettin
muia muireann muiruri muizza mujde mujur mukamana mukbile mukesh mukhwana mukramin mukrume muktedir mulayim mulele
muli mulwa mulya mulyanto mulyono mumbi mumbua mumo mumpuni mumtaz mumtaze mumtoz muna munda mundheiur mundheiður
mundhildur mundina mundína munene munezzer mungai muni munif muninn munisa munyao munyoki murad murali murat
muratcan muret muriel murielle muriithi murilo murimi murit murithi muriuki murod murray mursalina mursinin mursita
murtala murti murugan musa musafet musaffa musau musee musembi musemma musfira mushtariy musila muskunaz muslim
muslima muslum mustafa mustafo mustapha mustika mustofa musure musyoka musyoki mutai mutasm mutasım muthama muthengi
muthoka muthoni muthui mutia mutie mutinda mutiso mutisya mutluhan mutua mutuku mutunga muturi muvaffak muvahhide
muveddet muxlisa muxtar muzaffer muzayyana muzdahir muzdalifa muzekker muzhir mwamini mwanajuma mwanamisi mwangangi
mwangi mwaniki mwanzia mwasaa mwaura mwende mwendwa mwezi mwikali mwiti mya mykhailo mykola mylene myles mylène myr
myra myriam myrkjartan myrkvi myrra myrta myrtha myrthe myrun mzamo mábil máiréad málfríður málhildur málmfríður
mánadís máney máni már mára márcio mária mário márk márta márton márus mátyás máté máxima máximo märta märtha måns
mårten mégane mélanie mélina mélissa mélodie mía mías mímir mínerva mír míra míranda mítra míó módís móeiður móey
móheiður móna mónica mónika móníka móri móric mórits móses móði möhsim mörk mörður múli mübariz mübetcel mücellib
mücevher müferrih müfit müjde mükramin mükrüme mülayim mülâyim mümtaz mümtaze münezzer münif müret mürit müsemma
müslum müslüm müveddet müzekker müğber müşkünaz müşüre mýr mýra mýrkjartan mýrún māra māris mārtiņš mārīte mădălin
mădălina mălina mărioara măriuca na na-ah na-bin na-chae na-chan na-chul na-do na-dong na-eun na-gyu na-ha na-hee
na-hoon na-hwa na-hwan na-hye na-hyun na-ja na-jae na-ji na-jin na-joo na-joon na-jun na-jung na-kyung na-mi na-min
na-ok na-rin na-sang na-seo na-seok na-seung na-so na-soo na-sook na-su na-sun na-sung na-tae na-won na-woo na-ye
na-yeon na-yoon na-young na-yu naadir naah naail naajy naama naasih naasir naathim naazhim nabeeh nabeel nabhan
nabigh nabih nabil nabila nabin nacer nachae nachan nachiket nacho nachul nacio nada nadav nadeem nadege nades
nadeschda nadeshda nadezda nadezhda nadežda nadhir nadia nadim nadin nadine nadir nadja nado nadong nadr nadège
nadía naděžda nae naeem nael naeun nafasat nafees nafesa nafii nafile nafis nafula nag naglis nagyu naha nahashon
nahee nahiara nahla nahoon nahuel nahwa nahwan nahye nahyun naiara naib naide nail naim naimh nair naja najae najair
najam najeeb naji najib najin najoo najoon najuma najun najung najwa nakato naki nakif nakip naksh nakul nakyung
nalan nalani nalar naledi naliaka nalini nalân nam nami namin namiq namukasa nana nanami nancy nand nandi nandini
nandita nando nandor nanjala nanna nanni nanny nanný nansubuga nansy nansý naoimh naoise naok naoki naoko naom naomh
naomi naomy naomí naoto napoleone naradi narcis narcisa narciso narcisse nardi narendra naresh narfi narhanim
narimane narin narji narngul narıngül nas nasab nasang naseo naseok naser naseung nashipie nasiba nasim nasir nasiru
naso nasoo nasook nasra nasrin nasrullah nasser nassim nastja nasu nasuf nasun nasung natacha natae natali natalia
natalie natalija natalio nataliya natalja nataly natalya natalía natan natanael nataniel nataníel natasa natascha
natasha natasja natasza nataša natașa nate natella nath nathalia nathalie nathaly nathan nathanael nathanaël
nathaniel nathari nathasha natiq natividad natsuki nattapong nattawun nattmorur nattsol nattulfur natália natálie
natālija naud navdeep naveed naveen navid navya nawal nawon nawoo nayara nayaret nayareth naye nayeli nayeon nayfa
nayibe nayil nayoon nayoung nayu naz nazaret nazario nazdil nazende nazi nazim nazimet nazir nazl nazlihan nazlim
nazlı nazmi nazıdil naël naïm naómí nağı ndegwa nderitu ndirangu nduku ndumiso ndung'u ndunge ndungu nduta nea neal
neasa nebih nebiha nebojsa necati necdat nechifor necilal necmettin necva nedas nedda nedjma neel neelima neema
neeraj nefaret nefiye neftali neftalí neha nehemiah nehip neider neil neill neisti neja nejc nejdet nekesa nel nela
nelah nelcy nele nelia nelida nelima nelio nell nella nelli nellie nelly nellý nelson nelsy nelu nelya nemanja nenad
nenna nenni neo neptun neptunus neptúnus neptün nerea nereida neriban nerijus nerim neringa nermin nesfe nesip
neslinur neslisah nesrin nesrine nessa nestor nete netra nevaeh neval nevenka nevgin neville nevin nevio nevise
nevsal nevsale newton neyran neza nezengul nezengül nezihi nezize neşrin neža ng'ang'a nga ngaire ngamia nganga
ngari ngeni ngigi ngo ngoc ngozi ngugi nguyen nguyet ngọc nhat nhi nhien nhiên nhlanhla nhung nhật nia nial niall
niamh niara nibaldo nibjorg nicanor nicat niccolo niccolò nichakarn nichifor nichola nicholas nichole nicholus nick
nicklas nickson nicky niclas nico nicoara nicoară nicodemo nicodemus nicodim nicol nicola nicolae nicolai nicolaie
nicolaj nicolas nicolasa nicolaus nicole nicoleta nicoletta nicoline nicolo nicolás nicolò nicu niculina niculita
niculiță nicusor nicuta nicușor nicuță nidhi nidia nidra niek niels nienke nieves nigar nigel nigesa nigmet nihad
nihai nihal nihan niharika niilo niina nik nika nikanor nikau nikhil nikita nikki niklas niklaus niko nikodem nikol
nikola nikolai nikolaj nikolajs nikolaos nikolas nikolaus nikolay nikolett nikoletta nikolina nikora nikos niks
niksa nikulas nikulás nikíta nikólína nikša nil nilam nilcan nilda nili nilima nilo niloufar nils nilson nilufar
nimakoah nimrat nina ninetta ning ning-an ning-bo ning-chen ning-cheng ning-chun ning-dong ning-fang ning-feng
ning-guo ning-hai ning-han ning-hao ning-hong ning-hua ning-hui ning-jia ning-jian ning-jie ning-jin ning-jing
ning-jun ning-kai ning-kang ning-lan ning-lei ning-li ning-lin ning-ling ning-long ning-lu ning-mei ning-meng
ning-ming ning-pei ning-peng ning-qi ning-qian ning-qiang ning-qing ning-rui ning-ruo ning-shan ning-sheng ning-shi
ning-shu ning-si ning-tao ning-tian ning-ting ning-wei ning-wen ning-xia ning-xiao ning-xin ning-xiu ning-xuan
ning-xue ning-ya ning-yan ning-yang ning-yao ning-yi ning-ying ning-yong ning-yu ning-yuan ning-yue ning-yun ning-ze
ning-zhao ning-zhen ning-zhi ning-zi ningan ningbo ningchen ningcheng ningchun ningdong ningfang ningfeng ningguo
ninghai ninghan ninghao ninghong ninghua ninghui ningjia ningjian ningjie ningjin ningjing ningjun ningkai ningkang
ninglan ninglei ningli ninglin ningling ninglong ninglu ningmei ningmeng ningming ningpei ningpeng ningqi ningqian
ningqiang ningqing ningrui ningruo ningshan ningsheng ningshi ningshu ningsi ningtao ningtian ningting ningwei
ningwen ningxia ningxiao ningxin ningxiu ningxuan ningxue ningya ningyan ningyang ningyao ningyi ningying ningyong
ningyu ningyuan ningyue ningyun ningze ningzhao ningzhen ningzhi ningzi nini ninioluwa ninja ninna nino ninoska
ninthe niracha nirgul nirgül nirja nirmala nisa nisha nitara nitesh nitin nives nixon niyaga niyaz niyazi niyi
niyilolawa niyonzima niðbjörg niğmet njabulo njagi njala njall njambi njenga njeri njeru njiru njogu njoki njola
njoroge njorur njozi njue njuguna njála njáll njóla njörður nkazimulo nkechi nkiruka nkosinathi nnamdi nneka noa
noah noam nobantu noboru nobuhle nobuo noe noel noelani noeleen noelia noeline noella noelle noemi noemie noemí
nohora noi noirin nojus nok nokkvi nokulunga nokuthula nolan nolberto noleen nollaig nomagugu nomalanga noman
nomasonto nomathalente nomathemba nomcebo nomsa nomthandazo nomusa nomvula nonhlanhla noni nonjabulo nonni nonso
noor noora noortje noppakao nora norah norbert norberto norbey nore noreen nori norica noriko norina norma norman
normann normunds norðmann notburga nothando nott noud nour noura nout nova november novi novruz noxolo nozibusiso
nozima nozizwe nozomi noé noémi noémie noël noëlla noëlle noëmi nqobizitha nrima ntimi ntombi nuala nubar nubia
nudret nugraha nuhu nula numi nuno nur nura nural nuran nuray nurbanu nurcan nurda nurdeniz nuretdin nurettin nurey
nurgil nurhayet nuri nuria nuriat nurice nuriya nuriyet nurkan nurlan nurlana nurmelek nurmuhammad nursan nurseda
nurser nursim nurtac nurtaç nurten nuru nurul nurulla nurullah nurveren nury nurşan nusa nusrat nutcha nutkrita
nutwadee nuyan nuša nwabudike nyaboke nyaga nyakundi nyamai nyambura nyana nyanchama nyasha nyasi nyawira nybjorg
nydia nynke nyoka nyoman nyongesa nyoni nyota nyuki nyvar nzioka nzomo nádia nándor náttmörður náttsól náttúlfur
nélida néstor níels níls nína níní nóa nóam nóel nói nóni nóra nóri nótt nóvember nökkvi númi núria nübar nüdret
nürice nýbjörg nývarð oana oanh oba obaid obanijesu obdulia obed obiageli obianuju obinna obiora ocampo oceane
ochieng octav octavia octavian octaviana octavie octavio octaviu océane oda odalis odalys odd odda oddbergur
oddbjorg oddbjorn oddbjörg oddbjörn oddfreyja oddfreyr oddfriur oddfríður oddgeir oddgerur oddgerður oddhildur oddi
oddkell oddlaug oddleif oddleifur oddmar oddny oddný oddor oddrun oddrún oddsteinn oddur oddvar oddveig oddvor
oddvör oddþór odeline odette odhiambo odhran odika odile odina odkanl odkanlı odongo oduor oeshi ofeigur ofelia
ofeliya oganer oge ogechi oget ogmunda ogmundur ogn ogooluwa ogri ogulbas ogurata ogus oguzman oguş oinn oisin oisín
oiva ojas ojasvi ok-ah ok-bin ok-chae ok-chan ok-chul ok-da ok-do ok-dong ok-eun ok-gyu ok-ha ok-hee ok-ho ok-hoon
ok-hwa ok-hwan ok-hye ok-hyun ok-ja ok-jae ok-ji ok-jin ok-joo ok-joon ok-jun ok-jung ok-kyung ok-mi ok-min ok-rin
ok-sang ok-seo ok-seok ok-seung ok-so ok-soo ok-sook ok-su ok-sun ok-sung ok-tae ok-won ok-woo ok-ye ok-yeon ok-yoon
ok-young ok-yu oka okah okanay okbay okbin okchae okchan okchul okda okdo okdong oke okechukwu okello okeun okguclu
okgyu okgüçlü okha okhee okho okhoon okhwa okhwan okhye okhyun okja okjae okji okjin okjoo okjoon okjun okjung okkas
okkyung okmi okmin okoth okrin oksana oksang okseo okseok okseung okseven okso oksoo oksook oksu oksun oksung okta
oktae oktavia oktavius oktavía oktavíus okto oktovia oktovius okturemis okturk októ októvía októvíus oktüremiş okumu
okwon okwoo okyalaz okye okyeon okyoon okyoung okyu ola oladare oladele oladimeji oladipo olaf olafia olafina olafur
olajumoke olakunle olalla olamide olanrewaju olansile olasunmbo olav olavi olavia olayinka olca oldag oldağ oldrich
oldřich ole oleg olegario oleksandr oleksiy olena olfert olga olgeir olgerts olgierd oli olimpia olimpian olimpiu
olina oliva olive oliver olivert olivia olivie olivier olivija oliviu olivér oliwer oliwier oll olle olli olly ollý
olnir olof ololade oloo olov olrun oluchi olufemi olufunke olufunmilayo olumide olumorotimi oluoch olus olusegun
oluwadamilare oluwadamilola oluwafemi oluwafunmilayo oluwagbemiga oluwakemi oluwamumibori oluwamuyiwa oluwasanmi
oluwasegun oluwaseun oluwaseyi oluwatobi oluwatoyin oluwole oluş olveig olver olvir olwen olwethu olympia olívia
omaca omair omaira omaja oman omar omari omeir omer omi omid omina omisha omkaar omkar omobobola omobolanle omodunni
omolabake omolara omondi omosalewa omotara omotayo omotola omotoun omowumi omran omriye omur omya ona onalenna onat
oncel ondieki ondolfur ondrej ondřej onel onesmus ongay ongen oni onkar onni onofre onsal onuker onundur onur
onurcan onursu onveer onyango onyeka onyinye oona oonagh opan opeyemi ophelia ophelie ophélie opiyo opung opwonya
oqtay or ora oran oranl oranlı oranna orar orarinn orarna orazio orberg orbergur orbjorg orbjorn orbrandur orbrun
orcin ordis orduxan orelfa orelfur oren oreofe oreoluwa orestas oreste orey orfelina orfeus orfhlaith orfinna
orfinnur orfiye orfriur orgarur orgautur orgeir orgerur orgestur orgils orgisl orgnyr orgrima orgrimur orgun orgunna
orgunnur orgün orhaddur orhalla orhalli orhallur orhan orhanna orheiur orhildur ori oriana orik orinder oriol orir
orjan ork orka orkatla orkell orla orlagh orlaigh orlaith orlakur orlando orlaug orlaugur orleif orleifur orleikur
orlindur orly orlygur ormar ormheiur ormheiður ormhildur ormour ormundur ormur orn orna ornella ornolfur orny orodda
oroddur orolfur orormur ororn orri orsolya orsteina orsteinn orsteinunn orstina ortak ortansa ortrud ortrun ortwin
oruc orunn orur oruç orvaldur orvar orvarur orveig orvokki orvor orxan oryurek orçin osa osama osamu oscar osha
osiyo osk oskar oskari oskars oskár osman osmo osnat osogo osp ossama ossi ossian ossur osten osunleke osvald
osvaldo osvalds osvaldur osvifur oswald oswaldo oswin otabek otakar otavio otay otfried othmar otieno otilia otilija
otis otkatla otkell otmar oto otri otta ottar ottarr ottavio ottfried otti ottilia ottilie ottmar otto ottokar
ottomar ottone ottó otur otylie otávio otília otýlie otīlija ouanes ouma oussama outi ove over ovidio ovidiu oviya
ovun owain owais owe owen owethu owino owuor oxana oxar oyenike oyinda oyindasola oymak oysha ozakan ozalpsan ozan
ozana ozansu ozansü ozaslan ozay ozbay ozbilek ozbilge ozcam ozdal ozdes ozdil ozdogdu ozel ozerdinc ozertem ozge
ozger ozgun ozgur ozinal ozioma ozkent ozkutlu ozlem ozlu ozokcu ozpetek ozpnar ozsozlu oztek ozturk ozudogru ozy
ozyurt oğulbaş oğurata oğuzman oļģerts oľga paavo pabla pablo paca pachongruk pacifica paco pacífica pada padma
padmi padmini padraic padraig padraigh padraigin pahal pai-han pai-hung pai-jui pai-lin pai-yen pai-yu paige paiman
paivi paivikki pak paker pakjira paksu pal pala palani paldis palesesa paley palfriur palhanna palheiur palhildur
palin palina pall pallavi palle palmar palmey palmfriur palmi palmira paloma palrun pam pambe pamela pamfil
panagachie panagiotis panait panca pancho pandu panfilo pangeran pangestu panini panji pankaj pankrac pankrác
pannawich panya pao-chu paola paoletta paolo par paramita paraschiva paraskevi pardi paresh paride parin paris
parisa parker parman parmes parminder parsa parth parvati parvez parís pasa pascal pascale pascaline paschal pascual
pascuala pasi paskalia pasqual pasquale pastor pastora pat patchaploy patcharaporn patience patrek patrekur patric
patrice patricia patricie patricija patricio patrick patrik patrisia patrisía patrizia patrizio patru patrycja
patryk patrícia pattamon pattapon pattatomporn patty pau paul paul-gerhard paul-heinz paula paule paulette pauli
paulica paulien pauliina paulin paulina pauline paulino paulius paulo pauls paulína paulīna pauric pavan pavani
pavao pavel pavla pavlina pavlína pavol paw pawan pawe pawel paweł payam paye payton paz paşa peace peadar peader
pearce pearl pearse peder pedro pedró peem peer peeter peggy pehlil pei-an pei-bo pei-chen pei-cheng pei-chun
pei-dong pei-fang pei-feng pei-guo pei-hai pei-han pei-hao pei-hong pei-hua pei-hui pei-jia pei-jian pei-jie pei-jin
pei-jing pei-jun pei-kai pei-kang pei-lan pei-lei pei-li pei-lin pei-ling pei-long pei-lu pei-mei pei-meng pei-ming
pei-ning pei-peng pei-qi pei-qian pei-qiang pei-qing pei-rui pei-ruo pei-shan pei-sheng pei-shi pei-shu pei-si
pei-tao pei-tian pei-ting pei-wei pei-wen pei-xia pei-xiao pei-xin pei-xiu pei-xuan pei-xue pei-ya pei-yan pei-yang
pei-yao pei-yi pei-ying pei-yong pei-yu pei-yuan pei-yue pei-yun pei-ze pei-zhao pei-zhen pei-zhi pei-zi peian peibo
peichen peicheng peichun peidong peifang peifeng peiguo peihai peihan peihao peihong peihua peihui peijia peijian
peijie peijin peijing peijun peikai peikang peilan peilei peili peilin peiling peilong peilu peimei peimeng peiming
peining peipeng peiqi peiqian peiqiang peiqing peirui peiruo peishan peisheng peishi peishu peisi peitao peitian
peiting peiwei peiwen peixia peixiao peixin peixiu peixuan peixue peiya peiyan peiyang peiyao peiyi peiying peiyong
peiyu peiyuan peiyue peiyun peize peizhao peizhen peizhi peizi pekka pekkan pelaji pelayo pelle pellegrino pembesin
penelope peng peng-an peng-bo peng-chen peng-cheng peng-chun peng-dong peng-fang peng-feng peng-guo peng-hai
peng-han peng-hao peng-hong peng-hua peng-hui peng-jia peng-jian peng-jie peng-jin peng-jing peng-jun peng-kai
peng-kang peng-lan peng-lei peng-li peng-lin peng-ling peng-long peng-lu peng-mei peng-meng peng-ming peng-ning
peng-pei peng-qi peng-qian peng-qiang peng-qing peng-rui peng-ruo peng-shan peng-sheng peng-shi peng-shu peng-si
peng-tao peng-tian peng-ting peng-wei peng-wen peng-xia peng-xiao peng-xin peng-xiu peng-xuan peng-xue peng-ya
peng-yan peng-yang peng-yao peng-yi peng-ying peng-yong peng-yu peng-yuan peng-yue peng-yun peng-ze peng-zhao
peng-zhen peng-zhi peng-zi pengan pengbo pengchen pengcheng pengchun pengdong pengfang pengfeng pengguo penghai
penghan penghao penghong penghua penghui pengjia pengjian pengjie pengjin pengjing pengjun pengkai pengkang penglan
penglei pengli penglin pengling penglong penglu pengmei pengmeng pengming pengning pengpei pengqi pengqian pengqiang
pengqing pengrui pengruo pengshan pengsheng pengshi pengshu pengsi pengtao pengtian pengting pengwei pengwen pengxia
pengxiao pengxin pengxiu pengxuan pengxue pengya pengyan pengyang pengyao pengyi pengying pengyong pengyu pengyuan
pengyue pengyun pengze pengzhao pengzhen pengzhi pengzi penina peninah penny pentti pepe pepijn pepita pepito per
per-erik per-olof percy peren perinur peris perkasa perla perlita permun pernilla pernille pero perrine perry pertti
pervaiz pesent peta petar pete peter peter-michael peteris peterson petr petra petrana petras petre petrea petri
petrica petrică petrina petrisor petrișor petrona petronela petronella petronila petros petru petrun petrunella
petrus petrut petruta petruț petruța petrína petrónella petrós petrún petrúnella petter petteri petur peyton pham
phan phanice phelim phelix phenphitcha phil phileine philemon philip philipp philippa philippe philippine philis
phillip philomena phineas phoebe phoenix phong phubes phuc phuong phylis phyllis phúc phương pi-chu pi-hsia pi-yun
pia piaras piedad pien pier pierangelo pierce pierette piergiorgio piergiuseppe pierina pierluigi piermaria piero
pierpaolo pierre pierre-yves pierrette piersanti piet pieter pieter-jan pietra pietro piia pijus pilar pili pim
pin-jui pin-yen pin-yu pina ping pintusorn pio piotr piper pippa pirahmet piran piret pirjo pirkko pirmin piroska
pitipat pius piyush pjetur placido plesu pleun pleșu plinio ploy plácido po-wen pol polad polina polly pollý polona
polonca pompeo pompilia pompiliu pomponio poncio pontus pooja poonam popobawa poppy porfirio pornchanok poul pouya
povilas praba prabawa prabhu prabowo prabu pradeep prakash prakosa prames pranata pranav pranawa pranay praneel
pranit prasad prasert prasetya prasetyo prateek pratik pratyush pravoslav prayitna prayoga prayogo preben predrag
preeti premysl prerna preston pria priit prima primitiva primitivo prior prisca priscah priscila priscilla
priscillah prisha priska priya priyanka profira prokop prudence prudencia prudencio przemysaw przemyslaw przemysław
pría príor puccio puck puji puk pumbaa punhan puntira puput purcek purificacion purificación purity purwa purwadi
purwanto pushti puspa puti putri putu pádraig pál pála páldís páley pálfríður pálhanna pálheiður pálhildur páll
pálmar pálmey pálmfríður pálmi pálrún pálín pálína pánfilo päivi päivikki pär pål pénélope péter pétrína pétrún
pétur pía pío pünhan pürçek pătru pēteris přemysl qaadir qaasim qabeel qabil qadar qadeer qadi qadim qadir qahtan
qaim qais qalib qamar qani qanit qaratel qareeb qarin qaseem qasid qasif qasim qasm qasım qatadah qawee qay-yoom
qays qi-an qi-bo qi-chen qi-cheng qi-chun qi-dong qi-fang qi-feng qi-guo qi-hai qi-han qi-hao qi-hong qi-hua qi-hui
qi-jia qi-jian qi-jie qi-jin qi-jing qi-jun qi-kai qi-kang qi-lan qi-lei qi-li qi-lin qi-ling qi-long qi-lu qi-mei
qi-meng qi-ming qi-ning qi-pei qi-peng qi-qian qi-qiang qi-qing qi-rui qi-ruo qi-shan qi-sheng qi-shi qi-shu qi-si
qi-tao qi-tian qi-ting qi-wei qi-wen qi-xia qi-xiao qi-xin qi-xiu qi-xuan qi-xue qi-ya qi-yan qi-yang qi-yao qi-yi
qi-ying qi-yong qi-yu qi-yuan qi-yue qi-yun qi-ze qi-zhao qi-zhen qi-zhi qi-zi qian qian-an qian-bo qian-chen
qian-cheng qian-chun qian-dong qian-fang qian-feng qian-guo qian-hai qian-han qian-hao qian-hong qian-hua qian-hui
qian-jia qian-jian qian-jie qian-jin qian-jing qian-jun qian-kai qian-kang qian-lan qian-lei qian-li qian-lin
qian-ling qian-long qian-lu qian-mei qian-meng qian-ming qian-ning qian-pei qian-peng qian-qi qian-qiang qian-qing
qian-rui qian-ruo qian-shan qian-sheng qian-shi qian-shu qian-si qian-tao qian-tian qian-ting qian-wei qian-wen
qian-xia qian-xiao qian-xin qian-xiu qian-xuan qian-xue qian-ya qian-yan qian-yang qian-yao qian-yi qian-ying
qian-yong qian-yu qian-yuan qian-yue qian-yun qian-ze qian-zhao qian-zhen qian-zhi qian-zi qianan qianbo qianchen
qiancheng qianchun qiandong qianfang qianfeng qiang qiang-an qiang-bo qiang-chen qiang-cheng qiang-chun qiang-dong
qiang-fang qiang-feng qiang-guo qiang-hai qiang-han qiang-hao qiang-hong qiang-hua qiang-hui qiang-jia qiang-jian
qiang-jie qiang-jin qiang-jing qiang-jun qiang-kai qiang-kang qiang-lan qiang-lei qiang-li qiang-lin qiang-ling
qiang-long qiang-lu qiang-mei qiang-meng qiang-ming qiang-ning qiang-pei qiang-peng qiang-qi qiang-qian qiang-qing
qiang-rui qiang-ruo qiang-shan qiang-sheng qiang-shi qiang-shu qiang-si qiang-tao qiang-tian qiang-ting qiang-wei
qiang-wen qiang-xia qiang-xiao qiang-xin qiang-xiu qiang-xuan qiang-xue qiang-ya qiang-yan qiang-yang qiang-yao
qiang-yi qiang-ying qiang-yong qiang-yu qiang-yuan qiang-yue qiang-yun qiang-ze qiang-zhao qiang-zhen qiang-zhi
qiang-zi qiangan qiangbo qiangchen qiangcheng qiangchun qiangdong qiangfang qiangfeng qiangguo qianghai qianghan
qianghao qianghong qianghua qianghui qiangjia qiangjian qiangjie qiangjin qiangjing qiangjun qiangkai qiangkang
qianglan qianglei qiangli qianglin qiangling qianglong qianglu qiangmei qiangmeng qiangming qiangning qiangpei
qiangpeng qiangqi qiangqian qiangqing qiangrui qiangruo qiangshan qiangsheng qiangshi qiangshu qiangsi qiangtao
qiangtian qiangting qianguo qiangwei qiangwen qiangxia qiangxiao qiangxin qiangxiu qiangxuan qiangxue qiangya
qiangyan qiangyang qiangyao qiangyi qiangying qiangyong qiangyu qiangyuan qiangyue qiangyun qiangze qiangzhao
qiangzhen qiangzhi qiangzi qianhai qianhan qianhao qianhong qianhua qianhui qianjia qianjian qianjie qianjin
qianjing qianjun qiankai qiankang qianlan qianlei qianli qianlin qianling qianlong qianlu qianmei qianmeng qianming
qianning qianpei qianpeng qianqi qianqiang qianqing qianrui qianruo qianshan qiansheng qianshi qianshu qiansi
qiantao qiantian qianting qianwei qianwen qianxia qianxiao qianxin qianxiu qianxuan qianxue qianya qianyan qianyang
qianyao qianyi qianying qianyong qianyu qianyuan qianyue qianyun qianze qianzhao qianzhen qianzhi qianzi qibo qichen
qicheng qichun qidong qifang qifeng qiguo qihai qihan qihao qihong qihua qihui qijia qijian qijie qijin qijing qijun
qikai qikang qilan qilei qili qilin qiling qilong qilu qimei qimeng qiming qing qing-an qing-bo qing-chen qing-cheng
qing-chun qing-dong qing-fang qing-feng qing-guo qing-hai qing-han qing-hao qing-hong qing-hua qing-hui qing-jia
qing-jian qing-jie qing-jin qing-jing qing-jun qing-kai qing-kang qing-lan qing-lei qing-li qing-lin qing-ling
qing-long qing-lu qing-mei qing-meng qing-ming qing-ning qing-pei qing-peng qing-qi qing-qian qing-qiang qing-rui
qing-ruo qing-shan qing-sheng qing-shi qing-shu qing-si qing-tao qing-tian qing-ting qing-wei qing-wen qing-xia
qing-xiao qing-xin qing-xiu qing-xuan qing-xue qing-ya qing-yan qing-yang qing-yao qing-yi qing-ying qing-yong
qing-yu qing-yuan qing-yue qing-yun qing-ze qing-zhao qing-zhen qing-zhi qing-zi qingan qingbo qingchen qingcheng
qingchun qingdong qingfang qingfeng qingguo qinghai qinghan qinghao qinghong qinghua qinghui qingjia qingjian
qingjie qingjin qingjing qingjun qingkai qingkang qinglan qinglei qingli qinglin qingling qinglong qinglu qingmei
qingmeng qingming qingning qingpei qingpeng qingqi qingqian qingqiang qingrui qingruo qingshan qingsheng qingshi
qingshu qingsi qingtao qingtian qingting qingwei qingwen qingxia qingxiao qingxin qingxiu qingxuan qingxue qingya
qingyan qingyang qingyao qingyi qingying qingyong qingyu qingyuan qingyue qingyun qingze qingzhao qingzhen qingzhi
qingzi qining qipei qipeng qiqian qiqiang qiqing qirui qiruo qishan qisheng qishi qishu qisi qitao qitian qiting
qiwei qiwen qixia qixiao qixin qixiu qixuan qixue qiya qiyan qiyang qiyao qiyas qiyi qiying qiyong qiyu qiyuan qiyue
qiyun qize qizhao qizhen qizhi qizi qori qosqar qoşqar quadir quan quang qudamah quddoos qudoos queen quentin quincy
quinn quinten quinter quinty quique quirino qulam qulu qumru quoc qurban qusay qushi qutaybah qutb qutub quynh quân
quỳnh ra raaghib raagini raahil raakin raamis raamiz raashid raatib rabah rabar rabb rabbaanee rabbani rabbiye rabea
rabecca rabee rabi rabia rabiah rabih rabit racha rachael rachana racheal rachel rachele rachelle rachid rachida
rachit rachita rachèle rada radek radeke raden radha radhee radhika radi radika radim radit raditya radka radmila
rado radomir radomír radosaw radoslav radoslava radoslaw radosław radovan radovana radu raducu raduz radvile radvilė
radúz raed raees rael raewyn raf rafa rafael rafaela rafaella rafal rafan rafay rafaél rafaël rafał rafee rafeek
rafeeq raffael raffaela raffaele raffaella raffaellino raffaello rafi rafia rafid rafih rafila rafiq rafn rafnar
rafney rafnhildur rafnkell rageir raghav ragheb raghib raghu ragna ragnar ragnbjorg ragnbjörg ragner ragney
ragnfriur ragnfríður ragnheiur ragnheiður ragnhild ragnhildur raguel ragúel rahab raharja rahat rahayu raheel raheem
rahel rahildur rahim rahiye rahma rahman rahmat rahmet rahmi rahul raid raihan raija raik raili raimo raimondo
raimonds raimund raimundo raina rainer rainn raisa raissa raivis raivo raj rajab rajat rajata rajeev rajendra rajesh
rajeshri rajinder rajiv rajko rakel rakesh rakide raksha ralf ralf-dieter ralf-peter ralph raluca rama ramadan
ramadhan ramanathan ramazan ramesh rami ramid ramil ramin raminta ramiro ramiz ramon ramona ramunas ramune ramunė
ramya ramzi ramón ramóna ramūnas ran rana ranbir randalin randall randalín randi randiur randolf randur randver
randy randíður randý rangga rangi rani rania ranieri ranjit ranka rannva rannveig rannver ranveer raoul raphael
raphaela raphaelle raphaël raphaëlle raquel rares rareș rasa rashad rasheed rashid rashidi rashmi rasim rasma rasmus
rastar rastislav rasul ratchanon ratih ratna raul rauno ravarur raven ravi ravinder ravy rawiri ray rayaan rayan
rayana rayen rayhona rayla raymond raymonde raymund rayyona rayén raz razi razvan razı raíssa raúl reagan rebeca
rebecca rebecka rebeka rebekah rebekka rebihat recep recepali reda redmond reece reem reet refet refik refilwe refur
regan regina reginald reginbaldur reginbjorg reginbjörg regine reginn regis regitse regitze regula regulo regína
regīna rehaan rehema rehime rei reidar reidun reifnir reijo reiko reimar reimer reimund rein reina reinald reinaldo
reinar reine reinel reiner reingard reinhard reinhardt reinhart reinhild reinhilde reinhold reinis reino rejane reka
rekha reksa relu remazan rembrandt remedios remi remigio remo remus remy remzi ren rena renaat renan renata renate
renato renaud rendy rene renee rengul rengül reni rens renske renzo renáta rené renée reshoni resi respati restu
resulcan reto reuben reva revathi revza rex rexhep reyansh reyes reyhan reyn reyna reynald reynaldo reynar reyndis
reyndís reynheiur reynheiður reynhildur reynir reyr reza rezin rezzak rfkye rhavi rhian rhianna rhianne rhiannon
rhoda rhona rhonda rhys ria riad rian rica ricarda ricardas ricardo ricards riccardo ricciotti richa richard
richardt richárd rick rickard rickey ricky rico rida ridhi ridwan rigmor rigo rigoberto rihards riikka riina riitta
rik rika rikard rikarur rikey rikhar rikharur rikharð rikharður rikka rikke riku riley rim rimante rimantė rimjhim
rin rin-ah rin-bin rin-chae rin-chan rin-chul rin-da rin-do rin-dong rin-eun rin-gyu rin-ha rin-hee rin-ho rin-hoon
rin-hwa rin-hwan rin-hye rin-hyun rin-ja rin-jae rin-ji rin-jin rin-joo rin-joon rin-jun rin-jung rin-kyung rin-mi
rin-min rin-na rin-ok rin-sang rin-seo rin-seok rin-seung rin-so rin-soo rin-sook rin-su rin-sun rin-sung rin-tae
rin-won rin-woo rin-ye rin-yeon rin-yoon rin-young rin-yu rina rinah rinaldo rinbin rinchae rinchan rinchul rinda
rindo rindong rineun ringyu rinha rinhee rinho rinhoon rinhwa rinhwan rinhye rinhyun rini rinja rinjae rinji rinjin
rinjoo rinjoon rinjun rinjung rinkyung rinmi rinmin rinna rino rinok rinor rinsang rinseo rinseok rinseung rinso
rinsoo rinsook rinsu rinsun rinsung rintae rinwon rinwoo rinye rinyeon rinyoon rinyoung rinyu rio ripley risalet
risasi rishi risper risto rita ritesh ritt ritu ritva rivka riya riyad riza riziki rizki rizky rizvan ričardas
ričards rni roan roar rob robbe robbie robby robert roberta robertas robertina roberto roberts robin robinson robiya
robjorg robyn rocco rochdi rochelle rochus rocio rocío rodah rodel roderich roderick rodger rodgers rodica rodney
rodolfo rodolphe rodrigo rodrigue roee roel roeland rofn rogelio roger rogerio rogers rogn rognvald rognvaldur
rognvar rogério rohaan rohan rohat rohini rohit roise roisin rojnu rojus rok rokas rokkvi roko roksana roland
rolandas rolande rolando rolands rolant roldan roldán rolf rolf-dieter rolf-peter rollande romain romaine roman
romana romane romanita romanița romano romeo romina rommel romolo romuald romualdas romulo romulus romy román roméo
ron rona ronal ronald ronaldo ronan ronith ronja ronke ronni ronnie ronny rono rony ronya roope roos roosa roque
rori rory rorí ros rosa rosa-maria rosalba rosaleen rosalia rosalie rosalina rosalind rosalinda rosalinde rosalva
rosalía rosamel rosanna rosanne rosant rosar rosaria rosarie rosario rosaura rosberg rosbjorg rosborg rose
rose-marie roseanna rosel roselia roselinde roseline roselyn roselyne rosemarie rosemary rosenberg rosenda rosendo
rosetta rosette rosey rosfriur roshildur rosi rosie rosina rosinberg rosinkar rosinkara rosinkrans rosinkransa
rosita roska roskva rosl roslaug roslin roslind roslinda roslyn rosman rosmann rosmarie rosmary rosmunda rosmundur
rosny ross rossa rossana rostislav rostur roswita roswitha rosy rotich rotraud rotraut rottur roull rouven rowan
rowena roxana roxane roxanna roxanne roxelana roy roya royal roza rozalia rozalija roziya rozsa rozália rtogrul rua
ruairi ruairí ruari ruaridh rubani rubar ruben rubeyda rubiela ruby rubén ruchi rudecindo rudi rudiger rudite rudo
rudolf rudolfs rudolph rudra rudy rudīte ruedi rufina rufino ruggero ruggiero rugile rugilė ruhide ruhiu ruhsat
ruhshona ruhugul ruhugül rui rui-an rui-bo rui-chen rui-cheng rui-chun rui-dong rui-fang rui-feng rui-guo rui-hai
rui-han rui-hao rui-hong rui-hua rui-hui rui-jia rui-jian rui-jie rui-jin rui-jing rui-jun rui-kai rui-kang rui-lan
rui-lei rui-li rui-lin rui-ling rui-long rui-lu rui-mei rui-meng rui-ming rui-ning rui-pei rui-peng rui-qi rui-qian
rui-qiang rui-qing rui-ruo rui-shan rui-sheng rui-shi rui-shu rui-si rui-tao rui-tian rui-ting rui-wei rui-wen
rui-xia rui-xiao rui-xin rui-xiu rui-xuan rui-xue rui-ya rui-yan rui-yang rui-yao rui-yi rui-ying rui-yong rui-yu
rui-yuan rui-yue rui-yun rui-ze rui-zhao rui-zhen rui-zhi rui-zi ruian ruibo ruichen ruicheng ruichun ruidong
ruifang ruifeng ruiguo ruihai ruihan ruihao ruihong ruihua ruihui ruijia ruijian ruijie ruijin ruijing ruijun ruikai
ruikang ruilan ruilei ruili ruilin ruiling ruilong ruilu ruimei ruimeng ruiming ruining ruipei ruipeng ruiqi ruiqian
ruiqiang ruiqing ruiruo ruishan ruisheng ruishi ruishu ruisi ruitao ruitian ruiting ruiwei ruiwen ruixia ruixiao
ruixin ruixiu ruixuan ruixue ruiya ruiyan ruiyang ruiyao ruiyi ruiying ruiyong ruiyu ruiyuan ruiyue ruiyun ruize
ruizhao ruizhen ruizhi ruizi rukayya rukhsana rukia ruknettin rumar rumaysa rumeysa run runa runar rundis rune rungo
runhildur runi runny runný runolfur runólfur ruo-an ruo-bo ruo-chen ruo-cheng ruo-chun ruo-dong ruo-fang ruo-feng
ruo-guo ruo-hai ruo-han ruo-hao ruo-hong ruo-hua ruo-hui ruo-jia ruo-jian ruo-jie ruo-jin ruo-jing ruo-jun ruo-kai
ruo-kang ruo-lan ruo-lei ruo-li ruo-lin ruo-ling ruo-long ruo-lu ruo-mei ruo-meng ruo-ming ruo-ning ruo-pei ruo-peng
ruo-qi ruo-qian ruo-qiang ruo-qing ruo-rui ruo-shan ruo-sheng ruo-shi ruo-shu ruo-si ruo-tao ruo-tian ruo-ting
ruo-wei ruo-wen ruo-xia ruo-xiao ruo-xin ruo-xiu ruo-xuan ruo-xue ruo-ya ruo-yan ruo-yang ruo-yao ruo-yi ruo-ying
ruo-yong ruo-yu ruo-yuan ruo-yue ruo-yun ruo-ze ruo-zhao ruo-zhen ruo-zhi ruo-zi ruoan ruobo ruochen ruocheng
ruochun ruodong ruofang ruofeng ruoguo ruohai ruohan ruohao ruohong ruohua ruohui ruojia ruojian ruojie ruojin
ruojing ruojun ruokai ruokang ruolan ruolei ruoli ruolin ruoling ruolong ruolu ruomei ruomeng ruoming ruoning ruopei
ruopeng ruoqi ruoqian ruoqiang ruoqing ruorui ruoshan ruosheng ruoshi ruoshu ruosi ruotao ruotian ruoting ruowei
ruowen ruoxia ruoxiao ruoxin ruoxiu ruoxuan ruoxue ruoya ruoyan ruoyang ruoyao ruoyi ruoying ruoyong ruoyu ruoyuan
ruoyue ruoyun ruoze ruozhao ruozhen ruozhi ruozi rupa rupert ruperta ruperto rupesh ruqayya ruqiya ruri rurik rusen
rushil ruslan rusman rusne rusnė russell rusul rut ruta rute ruth ruthild rutur ruur ruwaihim ruxanda ruxandra ruy
ruza ruzena ruzica ruža ružena ružica ryan ryder rym ryma rymur ryo ryohei ryoko ryosuke ryota ryszard ryte rytis
rytė ryuichi rza rán ráðgeir ráðhildur ráðvarður réginald régine régis régulo réka rémi rémy ríkarður ríkey ríkharð
ríkharður rín ríta ríó róbert róberta róbjörg róisín rólant róman rómeó rómulo rós rósa rósalind rósanna rósant
rósar rósberg rósbjörg rósborg róselía rósenberg rósey rósfríður róshildur rósi rósinberg rósinkar rósinkara
rósinkrans rósinkransa róska róslaug róslind róslinda róslín rósmann rósmary rósmarý rósmunda rósmundur rósný róza
rózsa róża röfn rögn rögnvald rögnvaldur rögnvar rökkvi röskva röya röyal röðull rúbar rúben rúbý rúdólf rún rúna
rúnar rúndís rúnhildur rúrik rúrí rútur rübeyda rüdiger rüknettin rümeysa rüşen răducu răzvan rıfkıye rūdolfs rūta
růžena s'fiso sa saabir saad saadat saadiq saafir saahir saaiq saajid saal saalih saalim saanvi saaqib saar saara
saariyah saba sabah sabahat saban sabar sabari sabas sabatino sabbir sabeeh sabettin sabih sabihe sabil sabin sabina
sabine sabiq sabir saboor sabr sabri sabrina sabrína sabur saburah sabína sabır sac sacha sachi sachiko sachin sad
sadaka sadan sadao sadaqat sadat saddam sadeed sadeti sadia sadie sadik sadiki sadina sadiq sadittin sadiye sadman
sadq sadıq saeed safari safet safia safii safina safinaz safir safiri safiya safta safura safír saga sagal sagcan
sagt sahat sahdiye sahgul sahil sahin sahinbey sahinder sahir sahlar sahmar sahmettin sahnaz sahnuray sahra sai said
saida saidi saiful saim saima sair sairah saire saka sakari sakarias sakarías saki sakina sakip sakir saksham sakshi
sakti sakura salah salami salbjorg salbjörg saldis saldís saleh salgerur salgerður sali salih salim salima salimah
salimet salin salina salka salkn salkın sally salma salman salmann salmar salny salný salohiddin salome salomea
salomey salomon salomé salomón salsabila salud salurbay salvador salvar salvatore salvi salvor salvör salwa salín
salína salóme salómon sam samahat samaksh samama samandar samanta samantha samar samarth sameer samesh sami samiah
samiha samil samina samir samira samiya sammy samo samson samsul samu samuel samuele samuli samurtay samuël samwel
samweli samxal samy samúel sana sanavber sanaya sancak sancar sancho sanda sandalio sandeep sandel sander sandi
sandile sandis sandor sandra sandri sandrine sandro sandu sandur sandy sanela sang-ah sang-bin sang-chae sang-chan
sang-chul sang-da sang-do sang-dong sang-eun sang-gyu sang-ha sang-hee sang-ho sang-hoon sang-hwa sang-hwan sang-hye
sang-hyun sang-ja sang-jae sang-ji sang-jin sang-joo sang-joon sang-jun sang-jung sang-kyung sang-mi sang-min
sang-na sang-ok sang-rin sang-seo sang-seok sang-seung sang-so sang-soo sang-sook sang-su sang-sun sang-sung
sang-tae sang-won sang-woo sang-ye sang-yeon sang-yoon sang-young sang-yu sangah sangbin sangchae sangchan sangchul
sangda sangdo sangdong sangeetha sangeun sanggyu sangha sanghee sangho sanghoon sanghwa sanghwan sanghye sanghyun
sangja sangjae sangji sangjin sangjoo sangjoon sangjun sangjung sangkyung sangmi sangmin sangna sangok sangrin
sangseo sangseok sangseung sangso sangsoo sangsook sangsu sangsun sangsung sangtae sangwon sangwoo sangye sangyeon
sangyoon sangyoung sangyu sani sanije sanita sanja sanjar sanjay sanl sanna sanne sanni santa sante santeri santia
santiago santino santos santía sanur sanya sanziana sançar saoirse saood sapa saphira sapna sara sarabi sarafina
sarah sarah-jane sarah-louise sarai saranya sarcabay sardor sargn sargın sari sarina sarita sarka sarlota sarmite
sarmīte sarpkn sarpkın sarthak sarunas sarunporn sarvan sarvar sarvesh sarvinoz sarya sarína sarıcabay sasa sascha
sasha saskia saso sata sathvik satish satnam satomi satoshi satrettin satu saturnina saturnino satya satıa saul
saulius saumu saumya saundra saurabh sauti sava savak savannah saverio saveta savina savita savki savni saxi sayaka
sayal sayalı sayan saydam saygn saygın sayin sayn sayrak sayuri sayın sazime saçı saïd saúl sağcan sağıt saša sašo
sberg sbergur sbjorg sbjorn sbjort sborg scarlet scarleth scarlett scarlette scot scott sdis seamus sean sean-paul
seana seanan seaneen seanna sebastiaan sebastian sebastiano sebastiao sebastien sebastijan sebastián sebastião
sebastjan sebastían sebattin sebigul sebigül sebla seblâ secgul secme seda sedat sedife seema sefania sefanía sefer
sefi sefiye segilola segismundo segun segundo seha sehamet sehel sehreban sehza seif seifur seija seimur sejda sekim
selaheddin selale selam selamawit selatin selcan selcen selcuk selena seler selim selime selin selina seline selja
selka selma selmin selorm selvam selvi selâtin selçuk sem semat semender semenica semine semir semra semrin
semsettin semsinisa sena senad senan sencar sendogan senia seniha senkal senn senna senne sennur senol senta senthil
senía seo seo-ah seo-bin seo-chae seo-chan seo-chul seo-da seo-do seo-dong seo-eun seo-gyu seo-ha seo-hee seo-ho
seo-hoon seo-hwa seo-hwan seo-hye seo-hyun seo-ja seo-jae seo-ji seo-jin seo-joo seo-joon seo-jun seo-jung seo-kyung
seo-mi seo-min seo-na seo-ok seo-rin seo-sang seo-seok seo-seung seo-so seo-soo seo-sook seo-su seo-sun seo-sung
seo-tae seo-won seo-woo seo-ye seo-yeon seo-yoon seo-young seo-yu seo-yun seoah seobin seochae seochan seochul seoda
seodo seodong seoeun seogyu seoha seohee seoho seohoon seohwa seohwan seohye seohyun seoja seojae seoji seojin
seojoo seojoon seojun seojung seok-ah seok-bin seok-chae seok-chan seok-chul seok-da seok-do seok-dong seok-eun
seok-gyu seok-ha seok-hee seok-ho seok-hoon seok-hwa seok-hwan seok-hye seok-hyun seok-ja seok-jae seok-ji seok-jin
seok-joo seok-joon seok-jun seok-jung seok-kyung seok-mi seok-min seok-na seok-ok seok-rin seok-sang seok-seo
seok-seung seok-so seok-soo seok-sook seok-su seok-sun seok-sung seok-tae seok-won seok-woo seok-ye seok-yeon
seok-yoon seok-young seok-yu seokah seokbin seokchae seokchan seokchul seokda seokdo seokdong seokeun seokgyu seokha
seokhee seokho seokhoon seokhwa seokhwan seokhye seokhyun seokja seokjae seokji seokjin seokjoo seokjoon seokjun
seokjung seokkyung seokmi seokmin seokna seokok seokrin seoksang seokseo seokseung seokso seoksoo seoksook seoksu
seoksun seoksung seoktae seokwon seokwoo seokye seokyeon seokyoon seokyoung seokyu seokyung seomi seomin seona seook
seorin seosamh seosang seoseok seoseung seoso seosoo seosook seosu seosun seosung seotae seowon seowoo seoye seoyeon
seoyoon seoyoung seoyu seoyun sep sepp seppe seppo septi septima septíma sequoia sera seracettin serafeddin serafin
serafina serafín serah seraina serban serda seref sereina seren serena serezli serfinaz serge sergei sergej sergey
sergio sergiu sergius serhatmehmet serhiy serine serkan serma serman sernur serol serpil servac server servinaz
servác sesar seselia seselía sesil sesilia sesilía sessa sesselia sesselja sesselía sessilia sessilía seth setsuko
setya seun seung-ah seung-bin seung-chae seung-chan seung-chul seung-da seung-do seung-dong seung-eun seung-gyu
seung-ha seung-hee seung-ho seung-hoon seung-hwa seung-hwan seung-hye seung-hyun seung-ja seung-jae seung-ji
seung-jin seung-joo seung-joon seung-jun seung-jung seung-kyung seung-mi seung-min seung-na seung-ok seung-rin
seung-sang seung-seo seung-seok seung-so seung-soo seung-sook seung-su seung-sun seung-sung seung-tae seung-won
seung-woo seung-ye seung-yeon seung-yoon seung-young seung-yu seungah seungbin seungchae seungchan seungchul seungda
seungdo seungdong seungeun seunggyu seungha seunghee seungho seunghoon seunghwa seunghwan seunghye seunghyun seungja
seungjae seungji seungjin seungjoo seungjoon seungjun seungjung seungkyung seungmi seungmin seungna seungok seungrin
seungsang seungseo seungseok seungso seungsoo seungsook seungsu seungsun seungsung seungtae seungwon seungwoo
seungye seungyeon seungyoon seungyoung seungyu sevara sevcan sevdi sevdinar seve sever severiano severin severina
severine severino severo severín sevgen sevginur sevican sevil sevim sevinc sevinch sevindik sevket sevketfeza sevla
sevsevil seyda seydo seye seyfulla seyfullah seyhan seyi seyithan seymur seyran seyyide sezal sezen sezginbas
sezginbaş seán seçgül seçme sfinna sfriur sgerur shaban shabnam shadrack shafiq shahid shahina shahnoza shahram
shahriar shahriyor shahzod shahzoda shai shaima shakila shakira shalini shamsuddeen shan shan-an shan-bo shan-chen
shan-cheng shan-chun shan-dong shan-fang shan-feng shan-guo shan-hai shan-han shan-hao shan-hong shan-hua shan-hui
shan-jia shan-jian shan-jie shan-jin shan-jing shan-jun shan-kai shan-kang shan-lan shan-lei shan-li shan-lin
shan-ling shan-long shan-lu shan-mei shan-meng shan-ming shan-ning shan-pei shan-peng shan-qi shan-qian shan-qiang
shan-qing shan-rui shan-ruo shan-sheng shan-shi shan-shu shan-si shan-tao shan-tian shan-ting shan-wei shan-wen
shan-xia shan-xiao shan-xin shan-xiu shan-xuan shan-xue shan-ya shan-yan shan-yang shan-yao shan-yi shan-ying
shan-yong shan-yu shan-yuan shan-yue shan-yun shan-ze shan-zhao shan-zhen shan-zhi shan-zi shana shanan shanbo
shanchen shancheng shanchun shandong shane shanfang shanfeng shanguo shanhai shanhan shanhao shanhong shanhua
shanhui shani shania shanice shaniqua shanjia shanjian shanjie shanjin shanjing shanjun shankai shankang shankar
shanlan shanlei shanli shanlin shanling shanlong shanlu shanmei shanmeng shanming shanna shannan shannen shanning
shannon shanpei shanpeng shanqi shanqian shanqiang shanqing shanrui shanruo shansheng shanshi shanshu shansi shantao
shantian shanting shanwei shanwen shanxia shanxiao shanxin shanxiu shanxuan shanxue shanya shanyan shanyang shanyao
shanyi shanying shanyong shanyu shanyuan shanyue shanyun shanze shanzhao shanzhen shanzhi shanzi shari sharlene
sharmila sharon shashank shaun shauna shauneen shaurya shawana shawn shawna shay shayne shea sheamus sheela sheelagh
sheena shehu sheila sheilah sheilla sheillah shekoni shelby shelia shelley shelly shem sheng-an sheng-bo sheng-chen
sheng-cheng sheng-chun sheng-dong sheng-fang sheng-feng sheng-guo sheng-hai sheng-han sheng-hao sheng-hong
sheng-hsiung sheng-hua sheng-hui sheng-jia sheng-jian sheng-jie sheng-jin sheng-jing sheng-jun sheng-kai sheng-kang
sheng-lan sheng-lei sheng-li sheng-lin sheng-ling sheng-long sheng-lu sheng-mei sheng-meng sheng-ming sheng-ning
sheng-pei sheng-peng sheng-qi sheng-qian sheng-qiang sheng-qing sheng-rui sheng-ruo sheng-shan sheng-shi sheng-shu
sheng-si sheng-tao sheng-tian sheng-ting sheng-wei sheng-wen sheng-xia sheng-xiao sheng-xin sheng-xiu sheng-xuan
sheng-xue sheng-ya sheng-yan sheng-yang sheng-yao sheng-yi sheng-ying sheng-yong sheng-yu sheng-yuan sheng-yue
sheng-yun sheng-ze sheng-zhao sheng-zhen sheng-zhi sheng-zi shengan shengbo shengchen shengcheng shengchun shengdong
shengfang shengfeng shengguo shenghai shenghan shenghao shenghong shenghua shenghui shengjia shengjian shengjie
shengjin shengjing shengjun shengkai shengkang shenglan shenglei shengli shenglin shengling shenglong shenglu
shengmei shengmeng shengming shengning shengpei shengpeng shengqi shengqian shengqiang shengqing shengrui shengruo
shengshan shengshi shengshu shengsi shengtao shengtian shengting shengwei shengwen shengxia shengxiao shengxin
shengxiu shengxuan shengxue shengya shengyan shengyang shengyao shengyi shengying shengyong shengyu shengyuan
shengyue shengyun shengze shengzhao shengzhen shengzhi shengzi sheree sheri sherri sherry sheryl shi-an shi-bo
shi-chen shi-cheng shi-chun shi-dong shi-fang shi-feng shi-guo shi-hai shi-han shi-hao shi-hong shi-hua shi-hui
shi-jia shi-jian shi-jie shi-jin shi-jing shi-jun shi-kai shi-kang shi-lan shi-lei shi-li shi-lin shi-ling shi-long
shi-lu shi-mei shi-meng shi-ming shi-ning shi-pei shi-peng shi-qi shi-qian shi-qiang shi-qing shi-rui shi-ruo
shi-shan shi-sheng shi-shu shi-si shi-tao shi-tian shi-ting shi-wei shi-wen shi-xia shi-xiao shi-xin shi-xiu
shi-xuan shi-xue shi-ya shi-yan shi-yang shi-yao shi-yi shi-ying shi-yong shi-yu shi-yuan shi-yue shi-yun shi-ze
shi-zhao shi-zhen shi-zhi shi-zi shian shibo shichen shicheng shichun shida shidong shiela shifang shifeng shigeru
shiguo shih-chang shih-han shih-ming shihai shihan shihao shihong shihua shihui shijia shijian shijie shijin shijing
shijun shikai shikang shikha shilan shildur shilei shili shilin shiling shilong shilpa shilu shimei shimeng shiming
shinead shingo shining shinji shiori shipei shipeng shiqi shiqian shiqiang shiqing shira shireen shirin shirley
shirui shiruo shishan shisheng shishu shisi shitao shitian shiting shiva shivani shivansh shiwei shiwen shixia
shixiao shixin shixiu shixuan shixue shiya shiyan shiyang shiyao shiyi shiying shiyong shiyu shiyuan shiyue shiyun
shize shizhao shizhen shizhi shizi shizuka shlomo shmuel sho shoaib shobha shohei shohjahon shohrux shola shona
shota shpresa shqipe shraddha shravya shreya shruti shu-an shu-bo shu-chen shu-cheng shu-ching shu-chuan shu-chun
shu-dong shu-fang shu-fen shu-feng shu-guo shu-hai shu-han shu-hao shu-hong shu-hua shu-hui shu-jia shu-jian shu-jie
shu-jin shu-jing shu-jun shu-kai shu-kang shu-lan shu-lei shu-li shu-lin shu-ling shu-long shu-lu shu-mei shu-meng
shu-min shu-ming shu-ning shu-pei shu-peng shu-qi shu-qian shu-qiang shu-qing shu-rui shu-ruo shu-shan shu-sheng
shu-shi shu-si shu-tao shu-tian shu-ting shu-wei shu-wen shu-xia shu-xiao shu-xin shu-xiu shu-xuan shu-xue shu-ya
shu-yan shu-yang shu-yao shu-yi shu-ying shu-yong shu-yu shu-yuan shu-yue shu-yun shu-ze shu-zhao shu-zhen shu-zhi
shu-zi shuan shuang shubham shubo shuchen shucheng shuchun shudong shufang shufeng shuguo shuhai shuhan shuhao
shuhong shuhua shuhui shujia shujian shujie shujin shujing shujun shukai shukang shukrona shulan shulei shuli shulin
shuling shulong shulu shumei shumeng shuming shun shuning shupei shupeng shuqi shuqian shuqiang shuqing shurui
shuruo shushan shusheng shushi shusi shutao shutian shuting shuwei shuwen shuxia shuxiao shuxin shuxiu shuxuan
shuxue shuya shuyan shuyang shuyao shuyi shuying shuyong shuyu shuyuan shuyue shuyun shuze shuzhao shuzhen shuzhi
shuzi shweta si si-bo si-chen si-cheng si-chun si-dong si-fang si-feng si-guo si-hai si-han si-hao si-hong si-hua
si-hui si-jia si-jian si-jie si-jin si-jing si-jun si-kai si-kang si-lan si-lei si-li si-lin si-ling si-long si-lu
si-mei si-meng si-ming si-ning si-pei si-peng si-qi si-qian si-qiang si-qing si-rui si-ruo si-shan si-sheng si-shi
si-shu si-tao si-tian si-ting si-wei si-wen si-xia si-xiao si-xin si-xiu si-xuan si-xue si-ya si-yan si-yang si-yao
si-yi si-ying si-yong si-yu si-yuan si-yue si-yun si-zhao si-zhen si-zhi si-zi sia sian siavash sibel sibilla
sibille sibo sibonelo sibongile sibusisiwe sibusiso sibylla sibylle sichen sicheng sichun sidar siddharth side sidiq
sidki sidong sidonia sidónia siebe siegbert siegfried sieghard sieglinde siegmar siegmund siegrid siegried siegrun
siegward siem sien siena sienna sierra sif sifa sifang sifeng sifuna sigbergur sigbert sigbjartur sigbjorn sigbjörn
sigdis sigdor sigdora sigdís sigdór sigdóra sigfastur sigfinnur sigfreur sigfreður sigfri sigfrid sigfrido sigfried
sigfriur sigfríð sigfríður sigfus sigfús sigga sigge siggeir siggerur siggerður sighvatur sigismund sigita sigjon
sigjón siglaugur siglinde sigmann sigmar sigmund sigmunda sigmundur signa signar signe signhildur signy signý sigor
sigora sigri sigrid sigrikur sigriur sigrun sigruur sigríkur sigríður sigrún sigsteinn sigtryggur sigtyr sigtýr
siguo sigur sigura sigurast sigurasta sigurbaldur sigurbara sigurberg sigurbergur sigurbirna sigurbjarni
sigurbjartur sigurbjorg sigurbjorn sigurbjort sigurbjörg sigurbjörn sigurbjört sigurborg sigurbrandur sigurbára
sigurd sigurdis sigurdor sigurdora sigurdrif sigurdrifa sigurdríf sigurdrífa sigurdís sigurdór sigurdóra sigurey
sigurfinna sigurfinnur sigurfljo sigurfljóð sigurgeir sigurgeira sigurgestur sigurgisli sigurgrimur sigurgrímur
sigurgísli sigurhanna sigurhans sigurhelga sigurhildur sigurhjortur sigurhjörtur sigurjon sigurjona sigurjón
sigurjóna sigurkarl sigurlas sigurlaug sigurlaugur sigurleif sigurleifur sigurlii sigurlilja sigurlin sigurlina
sigurlinn sigurlinni sigurliði sigurlás sigurlín sigurlína sigurmann sigurmar sigurmon sigurmunda sigurmundur
sigurnanna sigurnyas sigurnyjas sigurnýas sigurnýjas siguroddur siguroli siguror sigurora sigurosk sigurpall
sigurpáll sigurros sigurrós sigursteina sigursteinn sigursveinn sigurunn sigurur sigurvaldi sigurveig sigurvin
sigurvina sigurást sigurásta sigurða sigurður siguróli sigurósk sigurþór sigurþóra sigvaldi sigvard sigvarur
sigvarður sigyn sigþrúður sigþór sigþóra sihai sihan sihao sihawukele sihong sihua sihui siim siiri sijia sijian
sijie sijin sijing sijuade sijun sikai sikang siku sil sila silan silanur silas sile silei silfa silfrun silfrún
silfá sili silin siling silja silje silka silke silla sille silli silondile silong silu silva silvan silvana silvano
silvester silvestre silvestro silvia silvian silviana silvie silvija silvio silviu silvo silvía sima simao simas
simber sime simei simen simeng simeon simi similoluwa simina siming simion simisola simiyu simo simon simona simonas
simone simonetta simonia simonne simphiwe simphiweyinkosi simran simten simão simón sina sinaida sinan sinasi sindre
sindri sindy sine sinead sini sinica sinică sinikka sining sinisa siniša sintija sinéad siobain sioban siobhain
siobhan siofra sione sipei sipeng siper siphesihle sipho siqi siqian siqiang siqing sir sirac sirap siri sirin
siriporn sirivan sirje sirkka sirnir siro sirpa sirra sirry sirrý sirui siruo sirus sirzad sishan sisheng sishi
sishu sisi siska sisko sissel sita sitao sithembiso siti sitian siting sitiwat sittik sittikorn siv siva sivar
sivert siwei siwen sixia sixiao sixin sixiu sixten sixto sixuan sixue siya siyabonga siyan siyang siyao siyi siying
siyong siyu siyuan siyue siyun sizhao sizhen sizhi sizi sizwe siân sjafnar sjoerd sjofn sjöfn skafti skaidrite
skaidrīte skapti skarpheinn skarpheiur skarpheiður skarphéðinn skefill skeggi skender skii skirnir skjoldur skjöldur
skolastika skorri skr skringur skugga skuggi skula skuld skuli skulina skuta skye skyla skylar skær skæringur
skírnir skíði skúla skúli skúlína skúta sla sladjana slamet slaug slaugur slava slavena slavica slavisa slavka
slavko slavomir slavomira slavomír slavomíra slavěna slawomir slobodan sláva slávka smann smaranda smari smilte
smiltė smita smith smiur smiður smunda smundur smyrill smári snbjartur snbjorg snbjorn snbjort snborg snbra sndis
sneha sneider snezana snfriur snholm snjafriur snjaka snjezana snježana snjofriur snjoki snjolaug snjolaugur
snjolfur snjáfríður snjáka snjófríður snjóki snjólaug snjólaugur snjólfur snlaug snlaugur snor snorra snorri snot
snr snringur snros snrun snvar snvarr sny snæbjartur snæbjörg snæbjörn snæbjört snæborg snæbrá snædís snæfríður
snæhólm snælaug snælaugur snær snæringur snærós snærún snævar snævarr snæþór snót so-ah so-bin so-chae so-chan
so-chul so-da so-do so-dong so-eun so-gyu so-ha so-hee so-ho so-hoon so-hwa so-hwan so-hye so-hyun so-ja so-jae
so-ji so-jin so-joo so-joon so-jun so-jung so-kyung so-mi so-min so-na so-ok so-rin so-sang so-seo so-seok so-seung
so-soo so-sook so-su so-sun so-sung so-tae so-won so-woo so-ye so-yeon so-yoon so-young so-yu soah sobin sochae
sochan sochul socorro soda sodo sodong soeun soffanias soffanías soffia soffía sofi sofia sofiane sofie sofija
sofonias sofus sofía sogyu soha sohee sohel soho sohoon sohret sohwa sohwan sohye sohyun soja sojae soji sojin sojoo
sojoon sojun sojung sokmen sokrates sokyung sol sola solange solberg solbergur solbjartur solbjorg solbjorn solbjort
solborg solbra solbrun soldis soldogg sole soledad soleh solene soley solfriur solgerur solhildur soliha solimann
solin soline solkatla sollilja solma solmar solmaz solmundur solny solomon solon solros solrun solva solvar solveig
solvej solver solvey solvi solvin solvina solvita solvor solène somadina somchai somi somin sompong somsak somto
somtochukwu sona sonad sonal sonata sondre songul songurkan songül sonia sonja sonke sonnur sonny sonný sonya soo-ah
soo-bin soo-chae soo-chan soo-chul soo-da soo-do soo-dong soo-eun soo-gyu soo-ha soo-hee soo-ho soo-hoon soo-hwa
soo-hwan soo-hye soo-hyun soo-ja soo-jae soo-ji soo-jin soo-joo soo-joon soo-jun soo-jung soo-kyung soo-mi soo-min
soo-na soo-ok soo-rin soo-sang soo-seo soo-seok soo-seung soo-so soo-sook soo-su soo-sun soo-sung soo-tae soo-won
soo-woo soo-ye soo-yeon soo-yoon soo-young soo-yu sooah soobin soochae soochan soochul sooda soodo soodong sooeun
soogyu sooha soohee sooho soohoon soohwa soohwan soohye soohyun sooja soojae sooji soojin soojoo soojoon soojun
soojung sook sook-ah sook-bin sook-chae sook-chan sook-chul sook-da sook-do sook-dong sook-eun sook-gyu sook-ha
sook-hee sook-ho sook-hoon sook-hwa sook-hwan sook-hye sook-hyun sook-ja sook-jae sook-ji sook-jin sook-joo
sook-joon sook-jun sook-jung sook-kyung sook-mi sook-min sook-na sook-ok sook-rin sook-sang sook-seo sook-seok
sook-seung sook-so sook-soo sook-su sook-sun sook-sung sook-tae sook-won sook-woo sook-ye sook-yeon sook-yoon
sook-young sook-yu sookah sookbin sookchae sookchan sookchul sookda sookdo sookdong sookeun sookgyu sookha sookhee
sookho sookhoon sookhwa sookhwan sookhye sookhyun sookja sookjae sookji sookjin sookjoo sookjoon sookjun sookjung
sookkyung sookmi sookmin sookna sookok sookrin sooksang sookseo sookseok sookseung sookso sooksoo sooksu sooksun
sooksung sooktae sookwon sookwoo sookye sookyeon sookyoon sookyoung sookyu sookyung soomi soomin soona soook soorin
soosang sooseo sooseok sooseung sooso soosook soosu soosun soosung sootae soowon soowoo sooye sooyeon sooyoon
sooyoung sooyu sophanias sophanías sophia sophie sophie-louise sophie-marie sophus sophy sor sora soraia sorana
sorawut soraya sorcha soren sorin sorina sorli sosang soseo soseok soseung sosimo sosoo sosook sosu sosun sosung
sota sotae sotaro souad soufiane souma soumia sowande sowmya sowon sowoo soydaner soye soyeon soykan soykut soyler
soyoon soyoung soyselcuk soyselçuk soyu sozer soňa spartakus spela spencer speranta speranța sphiwe spoi spori
sporði spyros spói sr srecko sren srečko sri sridevi sridhar srikant srikanth srine srinivas srinivasan sros srriye
srun ss ssol ssu-yu stacey stacie stacy staffan stan stana stanca stancu stanisaw stanislaus stanislav stanislava
stanislavs stanislaw stanisław stanka stanko stanley stapi starkaur starkaður starri stavros stavroula staņislavs
steen stef stefaan stefan stefana stefani stefania stefanie stefanija stefanny stefano stefanía steffen steffi
stefica stefka stefnir stefán stefánný stein steina steinar steinarr steinberg steinbergur steinbjorg steinbjorn
steinbjörg steinbjörn steinborg steindis steindor steindora steindís steindór steindóra steiney steinfinnur
steinfriur steinfríður steingerur steingerður steingrimur steingrímur steinhildur steini steinkell steinlaug
steinmann steinmar steinmour steinmóður steinn steinolfur steinor steinora steinros steinrour steinrun steinrós
steinröður steinrún steinunn steinvarur steinvarður steinvor steinvör steinólfur steinþór steinþóra stela stelian
steliana stella stellah stellan steluta steluța sten stepan stepanka stephan stephane stephanie stephany stephen
stephene sterre steve steven stewart stian stien stig stigheiur stigrun stigur stijn stilla stina stine stirnir
stiven stjarna stjepan stojan stormur storolfur struan stuart sture sturla sturlaugur sturri styr styrbjorn
styrbjörn styrgerur styrgerður styrkar styrkár styrmir styrr stéphan stéphane stéphanie stígheiður stígrún stígur
stína stórólfur su-ah su-bin su-chae su-chan su-chen su-chin su-ching su-chu su-chul su-da su-dong su-eun su-gyu
su-ha su-hee su-ho su-hoon su-hwa su-hwan su-hye su-hyun su-ja su-jae su-ji su-jin su-joo su-joon su-jun su-jung
su-kyung su-lan su-mi su-min su-na su-ok su-rin su-sang su-seo su-seok su-seung su-so su-soo su-sook su-sun su-sung
su-tae su-won su-woo su-ye su-yeon su-yoon su-young su-yu suah suat suayp subha subhan subin subomi subramanian
subutiye sucaettin suchae suchan suchul suci suda sudha sudi sudiksha sudong sue sueun sugra sugyu suha suhani suhee
suheyda suho suhoon suhwa suhwan suhye suhyun suja sujae sujata suji sujin sujoo sujoon sujun sujung sukanya
sukhwinder sukri sukru sukufe sukur sukyung sula suleiman suleyla suleyman sulhi sultan sultane sumarlii sumarlina
sumarliði sumarlína sumarros sumarrós sumaya sumayya sumayyah sumerya sumeyye sumi sumin sumit summer sun-ah sun-bin
sun-chae sun-chan sun-chul sun-da sun-do sun-dong sun-eun sun-gyu sun-ha sun-hee sun-ho sun-hoon sun-hwa sun-hwan
sun-hye sun-hyun sun-ja sun-jae sun-ji sun-jin sun-joo sun-joon sun-jun sun-jung sun-kyung sun-mi sun-min sun-na
sun-ok sun-rin sun-sang sun-seo sun-seok sun-seung sun-so sun-soo sun-sook sun-su sun-sung sun-tae sun-won sun-woo
sun-ye sun-yeon sun-yoon sun-young sun-yu suna sunah sunay sunbin sunchae sunchan sunchul sunda sundar sundaram
sundo sundong sune sunel suner suneun sung-ah sung-bin sung-chae sung-chan sung-chul sung-da sung-do sung-dong
sung-eun sung-gyu sung-ha sung-hee sung-ho sung-hoon sung-hwa sung-hwan sung-hye sung-hyun sung-ja sung-jae sung-ji
sung-jin sung-joo sung-joon sung-jun sung-jung sung-kyung sung-mi sung-min sung-na sung-ok sung-rin sung-sang
sung-seo sung-seok sung-seung sung-so sung-soo sung-sook sung-su sung-sun sung-tae sung-won sung-woo sung-ye
sung-yeon sung-yoon sung-young sung-yu sungah sungara sungbin sungchae sungchan sungchul sungda sungdo sungdong
sungeun sunggyu sungha sunghee sungho sunghoon sunghwa sunghwan sunghye sunghyun sungja sungjae sungji sungjin
sungjoo sungjoon sungjun sungjung sungkyung sungmi sungmin sungna sungok sungrin sungsang sungseo sungseok sungseung
sungso sungsoo sungsook sungsu sungsun sungtae sungwon sungwoo sungye sungyeon sungyoon sungyoung sungyu sunha
sunhee sunho sunhoon sunhwa sunhwan sunhye sunhyun sunil sunita sunja sunjae sunji sunjin sunjoo sunjoon sunjun
sunjung sunkyung sunmi sunmin sunn sunna sunnefa sunneva sunniva sunníva sunok sunrin sunsang sunseo sunseok
sunseung sunso sunsoo sunsook sunsu sunsung suntae sunwon sunwoo sunye sunyeon sunyoon sunyoung sunyu suok supasit
supasita suphi surachai suraj surbhi surendra suresh surin surya susam susan susana susang susanita susann susanna
susannah susanne suse susen suseo suseok suseung susi suso susoo susook sussanne sussie susumu susun susung sutae
suus suvakit suvari suvi suwijuk suwon suwoo suye suyeon suyoon suyoung suyu suzana suzanna suzanne suze suzer
suzette suzy suğra svafa svafar svafnir svala svald svaldur svali svalrun svalrún svan svana svanberg svanbergur
svanbjorg svanbjorn svanbjort svanbjörg svanbjörn svanbjört svanborg svandis svandís svaney svanfriur svanfríður
svangeir svanheiur svanheiður svanhildur svanholm svanhvit svanhvít svanhólm svani svanlaug svanlaugur svanmundur
svanor svanros svanruur svanrós svante svanur svanþrúður svanþór svar svarr svatopluk svatoslav svava svavar svea
svein sveina sveinar sveinberg sveinbjartur sveinbjorg sveinbjorn sveinbjörg sveinbjörn sveinborg sveindis sveindís
sveiney sveinfriur sveinfríður sveingerur sveingerður sveinhildur sveinjon sveinjón sveinlaug sveinlaugur sveinmar
sveinn sveinor sveinros sveinrun sveinrós sveinrún sveinsina sveinsína sveinungi sveinveig sveinþór sven sven-erik
sven-olof svend svenja svenning sverre sverrir svetlana svetozar svetozár svin svolnir svor svorfuur sváfnir
svätopluk svölnir svörfuður světlana swala swaleh swantje swapna swati swen swetlana sx syahrini sybilla sybille
sydney sylgja sylhan sylivia sylke sylva sylvain sylvaine sylvana sylvere sylvester sylvia sylviane sylvianne sylvie
sylvio sylvère sylvía sylwia synnve synnøve syrus sys szabolcs szilard szilveszter szilvia szilárd szymon sándor
sára sânziana sæberg sæbergur sæbjörg sæbjörn sæbjört sæborg sædís sæfinna sæfríður sæhildur sæi sælaug sælaugur
sæmann sæmunda sæmundur sæný sær særós særún sæsól sæunn sævald sævaldur sævar sævarr sævin sævör sæþór séamus
sébastien sérgio séverin séverine sía sílvia símon símonía sírnir sírus sísí síta sívar sófus sófónías sókrates sól
sóla sólberg sólbergur sólbjartur sólbjörg sólbjörn sólbjört sólborg sólbrá sólbrún sóldís sóldögg sóley sólfríður
sólgerður sólhildur sólimann sólkatla sóllilja sólmar sólmundur sólný sólon sólrós sólrún sólveig sólver sólvin
sólvör sólín sónata sónia sökmen sölmundur sölva sölvar sölvey sölvi sölvína sönke sören sörli söyler sözer søren
sørine søs súla súsan súsanna sübhan sücaettin süha süheyda sükrü süleyla süleyman sümerya sümeyye süner süsen
süvari süzer sýrus sıla sırriye sıylıhan ta-tanisha taahaa taahir taaj taalib taamir taanish taariq taban tabassum
tabea tabish tabita tabitha taciddin tacnur tadas tadashi tade tadeas tadeen tadej tadeja tadeo tadeusz tadeáš tadhg
tae-ah tae-bin tae-chae tae-chan tae-chul tae-da tae-do tae-dong tae-eun tae-gyu tae-ha tae-hee tae-ho tae-hoon
tae-hwa tae-hwan tae-hye tae-hyun tae-ja tae-jae tae-ji tae-jin tae-joo tae-joon tae-jun tae-jung tae-kyung tae-mi
tae-min tae-na tae-ok tae-rin tae-sang tae-seo tae-seok tae-seung tae-so tae-soo tae-sook tae-su tae-sun tae-sung
tae-won tae-woo tae-yang tae-ye tae-yeon tae-yoon tae-young tae-yu taeah taebin taechae taechan taechul taeda taedo
taedong taeeun taegyu taeha taehee taeho taehoon taehwa taehwan taehye taehyun taeja taejae taeji taejin taejoo
taejoon taejun taejung taekyung taemi taemin taena taeok taerin taesang taeseo taeseok taeseung taeso taesoo taesook
taesu taesun taesung taewon taewoo taeyang taeye taeyeon taeyoon taeyoung taeyu tafadzwa tafazal tagangul tagangül
tage taha tahaw-wur tahawwur taheem tahir tahlia tahmaseb tahmeed tahmid tahmina tahoor tahseen tai taial taichi
taimur taina taine taisir taisto taiwo taj taja tajammal tajammul tajudinn tajus takahiro takako takashi takatifu
takeshi takuma takumi takuya tal tala talal talat talayer talb talha talhah tali talia talib talibe talía talıb tama
tamam tamanna tamar tamara tamas tamasa tamati tamaydn tamaydın tamaşa tambika tameka tami tamilla tammie tammy tamu
tamás tan tanak tanay tanbay tandogdu tandoğdu tandri tane taneli tangaroa tangul tanguy tangül tanhan tania tanimu
tanish tanisha tanja tanmayi tanner tanpnar tanpınar tanr tanses tansev tansg tansığ tantri tanuja tanveer tanvi
tanvir tanya tanyolac tanyolaç tanyu tanía tanır tao tao-an tao-bo tao-chen tao-cheng tao-chun tao-dong tao-fang
tao-feng tao-guo tao-hai tao-han tao-hao tao-hong tao-hua tao-hui tao-jia tao-jian tao-jie tao-jin tao-jing tao-jun
tao-kai tao-kang tao-lan tao-lei tao-li tao-lin tao-ling tao-long tao-lu tao-mei tao-meng tao-ming tao-ning tao-pei
tao-peng tao-qi tao-qian tao-qiang tao-qing tao-rui tao-ruo tao-shan tao-sheng tao-shi tao-shu tao-si tao-tian
tao-ting tao-wei tao-wen tao-xia tao-xiao tao-xin tao-xiu tao-xuan tao-xue tao-ya tao-yan tao-yang tao-yao tao-yi
tao-ying tao-yong tao-yu tao-yuan tao-yue tao-yun tao-ze tao-zhao tao-zhen tao-zhi tao-zi taoan taobo taochen
taocheng taochun taodong taofang taofeng taoguo taohai taohan taohao taohong taohua taohui taojia taojian taojie
taojin taojing taojun taokai taokang taolan taolei taoli taolin taoling taolong taolu taomei taomeng taoming taoning
taopei taopeng taoqi taoqian taoqiang taoqing taorui taoruo taoshan taosheng taoshi taoshu taosi taotian taoting
taowei taowen taoxia taoxiao taoxin taoxiu taoxuan taoxue taoya taoyan taoyang taoyao taoyi taoying taoyong taoyu
taoyuan taoyue taoyun taoze taozhao taozhen taozhi taozi tapani tapio tara tarak taranc tarancı taras tarek tarfaan
tarfur tari tarik tariq tariyel tarja tarmo taro tarts tartış taru tarun tarzicius tarzícius tasar tasdik tasha
taskan tasnim tassilo tasvir taswir tatenda tatiana tatjana tatsuya tatu tatyana taufan taufik tauno tautvydas
tawkeel tayaydn tayaydın taygan tayla taylak taylor tayyibe tayyip taçnur taşar taşkan tea teber tebogo tecimer
tecla ted teddy tedi teea teemu teerth teetat tegan teguh teija teitny teitný teitur teja tejas tejinder tejs tekbay
tekecan tekiner tekla teknaz teksoy telemaco telim tellervo telma telman telmo telse temidayo temime temir temirhan
temistocle temitope temizkal temucin temuçin tendai tenis tenvir tenzin teo teobaldo teodor teodora teodoro teodors
teodosia teodosio teofil teofila teofilo teohari teona tera tercan tere terence teresa terese teresia teresiah
teresita teresía terez tereza terezia terezija terhi terina terje terlan tero terrance terrell terrence terri terry
terttu teréz terézia tesfay tesfaye tess tessa tetsuya teun teuta teuvo tevs tewodros teybet teymur teymuraz
teymurcin teymurçin tezcan tezol teófila teófilo thabang thabani thabisa thabisile thabiti thabo thaddaus thaddeus
thaddäus thais thalente thales thalia thanatcha thanawat thandazile thandeka thandi thandiwe thando thangaraj thanh
thanos thao thaís thea theda thekla thelma themba thembeka thembekile thembile thembisile theo theobald theodoor
theodor theodora theodore theodoro theodoros theodór theodóra theophil theophile theres theresa therese theresia
therése theódór theódóra thi thiago thiare thibaud thibault thibaut thibo thien thierry thies thijmen thijn thijs
thilo thinh thinhinane thom thomas thomás thor thoralf thorben thorberg thore thorsten thu thulani thuo thure
thuthukile thuy thành théa théo théodore théophile thérèse thór thảo thịnh thủy tia tiago tian tian-an tian-bo
tian-chen tian-cheng tian-chun tian-dong tian-fang tian-feng tian-guo tian-hai tian-han tian-hao tian-hong tian-hua
tian-hui tian-jian tian-jie tian-jin tian-jing tian-jun tian-kai tian-kang tian-lan tian-lei tian-li tian-lin
tian-ling tian-long tian-lu tian-mei tian-meng tian-ming tian-ning tian-pei tian-peng tian-qi tian-qian tian-qiang
tian-qing tian-rui tian-ruo tian-shan tian-sheng tian-shi tian-shu tian-si tian-tao tian-ting tian-wei tian-wen
tian-xia tian-xiao tian-xin tian-xiu tian-xuan tian-xue tian-ya tian-yan tian-yang tian-yao tian-yi tian-ying
tian-yong tian-yu tian-yuan tian-yue tian-yun tian-ze tian-zhao tian-zhen tian-zhi tian-zi tiana tianan tianbo
tianchen tiancheng tianchun tiandong tianfang tianfeng tianguo tianhai tianhan tianhao tianhong tianhua tianhui
tianjian tianjie tianjin tianjing tianjun tiankai tiankang tianlan tianlei tianli tianlin tianling tianlong tianlu
tianmei tianmeng tianming tianning tianpei tianpeng tianqi tianqian tianqiang tianqing tianrui tianruo tianshan
tiansheng tianshi tianshu tiansi tiantao tianting tianwei tianwen tianxia tianxiao tianxin tianxiu tianxuan tianxue
tianya tianyan tianyang tianyao tianyi tianying tianyong tianyu tianyuan tianyue tianyun tianze tianzhao tianzhen
tianzhi tianzi tiara tiare tiarna tiarnan tibe tiberia tiberiu tibo tibor tibra tiburcio ticen tichomir tichomír
tiegan tien tiernan ties tiffany tigin tigist tiia tiina tiit tiiu tijl tijmen tijn tijs til tilda tilde tilen till
tillmann tilly tilman tilmann tilo tim timbul timea timeo timi timm timmy timo timon timotei timotej timoteo
timoteus timothee timothy timothée timur timurtas timurtaş timéo tina tinashe tinca tincuta tincuța tindar tindra
tindri tindur tine tineke ting ting-an ting-bo ting-chen ting-cheng ting-chun ting-dong ting-fang ting-feng ting-guo
ting-hai ting-han ting-hao ting-hong ting-hua ting-hui ting-jia ting-jian ting-jie ting-jin ting-jing ting-jun
ting-kai ting-kang ting-lan ting-lei ting-li ting-lin ting-ling ting-long ting-lu ting-mei ting-meng ting-ming
ting-ning ting-pei ting-peng ting-qi ting-qian ting-qiang ting-qing ting-rui ting-ruo ting-shan ting-sheng ting-shi
ting-shu ting-si ting-tao ting-tian ting-wei ting-wen ting-xia ting-xiao ting-xin ting-xiu ting-xuan ting-xue
ting-ya ting-yan ting-yang ting-yao ting-yi ting-ying ting-yong ting-yu ting-yuan ting-yue ting-yun ting-ze
ting-zhao ting-zhen ting-zhi ting-zi tingan tingbo tingchen tingcheng tingchun tingdong tingfang tingfeng tingguo
tinghai tinghan tinghao tinghong tinghua tinghui tingjia tingjian tingjie tingjin tingjing tingjun tingkai tingkang
tinglan tinglei tingli tinglin tingling tinglong tinglu tingmei tingmeng tingming tingning tingpei tingpeng tingqi
tingqian tingqiang tingqing tingrui tingruo tingshan tingsheng tingshi tingshu tingsi tingtao tingtian tingwei
tingwen tingxia tingxiao tingxin tingxiu tingxuan tingxue tingya tingyan tingyang tingyao tingyi tingying tingyong
tingyu tingyuan tingyue tingyun tingze tingzhao tingzhen tingzhi tingzi tinna tinne tinni tino tira tirdad tirsa
tirta tirtayasa tirza tisa tishk tistran titas titi titilayo titin tito titus tivadar tiziana tiziano tiğin tiến
tjaldur tjandra tjasa tjaša tjorfi tjorvi tjörfi tjörvi tnal toan tobias tobiasz tobiloba tobiáš toby tobías
tochukwu todd todda todor todsawun tofiq togan togrul toi toivo toka toker toki tokoz toktug toktuğ tokunbo toköz
tola tolga tolli tolonbay tolu tolulope toluwanimi tom toma tomas tomasa tomasz tomaz tomaž tome tomi tomislav
tommaso tommi tommy tomo tomoko tomomi tomori tomoya tomris toms tomurcuk tomàs tomás tomáš tomé tone tonguc tonguç
toni tonia tonicha tonino tonje tonni tonny tono tonu tony tonya toomas toon tope topias topuz tor tora toralf
torben torbjorg torbjorn torbjrn torbjörg torbjörn torbjørn tord tore torel torfey torfheiur torfheiður torfhildur
torfi torgny torhan tori toribio torill torquato torsten tory toshiro tota tova tove tovuz toy toyin toàn toño toğan
toğrul tracey traci tracie tracy traian tran trang transito traude traudel traudl traugott trausti traute travis
treacy treasa trent trevon trevor tri tricia triin trina trine trini trinidad trinity triona tripti trisha tristan
tristana tristán triveni triya troels trond trong trostan troy tru trude trudel trudi trumann trung truong trupti
tryggva tryggvi tryggvina tryggvína tránsito trí trú trúmann trīne trọng tsegaye tshepo tsion tsubasa tsuma
tsung-han tsung-hsien tsung-lin tsung-ming tuan tuana tuba tudor tudora tudorita tudorița tudosia tuere tufani
tugcan tugce tugiman tugrulhan tugtas tui tuija tukelalp tukufu tulay tule tulia tulin tulio tullio tulun tumas
tumelo tumer tumi tumkurt tumusiime tunahan tunar tuncboga tunchanok tuncklc tunde tung tunguc tunguç tunji tunradee
tunçboğa tunçkılıç tuomas tuomo turabi tural turan turcan turcein ture turgut turid turkalp turkan turkmen turknur
turlough turvi turxan tushar tutkucan tutkun tutu tuukka tuula tuuli tuulia tuulikki tuur tuva tuyet tuyug tuyuğ
tuzeer tuzenur tuğcan tuğrulhan tuğtaş tuğçe tuấn twan tycho tygo tyla tyler tymon tymoteusz tyr tyra tyrfingur
tyrone tyson tzu-chen tzu-ching tzu-en tzu-han tzu-hao tzu-hsiang tzu-jui tânia téo tía tíbrá tímea tími tímon
tímoteus tímóteus tína tístran tóbías tóbý tói tóka tóki tómas tór tóta tõnu törel tùng tükelalp tülay tülin tümer
tümkurt tünde türabi türcan türkalp türkan türkmen türknur tüzeer tüzenur týr týra tınal ubaadah ubadah ubah ubaid
ubaidah ubaldo ubay ubayd ubaydullah ubbi uberlinda uberto ubeydullah ubika uc ucan ucbeyi ucchal ucgul uche uchenna
uchita uda udant udarsh uddi udeen udeera udo udoka udyati ueli ufa uffe ufukay ugan uge uggi ugla ugne ugnė ugo
ugochukwu ugolino ugur ugurkan ugurtan uhban ujamaa ujunwa ukasz ula ulakbey uldis ulduz ulf ulfa ulfar ulfat ulfdis
ulfet ulfey ulfgeir ulfheinn ulfheiur ulfhildur ulfkell ulfljotur ulfrun ulftyr ulfur uli ulises ulke ulkudes ulkum
ulla ulla-britt ulle ullrich ulrica ulrich ulrik ulrika ulrike ultan ulu uludag uludağ ulugbey uluman ulutay uluğbey
ulva ulvi ulya uma umaarah umair umande umang umar umay umaya umberto umesh umi umid ummahan ummahani umman ummet
ummuhan umoja umray umusan umut umutcan umuşan una unai unal undina undine undína unek unggul uni unjani unlen unna
unnar unnati unnbjorg unnbjorn unnbjörg unnbjörn unndis unndor unndís unndór unni unnor unnsteinn unnur unnþór uno
unsever unubol uolevi upadhriti upasna upendra upik upkaar upma ura uraltay urania uranus urar urbain urban urbano
urfan urfettin urhan uri urica uriel urishilla uriur urmas urmi urmila uro uros uroš urper urrab urs ursa ursel
ursina urska ursula urszula urte urur urvashi urvi ury urðar urður urša urška uršuľa usame uschi usha ushan ushindi
usiku usman usmon ustun usyi uta utama ute utkarsh utkucan utz uwase uwe uxi uyanser uygun uzbay uzer uzeyir uzima
uzma uzsoy uçan uçbeyi uğan uğur uğurkan uğurtan vacibe vaclav vadim vafir vagn vagna vagnbjorg vagnbjörg vagnfriur
vagnfríður vahar vahid vahittin vaida vaidas vaino vaishali vaishnavi vajen vajèn vaka vakare vakarė vakris vakur
vala valary valberg valbergur valbjorg valbjork valbjorn valbjort valbjörg valbjörk valbjörn valbjört valborg
valbrandur valda valdemar valdheiur valdheiður valdi valdimar valdis valdor valdís valdór valeh valentijn valentim
valentin valentina valentine valentino valentinus valentín valentína valentínus valentīna valer valere valeri
valeria valerie valerij valerija valerio valeriu valero valery valería valeska valey valfriur valfríður valgar
valgarur valgarð valgarður valgeir valgera valgerur valgerða valgerður valhildur vali valiant valid valija valka
vallary vallaur vallaður valli vally vallý valmar valmundur valny valný valon valor valros valrun valruur valrós
valrún valsteinn valter valtteri valtyr valtýr valur valva valves valy valère valèria valér valéria valérie valéry
valíant valý valþrúður valþór vamakshi van vanda vandana vanesa vanessa vania vanja vansha vanya vapni vaqif var
varenya vargn vargın varlk varlık varmar varr varsha varun varvara vasana vasanthi vasare vasarė vasatika vasco
vasif vasil vasile vasilica vasilică vasiliki vasilis vasily vassilios vasudha vasyl vatnar vaughan vavrinec vaysal
vazeh vebjorg vebjorn vecide veda vedant vedat vedhika vedika vedis vedran veena veer veera veerle veeti vefia vega
vegard vegeir vegerur veig veiga veigar veigur veijo veikko veis veit vejune vekell velaug velaugur veli velitdin
vello velma velta vemundur venancio venceslas venceslás vendela vendelin vendelín vendula venera veneranda veniamin
venkat venkatesh venla venus veny ver vera verde verena verim vermundur verner verneri vernhar vernharur vernharð
vernharður vernon vero veronica veronicah veronika veronique verónica verónika veróníka vesa vesna vestar vesteinn
vestmar veta vetrarros vetrarrós veturlii veturliði vezat vezrife viar vibeka vibekka vic vicenta vicente vicentia
vicentiu vicenția vicențiu vicki vickie vicky victoire victor victoria victoriano victorine victorino victoría
victória vid vida vidadi vidal vidar vide vidhi vidya viera vieroslava viesturs viet vif vifill vigdis vigdogg
vigdís vigfus vigfús viggo viggunnur viggó vigilija viglundur vigmar vigmundur vignesh vignir vigny vigný vigo vigor
vigri vigsteinn vigtyr vigtýr vigur vihaan viir viivi vija vijay vikar vikas viking vikingur vikram viktor viktoria
viktorie viktorija viktors viktoría viktória vilberg vilbergur vilbert vilbjorn vilbjörn vilbogi vilborg vilbrandur
vildane vilde vildis vildís vilem vilfriur vilfríður vilgeir vilgerur vilgerður vilgot vilhelm vilhelmiina
vilhelmina vilhelmína vilhjalmur vilhjálmur vilho vili viliam vilis vilius viljami viljar viljem vilji viljo villa
villads ville villi villimey vilma vilmar vilmer vilmos vilmundur vilnis vilny vilný vilte viltė vilums vilém vimala
viman vinay vinaya vinbjorg vinbjörg vince vincenc vincent vincentio vincentiu vincenza vincenzo vincențiu vinciane
vineta vinh vinicio vinicius vinjar vinko vinny vinný vino vinod vinsen vinsy vinsý vinzenz vinícius viola violet
violeta violetta violette viorel viorela viorica vipul virag viraj virendra virgilio virgill virginia virginie
virginía viridiana virman virpi virág visa visar visarion vishal vishnu visitacion visitación visvaldis vit vita
vitali vitalija vitalis vitazoslav vitezslav vito vitor vitoria vittoria vittorio vitus vitória viv vivaan vivek
viveka vivi vivian viviana viviane vivianne vivien vivienne viðar viðja viļums vjekoslav vjollca vlad vladelina
vladimir vladimira vladimír vladimíra vladislav vladislavs vlado vlaicu vlasta vlastimil vli vlora vlădelina voggur
voichita voichița voicu vojtech vojtěch voldemars voldemārs volkan volker volkhard volkmar volodymyr volundur von
voney vopni vordis vordís vorm vorur vottur vratislav vratko vreneli vrinda vrishti vritti vuokko vuqar vurgun
vurğun vusal vusumuzi vy vyanjana vytautas vyte vytė václav váli vápni vár vâlâ vân väinö vébjörg vébjörn védís
végeir végerður vékell vélaug vélaugur vémundur véný véronique vésteinn víbekka víctor víf vífill vígdögg víggunnur
víglundur vígmar vígmundur vígsteinn vígþór víkingur vísa vít vítor vítězslav víðar víðir víóla víóletta víťazoslav
vöggur völundur vörður vöttur vüqar vüsal vėjūnė věra waahid waail waajid waceera wachira wade wadee wadi wadood
wafa wafaa wafae wafeeq wafi wafiq wafula wage wahab wahb wahban waheed wahhaab wahhaaj wahyu waida waimarie
wainaina wairimu wakeeta wakiman walburga waldemar waldo waldtraut wale waleed walentina walfried walid walli wally
walt walter walther waltraud waltraut waltrud waluyo wamalwa wambua wambugu wambui wamwema wan-ting wanda wangari
wangila wangui wani wanja wanjala wanjiku wanjiru wanjohi wannes wanyama wanyonyi waqar ward warda wardaya wardi
warhi waridi warinder warjas warji warre warren warrick warsa warsame warsita warta warwick waseme washington wasin
wasis wassaya wassim watika wawan waweru wayan wayne wazir weddy weena wei wei-an wei-bo wei-chen wei-cheng wei-chun
wei-dong wei-fang wei-feng wei-guo wei-hai wei-han wei-hao wei-hong wei-hua wei-hui wei-jia wei-jian wei-jie wei-jin
wei-jing wei-jun wei-kai wei-kang wei-lan wei-lei wei-li wei-lin wei-ling wei-long wei-lu wei-mei wei-meng wei-ming
wei-ning wei-pei wei-peng wei-qi wei-qian wei-qiang wei-qing wei-rui wei-ruo wei-shan wei-sheng wei-shi wei-shu
wei-si wei-tao wei-tian wei-ting wei-wen wei-xia wei-xiao wei-xin wei-xiu wei-xuan wei-xue wei-ya wei-yan wei-yang
wei-yao wei-yi wei-ying wei-yong wei-yu wei-yuan wei-yue wei-yun wei-ze wei-zhao wei-zhen wei-zhi wei-zi weian weibo
weichen weicheng weichun weidong weifang weifeng weiguo weihai weihan weihao weihong weihua weihui weijia weijian
weijie weijin weijing weijun weikai weikang weilan weilei weili weilin weiling weilong weilu weimei weimeng weiming
weining weipei weipeng weiqi weiqian weiqiang weiqing weirui weiruo weishan weisheng weishi weishu weisi weitao
weitian weiting weiwen weixia weixiao weixin weixiu weixuan weixue weiya weiyan weiyang weiyao weiyi weiying weiyong
weiyu weiyuan weiyue weiyun weize weizhao weizhen weizhi weizi wekesa weldon wen-an wen-bo wen-chang wen-chen
wen-cheng wen-chieh wen-chin wen-chun wen-chung wen-dong wen-fang wen-feng wen-guo wen-hai wen-han wen-hao wen-hong
wen-hsiang wen-hsien wen-hsiung wen-hua wen-hui wen-jia wen-jian wen-jie wen-jin wen-jing wen-jun wen-kai wen-kang
wen-lan wen-lei wen-li wen-lin wen-ling wen-long wen-lu wen-lung wen-mei wen-meng wen-ming wen-ning wen-pei wen-peng
wen-pin wen-qi wen-qian wen-qiang wen-rui wen-ruo wen-shan wen-sheng wen-shi wen-shu wen-si wen-tao wen-tian
wen-ting wen-wei wen-xia wen-xiao wen-xin wen-xiu wen-xuan wen-xue wen-ya wen-yan wen-yang wen-yao wen-yi wen-ying
wen-yong wen-yu wen-yuan wen-yue wen-yun wen-ze wen-zhao wen-zhen wen-zhi wen-zi wenan wenbo wenceslao wenche
wenchen wencheng wenchun wencke wendelin wendolin wendong wendy wenfang wenfeng wenguo wenhai wenhan wenhao wenhong
wenhua wenhui wenjia wenjian wenjie wenjin wenjing wenjun wenkai wenkang wenke wenlan wenlei wenli wenlin wenling
wenlong wenlu wenmei wenmeng wenming wenning wenpei wenpeng wenqi wenqian wenqiang wenrui wenruo wenshan wensheng
wenshi wenshu wensi wentao wentian wenting wenwei wenxia wenxiao wenxin wenxiu wenxuan wenxue wenya wenyan wenyang
wenyao wenyi wenying wenyong wenyu wenyuan wenyue wenyun wenze wenzel wenzhao wenzhen wenzhi wenzi wera werner
weronika wesley wesonga wessel whitney wibke widisha widya wiebke wieland wieslaw wigbert wikitoria wiktor wilber
wilder wilfred wilfredo wilfrido wilfried wilfriede wilhelm wilhelmina wilhelmine wilhelmus willard wille willem
willfried willi william williams willian willibald willibert willie willis willow willum willy wilma wilman wilmar
wilmer wilson wiltrud wim winda winfred winfried winifred winni winnie winny winona wira wirda wiremu wishi wisnu
witold wladimir wojciech woldemar wolf wolf-dieter wolf-dietrich wolf-rudiger wolf-rüdiger wolfgang wolfhard wolfram
won-ah won-bin won-chae won-chan won-chul won-da won-do won-dong won-eun won-gyu won-ha won-hee won-ho won-hoon
won-hwa won-hwan won-hye won-hyun won-ja won-jae won-ji won-jin won-joo won-joon won-jun won-jung won-kyung won-mi
won-min won-na won-ok won-rin won-sang won-seo won-seok won-seung won-so won-soo won-sook won-su won-sun won-sung
won-tae won-woo won-ye won-yeon won-yoon won-young won-yu wonah wonbin wonchae wonchan wonchul wonda wondo wondong
woneun wongyu wonha wonhee wonho wonhoon wonhwa wonhwan wonhye wonhyun wonja wonjae wonji wonjin wonjoo wonjoon
wonjun wonjung wonkyung wonmi wonmin wonna wonok wonrin wonsang wonseo wonseok wonseung wonso wonsoo wonsook wonsu
wonsun wonsung wontae wonwoo wonye wonyeon wonyoon wonyoung wonyu woo-ah woo-bin woo-chae woo-chan woo-chul woo-da
woo-do woo-dong woo-eun woo-gyu woo-ha woo-hee woo-ho woo-hoon woo-hwa woo-hwan woo-hye woo-hyun woo-ja woo-jae
woo-ji woo-jin woo-joo woo-joon woo-jun woo-jung woo-kyung woo-mi woo-min woo-na woo-ok woo-rin woo-sang woo-seo
woo-seok woo-seung woo-so woo-soo woo-sook woo-su woo-sun woo-sung woo-tae woo-won woo-ye woo-yeon woo-yoon
woo-young woo-yu wooah woobin woochae woochan woochul wooda woodo woodong wooeun woogyu wooha woohee wooho woohoon
woohwa woohwan woohye woohyun wooja woojae wooji woojin woojoo woojoon woojun woojung wookyung woomi woomin woona
woook woorin woosang wooseo wooseok wooseung wooso woosoo woosook woosu woosun woosung wootae woowon wooye wooyeon
wooyoon wooyoung wooyu wout wouter wriddhish wridesh wu-hsiung wulan wulf wunmi wuraola wyatt wycliff wycliffe
wálter xabier xalak xalid xaliq xamis xanana xander xankisi xankişi xanlar xanm xanthippe xanım xaver xavi xavier
xenia xia xia-an xia-bo xia-chen xia-cheng xia-chun xia-dong xia-fang xia-feng xia-guo xia-hai xia-han xia-hao
xia-hong xia-hua xia-hui xia-jia xia-jian xia-jie xia-jin xia-jing xia-jun xia-kai xia-kang xia-lan xia-lei xia-li
xia-lin xia-ling xia-long xia-lu xia-mei xia-meng xia-ming xia-ning xia-pei xia-peng xia-qi xia-qian xia-qiang
xia-qing xia-rui xia-ruo xia-shan xia-sheng xia-shi xia-shu xia-si xia-tao xia-tian xia-ting xia-wei xia-wen
xia-xiao xia-xin xia-xiu xia-xuan xia-xue xia-ya xia-yan xia-yang xia-yao xia-yi xia-ying xia-yong xia-yu xia-yuan
xia-yue xia-yun xia-ze xia-zhao xia-zhen xia-zhi xia-zi xiaan xiabo xiachen xiacheng xiachun xiadong xiafang xiafeng
xiaguo xiahai xiahan xiahao xiahong xiahua xiahui xiajia xiajian xiajie xiajin xiajing xiajun xiakai xiakang xialan
xialei xiali xialin xialing xialong xialu xiamei xiameng xiaming xianing xiao-an xiao-bo xiao-chen xiao-cheng
xiao-chun xiao-dong xiao-fang xiao-feng xiao-guo xiao-hai xiao-han xiao-hao xiao-hong xiao-hua xiao-hui xiao-jia
xiao-jian xiao-jie xiao-jin xiao-jing xiao-jun xiao-kai xiao-kang xiao-lan xiao-lei xiao-li xiao-lin xiao-ling
xiao-long xiao-lu xiao-mei xiao-meng xiao-ming xiao-ning xiao-pei xiao-peng xiao-qi xiao-qian xiao-qiang xiao-qing
xiao-rui xiao-ruo xiao-shan xiao-sheng xiao-shi xiao-shu xiao-si xiao-tao xiao-tian xiao-ting xiao-wei xiao-wen
xiao-xia xiao-xin xiao-xiu xiao-xuan xiao-xue xiao-ya xiao-yan xiao-yang xiao-yao xiao-yi xiao-ying xiao-yong
xiao-yu xiao-yuan xiao-yue xiao-yun xiao-ze xiao-zhao xiao-zhen xiao-zhi xiao-zi xiaoan xiaobo xiaochen xiaocheng
xiaochun xiaodong xiaofang xiaofeng xiaoguo xiaohai xiaohan xiaohao xiaohong xiaohua xiaohui xiaojia xiaojian
xiaojie xiaojin xiaojing xiaojun xiaokai xiaokang xiaolan xiaolei xiaoli xiaolin xiaoling xiaolong xiaolu xiaomei
xiaomeng xiaoming xiaoning xiaopei xiaopeng xiaoqi xiaoqian xiaoqiang xiaoqing xiaorui xiaoruo xiaoshan xiaosheng
xiaoshi xiaoshu xiaosi xiaotao xiaotian xiaoting xiaowei xiaowen xiaoxia xiaoxin xiaoxiu xiaoxuan xiaoxue xiaoya
xiaoyan xiaoyang xiaoyao xiaoyi xiaoying xiaoyong xiaoyu xiaoyuan xiaoyue xiaoyun xiaoze xiaozhao xiaozhen xiaozhi
xiaozi xiapei xiapeng xiaqi xiaqian xiaqiang xiaqing xiarui xiaruo xiashan xiasheng xiashi xiashu xiasi xiatao
xiatian xiating xiawei xiawen xiaxiao xiaxin xiaxiu xiaxuan xiaxue xiaya xiayan xiayang xiayao xiayi xiaying xiayong
xiayu xiayuan xiayue xiayun xiaze xiazhao xiazhen xiazhi xiazi ximena xin xin-an xin-bo xin-chen xin-cheng xin-chun
xin-dong xin-fang xin-feng xin-guo xin-hai xin-han xin-hao xin-hong xin-hua xin-hui xin-jia xin-jian xin-jie xin-jin
xin-jing xin-jun xin-kai xin-kang xin-lan xin-lei xin-li xin-lin xin-ling xin-long xin-lu xin-mei xin-meng xin-ming
xin-ning xin-pei xin-peng xin-qi xin-qian xin-qiang xin-qing xin-rui xin-ruo xin-shan xin-sheng xin-shi xin-shu
xin-si xin-tao xin-tian xin-ting xin-wei xin-wen xin-xia xin-xiao xin-xiu xin-xuan xin-xue xin-ya xin-yan xin-yao
xin-yi xin-ying xin-yong xin-yu xin-yuan xin-yue xin-yun xin-ze xin-zhao xin-zhen xin-zhi xin-zi xinan xinbo xinchen
xincheng xinchun xindong xinfang xinfeng xinguo xinhai xinhan xinhao xinhong xinhua xinhui xinjia xinjian xinjie
xinjin xinjing xinjun xinkai xinkang xinlan xinlei xinli xinlin xinling xinlong xinlu xinmei xinmeng xinming xinning
xinpei xinpeng xinqi xinqian xinqiang xinqing xinrui xinruo xinshan xinsheng xinshi xinshu xinsi xintao xintian
xinting xinwei xinwen xinxia xinxiao xinxiu xinxuan xinxue xinya xinyan xinyao xinyi xinying xinyong xinyu xinyuan
xinyue xinyun xinze xinzhao xinzhen xinzhi xinzi xiomara xiti xiu-an xiu-bo xiu-chen xiu-cheng xiu-chun xiu-dong
xiu-fang xiu-feng xiu-guo xiu-hai xiu-han xiu-hao xiu-hong xiu-hua xiu-hui xiu-jia xiu-jian xiu-jie xiu-jin xiu-jing
xiu-jun xiu-kai xiu-kang xiu-lan xiu-lei xiu-li xiu-lin xiu-ling xiu-long xiu-lu xiu-mei xiu-meng xiu-ming xiu-ning
xiu-pei xiu-peng xiu-qi xiu-qian xiu-qiang xiu-qing xiu-rui xiu-ruo xiu-shan xiu-sheng xiu-shi xiu-shu xiu-si
xiu-tao xiu-tian xiu-ting xiu-wei xiu-wen xiu-xia xiu-xiao xiu-xin xiu-xuan xiu-xue xiu-ya xiu-yan xiu-yang xiu-yao
xiu-yi xiu-ying xiu-yong xiu-yu xiu-yuan xiu-yue xiu-yun xiu-ze xiu-zhao xiu-zhen xiu-zhi xiu-zi xiuan xiubo xiuchen
xiucheng xiuchun xiudong xiufang xiufeng xiuguo xiuhai xiuhan xiuhao xiuhong xiuhua xiuhui xiujia xiujian xiujie
xiujin xiujing xiujun xiukai xiukang xiulan xiulei xiuli xiulin xiuling xiulong xiulu xiumei xiumeng xiuming xiuning
xiupei xiupeng xiuqi xiuqian xiuqiang xiuqing xiurui xiuruo xiushan xiusheng xiushi xiushu xiusi xiutao xiutian
xiuting xiuwei xiuwen xiuxia xiuxiao xiuxin xiuxuan xiuxue xiuya xiuyan xiuyang xiuyao xiuyi xiuying xiuyong xiuyu
xiuyuan xiuyue xiuyun xiuze xiuzhao xiuzhen xiuzhi xiuzi xobeen xolid xosrov xuan xuan-an xuan-bo xuan-chen
xuan-cheng xuan-chun xuan-dong xuan-fang xuan-feng xuan-guo xuan-hai xuan-han xuan-hao xuan-hong xuan-hua xuan-hui
xuan-jia xuan-jian xuan-jie xuan-jin xuan-jing xuan-jun xuan-kai xuan-kang xuan-lan xuan-lei xuan-li xuan-lin
xuan-ling xuan-long xuan-lu xuan-mei xuan-meng xuan-ming xuan-ning xuan-pei xuan-peng xuan-qi xuan-qian xuan-qiang
xuan-qing xuan-rui xuan-ruo xuan-shan xuan-sheng xuan-shi xuan-shu xuan-si xuan-tao xuan-tian xuan-ting xuan-wei
xuan-wen xuan-xia xuan-xiao xuan-xin xuan-xiu xuan-xue xuan-ya xuan-yan xuan-yang xuan-yao xuan-yi xuan-ying
xuan-yong xuan-yu xuan-yuan xuan-yue xuan-yun xuan-ze xuan-zhao xuan-zhen xuan-zhi xuan-zi xuanan xuanbo xuanchen
xuancheng xuanchun xuandong xuanfang xuanfeng xuanguo xuanhai xuanhan xuanhao xuanhong xuanhua xuanhui xuanjia
xuanjian xuanjie xuanjin xuanjing xuanjun xuankai xuankang xuanlan xuanlei xuanli xuanlin xuanling xuanlong xuanlu
xuanmei xuanmeng xuanming xuanning xuanpei xuanpeng xuanqi xuanqian xuanqiang xuanqing xuanrui xuanruo xuanshan
xuansheng xuanshi xuanshu xuansi xuantao xuantian xuanting xuanwei xuanwen xuanxia xuanxiao xuanxin xuanxiu xuanxue
xuanya xuanyan xuanyang xuanyao xuanyi xuanying xuanyong xuanyu xuanyuan xuanyue xuanyun xuanze xuanzhao xuanzhen
xuanzhi xuanzi xudaverdi xudayar xudu xue xue-an xue-bo xue-chen xue-cheng xue-chun xue-dong xue-fang xue-feng
xue-guo xue-hai xue-han xue-hao xue-hong xue-hua xue-hui xue-jia xue-jian xue-jie xue-jin xue-jing xue-jun xue-kai
xue-kang xue-lan xue-lei xue-li xue-lin xue-ling xue-long xue-lu xue-mei xue-meng xue-ming xue-ning xue-pei xue-peng
xue-qi xue-qian xue-qiang xue-qing xue-rui xue-ruo xue-shan xue-sheng xue-shi xue-shu xue-si xue-tao xue-tian
xue-ting xue-wei xue-wen xue-xia xue-xiao xue-xin xue-xiu xue-xuan xue-ya xue-yan xue-yang xue-yao xue-yi xue-ying
xue-yong xue-yu xue-yuan xue-yue xue-yun xue-ze xue-zhao xue-zhen xue-zhi xue-zi xuean xuebo xuechen xuecheng
xuechun xuedong xuefang xuefeng xueguo xuehai xuehan xuehao xuehong xuehua xuehui xuejia xuejian xuejie xuejin
xuejing xuejun xuekai xuekang xuelan xuelei xueli xuelin xueling xuelong xuelu xuemei xuemeng xueming xuening xuepei
xuepeng xueqi xueqian xueqiang xueqing xuerui xueruo xueshan xuesheng xueshi xueshu xuesi xuetao xuetian xueting
xuewei xuewen xuexia xuexiao xuexin xuexiu xuexuan xueya xueyan xueyang xueyao xueyi xueying xueyong xueyu xueyuan
xueyue xueyun xueze xuezhao xuezhen xuezhi xuezi xumar xuân xénia ya-an ya-bo ya-chen ya-cheng ya-chu ya-chun
ya-dong ya-fang ya-feng ya-guo ya-hai ya-han ya-hao ya-hong ya-hua ya-hui ya-jia ya-jian ya-jie ya-jin ya-jing
ya-jun ya-kai ya-kang ya-lan ya-lei ya-li ya-lin ya-ling ya-long ya-lu ya-mei ya-meng ya-ming ya-ning ya-pei ya-peng
ya-ping ya-qi ya-qian ya-qiang ya-qing ya-rui ya-ruo ya-shan ya-sheng ya-shi ya-shu ya-si ya-tao ya-tian ya-ting
ya-wei ya-wen ya-xia ya-xiao ya-xin ya-xiu ya-xuan ya-xue ya-yan ya-yang ya-yao ya-yi ya-ying ya-yong ya-yu ya-yuan
ya-yue ya-yun ya-ze ya-zhao ya-zhen ya-zhi ya-zi yaa yaakov yaan yaaseen yabo yachana yachen yacheng yachun yacine
yada yadavi yadid yadigar yadira yadong yael yafang yafeng yafi yafir yaghnam yagn yagnesh yago yaguo yagzkurt yahai
yahan yahao yahia yahong yahsi yahsikan yahua yahui yahvi yahya yahyaa yahyo yahşi yahşikan yair yaiza yajia yajian
yajie yajin yajing yajun yakai yakang yakobo yakubu yalan yalazabay yalcn yalei yalgn yalgın yali yalin yaling yaln
yalong yaltrak yaltırak yalu yalçın yalın yaman yamar yamato yameen yamei yameng yamid yamile yamilet yamin yaming
yamini yan yan-an yan-bo yan-chen yan-cheng yan-chun yan-dong yan-fang yan-feng yan-guo yan-hai yan-han yan-hao
yan-hong yan-hua yan-hui yan-jia yan-jian yan-jie yan-jin yan-jing yan-jun yan-kai yan-kang yan-lan yan-lei yan-li
yan-lin yan-ling yan-long yan-lu yan-mei yan-meng yan-ming yan-ning yan-pei yan-peng yan-qi yan-qian yan-qiang
yan-qing yan-rui yan-ruo yan-shan yan-sheng yan-shi yan-shu yan-si yan-tao yan-tian yan-ting yan-wei yan-wen yan-xia
yan-xiao yan-xin yan-xiu yan-xuan yan-xue yan-ya yan-yang yan-yao yan-yi yan-ying yan-yong yan-yu yan-yuan yan-yue
yan-yun yan-ze yan-zhao yan-zhen yan-zhi yan-zi yana yanan yanara yanbo yance yanchen yancheng yanchun yandong yanet
yaneth yanfang yanfeng yang yang-an yang-bo yang-chen yang-cheng yang-chun yang-dong yang-fang yang-feng yang-guo
yang-hai yang-han yang-hao yang-hong yang-hua yang-hui yang-jia yang-jian yang-jie yang-jin yang-jing yang-jun
yang-kai yang-kang yang-lan yang-lei yang-li yang-lin yang-ling yang-long yang-lu yang-mei yang-meng yang-ming
yang-ning yang-pei yang-peng yang-qi yang-qian yang-qiang yang-qing yang-rui yang-ruo yang-shan yang-sheng yang-shi
yang-shu yang-si yang-tao yang-tian yang-ting yang-wei yang-wen yang-xia yang-xiao yang-xin yang-xiu yang-xuan
yang-xue yang-ya yang-yan yang-yao yang-yi yang-ying yang-yong yang-yu yang-yuan yang-yue yang-yun yang-ze yang-zhao
yang-zhen yang-zhi yang-zi yangan yangbo yangchen yangcheng yangchun yangdong yangfang yangfeng yangguo yanghai
yanghan yanghao yanghong yanghua yanghui yangjia yangjian yangjie yangjin yangjing yangjun yangkai yangkang yanglan
yanglei yangli yanglin yangling yanglong yanglu yangmei yangmeng yangming yangning yangpei yangpeng yangqi yangqian
yangqiang yangqing yangrui yangruo yangshan yangsheng yangshi yangshu yangsi yangtao yangtian yangting yanguo
yangwei yangwen yangxia yangxiao yangxin yangxiu yangxuan yangxue yangya yangyan yangyao yangyi yangying yangyong
yangyu yangyuan yangyue yangyun yangze yangzhao yangzhen yangzhi yangzi yanhai yanhan yanhao yanhong yanhua yanhui
yani yanick yanik yanina yaning yanira yanis yanisa yanjia yanjian yanjie yanjin yanjing yanjun yank yankai yankang
yankı yanlan yanlei yanli yanlin yanling yanlong yanlu yanmei yanmeng yanming yann yannic yannick yannik yanning
yannis yanpei yanpeng yanqi yanqian yanqiang yanqing yanrui yanruo yanshan yansheng yanshi yanshu yansi yantao
yantian yanting yanwei yanwen yanxia yanxiao yanxin yanxiu yanxuan yanxue yanya yanyang yanyao yanyi yanying yanyong
yanyu yanyuan yanyue yanyun yanze yanzhao yanzhen yanzhi yanzi yao-an yao-bo yao-chen yao-cheng yao-chun yao-dong
yao-fang yao-feng yao-guo yao-hai yao-han yao-hao yao-hong yao-hua yao-hui yao-jia yao-jian yao-jie yao-jin yao-jing
yao-jun yao-kai yao-kang yao-lan yao-lei yao-li yao-lin yao-ling yao-long yao-lu yao-mei yao-meng yao-ming yao-ning
yao-pei yao-peng yao-qi yao-qian yao-qiang yao-qing yao-rui yao-ruo yao-shan yao-sheng yao-shi yao-shu yao-si
yao-tao yao-tian yao-ting yao-wei yao-wen yao-xia yao-xiao yao-xin yao-xiu yao-xuan yao-xue yao-ya yao-yan yao-yang
yao-yi yao-ying yao-yong yao-yu yao-yuan yao-yue yao-yun yao-ze yao-zhao yao-zhen yao-zhi yao-zi yaoan yaobo yaochen
yaocheng yaochun yaodong yaofang yaofeng yaoguo yaohai yaohan yaohao yaohong yaohua yaohui yaojia yaojian yaojie
yaojin yaojing yaojun yaokai yaokang yaolan yaolei yaoli yaolin yaoling yaolong yaolu yaomei yaomeng yaoming yaoning
yaopei yaopeng yaoqi yaoqian yaoqiang yaoqing yaorui yaoruo yaoshan yaosheng yaoshi yaoshu yaosi yaotao yaotian
yaoting yaowei yaowen yaoxia yaoxiao yaoxin yaoxiu yaoxuan yaoxue yaoya yaoyan yaoyang yaoyi yaoying yaoyong yaoyu
yaoyuan yaoyue yaoyun yaoze yaozhao yaozhen yaozhi yaozi yapei yapeng yaqeen yaqi yaqian yaqiang yaqing yaqoot yaqub
yar yara yared yarg yargı yaritza yaroslav yarui yaruo yasaar yasan yasar yasattin yaseen yasemen yasemin yash
yashan yashasvi yashawini yashem yasheng yashi yashica yashoda yashodhara yashu yashvi yasi yasin yasina yasinta
yasir yasmin yasmina yasmine yasmín yasna yasser yassin yassine yasti yasuhiro yatan yatao yathrib yatian yatin
yating yauvani yavuz yaw yawar yawei yawen yawer yaxia yaxiao yaxin yaxiu yaxuan yaxue yayak yayan yayang yayao yayi
yaying yayong yayu yayuan yayue yayun yazan yaze yazeed yazganalp yazgul yazgül yazhao yazhen yazhi yazi yazmin
yazmín yağın yağızkurt yaşar yaşattin yda ye-bin ye-chae ye-chan ye-chul ye-da ye-do ye-dong ye-eun ye-gyu ye-ha
ye-hee ye-ho ye-hoon ye-hwa ye-hwan ye-hye ye-hyun ye-ja ye-jae ye-ji ye-jin ye-joo ye-joon ye-jun ye-jung ye-kyung
ye-mi ye-min ye-na ye-ok ye-rin ye-sang ye-seo ye-seok ye-seung ye-so ye-soo ye-sook ye-su ye-sun ye-sung ye-tae
ye-won ye-woo ye-yeon ye-yoon ye-young ye-yu yebin yechae yechan yechul yecid yeda yedo yedong yeeun yeferson yegyu
yeha yehee yeho yehoon yehuda yehwa yehwan yehye yehyun yeimy yeison yeja yejae yeji yejide yejin yejoo yejoon yejun
yejung yekaterina yekbun yekda yekyung yelena yelesen yemi yemin yen yen-ting yena yeneral yeni yenifer yenny yeny
yeok yeon-ah yeon-bin yeon-chae yeon-chan yeon-chul yeon-da yeon-do yeon-dong yeon-eun yeon-gyu yeon-ha yeon-hee
yeon-ho yeon-hoon yeon-hwa yeon-hwan yeon-hye yeon-hyun yeon-ja yeon-jae yeon-ji yeon-jin yeon-joo yeon-joon
yeon-jung yeon-kyung yeon-mi yeon-min yeon-na yeon-ok yeon-rin yeon-sang yeon-seo yeon-seok yeon-seung yeon-so
yeon-soo yeon-sook yeon-su yeon-sun yeon-sung yeon-tae yeon-won yeon-woo yeon-ye yeon-yoon yeon-young yeon-yu yeonah
yeonbin yeonchae yeonchan yeonchul yeonda yeondo yeondong yeoneun yeongyu yeonha yeonhee yeonho yeonhoon yeonhwa
yeonhwan yeonhye yeonhyun yeonja yeonjae yeonji yeonjin yeonjoo yeonjoon yeonjung yeonkyung yeonmi yeonmin yeonna
yeonok yeonrin yeonsang yeonseo yeonseok yeonseung yeonso yeonsoo yeonsook yeonsu yeonsun yeonsung yeontae yeonwon
yeonwoo yeonye yeonyoon yeonyoung yeonyu yepelek yeraz yergha yerin yerko yerson yertan yesang yesenia yeseo yeseok
yeseung yesica yesid yesil yeso yesoo yesoob yesook yessenia yessi yessica yesu yesun yesung yetae yetisal yetişal
yetunde yevgeny yewande yewon yewoo yeyeon yeyoon yeyoung yeyu yeşil yfke yi yi-an yi-bo yi-chen yi-cheng yi-chun
yi-dong yi-fang yi-feng yi-guo yi-hai yi-han yi-hao yi-hong yi-hua yi-hui yi-jia yi-jian yi-jie yi-jin yi-jing
yi-jun yi-kai yi-kang yi-lan yi-lei yi-li yi-lin yi-ling yi-long yi-lu yi-mei yi-meng yi-ming yi-ning yi-pei yi-peng
yi-qi yi-qian yi-qiang yi-qing yi-rui yi-ruo yi-shan yi-sheng yi-shi yi-shu yi-si yi-tao yi-tian yi-ting yi-wei
yi-wen yi-xia yi-xiao yi-xin yi-xiu yi-xuan yi-xue yi-ya yi-yan yi-yang yi-yao yi-ying yi-yong yi-yu yi-yuan yi-yue
yi-yun yi-ze yi-zhao yi-zhen yi-zhi yi-zi yian yibo yichen yicheng yichun yidong yifan yifang yifeng yigit yiguo
yihai yihan yihao yihong yihua yihui yijia yijian yijie yijin yijing yijun yikai yikang yilan yilei yili yilin
yiling yilmaz yilong yilu yimei yimeng yiming yina yindi yineth ying ying-an ying-bo ying-chen ying-cheng ying-chun
ying-dong ying-fang ying-feng ying-guo ying-hai ying-han ying-hao ying-hong ying-hua ying-hui ying-jia ying-jian
ying-jie ying-jin ying-jing ying-jun ying-kai ying-kang ying-lan ying-lei ying-li ying-lin ying-ling ying-long
ying-lu ying-mei ying-meng ying-ming ying-ning ying-pei ying-peng ying-qi ying-qian ying-qiang ying-qing ying-rui
ying-ruo ying-shan ying-sheng ying-shi ying-shu ying-si ying-tao ying-tian ying-ting ying-wei ying-wen ying-xia
ying-xiao ying-xin ying-xiu ying-xuan ying-xue ying-ya ying-yan ying-yang ying-yao ying-yi ying-yong ying-yu
ying-yuan ying-yue ying-yun ying-ze ying-zhao ying-zhen ying-zhi ying-zi yingan yingbo yingchen yingcheng yingchun
yingdong yingfang yingfeng yingguo yinghai yinghan yinghao yinghong yinghua yinghui yingjia yingjian yingjie yingjin
yingjing yingjun yingkai yingkang yinglan yinglei yingli yinglin yingling yinglong yinglu yingmei yingmeng yingming
yingning yingpei yingpeng yingqi yingqian yingqiang yingqing yingrui yingruo yingshan yingsheng yingshi yingshu
yingsi yingtao yingtian yingting yingwei yingwen yingxia yingxiao yingxin yingxiu yingxuan yingxue yingya yingyan
yingyang yingyao yingyi yingyong yingyu yingyuan yingyue yingyun yingze yingzhao yingzhen yingzhi yingzi yining
yinthe yipei yipeng yiqi yiqian yiqiang yiqing yiran yirui yiruo yishan yisheng yishi yishu yisi yitao yitian yiting
yitzhak yiwei yiwen yixia yixiao yixin yixiu yixuan yixue yiya yiyan yiyang yiyao yiying yiyong yiyu yiyuan yiyue
yiyun yize yizhao yizhen yizhi yizi yja yldr yldz ylenia ylfa ylfur ylja ylma ylur ylva ylvi ylvie yma ymir yngvar
yngve yngvi ynja yoan yoann yoav yocelyn yochana yoga yogendra yogesh yohan yohana yohane yoichi yoko yolal yolanda
yolande yolima yonas yonatan yonathan yonetmen yong yong-an yong-bo yong-chen yong-cheng yong-chun yong-dong
yong-fang yong-feng yong-guo yong-hai yong-han yong-hao yong-hong yong-hua yong-hui yong-jia yong-jian yong-jie
yong-jin yong-jing yong-jun yong-kai yong-kang yong-lan yong-lei yong-li yong-lin yong-ling yong-long yong-lu
yong-mei yong-meng yong-ming yong-ning yong-pei yong-peng yong-qi yong-qian yong-qiang yong-qing yong-rui yong-ruo
yong-shan yong-sheng yong-shi yong-shu yong-si yong-tao yong-tian yong-ting yong-wei yong-wen yong-xia yong-xiao
yong-xin yong-xiu yong-xuan yong-xue yong-ya yong-yan yong-yang yong-yao yong-yi yong-ying yong-yu yong-yuan
yong-yue yong-yun yong-ze yong-zhao yong-zhen yong-zhi yong-zi yongan yongbo yongchen yongcheng yongchun yongdong
yongfang yongfeng yongguo yonghai yonghan yonghao yonghong yonghua yonghui yongjia yongjian yongjie yongjin yongjing
yongjun yongkai yongkang yonglan yonglei yongli yonglin yongling yonglong yonglu yongmei yongmeng yongming yongning
yongpei yongpeng yongqi yongqian yongqiang yongqing yongrui yongruo yongshan yongsheng yongshi yongshu yongsi
yongtao yongtian yongting yongwei yongwen yongxia yongxiao yongxin yongxiu yongxuan yongxue yongya yongyan yongyang
yongyao yongyi yongying yongyu yongyuan yongyue yongyun yongze yongzhao yongzhen yongzhi yongzi yono yoon-ah
yoon-bin yoon-chae yoon-chan yoon-chul yoon-da yoon-do yoon-dong yoon-eun yoon-gyu yoon-ha yoon-hee yoon-ho
yoon-hoon yoon-hwa yoon-hwan yoon-hye yoon-hyun yoon-ja yoon-jae yoon-ji yoon-jin yoon-joo yoon-joon yoon-jun
yoon-jung yoon-kyung yoon-mi yoon-min yoon-na yoon-ok yoon-rin yoon-sang yoon-seo yoon-seok yoon-seung yoon-so
yoon-soo yoon-sook yoon-su yoon-sun yoon-sung yoon-tae yoon-won yoon-woo yoon-ye yoon-yeon yoon-young yoon-yu yoonah
yoonbin yoonchae yoonchan yoonchul yoonda yoondo yoondong yooneun yoongyu yoonha yoonhee yoonho yoonhoon yoonhwa
yoonhwan yoonhye yoonhyun yoonja yoonjae yoonji yoonjin yoonjoo yoonjoon yoonjun yoonjung yoonkyung yoonmi yoonmin
yoonna yoonok yoonrin yoonsang yoonseo yoonseok yoonseung yoonso yoonsoo yoonsook yoonsu yoonsun yoonsung yoontae
yoonwon yoonwoo yoonye yoonyeon yoonyoung yoonyu yordan yoruc yoruç yosef yoselin yoshiko yoshio yoshiro yoshita
yosma yosuke youba youcef younes young-ah young-bin young-chae young-chan young-chul young-da young-do young-dong
young-eun young-gyu young-ha young-hee young-ho young-hoon young-hwa young-hwan young-hye young-hyun young-ja
young-jae young-ji young-jin young-joo young-joon young-jun young-jung young-kyung young-mi young-min young-na
young-ok young-rin young-sang young-seo young-seok young-seung young-so young-soo young-sook young-su young-sun
young-sung young-tae young-won young-woo young-ye young-yeon young-yoon young-yu youngah youngbin youngchae
youngchan youngchul youngda youngdo youngdong youngeun younggyu youngha younghee youngho younghoon younghwa
younghwan younghye younghyun youngja youngjae youngji youngjin youngjoo youngjoon youngjun youngjung youngkyung
youngmi youngmin youngna youngok youngrin youngsang youngseo youngseok youngseung youngso youngsoo youngsook youngsu
youngsun youngsung youngtae youngwon youngwoo youngye youngyeon youngyoon youngyu youri yousef yousra youssef yrar
yri yrja yrjo yrjö yrkill yrnir yrr yrsa ysaline ystein yu yu-ah yu-an yu-bin yu-bo yu-chae yu-chan yu-chen yu-cheng
yu-chin yu-chul yu-chun yu-da yu-do yu-dong yu-en yu-eun yu-fang yu-fei yu-feng yu-guo yu-gyu yu-ha yu-hai yu-han
yu-hao yu-hee yu-ho yu-hong yu-hoon yu-hsiang yu-hsuan yu-hua yu-hui yu-hwa yu-hwan yu-hye yu-hyun yu-ja yu-jae
yu-ji yu-jia yu-jian yu-jie yu-jin yu-jing yu-joo yu-joon yu-jun yu-jung yu-kai yu-kang yu-kyung yu-lan yu-lei yu-li
yu-lin yu-ling yu-long yu-lu yu-mei yu-meng yu-mi yu-min yu-ming yu-na yu-ning yu-ok yu-pei yu-peng yu-qi yu-qian
yu-qiang yu-qing yu-rin yu-rui yu-ruo yu-sang yu-seo yu-seok yu-seung yu-shan yu-sheng yu-shi yu-shu yu-si yu-soo
yu-sook yu-su yu-sun yu-sung yu-tae yu-tao yu-tian yu-ting yu-tung yu-wei yu-wen yu-won yu-woo yu-xia yu-xiao yu-xin
yu-xiu yu-xuan yu-xue yu-ya yu-yan yu-yang yu-yao yu-ye yu-yeon yu-yi yu-ying yu-yong yu-yoon yu-young yu-yuan
yu-yue yu-yun yu-ze yu-zhao yu-zhen yu-zhi yu-zi yuah yuan yuan-an yuan-bo yuan-chen yuan-cheng yuan-chun yuan-dong
yuan-fang yuan-feng yuan-guo yuan-hai yuan-han yuan-hao yuan-hong yuan-hua yuan-hui yuan-jia yuan-jian yuan-jie
yuan-jin yuan-jing yuan-jun yuan-kai yuan-kang yuan-lan yuan-lei yuan-li yuan-lin yuan-ling yuan-long yuan-lu
yuan-mei yuan-meng yuan-ming yuan-ning yuan-pei yuan-peng yuan-qi yuan-qian yuan-qiang yuan-qing yuan-rui yuan-ruo
yuan-shan yuan-sheng yuan-shi yuan-shu yuan-si yuan-tao yuan-tian yuan-ting yuan-wei yuan-wen yuan-xia yuan-xiao
yuan-xin yuan-xiu yuan-xuan yuan-xue yuan-ya yuan-yan yuan-yang yuan-yao yuan-yi yuan-ying yuan-yong yuan-yu
yuan-yue yuan-yun yuan-ze yuan-zhao yuan-zhen yuan-zhi yuan-zi yuanan yuanbo yuanchen yuancheng yuanchun yuandong
yuanfang yuanfeng yuanguo yuanhai yuanhan yuanhao yuanhong yuanhua yuanhui yuanjia yuanjian yuanjie yuanjin yuanjing
yuanjun yuankai yuankang yuanlan yuanlei yuanli yuanlin yuanling yuanlong yuanlu yuanmei yuanmeng yuanming yuanning
yuanpei yuanpeng yuanqi yuanqian yuanqiang yuanqing yuanrui yuanruo yuanshan yuansheng yuanshi yuanshu yuansi
yuantao yuantian yuanting yuanwei yuanwen yuanxia yuanxiao yuanxin yuanxiu yuanxuan yuanxue yuanya yuanyan yuanyang
yuanyao yuanyi yuanying yuanyong yuanyu yuanyue yuanyun yuanze yuanzhao yuanzhen yuanzhi yuanzi yubin yubo yucel
yucelen yuchae yuchan yuchen yucheng yuchul yuchun yuda yudi yudo yudong yudy yue yue-an yue-bo yue-chen yue-cheng
yue-chun yue-dong yue-fang yue-feng yue-guo yue-hai yue-han yue-hao yue-hong yue-hua yue-hui yue-jia yue-jian
yue-jie yue-jin yue-jing yue-jun yue-kai yue-kang yue-lan yue-lei yue-li yue-lin yue-ling yue-long yue-lu yue-mei
yue-meng yue-ming yue-ning yue-pei yue-peng yue-qi yue-qian yue-qiang yue-qing yue-rui yue-ruo yue-shan yue-sheng
yue-shi yue-shu yue-si yue-tao yue-tian yue-ting yue-wei yue-wen yue-xia yue-xiao yue-xin yue-xiu yue-xuan yue-xue
yue-ya yue-yan yue-yang yue-yao yue-yi yue-ying yue-yong yue-yu yue-yuan yue-yun yue-ze yue-zhao yue-zhen yue-zhi
yue-zi yuean yuebo yuechen yuecheng yuechun yuedong yuefang yuefeng yueguo yueh-o yueh-tung yueh-ying yuehai yuehan
yuehao yuehong yuehua yuehui yuejia yuejian yuejie yuejin yuejing yuejun yuekai yuekang yuelan yuelei yueli yuelin
yueling yuelong yuelu yuemei yuemeng yueming yuening yuepei yuepeng yueqi yueqian yueqiang yueqing yuerui yueruo
yueshan yuesheng yueshi yueshu yuesi yuetao yuetian yueting yueun yuewei yuewen yuexia yuexiao yuexin yuexiu yuexuan
yuexue yueya yueyan yueyang yueyao yueyi yueying yueyong yueyu yueyuan yueyun yueze yuezhao yuezhen yuezhi yuezi
yufang yufeng yug yuguo yugyu yuha yuhai yuhan yuhao yuhee yuho yuhong yuhoon yuhua yuhui yuhwa yuhwan yuhye yuhyun
yui yuja yujae yuji yujia yujian yujie yujin yujing yujoo yujoon yujun yujung yuka yukai yukang yuki yuko yukyung
yulan yulei yuli yulia yuliana yulieth yulin yuling yuliya yulong yulu yuly yuma yumei yumeng yumi yumiko yumin
yuming yumun yun yun-an yun-bo yun-chen yun-cheng yun-chun yun-dong yun-fang yun-fei yun-feng yun-guo yun-hai
yun-han yun-hao yun-hong yun-hua yun-hui yun-jia yun-jian yun-jie yun-jin yun-jing yun-jun yun-kai yun-kang yun-lan
yun-lei yun-li yun-lin yun-ling yun-long yun-lu yun-mei yun-meng yun-ming yun-ning yun-pei yun-peng yun-qi yun-qian
yun-qiang yun-qing yun-rui yun-ruo yun-shan yun-sheng yun-shi yun-shu yun-si yun-tao yun-tian yun-ting yun-wei
yun-wen yun-xia yun-xiao yun-xin yun-xiu yun-xuan yun-xue yun-ya yun-yan yun-yang yun-yao yun-yi yun-ying yun-yong
yun-yu yun-yuan yun-yue yun-ze yun-zhao yun-zhen yun-zhi yun-zi yuna yunan yunbo yunchen yuncheng yunchun yundong
yunfang yunfeng yung-chang yung-ching yunguo yunhai yunhan yunhao yunhong yunhua yunhui yuni yuning yunis yunita
yunjia yunjian yunjie yunjin yunjing yunjun yunkai yunkang yunlan yunlei yunli yunlin yunling yunlong yunlu yunmei
yunmeng yunming yunning yunpei yunpeng yunqi yunqian yunqiang yunqing yunrui yunruo yunshan yunsheng yunshi yunshu
yunsi yunt yuntao yuntian yunting yunus yunwei yunwen yunxia yunxiao yunxin yunxiu yunxuan yunxue yunya yunyan
yunyang yunyao yunyi yunying yunyong yunyu yunyuan yunyue yunze yunzhao yunzhen yunzhi yunzi yuok yupei yupeng yuqi
yuqian yuqiang yuqing yurani yurany yurdanur yurdaser yureed yuri yuridia yurii yuriko yurin yurtguven yurtgüven
yurtseven yurttas yurttaş yurui yuruo yury yusang yuseo yuseok yuseung yushan yusheng yushi yushu yusi yusif yusoo
yusook yusra yussuf yusu yusuf yusuke yusun yusung yuta yutae yutao yutian yutika yuting yuto yutong yuvraj yuwei
yuwen yuwon yuwoo yuxia yuxiao yuxin yuxiu yuxuan yuxue yuya yuyan yuyang yuyao yuye yuyeon yuyi yuying yuyong
yuyoon yuyoung yuyuan yuyue yuyun yuze yuzhao yuzhen yuzhi yuzi yvan yves yvette yvind yvon yvonne yyub yésica
yéssica yönetmen yücel yücelen yümun yıldır yıldız yılma yến zaafir zaahid zaahir zaakir zabir zablon zac zacarias
zacarías zach zacharia zacharias zacharie zachary zack zackariya zaeem zaenab zafar zafeer zafir zafrul zahaar
zaharia zaheer zahfer zahi zahid zahir zahnya zahra zahri zahro zahrun zahur zaib zaid zaida zainab zainabu zaira
zaitra zaituni zak zakaria zakarias zakariya zakariyo zakaría zakarías zakayo zakhele zakir zakiyaxon zalan zaliha
zalindra zalán zaman zamfir zamfira zamin zamiq zamir zamira zan zane zanele zaneta zanis zansi zara zarar zaraza
zarina zarna zashil zauqi zaur zawadi zaweel zayan zayd zayed zaynab zayyan zayyir zbigniew zbynek zbyněk zdenek
zdenka zdenko zdeněk zdeňka zdislava zdravko zdzislaw ze-an ze-bo ze-chen ze-cheng ze-chun ze-dong ze-fang ze-feng
ze-guo ze-hai ze-han ze-hao ze-hong ze-hua ze-hui ze-jia ze-jian ze-jie ze-jin ze-jing ze-jun ze-kai ze-kang ze-lan
ze-lei ze-li ze-lin ze-ling ze-long ze-lu ze-mei ze-meng ze-ming ze-ning ze-pei ze-peng ze-qi ze-qian ze-qiang
ze-qing ze-rui ze-ruo ze-shan ze-sheng ze-shi ze-shu ze-si ze-tao ze-tian ze-ting ze-wei ze-wen ze-xia ze-xiao
ze-xin ze-xiu ze-xuan ze-xue ze-ya ze-yan ze-yang ze-yao ze-yi ze-ying ze-yong ze-yu ze-yuan ze-yue ze-yun ze-zhao
ze-zhen ze-zhi ze-zi zean zebirce zebo zechen zecheng zechun zedong zefang zefeng zeferino zeguo zehaan zehai zehan
zehao zehnia zehong zehra zehranur zehua zehui zejia zejian zejie zejin zejing zejna zejun zekai zekang zekayi zeki
zelan zelaya zelda zelei zelha zeli zelie zelin zeling zeljka zeljko zelma zelmira zelong zelu zemei zemeng zemfira
zeming zemyna zemzem zende zenia zening zennun zeno zenobia zenon zenovia zenta zenzele zenzile zepei zepeng zeqi
zeqian zeqiang zeqing zerafet zerdad zeride zerui zeruo zeshan zesheng zeshi zeshu zesi zetao zetian zeting zev
zevlude zevlüde zewad zewei zewen zexia zexiao zexin zexiu zexuan zexue zeya zeyan zeyang zeyao zeyi zeying zeynal
zeynelabidin zeynep zeyno zeynulla zeyong zeyu zeyuan zeyue zeyun zezhao zezhen zezhi zezi zhang-wei zhanna zhao-an
zhao-bo zhao-chen zhao-cheng zhao-chun zhao-dong zhao-fang zhao-feng zhao-guo zhao-hai zhao-han zhao-hao zhao-hong
zhao-hua zhao-hui zhao-jia zhao-jian zhao-jie zhao-jin zhao-jing zhao-jun zhao-kai zhao-kang zhao-lan zhao-lei
zhao-li zhao-lin zhao-ling zhao-long zhao-lu zhao-mei zhao-meng zhao-ming zhao-ning zhao-pei zhao-peng zhao-qi
zhao-qian zhao-qiang zhao-qing zhao-rui zhao-ruo zhao-shan zhao-sheng zhao-shi zhao-shu zhao-si zhao-tao zhao-tian
zhao-ting zhao-wei zhao-wen zhao-xia zhao-xiao zhao-xiu zhao-xuan zhao-xue zhao-ya zhao-yan zhao-yang zhao-yao
zhao-yi zhao-ying zhao-yong zhao-yu zhao-yuan zhao-yue zhao-yun zhao-ze zhao-zhen zhao-zhi zhao-zi zhaoan zhaobo
zhaochen zhaocheng zhaochun zhaodong zhaofang zhaofeng zhaoguo zhaohai zhaohan zhaohao zhaohong zhaohua zhaohui
zhaojia zhaojian zhaojie zhaojin zhaojing zhaojun zhaokai zhaokang zhaolan zhaolei zhaoli zhaolin zhaoling zhaolong
zhaolu zhaomei zhaomeng zhaoming zhaoning zhaopei zhaopeng zhaoqi zhaoqian zhaoqiang zhaoqing zhaorui zhaoruo
zhaoshan zhaosheng zhaoshi zhaoshu zhaosi zhaotao zhaotian zhaoting zhaowei zhaowen zhaoxia zhaoxiao zhaoxiu
zhaoxuan zhaoxue zhaoya zhaoyan zhaoyang zhaoyao zhaoyi zhaoying zhaoyong zhaoyu zhaoyuan zhaoyue zhaoyun zhaoze
zhaozhen zhaozhi zhaozi zhen zhen-an zhen-bo zhen-chen zhen-cheng zhen-chun zhen-dong zhen-fang zhen-feng zhen-guo
zhen-hai zhen-han zhen-hao zhen-hong zhen-hua zhen-hui zhen-jia zhen-jian zhen-jie zhen-jin zhen-jing zhen-jun
zhen-kai zhen-kang zhen-lan zhen-lei zhen-li zhen-lin zhen-ling zhen-long zhen-lu zhen-mei zhen-meng zhen-ming
zhen-ning zhen-pei zhen-peng zhen-qi zhen-qian zhen-qiang zhen-qing zhen-rui zhen-ruo zhen-shan zhen-sheng zhen-shi
zhen-shu zhen-si zhen-tao zhen-tian zhen-ting zhen-wei zhen-wen zhen-xia zhen-xiao zhen-xin zhen-xiu zhen-xuan
zhen-xue zhen-ya zhen-yan zhen-yang zhen-yao zhen-yi zhen-ying zhen-yong zhen-yu zhen-yuan zhen-yue zhen-yun zhen-ze
zhen-zhao zhen-zhi zhen-zi zhenan zhenbo zhenchen zhencheng zhenchun zhendong zhenfang zhenfeng zhenguo zhenhai
zhenhan zhenhao zhenhong zhenhua zhenhui zhenjia zhenjian zhenjie zhenjin zhenjing zhenjun zhenkai zhenkang zhenlan
zhenlei zhenli zhenlin zhenling zhenlong zhenlu zhenmei zhenmeng zhenming zhenning zhenpei zhenpeng zhenqi zhenqian
zhenqiang zhenqing zhenrui zhenruo zhenshan zhensheng zhenshi zhenshu zhensi zhentao zhentian zhenting zhenwei
zhenwen zhenxia zhenxiao zhenxin zhenxiu zhenxuan zhenxue zhenya zhenyan zhenyang zhenyao zhenyi zhenying zhenyong
zhenyu zhenyuan zhenyue zhenyun zhenze zhenzhao zhenzhi zhenzi zhi zhi-an zhi-bo zhi-chen zhi-cheng zhi-chun
zhi-dong zhi-fang zhi-feng zhi-guo zhi-hai zhi-han zhi-hao zhi-hong zhi-hua zhi-hui zhi-jia zhi-jian zhi-jie zhi-jin
zhi-jing zhi-jun zhi-kai zhi-kang zhi-lan zhi-lei zhi-li zhi-lin zhi-ling zhi-long zhi-lu zhi-mei zhi-meng zhi-ming
zhi-ning zhi-pei zhi-peng zhi-qi zhi-qian zhi-qiang zhi-qing zhi-rui zhi-ruo zhi-shan zhi-sheng zhi-shi zhi-shu
zhi-si zhi-tao zhi-tian zhi-ting zhi-wei zhi-wen zhi-xia zhi-xiao zhi-xin zhi-xiu zhi-xuan zhi-xue zhi-ya zhi-yan
zhi-yang zhi-yao zhi-yi zhi-ying zhi-yong zhi-yu zhi-yuan zhi-yue zhi-yun zhi-ze zhi-zhao zhi-zhen zhi-zi zhian
zhibo zhichen zhicheng zhichun zhidong zhifang zhifeng zhiguo zhihai zhihan zhihao zhihong zhihua zhihui zhijia
zhijian zhijie zhijin zhijing zhijun zhikai zhikang zhilan zhilei zhili zhilin zhiling zhilong zhilu zhimei zhimeng
zhiming zhining zhipei zhipeng zhiqi zhiqian zhiqiang zhiqing zhirui zhiruo zhishan zhisheng zhishi zhishu zhisi
zhitao zhitian zhiting zhiwei zhiwen zhixia zhixiao zhixin zhixiu zhixuan zhixue zhiya zhiyan zhiyang zhiyao zhiyi
zhiying zhiyong zhiyu zhiyuan zhiyue zhiyun zhize zhizhao zhizhen zhizi zhou zhuo zi-an zi-bo zi-chen zi-cheng
zi-chun zi-dong zi-fang zi-feng zi-guo zi-hai zi-han zi-hao zi-hong zi-hua zi-hui zi-jia zi-jian zi-jie zi-jin
zi-jing zi-jun zi-kai zi-kang zi-lan zi-lei zi-li zi-lin zi-ling zi-long zi-lu zi-mei zi-meng zi-ming zi-ning zi-pei
zi-peng zi-qi zi-qian zi-qiang zi-qing zi-rui zi-ruo zi-shan zi-sheng zi-shi zi-shu zi-si zi-tao zi-tian zi-ting
zi-wei zi-wen zi-xia zi-xiao zi-xin zi-xiu zi-xuan zi-xue zi-ya zi-yan zi-yang zi-yao zi-yi zi-ying zi-yong zi-yu
zi-yuan zi-yue zi-yun zi-ze zi-zhao zi-zhen zi-zhi zian ziba zibo zibuyile zichen zicheng zichun zidong ziedonis
zifang zifeng ziga ziggy zigmund zigrida zigrīda ziguo zihai zihan zihao zihni zihong zihua zihui zijia zijian zijie
zijin zijing zijun zikai zikang zikmund zikora zilan zilei zilfa zili zilin ziling zilmil zilong zilu zimei zimeng
ziming zimran zina zinal zineb zinhle zining zinnura zinnure zion zipei zipeng zipporah ziqi ziqian ziqiang ziqing
zirui ziruo zishan zisheng zishi zishu zisi zita zitao zitian ziting ziv ziva zivile ziwei ziwen zixia zixiao zixin
zixiu zixuan zixue ziya ziyaettin ziyan ziyang ziyao ziyi ziying ziyong ziyu ziyuan ziyue ziyun zize zizhao zizhen
zizhi zizi zlatica zlatko zodwa zoe zoey zofia zofie zofija zohrehan zoila zoja zoltan zoltán zophanias zophanías
zophonias zophonías zora zoraida zoral zoran zorica zorka zoya zoé zoë zsanett zsigmond zsofia zsolt zsombor
zsuzsanna zsófia zuba zubair zubairu zubayr zubeyde zufer zuheyla zuhri zulaikha zulbiye zulema zuleyxa zulfa
zulfuye zulgarni zulma zumaridi zumre zumrud zunilda zuri zuwayhir zuwena zuzana zuzanna zvonka zvonko zwatie
zygimantas zélie zóphanías zóphonías zöhrehan züfer züheyla zülbiye züleyxa zülfüye zülgarni zümre zümrüd ábel ádám
áfrica ágata ágatha ágnes águeda ágúst ágústa ágústína áki ákos álex álfar álfdís álfey álfgeir álfgerður álfgrímur
álfheiður álfhildur álfrós álfrún álfsól álfur álfþór álvaro ámbar ámundi ángel ángela ángeles ánh árbjartur árbjörg
árbjörn árbjört árdís árelía árelíus árgeir árgils árlaug ármann ármey árna árndís árney árnheiður árni árnína árný
áron árpád ársæl ársæll ársól árveig árvök áróra árún árþóra ása ásberg ásbergur ásbjörg ásbjörn ásborg ásdís
ásfríður ásgautur ásgeir ásgerður ásgils ásgrímur áshildur ási áskatla áskell ásla áslaug áslaugur ásleif áslákur
ásmar ásmundur ásný ásrós ásröður ásrún ást ásta ástbjörg ástbjörn ástbjört ástdís ástfríður ástgeir ástgerður
ástheiður ásthildur ástmar ástmundur ástráður ástríkur ástríður ástrós ástrún ástvald ástvaldur ástvar ástveig
ástvin ástþrúður ástþór ástþóra ásvaldur ásvarður ásvör ásólfur ásþór áurea âdem âlemşah ângela ângelo änne åbjørn
åge åke åsa åse ægileif ægir æsa æsgerður æsir ævar ævarr çakar çakırca çaltı çalım çamok çapkan çavuldur çağa
çağdan çağlar çağlasın çağveren çelem çelikkan çelikyürek çerçi çetinsu çeviköz çevregül çilga çimnaz çinerk çingiz
çisem çokan çolpan çopur çoğay çıdal çıvgın èric édgar édith édouard élisabeth élise élodie éléonore émile émilie
éric érica étienne éva ëakumbu ían ída ígor íma ími ína íngrid íren írena íris írunn ísabel ísabella ísadóra ísafold
ísak ísalind ísar ísarr ísbjörg ísbjörn ísdís íseldur ísey ísfold ísgeir ísgerður íshildur ísidór ísis íslaug ísleif
ísleifur ísmael ísmar ísmey ísold ísrael ísrún íssól ísveig ísól ísólfur ítalo íunn íva ívan ívar íñigo óda ófeigur
ófelía óla ólafur ólafía ólafína ólavía óli óliver ólivía ólína ólíver ólöf ómar ómi ósa óscar ósk óskar ósvald
ósvaldur ósvífur ótta óttar óttarr óðinn öge ögmunda ögmundur ögn ögri ökkaş öktürk ölnir ölrún ölveig ölver ölvir
ömer ömriye ömür öncel öndólfur önel öngen önsal önundur örbrún örfiye örik örjan örk örlaugur örlygur örn örnólfur
örvar öryürek ösp össur östen över övün öxar özakan özalpsan özaslan özay özbay özbilek özbilge özdal özdeş özdil
özdoğdu özel özerdinç özertem özge özger özgün özgür özinal özkent özkutlu özlem özlü özokçu özpetek özpınar özsözlü
öztek öztürk özyurt özçam özüdoğru öğet øivind øjvind ørni øvli øystein øyvind úddi úlfa úlfar úlfdís úlfey úlfgeir
úlfheiður úlfhildur úlfhéðinn úlfkell úlfljótur úlfrún úlftýr úlfur úlla úlrik úna úndína úranus úranía úrsula
úrsúla übeydullah üge ülfet ülke ülküdeş ülküm ülle ülvi ümid ümmahan ümmet ümmühan ümray ünal ünek ünlen ünsever
ünübol ürfettin ürper üsame üstün üzer üzeyir üçgül ýja ýma ýmir ýrar ýrr þalía þangbrandur þeba þengill þeyr þeódís
þeódóra þinur þiðrandi þiðrik þjálfi þjóstar þjóstólfur þjóðann þjóðbjörg þjóðbjörn þjóðgeir þjóðhildur þjóðleifur
þjóðmar þjóðrekur þjóðvarður þjóðólfur þoka þorberg þorbergur þorbjörg þorbjörn þorbrandur þorfinna þorfinnur
þorgarður þorgautur þorgeir þorgerður þorgestur þorgils þorgnýr þorgríma þorgrímur þorgísl þorkatla þorkell þorlaug
þorlaugur þorleif þorleifur þorleikur þorlákur þormar þormundur þormóður þorri þorsteina þorsteinn þorstína
þorvaldur þorvar þorvarður þrastar þrymur þrá þráinn þrándur þróttur þröstur þrúða þrúðmar þrúður þula þura þurí
þuríður þurý þyri þyrnir þyrí þór þóra þóranna þórar þórarinn þórarna þórbergur þórbjörg þórbjörn þórdís þórelfa
þórelfur þórey þórfríður þórgnýr þórgrímur þórgunna þórgunnur þórhaddur þórhalla þórhalli þórhallur þórhanna
þórheiður þórhildur þórir þórkatla þórlaug þórlaugur þórleif þórleifur þórlindur þórmar þórmundur þórný þórodda
þóroddur þórormur þórsteina þórsteinn þórsteinunn þórstína þórunn þórveig þórvör þórða þórður þórólfur þórörn þöll
þúfa ādams ādolfs ārija ąžuolas đuro đurđica đạt đức ērika ēriks ēvalds ğanim ģederts ģirts ľubica ľubomír ľubomíra
ľubor ľuboslav ľuboslava ľuboš ľudmila ľudomil ľudomila ľudovít łukasz şaban şabettin şadıman şafii şahat şahdiye
şahin şahinbey şahinder şahlar şahmar şahmettin şahnaz şahnuray şahıgül şakir şali şamiha şamil şamxal şanlı şavki
şayan şazime şefi şefiye şehamet şehreban şehza şekim şelâle şemsettin şemsinisa şendoğan şenkal şennur şerafeddin
şeref şerman şevket şevketfeza şeyda şide şilan şinasi şirin şirivan şirzad şuayp şöhret şükri şüküfe şükür şıxı
šarlota šarūnas šime šimon špela štefan štefanija štefica štefka štefánia štěpán štěpánka šárka žan žaneta žanis
željka željko želmíra žemyna žiga žigmund živa živilė žofia žofie žygimantas șerban ștefan ștefana ștefania əbdül
əflatun əhliman əli əliş əmin əmir ərtoğrul əyyub
"""
)

# English short forms the locale lists lack ("Jess took notes", "ask Steph").
GIVEN_NAMES |= _words(
    """
jess jen kat tash bex mags nic jez gaz seb ollie alfie freddie hattie izzy josie maddie lottie geoff nige trev kev gav
rach steph cath deb
"""
)
