"""Word lists for the redaction check's name rule (no model, no download).

GIVEN_NAMES: given names from many cultures, lower-cased, with and without diacritics. Built from the
first-name lists Faker ships for its ~80 locales (Latin-script parts only; its "en" long tail of US
records is left out because it holds words such as "Lawyer" and "Reason"), plus hand-written names
that list lacks (Indian, Chinese and Korean romanisations, Yoruba, Igbo, Akan, Kenyan, Southern
African, Vietnamese, Japanese, Arabic, Persian, Turkish, Irish, Nordic…). A given name that is
also an everyday word, a month, a place or a product (May, Will, Grace, Jordan, Ruby) is
ambiguous: the rule flags it only with a context cue.
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


COMMON_WORDS = _words(
    """
a about above across add after again against age ago agree ahead aim all almost alone along already also although
always am amber among an and angel anon another answer any anyone anything apart april archer are aria around art as
ask at august aura aurora author autumn away baby back bad baker ball base be beat because been before behind being
below best beta better between beyond big bill bishop black blaze blessing bliss blue bonnie both brief bright bring
brook brooks brown buck bud buddy but butler by call calm came can candid candidates candidly candy carter case cash
chance change charity chase cherry chip clear clients cliff close colleagues colonel come comfort constance constant
cook cooper could crystal customers daisy dale dawn day deacon dean del desire destiny dev diamond did do doctor
does doing dom don done down drew duke during dusk dusty each early earnest echo edit either else end engineers
enough ernest essence even ever every everybody everyone everything faith fancy far feedback few final finally find
fine first fisher flint floor for forum frank free friend from full general genesis get ginger give given glad go
golden good grace grant gray great green grey grit gun guy had happy hard harm harmony has have hazel he hear heaven
held her here hers high him his holly honest honestly honey honor honour hope hour how however hunter i if in
instead interviewers iris is it its ivy jade job journey joy judge july june junior just justice karma keen keep
kick kind king kitty last late later lawyer lead leadership lean legacy legend less let lex liberty lies like lily
line little lone long lot love luck lucky luna made main major make man management managers many march mare mark
marshal mason mate max may me mean media melody memory mentor mercer mercy might miles miller min mine miracle misty
more most much must my nag near need neither never new next nice nil ninja no noble nobody none nor north not note
nova now odd of off often ok okay old olive on once one only open or other others our out over overall own page
panelists panellists parker part past patience peace pearl peer peers penny per perhaps ping plain please point pope
poppy porter precious price prince prior prudence queen quite rain ran ranger rather raven read reason rebel
recruiters red rest reviewers rich right river rock rocky rose royal run rusty sable said saint same sandy savannah
say see senior serenity server several she short should side silver since sing sister skip sky smith so sole solver
some somebody someone son sonny soon south spring stakeholders star steel sterling still stone storm story strong
such summer sunny sunshine sure sweet take tanner taylor than thank thanks that the their them then there these they
this those though through thus ties till to today together tone too treasure trinity true try turner two under
unfortunately unique until up upon urban us users valid valor valour verity very victory vigor violet walker want
ward warren was way we well wells went were west what when where whether which while white who whole why will winter
wish with within without would yes yet you young your yours
"""
)

NOT_PEOPLE = _words(
    """
academy accenture accra action adelaide aden adobe africa african airbnb airflow alabama alexa amazon america
american amharic amsterdam analytics android angeles angular ansible apac api apple apr april arab arabic arizona
armenia asana asia asian associate asuncion athens atlanta atlassian auckland aug august austin australian aws azure
b2b b2c bangalore bangkok barcelona barclays basel beijing belfast benelux bengali bengaluru berlin birmingham board
bosch boston brazilian brighton brisbane bristol british brooklyn brussels budapest buddhist cairo calgary
california cambridge campo canadian candidate cantonese cardiff caribbean carolina catholic ceo cfo chad chatgpt
chef chelsea chennai chicago chief china chinese christian christians christmas cio circleci cisco claude cmo
college cologne committee confluence coo coordinator copenhagen copilot coral cork cortana cpo css cto cuba czech
dach dakota dallas danish dart darwin data datadog dbt dec december delhi dell deloitte deno denver design director
diwali django docker domingo dubai dublin durban dutch easter edinburgh eid elasticsearch elixir ember emea
engineering english erlang eu europe european evp excel ey faang facebook farsi feb february figma filipino finance
finnish flask florence florida ford founder france frankfurt french fri friday galway gcp gemini geneva georgia
german ghanaian git github gitlab glasgow go golang google grafana graphql greek growth gujarati hadoop halloween
hamburg hanoi hanukkah haskell hausa head hebrew helm helsinki hindi hindu hiring hispanic holi hong houston hp hr
hsbc html hubspot hungarian hyderabad ibm icelandic igbo india indian indiana infrastructure institute intel
interviewer interviewers ios iranian ireland irish islam islamic israel israeli istanbul italian jakarta jan january
japanese java javascript jenkins jersey jewish jira johannesburg jordan jul julia july jun june junior kafka kampala
kenya kenyan kigali klarna kong korean kotlin kpi kpmg kubernetes lagos laravel latam latina latino lead leadership
leeds legal leicester lent leone lincoln linkedin linux lisbon liverpool lloyds london looker lyon mac macos madison
madrid management manager manchester mandarin manila mar marathi march marino marketing marseille may mckinsey
melbourne meta mexican miami microsoft milan mlflow mon monday mongo mongodb montana montreal montserrat monzo
mumbai munich muslim muslims mysql nairobi navratri netflix nevada nigerian node nordics norwegian nosql notion
nottingham nov november numpy nvidia oct october officer okr oman openai operations ops oracle osaka oslo ote ottawa
oxford pakistani pandas panel paris partner passover paz people perl persian perth phoenix php platform polish
portland porto portuguese postgres postgresql powerpoint prague president principal product prometheus protestant
pune punjabi puppet pwc python pytorch qa rails ramadan react reading recruiter recruiting redis research rest
result revolut rica rico roi romanian rome rotterdam ruby russian rust saas sales salesforce salvador samsung santa
sap sat saturday scala school scottish sdk seattle security senior seoul sep sept september shanghai sheffield
shenzhen shopify siemens sierra sikh singapore siri situation sketch slack slovak snowflake sony spanish spark
splunk spotify spring sql sri staff star stockholm stripe success sun sunday support svelte svp swahili swedish
swift sydney tableau taipei talent tamil task team teams telugu tensorflow terraform tesla texas thai thanksgiving
thu thursday tokyo tome toronto toyota travis trinidad tue tuesday turkish twitter typescript uber ui uk ukrainian
university unix urdu us usa ux valencia vancouver verde vesak victoria vienna vietnamese virginia vmware vp vue
warsaw washington wed wednesday wellington welsh windows word workday york yoruba zalando zoom zurich
"""
)

GIVEN_NAMES = _words(
    """
aaaqil aaban aabid aachal aada aadam aadhya aadi aadil aafiya aage aagot aahana aahil aalam aalberg aalbergur
aalbert aalbjorg aalbjorn aalbjort aalborg aalborgar aaldis aalee aalfriur aalgeir aalheiur aalim aaliyah aalmundur
aalraur aalros aalsteina aalsteinn aalsteinunn aalveig aamil aamir aamirah aanuoluwapo aapo aaqil aarav aarif aarini
aariz aarna aarnav aarne aaro aaron aarush aaryan aarón aashi aashif aashir aasif aasim aatif aatiq aatos aaus aayan
aayush aazim aba abaan abayomi abbas abbey abbi abbie abbos abby abdalla abdallah abdel abdelatif abdelkader
abdellah abderaouf abderrahmane abdi abdihakim abdirahman abdis abdiş abdon abdu abduaziz abduboriy abdul abdulahat
abdulbekir abdulcemal abdulgazi abdulhadi abdulhamid abdulkadir abdulkerim abdullah abdullahi abdulloh abdulmenaf
abdulsamed abdulsemet abdumalik abdurahmon abdurrahman abdurresit abdón abdülahat abdülcemal abdülhadi abdülkerim
abdülsamed abdürreşit abebe abebi abednego abeer abeiku abel abela abelardo abelone abena abeni abha abhimanyu
abhiram abhishek abid abigael abigail abigaili abigaíl abilio abina abiodun abiona abiye abjrn abner abosede abraham
abram abril abror abubakar abubakr abuzar abyasa acar acarkan achiel achieng achille achim ackel aclan aclay ada
adaeze adak adal adalbert adalberto adam adamo adams adan adanna adasal adda addi addison addy addý ade adebayo
adebiyi adebowale adebukola adedayo adedeji adekitan adekola adekunle adel adela adelaida adelaide adelardo adelasia
adelbert adele adeleke adelgunde adelheid adelia adelin adelina adelinde adeline adelmo adelía adem aden adenike
adeniyi adeola adeolu adeoti adepeju aderopo adesewa adeshina adesoji adesua adetayo adetoke adetokunbo adetoun
adewale adeyemi adeyi adgun adhiarja adhra adi adia adiarja adiel adiela adigun adika adikara adil adila adimu adina
adinata adis aditya adlan admir adnan adolf adolfine adolfo adolfs adolphe adomas adonis adora adoracion adoración
adriaan adrian adriana adriane adrianna adrianne adriano adriel adrien adrienn adrienne adrija adrijana adrián
adriána adrían adríana adríel adunni advait advaith advay advik advika adviye adweta adwoa adya adán adèle adéla
adélaïde adíel adólf adıgün aedan aedin aena aengus aenne afaq afer aferdita afia afife afil afiq afolarin afonso
afra africa afrim afruza aftin afua aga agahadi agakisi agamal agamusa agapito agastya agata agatha agathe agaxan
agbegim agca age aggrey agim agla aglaia agmur agnar agne agnea agnes agnesa agnese agneta agnete agni agnieszka
agnolo agnos agnès agnė agostina agostino agripina agris agron agueda agus agust agusta agustin agustina agustín
agáta agða ahat ahmad ahmed ahmet ahsen ahter ahti aicha aida aidan aideen aiden aiga aigars aija aijuka aiko aila
ailbhe aileen aili ailis ailish aimable aime aimee aimo aimé aimée aina ainara ainars aine ainhoa aino ainoa ainārs
airi aisha aishah aishani aishling aishwarya aisling aislinn aistis aisyah aitana aitor aivar aivaras aivars aiyana
ajala ajan ajani ajay ajda ajeng ajiman ajimat ajimin ajiono ajla ajna ajoke akalan akanmu akar akari akarsana akash
akatay akay akbar akbas akbaş akboga akboğa akcabay akcasu akcivan akdora akdurmus akdurmuş ake akemi akgol akgunes
akgöl akgüneş akhil aki akif akiko akinkunmi akinlabi akinwale akinyi akira akise akkerman akmal akmaner akmaral
aknal akobir akos akosua akoth akoz akram aksay aksel akseli akshay aksogut aksoy aksöğüt aktemur aktemür akua
akumaa akumu akver akwasi akwesi akyldz akyıldız akçabay akçasu aköz akınal al alaaddin alabezek alade aladin
aladino alaeddin alain alambana alamiro alamu alan alana alanalp alanis alanna alannah alanta alara alastair alattin
alaz alba alban albano albeiro alberico albert alberta alberte albertina albertine alberto alberts albin albina
albino albrecht albulena albín albína alcan alcides alcira alda aldair aldar aldemar alderano aldin aldis aldny
aldný aldo aldonza aldís ale alea alec aleida aleisha aleix alejandra alejandrina alejandro alejo aleks aleksandar
aleksander aleksandr aleksandra aleksandras aleksandrs aleksanteri aleksei aleksej aleksi alemayehu alemsah alen
alena alenka aleodor ales alessandra alessandro alessia alessio aleta aletta alex alexa alexandar alexander alexandr
alexandra alexandre alexandria alexandrie alexandrina alexandros alexandru alexandría alexe alexei alexej alexey
alexi alexia alexis alexius alexía alexíus aleš alf alfa alfar alfdis alfey alfgeir alfgerur alfgrimur alfheiur
alfhildur alfifa alfio alfons alfonsina alfonso alfonz alfor alfre alfred alfredo alfreds alfreð alfros alfrun
alfréd alfrēds alfsol alfur alfífa algirdas algot algs algış ali ali-reza alia aliabbas alica alice alicia alicja
alida aliihsan alika alin alina aline alinur alireza alirio aliro alis alisa alise aliseydi alisha alison alissa
alisson alistair alistar alister alix aliya aliyu alize alizee alizée alja aljaz aljaž aljosa aljoša alka alkor alla
allahverdi allan allana allegra allen alli allison ally allý alma almar almasi almast almaz almendra almir almira
almudena almus almut almuth alois aloisia alojz alojzia alojzij alojzija alon alondra alonso aloys aloyse aloïs
alparslan alpcan alphonce alphons alphonse alphonsus alpin alpsu alpsü alrekur alrun alrún alsk alsoy alta altin
altnbike altncicek altnkaya altnsn altogan altoğan altug altuğ altınbike altınkaya altınçiçek altınışın alva alvar
alvaro alve alveiro alvilda alvin alvine alvīne alwin alwina alwine aly alya alyona alyssa alzbeta alzina alícia
alída alína alís alísa alīda alışık alžbeta alžběta ama amac amada amadea amadeo amadeus amado amador amahle amaia
amaira amaka amal amalia amalie amalija amalía amancio amanda amandeep amandine amando amani amar amara amarachi
amarilis amaro amaru amaury amaya amaç ambar amber ambre ambrose ambrosio ambroz ambróz amedeo amedeu amel amela
amelia amelie amelija amelía america americo ami amico amie amilcar amilia amilía amin amina aminah aminatu amine
aminu amir amira amit amleto amna amnon amoke amol amon amondi among amope amor amos amparo amra amre amri amrit
amrita amruta amundi amy amy-lee amy-leigh amza amália amélia amélie américa américo amílcar amír amíra amý amālija
ana anabel anabela anabella anacleto anaelle anahera anahi anahis anahí anaida anais analia analyn analía anamaria
anamika anand ananya anar anargul anargül anaru anas anasa anastacia anastasia anastasie anastasio anastasios
anastasiya anastasía anastatia anastazie anastazja anastázie anatol anatoli anatolie anatolij anatoly anay anaëlle
anaís anaïs anca ancizar ancuta ancuța anda andela anders anderson andi andic andile andiç andjela andjelina andor
andra andrada andras andre andrea andreas andree andreea andrei andreia andrej andreja andrejka andrejs andrena
andres andress andrew andrey andrešs andri andrian andrija andrin andrina andris andrius andriy andrus andrzej andrá
andrás andré andréa andréas andrée andrés andwele andy anděla ane anej anel anela anemona anes aneta anete anett
anetta anette anezka anežka anfinn angalia angantyr angantýr angavu angbrandur ange angel angela angele angeles
angelica angelika angelina angeline angelino angelique angelita angelo angelíka anggabaya anghel anghelina angi
angie angus angèle angélica angélique anh ani anibal anica anicet aniela anika aniko anikó anil anina anirudh anis
anisa anisoara anissa anita anișoara anja anjali anjolaoluwa anka anke ankica ankit ankur anmol ann ann-britt
ann-charlott ann-charlotte ann-christin ann-christine ann-kathrin ann-kristin ann-louise ann-mari ann-marie ann-sofi
ann-sofie anna anna-karin anna-lena anna-liisa anna-lisa anna-luise anna-maria anna-marie annabel annabell annabella
annabelle annah annak annalena annaliese annalisa annalise annalísa annamaria annamarie annamária annar annarr annas
annastacia anne anne-catherine anne-francoise anne-françoise anne-kathrin anne-katrin anne-laure anne-lise
anne-marie anne-rose anne-sophie annedore annegret annegrete annekatrin anneke annel anneleen annelene anneli
annelie annelies anneliese annelise annelore annelí annemarie annemette annemie annemijn annerose annes annet annett
annetta annette anney anni annia annibale annica annick annie anniina annija annika annikki annina annita annukka
annunziata anny annía anný anom anon anong anoni anouk ansaldo anselm anselma anselmo ansgar ansh ansis ansora anssi
antal antanas ante antero anthony antim antje anto antoaneta antoin antoine antoinette anton antonela antonella
antonello antoni antonia antonie antonieta antonietta antonija antonin antonina antonino antonio antonios antoniu
antonius antons antony antonía antonín antoníus antoon antoņina antra ants antti antun antònia antónia antónio
antônio anu anum anunciacion anunciación anusha anuta anuța anvar anvi anwar anya anyango anyelo anyi anze aníbal
aníka anína aníta anđa anđela anže aodhan aoi aoibheann aoibhin aoibhinn aoife aolf aongus apaydn apaydın apisara
apolena apolinar apolline apollo apollonia apolonia apostolos april apríl aqil aqsa aquiles arabella araceli aracely
aradhana aral aran aranka aranzazu aras arash aravind arben arbey arbjartur arbjorg arbjorn arbjort arbnor arcan
arcelia archer archie arda ardian ardis ardit ardita ardís areeba arel arelia arelius arent ares arey arezki argeir
argemiro argils argono argu arham ari aria ariadna arian ariana ariane arianna arianne aribert arie arief ariel
ariela ariele ariella arielė arif arifcan arija arijus arike ariki arild arilius arilíus arin arina arinbjorg
arinbjorn arinbjörg arinbjörn arinola aris arisa arisara aristide aristides aristita aristița arius arja arjun
arkadiusz arkady arkol arkut arlaug arlene arlet arlette arley arlind arlinda arlo armahan armand armandas armande
armando armands armann armas armelle armend armenia armenía armey armida armin arminas arna arnald arnaldo arnaldur
arnar arnas arnau arnaud arnaude arnberg arnbergur arnbjorg arnbjorn arnbjörg arnbjörn arnborg arnd arndis arndor
arndt arndís arndór arne arnel arnes arney arnfinna arnfinnur arnfreyr arnfried arnfriur arnfríður arngeir arngerur
arngerður arngils arngrimur arngrímur arngunnur arnheiur arnheiður arnhildur arni arnika arnim arnina arnis arnkatla
arnkell arnlaug arnlaugur arnleif arnleifur arnlin arnljot arnljotur arnljót arnljótur arnlín arnmour arnmundur
arnmóður arno arnoddur arnold arnoldas arnoldo arnolds arnor arnora arnost arnošt arnros arnrun arnruur arnrós
arnrún arnsteinn arnulf arnulfo arnulfur arnviur arnviður arny arnór arnóra arnúlfur arnþrúður arnþór arnþóra aroa
aroha aron aronas arora arpad arpag arpağ arpnar arpád arran arron arsenie arsenio arsim arsipatra arsl arsll arsol
arsoy arta artan artanto artawan artem artemio artemisa arthit arthur arthúr artis arto arttu artturi artur arturas
arturo arturs artyom artúr artūras artūrs aru arun arunas arunima arusi arveig arvid arvids arvind arvo arvok
arvydas arvīds arya aryan arziye arzu aránzazu aría aríanna aríel aríella arín arína arís aríus arıel arıkol
arıpınar arısoy arūnas asa asad asael asaf asafe asake asalet asali asani asanti asatira asberg asbergur asbjorg
asbjorn asbjrn asbjørn asborg ascension ascensión asdis asdrubal ase asfriur asgautur asgeir asger asgerur asgils
asgrimur asha ashan asher ashildur ashlee ashleigh ashlene ashley ashling ashok ashton asi asia asier asif asila
asilbek asiman asir asiri asirwada asirwanda askatla askell askja asko askur asla aslakur aslan aslanhan aslaug
aslaugur asleif aslijan asliye asm asma asmaa asmadi asman asmar asmianto asmini asmira asmundur asmuni asny asolfur
asor aspar asros asrour asrun assa assar assia assumpta assunta ast asta astbjorg astbjorn astbjort astdis aster
astfriur astgeir astgerur astheiur asthildur astmar astmundur aston astor astora astraur astrid astride astrikur
astrit astriur astros astrun astruur astvald astvaldur astvar astveig astvin asu asuka asuncion asunción asvaldur
asvarur asvor aswani asírí asım at ataahua atabala atagun atagün atalay atalia atalía atamoglan atamoğlan atanur
atasagun atatore atatöre atena atenulf atfat atgun athanasios atharv atheel athena athman athuman athumani ati
atiena atieno atif atila atilhan atilio atinuke atit atiyye atla atlanta atlas atlgan atli atma atmaja atnan atsushi
attaf atte attila attracta atılgan aubergur aubert aubjorg aubjorn aubjort aud aude audis audrey audrius augeir
august augusta augustas auguste augustin augustina augustine augusto augusts augustín aukell aukusti aulikki aulin
aulis aumundur auna aune auny aunyaporn auolfur aura auraq aurea aureja aurel aurelia aurelian aureliana aureliano
aurelie aurelien aurelija aurelio aurica aurică aurimas aurora aurore aurun aurélia aurélie aurélien aurėja ausma
ausra ausrine austar austin austine austmann austmar austra austri autumn auun auunn auur auðbergur auðbert auðbjörg
auðbjörn auðbjört auðdís auðgeir auðkell auðlín auðmundur auðna auðný auðrún auðun auðunn auður auðólfur aušra
aušrinė ava avelino averil avgust avi avital avni avraham avram avril avsin avunc avunç avşin awadil awamil awamiri
awan awani awero awesi awhina awino awj awlya awmar awrad axel axelia axelle axelma axelía axenia axinte aya ayaan
ayaka ayamin ayan ayanda ayasha ayasun ayaydn ayaydın aybet aybora aycagul aycagül aycan aydan aydar ayden aydinc
aydinç aydn aydnbey ayduru aydın aydınbey ayelen ayelén ayesha aygonenc aygul aygun aygutalp aygönenç aygül aygün
ayhan ayinde ayinke aykut aykutalp ayla ayleen aylil aylin aylla ayman aymen aymeric aynilhayat aynmah aynur aynımah
ayodeji ayodele ayoka ayomide ayoub aypar aysan aysar ayse ayseana aysel aysema aysenur aysevim aysoy aysu aysuna
aytek ayten aytoz aytuna aytöz ayu ayub ayulker ayumi ayush ayushman ayvas ayyaruk ayyubi ayçan ayülker ayşan ayşe
ayşeana ayşenur azaan azad azade azadeh azahar azahara azalea azban azeeb azeglio azeneth azettin aziz aziza azize
azizi azra azucena azuolas açıkel açılay aída aïcha aðalberg aðalbergur aðalbert aðalbjörg aðalbjörn aðalbjört
aðalborg aðalborgar aðaldís aðalfríður aðalgeir aðalheiður aðalmundur aðalráður aðalrós aðalsteina aðalsteinn
aðalsteinunn aðalveig aðólf aþena ağa ağahadi ağakişi ağamalı ağamusa ağaxan ağbegim ağca ağmur aşhan aşir baaba
baahir baaizeed baaqee baaqir baaree baashir baasim baasit baba babak babar babasola babatunde babatunji babawale
baber babett babette baccio bachittar badawi badegul badegül badr bagas bagdas bagdat baghyawati bagiya bagus bagya
baha bahaa bahaddin bahadr bahadurjit bahadır bahari bahati bahittin bahiy bahtinur bahuraksa bahuwarna bahuwirya
baiba bailey bailie bairbel bairbre bairon bajragin bajram bakari bakda bakhshi baki bakiadi bakianto bakidin
bakijan bakiman bakiono bakti baktiadi baktianto baktiono bala balamantri balangga balapati balatekin balaxanm
balaxanım balazs balca baldassare baldey baldomero baldrun baldrún balduino baldur baldvin baldvina baldwin bale
baleegh balendra balhaar bali balidin balijan balinda balint baljit baljiwan ball ballı baltas baltasar baltazar
baltaş balthasar balvan balveer balwinder balz balázs bambad bambang bambi banara banawa banawi bancar bandile banel
banjeet banu banü bao baptist baptiste baqar baqir bara barak baraka barasa barbara barbel barbora barbro barbu
barbára bari barica baris bariş barkha barna barnabas barnabás barr barraq barri barry barscan barsen bart bartek
bartholomaus bartholomew bartholomäus bartley bartolome bartolomej bartolomeo bartolomeu bartolomé bartosz barur
barði barışcan bas basaam basarab basay baseer basel basem bashaar bashaarat bashan bashar basharat basheer
basheerah bashkim basil basile basilio basim basir basm basok basriye bassam bassi bassí bastiaan bastian bastien
bastián bastían basım batal batool batrhan baturay batırhan baudelio baudouin baugur bautista baydu baykan bayman
bayram bayron bayruhan baytal bayu bayzettin bazam bazej bağdat bağdaş başay başhan başok bdul beat beata beate
beatrice beatrijs beatrix beatriz beau beauden bebba bebe becky beda bedi bediriye bedri bedrich bedřich begga begim
begona begoña behbud behiza behnam behrem behruz beinir beinteinn beitir bekan bekbay bekim bekir bektasi bektaşi
bela belarmino belen belgizar belinda belisario belkize bella bellisan bello belo belén ben benadik benard benas
bence bendeguz bendegúz benedek benedetta benedetto benedict benedicte benedicto benedikt benedikta benedikte
benedita benek bengibay bengt bengta beni benia beniamin benice benicio benidikt benidikta benigna benigno benita
benito benjamim benjamin benjamín benjámin benn benna benney benno benny benný benoit benol benone benoni benony
benoný benoît benson bent benta bente bentey benthe bentina bento bentína benvenuto benía benício beníta benóní
benóný beppe bera berat beray beren berend berends berengere berenice berent berezat berg bergdis bergdís bergen
bergey bergfinnur bergfriur bergfríður bergheiur bergheiður berghildur berghreinn bergjon bergjón berglaug berglin
berglind bergljot bergljót berglín bergmann bergmannia bergmannía bergmar bergmundur bergny bergný bergor bergora
bergran bergrin bergros bergrun bergrán bergrín bergrós bergrún bergsteinn bergsveinn bergur bergvin bergþór
bergþóra berit beriye berkal berki berksay bernabe bernabé bernadett bernadette bernadine bernard bernarda
bernardino bernardita bernardo bernd bernd-dieter berndt bernfried bernhar bernhard bernhardine bernharur bernharð
bernharður berni bernice bernodia bernodus bernt bernward bernódus bernódía berra berran berrin bersi bert berta
bertalan bertel bertha berthe berthold bertil berto bertold bertram bertrand bertulis beryl besart besarta besey
beshte besim besin besnik bessi bessí beste bestla beta betania betanía beth bethan bethany bethlehem betina betsy
betsý bett betti bettina betty bettý betuel betúel bevan beverley beverly beyda beyhatun beyler beyzade bezek beáta
beňadik bhanumati bhavana bhavani bhavika bhavini bhavna bhavya bhekani bhekisisa bhekizizwe bhekokwakhe biagio
bianca bianka bibi bibiana bibisora bibiána bibuwa bican bidayet bieke biel bienvenida bijan bil bilaal bilal bilay
bilender bilgen bilginur bilgutay bilgütay bilha biljana bilkay bilkisu bill billie billie-jo billy bilol biltas
biltaş bimala bina binay binbasar binbaşar bindi binsk binışık birben birger birgid birgir birgit birgitt birgitta
birgitte birgul birgül birkir birna birnir birousk birsan birsen birta birte birthe birtingur birtir birtna biruta
bisar biserka bishakha bitten bitul bitül bizhan bişar bjargar bjargdis bjargdís bjargey bjargheiur bjargheiður
bjarghildur bjarglind bjargmundur bjargor bjargþór bjarkan bjarkar bjarkey bjarki bjarklind bjarma bjarmar bjarmi
bjarnar bjarndis bjarndís bjarne bjarney bjarnfinnur bjarnfreur bjarnfreður bjarnfriur bjarnfríður bjarngerur
bjarngerður bjarnharur bjarnharður bjarnheinn bjarnheiur bjarnheiður bjarnhildur bjarnhéðinn bjarni bjarnlaug
bjarnlaugur bjarnleifur bjarnolfur bjarnor bjarnora bjarnrun bjarnruur bjarnrún bjarnsteinn bjarnveig bjarny
bjarnólfur bjarný bjarnþrúður bjarnþór bjarnþóra bjartey bjartmann bjartmar bjartmey bjartor bjartur bjartþór bje
bjolan bjolfur bjorg bjorgey bjorgheiur bjorghildur bjorgmundur bjorgolfur bjorgulfur bjorgvin bjork bjorn bjorney
bjornfriur bjornolfur bjort bjrg bjrn bjólan bjólfur björg björgey björgheiður björghildur björgmundur björgvin
björgólfur björgúlfur björk björn björney björnfríður björnólfur björt bjørg bjørn bladimir blaey blahoslav blaine
blair blake blanaid blanca blanche blandine blanduzia blanka blas blathnaid blaz blazej blazena blaž blažej blažena
bldis blerim blerina blerta blessing blia blin blngur blomey blr bluette blvar bláey blædís blængur blær blævar blín
blíða blómey bo boas boaz bob boban bobba bobby bobur bodhi bodil bodo boe boel boga bogatimur bogdan bogdana bogdis
bogdís bogey bogga boghildur bogi boglarka boglárka bogomir bohdan bohdana bohumil bohumila bohumir bohumír bohus
bohuslav bohuslava bohuš boi boitumelo bojan bolaji bolatito boleslav bolli boluwatife boma bonface bongani bonifac
boniface bonifacio bonifác bonnie bonu borahan boratas borataş borbala borbála borg borgar borgdis borgdís
borghildur borgny borgný borgor borgora borgrun borgrún borgulfur borgúlfur borgþór borgþóra boris borivoj borja
borje borkur borris bortecin borut borys bosibori bostjan bot bothildur botnia botnía botolfur botond bouchra bovar
boynak bozbag bozbağ bozena bozerk bozica bozidara bozo boztas boztaş boði boğatimur bořivoj boštjan božena božica
božidara božo bra brad bradley bradut brady braga braghildur bragi brahim brak bram bramwel branddis branddís brandi
brandon brandur brandusa brandy branislav branislava branka branko braulio bravin braxton brayan brayden breandan
breanna brecht breda breeda breege breffni breki brencis brenda brendah brendan brendon breno brent bresi brestir
bretislav brett brge brian briana brianna brice brid bridget bridgit bridie briek brien briet brieuc briget brighid
brigid brigida brigita brigitta brigitte brijesh brilyant brimar brimdis brimdís brimhildur brimi brimir brimrun
brimrún brinda bring bringur brit brita britney britt britt-mari britt-marie britta brittany brittney brjann brjánn
broddi brodie brogan bron brona bronach bronagh bronislava bronwen bronwyn brooke brooklyn bror broņislava bruce
bruna brunhild brunhilde bruni brunilda bruno bryan bryce bryndis bryndís brynfriur brynfríður bryngeir bryngerur
bryngerður brynheiur brynheiður brynhildur brynja brynjar brynjolfur brynjulfur brynjólfur brynjúlfur brynleifur
brynny brynný brynor brynsteinn bryntyr bryntýr brynþór bryony brá brák brândușa bríana bríanna bríet brígida brími
brăduț bucur budi buenaventura buget buhari bui bujar bukola bukurije bulunc bulunç bunmi bunyamun buraid burak
burakhan burc burckhard burcuhan bureyre burghard buri burim burkard burkhard burkhardt burkney burkni burç busara
bushra busisiwe busra busranur buyrukhan buşra bylgja byron bystrik bystrík bálint bára bárbara bárður bärbel bæring
bæringur bæron béatrice béatrix béla bénédicte bérengère bérénice bíbí bína bóas bóel bói bót bóthildur bótólfur
börje börkur börteçin böðvar bøje børge búi búri büget bünyamün büreyre büşranur bănel bērends bērtulis błażej
břetislav bảo cabbar cabir cacilia cacilie caetana caga cagak cagdan cager caglar caglasn cagveren cahal cahan
cahangir cahir cahya cahyadi cahyanto cahyo cahyono cailin cailum caio cait caitlin caitlyn caitriona caius cajsa
cakar caket cakrabirawa cakrabuana cakrajiya cakrawala cakrawangsa cakrca cal calcedonio caleb calebe calin calista
calisto calixta calixto callan callum calm calogero calt calum calvin calvince camelia cameron camil camila camilla
camille camillo camillus camilo camok campbell campo can canal canan canberk candace candela candelaria candelario
candelas candeniz candice candida candido candra candrakanta canfeza cangur cangür canice cannur canseven cansin
cantemir cantez canur caoilfhionn caoimhe caoimhin caolain caolan caomhan capa capkan capucine cara caragh caraka
caren caridad carin carina carine carita carl carl-heinz carl-johan carla carlijn carlito carlo carlos carlota
carlotta carly carmel carmela carmelita carmelo carmen carmenza carmina carmine carminho carol carola carole
carolien carolin carolina caroline carolyn carolyne carren carrie carsten carter carub cas casandra casemiro casey
casian casiana caspar casper cassandra cassidy cassie cataleya catalin catalina catarina caterina cathal catharina
catherina catherine catheriona cathleen cathrin cathrina cathrine cathriona cathy catia catinca cato catrin catrina
catrine catrinel catriona catur caturangga caua caue cauã cauê cavad cavid cavit cavuldur cawisadi cawisono cawuk
cayadi cayetana cayetano cazimir cdal ceara cebesoy cebrian cebrián cecelia cecep cecil cecile cecilia cecilie
cecilija cecilio cecille cecilía cecília cedide cedric cedrin ceferino celal celem celene celeste celestin celestina
celestine celestino celia celikkan celikyurek celilay celina celinda celine celso cem cemal cemalettin cemani cemeti
cemil cemiyle cemplunk cenan cengiz cengkal cengkir centa centrine cerasela cerci cercis cesar cesare cetin cetinsu
cevale cevheri cevikoz cevregul ceyhun ceyla ceylin ceyran cezar cezara cezary cezayir chaaya chabane chad
chae-young chaeyoung chaifah chaim chaitaly chaitanya chaiwut chakradev chakradhar chakrika chalisa chamali chaman
chameli champak chanakya chanchal chandani chandra chandran chandresh chanez changaz chanikan chaniya chantal
chantel chantelle chanya chao charan charis charita charity charlene charles charlesh charlie charline charlott
charlotta charlotte charly charmaine charo charos charvi chase chashida chasmum chatresh chatura chau chausiki
chavvi chawin chawish chayanin chayapat chayton che che-wei chebet chege chelangat chelo chelsea chelsey chema chen
chen-jui cheng-en cheng-han cheng-hsiung cheng-hung cheng-i chepkemoi chepkoech chepkorir cheragh cherie cherif
cherith cherotich cheruiyot cheryl cheusi cheyenne chi chia-hao chia-hung chia-jung chia-ling chia-ming chia-wei
chia-ying chiamaka chiara chibuike chibuzo chidi chidimma chidinma chien-cheng chien-chih chien-chung chien-hsing
chien-hua chien-hung chien-liang chien-ming chigozie chih-cheng chih-chiang chih-chung chih-hao chih-hsien
chih-hsiung chih-hung chih-ming chih-wei chih-wen chih-yuan chihiro chijioke chima chin-fa chin-feng chin-hsing
chin-lien chin-lung chin-tsai chinedu chinelo ching-i chinonso chinwe chinyere chioma chipo chipukizi chiraz chita
chiu-hsiang chiu-yueh chiyo chizoba chloe chloé chloë chlóe chris christa christa-maria christabel christel
christelle christer christiaan christian christiana christiane christianne christie christin christina christine
christl christof christofer christoffer christoph christophe christopher christos christy chrysa chucho chuki
chukwudi chukwuemeka chukwuma chun-chieh chun-hao chun-hsien chun-hsiung chun-hung chun-liang chun-mei chun-ming
chun-nan chun-ting chun-yu chus chuy châu cian cianan ciaobella ciara ciaran ciarrai ciarán cici cielo cihan
cihandide cilga cilli cillian cilly cimnaz cindoruk cindy cinerk cingiz cinta cinthia cinthya cintia cinzia ciprian
cipriana cipriano ciriaco ciril cirillo cirino cirkeline ciro ciríaco cisem citlali citra claas claes clair claire
claire-lise clara clare clarence clarice clarisa clarissa clarisse clark clas claude claudette claudia claudie
claudina claudine claudio claudiu claudius claudy claus claus-dieter claus-peter clavs clayton clelia clemence
clemencia clemens clement clemente clementina clementine cleopatra cleophas cleto clifford climaco clinton cliodhna
cliona clive clodagh clodomiro cloe clorinda clothilde clotilde cloé clàudia cláudia cláudio cläre clémence clément
clémentine clímaco codie codin codrin codrina codrut codruta codruț codruța cody cogay cohen cokan cole coleman
colette colin coline colins colleen collette collin collince collins colm colman colomba colpan colton coluccio
colum columba come comfort conal conall conan concepcion concepción concepta concetta concha conchita conchur
conleth conn connell connie connor conny conor conrad conradin conrado consolata constanca constance constant
constanta constantin constantina constantino constanza constanze constança constanța consuela consuelo cooper copur
cora coral coralia coralie coraline cord cordula corentin corey corina corine corinna corinne coriolano cormac
cormack corneille cornel cornelia cornelio cornelis corneliu cornelius corona corrado corrie corsin cortney corvin
cory cosima cosimo coskun cosmas cosme cosmin cosmina cosqun costache costantino costanzo costel costin courteney
courtney coşkun coşqun craig crenguta crenguța crescencia crin crina cristal cristea cristhian cristhofer cristian
cristiana cristiano cristina cristián cristobal cristofer cristofor cristopher cristóbal cruz crystal csaba csilla
csongor ctibor ctirad cuheyna cuman cumsud cuneyit cuong curdin curro curt curtis custodia custodio cvetka cvetko
cvgn cynthia cyprian cyprián cyriel cyril cyrill cyrille cyrus czeslaw cándida cándido cátia cäcilia cäcilie cécile
cédric célestin célestine célia célina céline césar côme cümşüd cüneyit cýrus călin cătălin cătălina cường da-hyun
daamin daan daanish daanyaal daawood dabbah dabir dace dacian daciana dacin dadap dadas dadaş dadi daey dafina dafne
dag dagbjartur dagbjorg dagbjort dagbjörg dagbjört dagel dagfari dagfinnur dagfriur dagfríður daggeir daggros
daggrós dagheiur dagheiður daghfal dagistan dagmann dagmar dagmara dagmey dagny dagnyr dagný dagnýr dagobert
dagoberto dagor dagrun dagrún dagur dagþór dahiana dahyun dai daiana daiga daiki daina dainess dainis dainius daire
dairine dairo daisuke daisy daiyaan dajana dakhil dakota daksh daksha dakshesh dalaja dalan dalbert dalbir daldis
daldís dale daler daley dalia dalibor dalila dalili dalima daliman dalimin daliono dalklc dalkılıç dalla dalli
dallilja dalmann dalmar dalmas dalros dalrós dalton dalvin dalía damar damaris dameer damian damiano damien damienne
damife damijan damilola damini damir damián damjan damjana damlanur damon damu damurah damyanti dan dana danae
danang dancan dancun danelius danelíus daney danfriur danfríður danheiur danheiður danhildur dani dania danica
daniel daniela daniele danielius daniella danielle daniels danijel danijela danilo danique danish daniswara danitza
danival danièle daniël danjuma danladi danna danny dans danson dante danu danuja danuse danuta danuše dany danía
daníel daníela daníella daníval danış daphne daphné dara daragh darain darcy dardan daren daria dariana dariati
darija darijan darika darimin darin darina darinka dario daris darius dariush dariusz darja darko darlene darling
darmaji darman darmana darmanto darpan darragh darran darrell darren darri darrin darryl darryn darsh darsirah darta
dartono daru daruna darwin dary darya daryani daryl darío daríus dasa dastageer dat daud daudi dave davi david
davida davide davin davis davnet davor davorin davy davíð dawid dawit dawn dawud dayamai dayana dayar dayita dayna
dayo dayyaan daðey daði daðína dağistan deaglan dean deane deanna dearbhail dearbhaile dearbhla debbie debby debora
deborah deborrah debra debóra decebal declan dedi deepa deepika defne deger degmeer deha deiby deicy deidre
deirbhile deirdre deisy deividas dejan del delfin delfina delfino delfín delia delil delphine demeter demetra
demetrio demi demi-lee demi-leigh demian demilade demirbuken demirbüken demiriz demirok demiryurek demiryürek demus
dendy dendý denes deniel deniis denis denisa denise denisse deniz denizalp denkel dennis denny deníel dereck derek
derick derkay derly dermot dermott derrick derval dervilla dervla derya deryanur desiderio desire desiree desirée
desmond despina destiny detlef detlev dev devansh devi devika devin deviner devon dewi dex deyanira dezider dezso
dezső değer değmeer dheeraj dhriti dhruv dia diah diamond dian diana dianah diane diann dianna dianne diar diarmaid
diarmuid dick dickson dida didda didier didina diederik diedrich diego diep dierk dieter diethard diethelm diether
dietlind dietlinde dietmar dietrich digdaya digna dijana diken dilan dilara dilcan dilder dildora dilfeza dilhus
dilhuş dilja diljá dillon dilnoz dilnur dilsad dilsat dilsitan dilşad dilşat dima dimakatso dimas dimaz dimitra
dimitri dimitrina dimitrios dimitris dimmbla dimmblá dimmey dina dinah dincer dinckol dincsu dinda dinesh dinis dino
dinu dinçkol dinçsü diogo diomedes dion dionigi dionisia dionisio dionne dionyz dionýz dipa dipta dirican dirik
dirja dirk dirlik dis disa disella dismas dita ditmar ditte dittmar divan divya diya diyor diyora diána diðrik diāna
dja djamel dmitri dmitry dmytro do-yun doa dobromila dobroslav dobroslava dochia dodo dofri dogan doganalp dogannur
dogansah dogg doguhan dogun doina dolensoy dolli dolly dolores dolphine dolun dom domagoj domald domaldi domaldur
domantas domas domen domenic domenica domenico domhildur domhnall dominga domingo domingos dominic dominick dominik
dominika dominique dominyka dominykas domitila domnica don dona donagh donal donald donaldur donat donata donatas
donatella donatello donato doner dong-hyun donghyun doniyor donna donnacha donncha dono donough donovan dor dora
doralisa dorcas dorcus doreen dorel dorey dori dorian doriana dorien dorin dorina dorine dorinel doris dorit dorita
dorle dorli dorota dorotea doroteja dorothe dorothea dorothee dorothy dorothée dorottya dorte dorthe doru dorukhan
dosoeus douglas dounia dovile dovilė dovud dovydas doyinsola doyun doğanalp doğannur doğanşah doğuhan draga dragan
dragana dragica drago dragos dragoș dragutin drahomir drahomira drahomír drahomíra drahoslav drahoslava drajat
drauma draumey draupnir drazen dražen dreki drengur drew dries drifa drilon drita driton drofn droplaug dror drott
drífa drótt dröfn dua duane duarte duban dubán duc ducu dufa dufakur dufgus dufþakur dugfus dugfús duha dui duilio
duje duke dulce duma dumisani dumisile dumitra dumitrana dumitru duna duncan dundaralp dung dunia dunja dunn dunya
dunyamal dunyo duong durab duracan durante durdali durdona durga durgadin durmusali durmuşali durna durodola
durrusehvar dursadiye dursun duruk duruoz duruöz dusan dusanka dustin duuk duvan duván duyen duyguhan duyên dušan
dušanka dvalinn dwayne dwi dylan dylano dymphna dympna dyrborg dyrfinna dyri dyrleif dyrley dyrmundur dyrunn dzidra
dzintars dzintra dániel dávid dáša dæja débora déborah dénes désiré désirée día díana díanna díma dís dísa dísella
díómedes dóa dómald dómaldi dómaldur dómhildur dónal dónald dónaldur dór dóra dórey dóri dóris dórothea dórótea
dóróthea dósóþeus dögg dögun dölensoy döner dörte dörthe dúa dúfa dúi dúna dúnn dündaralp dünya dünyamalı
dürrüşehvar dýrborg dýrfinna dýri dýrleif dýrley dýrmundur dýrunn dārta dāvis dũng dương eadaoin eakumbu eamon
eamonn eanna earl eavan eba ebba ebbe ebbi ebeneser ebenezer eberg eberhard eberhardt ebonney ebony ebru ebuakil
ebuka ecaterina ecegul ecegül ecemis ecemiş eckard eckart eckehard eckhard eckhardt eckhart ecrin ed eda edaviye
edda eddah eddie eddy edel edelbert edelgard edelmira edelmiro edeltraud edeltraut edeltrud eden eder edgar edgaras
edgard edgardo edgars edgubay edgübay edhitha edi edier edil edilberto edilma edilon edilson edin edina edinah
edinson edison edisson edit edita edite edith editha edmond edmund edmundo edmunds edna edoardo edon edona edouard
edson edu eduar eduard eduarda eduardo eduards edvard edvardas edvin edvinas edvins edvīns edwar edward edwin edwina
edílon edīte eelis eemeli eemil eerik eero eesaa eesha eetu eeva eevi efe efemia efemía efil eflatun eflâtun efraim
efrain efraím efraín efren efrén efser eftimia eftimie efua ega egbert ege egedia egedía egenur eggert eggor eggrun
eggrún eggþór egidijus egil egill egils egla egle eglė egon egzon egzona ehan ehrenfried ehrentraud ehrhard ehsaas
ehsan eiar eider eidvile eidvilė eija eijaz eik eikar eila eileen eilifur eilis eilish eilífur eimantas eimear eimer
eimhear einar einari einbjorg einbjörg eindis eindís einer einey einfriur einfríður einhildur einina einir eino
einor einrun einrún einvarur einvarður einy einína einþór eir eira eiravati eirdis eirdís eirfinna eirik eirika
eirikur eirny eirný eirun eiríka eiríkur eirún eitan eitel eithan eithne eiunn eiur eivin eivind eivor eiðar eiðný
eiðunn eiður eja ejaz ejike ejlaal eka ekaja ekalinga ekani ekansh ekanta ekantika ekapad ekaraj ekaterina ekavir
ekbal ekber ekene ekiya ekkehard ekkehart ekmel eko ekow ekrem ekta ekundayo ekundu el-amin ela eladio elaf elaine
elamiye elariz elba elberg elbert elcin elcira elcy elda eldar eldbjorg eldbjörg eldey eldgrimur eldgrímur eldjarn
eldjárn eldlilja eldmar eldon eldor eldrun eldrún eldur eldór elea eleanor eleanora eleazar eleina elektra elemer
elemér elena elenborg eleni elenore elentinus elentínus eleodoro eleonor eleonora eleonore eleonóra eleuterio elfa
elfar elfi elfida elfie elfraur elfriede elfráður elfur elgin elgun elgün elhan eli elia eliabeth eliakimu elian
eliana eliane elias elie eliecer elien elieser eliette elif elifnur eligia eligio eliisa elijah elimar elin elina
elinbergur elinbet elinbjorg elinbjort elinborg elindis eline elingunnur elinheiur elinmundur elinor elinros elinór
elio eliona eliot eliott eliros elis elisa elisabet elisabeta elisabete elisabeth elisabetha elisabetta elisaveta
elise eliseo elisha eliska elita eliud eliza elizabeta elizabete elizabeth elize eliáš eliška elka elkana elke elkin
ella elladio ellen ellert elley elli ellie ellii ellin ellinor elliot elliott ellis ellisif elliði elly ellín ellís
ellý elma elman elmar elmars elmer elmeri elmidar elmir elmira elmo elmārs elna elnur eloa eloah elodia elodie elof
eloi eloisa eloise elon elona elosy elove eloy eloá eloísa eloïse elphas elpidio els elsa elsabet elsad elsbeth else
elsebeth elsi elsie elsy elsí elsý elton elturan eluh elva elvan elvana elvar elver elvi elvia elvin elvina elvira
elvire elvis elvy elvíra elvý elvīra elwira elxan elyas elza elzbieta elçin eléa eléna eléonore elí elía elíana
elías elíeser elímar elín elína elínbergur elínbet elínbjörg elínbjört elínborg elíndís elíngunnur elínheiður
elínmundur elínrós elíná elínór elírós elís elísa elísabet elísabeth elöve elīna elşad elżbieta ema emal eman
emanoil emanuel emanuela emanuele emanuella emanuelly emanuil emanúel emas embla embrek embuh emeka emelia emeliana
emelie emelina emeline emely emelyne emelía emelíana emelína emer emerald emeralda emerson emese emi emiel emigdio
emil emilce emile emilia emilian emiliana emilianna emiliano emilie emilien emilija emilio emilis emilly emils
emilse emily emilía emilíana emilíanna emilý emin emina emine emir emiro emirsan emirşan emis emiş emma emma-louise
emmaculate emmah emmanuel emmanuelle emmanúel emmerich emmet emmett emmi emmy emmý emong emperatriz empluk emran
emre emrullah emy emília emý emīlija emīls en-sho ena enar encarna encarnacion encarnación encarnita enda endah
endra endre endrit ene enea eneka enes enfes engelbert engilbert engilbjartur engilbjort engilbjört engiljon
engiljón engill engilra engilros engilráð engilrós engin enginiz engla enika eniko enikő eniola enis enith enja enna
ennio enno enock enok enola enrico enrika enrique enriqueta ensar ensari ensio enteng enver enya enzi enzio enzo
enóla eodis eodora eoghan eoin eowyn ephantus epifanio eral eraldo erasmo erastus eraycan erbay erbil ercan ercihan
erdal erdemer erdibay erdmute erdogan erdursun erem eremia eren erenalp erensoy eres erez ergener erginel ergonul
ergul ergun ergönül ergül ergün erhard erhardt eri eric erica erich erick erik erika erikas eriks erin erina erincer
erinçer erion eris eriş erkan erkinel erkki erklc erksoy erkılıç erla erland erlar erlen erlend erlendur erlin
erling erlingur erlín ermanis ermanno ermenegildo ermes ermutlu erna ernest ernestas ernestina ernestine ernesto
ernests ernestó ernir erno ernst ernst-august ernst-dieter ernst-otto erny ernő erogul erol eron eroz eroğul erpur
ersat ersec ersel erseç ertan erten ertun ertuncay ertün erva ervaniye ervin ervín erwan erwin eryk eryldz eryn
eryıldız erzsebet erzsébet eröz erşat esa esben esekiel esekíel esenbay esengun esengün esenturk esentürk esfandyar
eshan eshana esi esila esim esja esjar eskil eskinalp esko eslemnur esma esmanperi esmarelda esmee esmeralda esmira
esmée esna esneider esparta espartaco espen esperanza espiridion espiridión esra esref essi esteban estefan
estefania estefany estefanía estela estella estelle ester estera esteri esther estiawan estiono estiva estiven
estrella esupofo eszter eta etela etelka etelvina ethan ethel ethna ethne etibar etienne etiqad etizaaz etna etta
ettore euan eufemia eufemía eufrosina eugen eugene eugenia eugenie eugenio eugine eugène eugénia eugénie eulalia
eulogio eulália eun eun-ji eunan eunice eunika eunji eusebia eusebio eusebiu eustaquio eustatiu eustațiu eutimio
eutropio eva eva-lena eva-maria eva-marie evald evaldas evalds evaline evalyne evamaria evan evance evangelia
evangelina evangelista evangelos evanghelina evans evar evaristo evcimen evde eve evelia evelien eveliina evelin
evelina eveline evelio evelyn evelyne evelína ever everline everlyne evert evey evfemia evfemía evgenia evgeny
evgenía evi evie evija evita evlalia evlalía evrim evrimer evy evíta ewa ewald ewan ewatomi ewelina exequiel eyal
eyberg eybjorg eybjort eybjörg eybjört eydan eydis eydís eyfriur eyfríður eygerur eygerður eyglo eygló eyhildur eyja
eyjalin eyjalín eyjolfur eyjólfur eylaugur eyleif eyleifur eylin eylín eymar eymundur eyor eyora eyr eyrikur eyros
eyrun eyruur eyríkur eyrós eyrún eysteinn eyvar eyveig eyvindur eyvor eyvör eyyub eyyup eyyüp eyþrúður eyþór eyþóra
ezekiel ezequiel ezgin ezgutekin ezgütekin ezio ezra eðna eðvald eðvar eðvarð eşim eşref faas faber fabia fabian
fabiana fabien fabienne fabio fabiola fabián fabiënne fabrice fabricio fabrisius fabrisíus fabrizia fabrizio facundo
fadekemi faderera fadil fadile fadime fadla fadıla fafnir fahad fahari fahmi fahrullah fainche faiq faisa faisal
faith faizah faizan faize fajar falak falan falgeir falguni falk falki falko falur fami famil fanaka fancy fang
fannar fannberg fanndis fanndís fanney fanngeir fanni fannlaug fanny fanný faqid farah farai faraj faraja farangiz
faras fares farhad farhan farhiya farhod farhunnisa farid farida farijika fariq faris fariz fariza farouk faruk
farzana farzona fathonah fatigul fatigül fatih fatiha fatima fatime fatinur fatma fatmanur fatmir fatmire faton
fatteh fatuma faustas faustino fausto fay faye fayize fazil fazli fazul feargal fearghal febe febi februn febrún
fedde fedele feden federica federico federigo fedor fehim fehintola fehmiye feisal felice felicia feliciana
feliciano felicidad felicie felicien felicitas felicity feliks feline felipa felipe felisa felista felister felistus
felix felizitas fella fem fema femi femke feng fengur fenna fenne fenni fenrir ferahdiba ferat feraye ferdi
ferdinand ferdinando ferdínand feremez ferenc fergal fergus ferhan ferhat feriel ferihan ferinaz fermin fermuta
fermín fernand fernanda fernande fernando ferney ferny ferran ferre fersan fertram feruza feryas ferzi festus
fetullah feyha feykir feyruz feyzin feza fia fiachra fiadh fiamma fibikemi fidan fidaye fidel fidela fidelis fidelma
fides fidvi fien fiene fifa fifill fiifi fikayomi fildan filip filipa filipe filipia filippa filippia filippo
filippus filippía filipía filit filiz filofteia filomena filoména fimar finbar finbarr finian finn finna finnbjorg
finnbjork finnbjorn finnbjörg finnbjörk finnbjörn finnboga finnbogi finnborg finndis finndís finney finnfriur
finnfríður finngeir finnjon finnjón finnlaug finnlaugur finnros finnrós finnur finnvarur finnvarður finola fintan
fiodor fiona fionan fionn fionna fionntan fionnuala fionnula fiorella fiorenzo fiorino firdavs firdevis firdovsi
firmin firudin fisnik fitan fitim fitnat fito fitore fitri fitria fitriani fiyaz fjalar fjalldis fjalldís fjarki
fjola fjolar fjolla fjolmundur fjolnir fjolvar fjornir fjóla fjólar fjólmundur fjölnir fjölvar fjörnir flamur
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
fránn frár frédéric frédérique frímann fríða fríður fróði fróðmar fróðný fuad fugen fulgencio fulvio fuma funi funmi
funmilayo fura fusi fuzayl fuzuli fylkir fynn fyodor fábio fáfnir fálki fátima félicie féline félix fía fídes fífa
fífill fólki fönn fúsi fügen füzuli gabel gabi gabin gabino gabor gabriel gabriela gabriele gabrielius gabriella
gabrielle gabrielly gabriël gabríel gabríela gabríella gaby gada gadang gading gaduh gael gaelle gaetan gaetano
gagan gaia gaida gail gaiman gaja gal gala galak galang galar galasso galdur galih galina galiono galip gallego galo
galuh galur galvarino gamaliel gamalíel gaman gamani gamanto gambira gamblang gambo ganda gandewa gandi ganep ganesh
gang ganga gangsa gangsar gani ganim ganimete ganiye ganjaran gantar gara garan garang garar garba garda garech
gareth garibaldi garima garpur garret garreth garrett garri garry garvan gary garðar gaspar gaspard gaspare gasti
gaston gastone gastón gathoni gatis gatot gatra gaui gauja gaukur gaurang gaurangi gaurav gauri gaurika gautam
gautami gauthier gauthildur gauti gautrekur gautur gautviur gautviður gavan gavin gawati gayathri gaylene gazel
gazmend gaël gaëlle gaëtan gašpar gbadebo gbenga gbolahan gbowoade geanina gearoid gebhard gede gederts gediminas
gedion geert geeta geetika gefjun gefn geir geira geirarur geirarður geirbjorg geirbjörg geirdis geirdís geirfinna
geirfinnur geirfriur geirfríður geirharur geirharður geirhildur geirhjortur geirhjörtur geirhvatur geiri geirjofur
geirlaug geirlaugur geirleifur geirlo geirlöð geirmundur geirny geirný geirolfur geirriur geirrour geirrun geirruur
geirríður geirröður geirrún geirtryggur geirvaldur geirólfur geirþjófur geirþrúður geisli gejza gelengul gelengül
gellir gelsomina gelu gema gemma genaro gencaslan gencay gene genesis genevieve geneviève gennaro genovefa genoveva
genta gentiana gençay gențiana geoffrey geoffroy geofrey georg george georgel georges georgeta georgette georgia
georgian georgiana georgina georgine georgios georgía geovanny gera gerald geraldine geraldo gerar gerard gerarda
gerardine gerardo gerardus geraud geray gerd gerda gerdi gereon gerfried gergely gergo gergő gerhard gerhardt
gerhart gerhild geri gerlind gerlinde germain germaine german germana germán gernot gero gerold gerolf geronimo
gerrard gerrit gerry gerson gert gerta gerti gertraud gertraude gertraut gertrud gertruda gertrude gertrudis
gertrúda gerur gervasio gerwin gery gerða gerðar gerður gerónimo gesa gesare gesche gesine gestheiur gestheiður
gestny gestný gestrun gestrún gestur geta gethera getrude geza gfa gflaug ghaalib ghaazi ghada ghaffaar ghafoor
ghaith ghalib ghaliyati ghanee ghanem ghani ghannam ghasaan ghauth ghawth ghayoor ghazalan ghazanfar ghazanfer
ghazawan ghazi ghazzal ghenadie gheorghe gheorghita gheorghiță gherghina ghilas ghislain ghislaine ghita ghiyaath
ghiyath ghiță ghufran ghulaam ghulam ghunayn ghusharib ghusun ghutayf gia giacinto giacobbe giacomo giada giampaolo
giampiero gian gian-luca giancarlo gianfrancesco gianfranco giang gianina gianluca gianluigi gianmarco gianna gianni
giannis gianpaolo gianpietro gibson gica gicu gică gideon giedre giedrius giedrė giel giesela gifty gigja gigjar
gijs gil gilad gilang gilbert gilberte gilberto gilda gildardo gileif giles gilles gillian gillis gilly gillý gilma
gilman gilmar gils gilslaug gina ginette ginevra gino gintare gintarė ginyas gioacchino gioachino gioele gioffre
gioia gion gionata giorgia giorgian giorgiana giorgio giorgos giosue giosuè giovanna giovanni giovanny gir girik
girindra girish girma girolamo girts gisa gisbert gisela gisele giselle gisla gisley gisli gislina gislinde gislny
gislrun gislunn gisselle gissunn gissur gisèle gita gitau githinji gitonga gitta gitte giulia giuliana giuliano
giulietta giulio giuseppa giuseppe giuseppina giustino giz gizela gizella gizem gizur gjaflaug gjuki gjúki gladis
gladys glauco glen glenda glenn glenys glo gloa globjort glodis gloey gloi gloria gloría glumur gló glóa glóbjört
glódís glóey glói glóð glúmur gna gneisti gnupur gnyr gná gnúpur gnýr goa goda godelieva godelieve godfrey godofredo
godwin goffredo gogo gohar goi gok gokay gokbudun gokce gokcebalan gokcil goken gokhan goknur gokperi goksev gokten
goli golnar goma gomundur goncafer goncalo gonen gonul gonzalo gonçalo gopal goran gorazd gordan gordana gordon
gorgunay gorka gorklu gorm gorsev gosta gote gottfrid gottfried gotthard gotthilf gotthold gottlieb gottlob
gottskalk gottskálk gottsveinn gotz govind goyo gozel gozem goði goðmundur grace gracia graciana graciano graciela
graeme graham grainne grani grania grankell grant gratian gratiana gratiela grayson grazia graziano graziella
grazyna grațian grațiana grațiela greca greco greet greg grega greger gregg gregoire gregor gregorian gregorio
gregory grein greipur grelo greppur gret greta gretar gretchen grete gretel grethe gretl gretta grettir gricelda
griet grieta grigore grima grimar grimey grimheiur grimhildur grimkell grimlaugur grimnir grimolfur grimulfur grimur
griselda grit gro groa grzegorz gráinne grégoire grégory grélöð grét gréta grétar gríma grímar grímey grímheiður
grímhildur grímkell grímlaugur grímnir grímur grímólfur grímúlfur gróa grēta gua guadalupe guarino guberg gubergur
gubjarni gubjartur gubjorg gubjorn gubjort guborg gubrandur gucal gucluer gucyeter gudis gudrun gudula guenter
guenther gufinna gufinnur gufreur gufriur gugeir guglielmo gugu gugulethu guido guilherme guillaume guillermina
guillermo guiomar guiseppe guiying gujon gujona gul gulab gulaga gulaug gulaugur gulay gulbala gulbani gulbeyan
gulbiye gulce gulcegun gulcin guldam gulder guldunya gulegen guleif guleifur guleikur gulel gulenay guler gulev
gulfaam gulfam gulfari gulfeza gulgen gulguzel gulhisar gulin gulinaz gulkadn gullbra gullbrá gulluhan gullveig
gully gullý gulmira gulmisal gulnar gulnaz gulnaziye gulnur gulozge gulper gulsa gulsahin gulsaln gulselin gulsen
gulseref gulseren gulsevil gulshan gulsiye gulsu gulsum gultac gulten gulter gulus gulustan gulxar gulzadiye gulzar
gumann gumar gumercindo gumey gumi gumma gumon gumunda gumundina gumundur gumustekin gun gun-britt gunar gunars
gunay gunaydin gunbir gunborg gunda gundel gunden gundhild gundi gundolf gundula gunduz gunduzalp gunebakan guneet
guneri guney gungordu gungoren gunhild guni gunilla gunita gunkurt gunn gunnar gunnberg gunnbjorg gunnbjorn
gunnbjort gunnbjörg gunnbjörn gunnbjört gunnborg gunndis gunndor gunndora gunndís gunndór gunndóra gunnel gunnella
gunner gunnfinna gunnfriur gunnfríður gunngeir gunnhallur gunnhara gunnharða gunnheiur gunnheiður gunnhildur
gunnjona gunnjóna gunnlaug gunnlaugur gunnleif gunnleifur gunnlo gunnlöð gunnolfur gunnoli gunnor gunnora gunnorunn
gunnrour gunnrun gunnröður gunnrún gunnsteinn gunnur gunnvaldur gunnveig gunnvor gunnvör gunny gunnólfur gunnóli
gunný gunnþór gunnþóra gunnþórunn gunsel gunsen gunser gunta guntars gunter gunther guntis guntram gunver gunvor
guny gunārs guor gurarda guraur gurcuye gurelcem guriur gurleen gurli gurour gurpreet gurry gurrý gursal gurten
gurun gust gustaaf gustaf gustas gustav gustave gustavo gustaw gusteina gusteinn gusti gustáv gusztav gusztáv gutti
guttormur guus guusje guvarur guveig guveigur guvercin guvin guy guzey guðberg guðbergur guðbjarni guðbjartur
guðbjörg guðbjörn guðbjört guðborg guðbrandur guðdís guðfinna guðfinnur guðfreður guðfríður guðgeir guðjón guðjóna
guðlaug guðlaugur guðleif guðleifur guðleikur guðlín guðmann guðmar guðmey guðmon guðmunda guðmundur guðmundína
guðni guðný guðráður guðríður guðröður guðrún guðsteina guðsteinn guðvarður guðveig guðveigur guðvin guðþór gwen
gwenael gwenaelle gwenaëlle gwenda gwendolen gwendoline gwendolyn gya gyda gygjar gyja gylfi gymir gyongyi gyorgy
gyorgyi gyozo gyrir gyriur gyrðir gyte gytis gytta gytė gyula gyða gyðja gyðríður gyöngyi györgy györgyi győző gzim
gábor gæfa gæflaug génesis gérald géraldine gérard géza gía gídeon gígja gígjar gísela gísla gísley gísli gíslný
gíslrún gíslunn gíslína gíta góa gógó gói gök gökay gökbudun göken gökhan göknur gökperi göksev gökten gökçe
gökçebalan gökçil göli gönen gönül göran görgünay görklü görsev gösta göte götz gözel gözem gúa gústaf gústav gücal
gül gülay gülağa gülbala gülbani gülbeyan gülbiye gülcegün güldam gülder güldünya gülel gülenay güler gülev güleğen
gülfari gülfeza gülgen gülgüzel gülhisar gülinaz gülkadın güllühan gülmira gülmisal gülnar gülnaz gülnaziye gülnur
gülper gülsalın gülselin gülsen gülseren gülsevil gülsiye gülsü gülsüm gültac gülten gülter gülxar gülzadiye gülzar
gülçe gülçin gülözge gülüs gülüstan gülüş gülşa gülşahin gülşeref gümüştekin günar günay günaydin günden gündüz
gündüzalp günebakan güneri güngördü güngören günkurt günsel günser günter günther günver günşen gürarda gürcüye
gürelcem gürsal gürten güverçin güzey güçal güçlüer güçyeter gýgjar gýmir ha-yoon habib habiba habibe habibu habil
haciali hacile hadas hadassa hadda haddi haddur haddy haddý hadi hadicha hadija hadithi hadiza hadjer hadrey hadrien
hafberg hafbjorg hafbjörg hafborg hafdis hafdís hafey hafgrimur hafgrímur hafiz haflia haflii haflina hafliða
hafliði haflína hafnar hafni hafny hafný hafor hafora hafros hafrun hafrós hafrún hafsa hafsat hafshah hafsteina
hafsteinn hafza hafþór hafþóra hafıza hagalin hagalín hagbarur hagbarður hagbert hagen hai haiba haile hailey
hairyanto hajnalka hajo hakan haki hakikat hakim hakon hakonia hala halenur haley haleygur halfdan halid halidun
halil halim halima halina halisi haliye halla hallbera hallberg hallbjorg hallbjorn hallbjörg hallbjörn hallborg
halldis halldor halldora halldís halldór halldóra halley hallfreur hallfreður hallfriur hallfríður hallgarur
hallgarður hallgeir hallgerur hallgerður hallgils hallgrimur hallgrímur hallgunnur hallkatla hallkell hallmann
hallmar hallmundur hallny hallný hallor hallrun hallrún hallsteinn hallur hallvarur hallvarður hallveig hallvor
hallvör hallþór haluk halyna hamar hami hamid hamima hamis hamish hamisi hamiyet hampus hamsini hamundur hamza
hamzah hana hanako hanan hanbiken hanedan hanh hani hania hanife hanim hanja hanna hannabel hannah hannchen hanne
hanne-lore hannele hannelore hannes hanney hanni hannibal hanno hanns hannu hanny hanora hans hans-adolf hans-albert
hans-bernd hans-christian hans-detlef hans-dieter hans-dietrich hans-eberhard hans-erich hans-friedrich hans-georg
hans-gerd hans-gerhard hans-gunter hans-gunther hans-günter hans-günther hans-heinrich hans-helmut hans-henning
hans-herbert hans-hermann hans-hinrich hans-joachim hans-jochen hans-jorg hans-josef hans-jurgen hans-jörg
hans-jürgen hans-karl hans-ludwig hans-martin hans-michael hans-otto hans-peter hans-rainer hans-rudolf hans-theo
hans-ulrich hans-uwe hans-walter hans-werner hans-wilhelm hans-willi hans-wolfgang hansa hansgeorg hansina
hansjoachim hansjorg hansjurg hansjurgen hansjörg hansjürg hansjürgen hanspeter hansruedi hanss hansueli hansultan
hansína hao haoran haoyu haralamb haralambie harald haraldur harambee harbinaz hardana hardeep hardi hardik hardy
harekur hari harijs harimurti harinakshi harini haris harish harita haritha hariz harja harjasa harjaya harjo
harlaugur harley harm harmony harnail harol harold haroldo haron harpa harper harpreet harri harriet harrison harro
harry harrý harsana harsanto harsaya harsh harsha harshil hartaka hartana hartmann hartmut hartmuth harto hartvig
hartwig haruka haruki harun haruna haruto harvey hasan hasbek hasgul hasgül hashiki hasim hasna hasret hassan hasso
hasta hasteinn hatem hatice hatima hatin hauksteinn haukur haukvaldur hauur hauwa hauður hava havali havar havard
havarr havarur havse hawa hawehindi hayali hayat hayato haydee hayden haydée hayel hayleigh hayley hayoon hayret
hayrunnisa hayrünnisa hazeem hazel hazine hazrat heather heba hector hedda hedi hedvig hedviga hedvika hedwig hedy
hedí hege heia heiar heiarr heiberg heibert heibjorg heibjork heibjort heibra heide heide-marie heidelinde heidelore
heidemarie heiderose heidi heidis heidrun heidy heike heikir heikki heiko heilaug heilindur heilmour heilmóður
heiloa heimann heimar heimir heimo heimundur heiner heinfried heini heinn heino heinrekur heinrich heiny heinz
heinz-dieter heinz-georg heinz-gerd heinz-gunter heinz-gunther heinz-günter heinz-günther heinz-joachim heinz-josef
heinz-jurgen heinz-jürgen heinz-otto heinz-peter heinz-walter heinz-werner heinz-wilhelm heinz-willi heirekur heiros
heirun heisi heitor heiur heiveig heiða heiðar heiðarr heiðberg heiðbert heiðbjörg heiðbjörk heiðbjört heiðbrá
heiðdís heiðlaug heiðlindur heiðlóa heiðmann heiðmar heiðmundur heiðný heiðrekur heiðrós heiðrún heiður heiðveig
hekima hekime hekla hekmet hektor helan heleen helen helena helene helfried helga helge helgi heli helina helinä
heliodoro hella helle hellen hellena hellevi hellmut hellmuth helma helmar helmer helmi helmtrud helmut helmuth
helmút heloisa heloise heloísa helvi helén heléne helēna hema hemal hemang hemangini hemani hemi hemmert hendra
hendri hendrik hendrikka henife henk henna henner henni henning henny henný henri henric henrich henricus henrieta
henrietta henriette henrik henrika henrike henrikki henriks henrique henry henryk henríetta henrý hera heracleea
heraclio heraldo herbert herberto herbjorg herbjorn herbjort herbjörg herbjörn herbjört herborg herdis herdís
herfinnur herfriur herfríður hergeir hergerur hergerður hergill hergils heribert heriberto herjolfur herjólfur
herlaug herlaugur herleifur herlinde herluf herma herman hermanis hermann hermann-josef hermanni hermelinda
hermenegildo hermes hermina herminda hermine herminia herminio hermour hermundur hermína hermóður hernan hernando
herney hernán herrmann herruur hersilia hersilía hersir hersteinn hersveinn herta hertha heru hervar hervarur
hervarður herve hervin hervor hervé hervör herwig heryanto herþrúður hesbon hesti heva heyvetullah hezniye hezron
hfzullah hicham hicran hicsonmez hidaya hidde hideki hidir hien hieu hilal hilario hilarius hilary hilaríus hilayda
hilbert hilda hildah hildar hildburg hilde hildegard hildegart hildegund hildegunde hildibergur hildibjorg
hildibjörg hildibrandur hildigeir hildigerur hildigerður hildiglumur hildiglúmur hildigunnur hildimar hildimundur
hilding hildingur hildior hildir hildiriur hildiríður hildisif hildiþór hildur hilkka hillary hillevi hilma hilmar
hilmir hiltraud hiltrud himari himawan himinbjorg himinbjörg himri hina hinata hind hindal hinet hinewai hinrich
hinrik hinrika hinrikka hipolito hipólito hira hiral hiram hiroki hiroshi hiroto hitesh hitomi hiwot hiçsönmez hiếu
hiền hjallkar hjallkár hjalmar hjalmdis hjalmey hjalmfriur hjalmgeir hjalmgerur hjalmor hjalmros hjalmrun hjalmtyr
hjalmur hjalmveig hjalta hjalte hjaltey hjalti hjarnar hjordis hjorfriur hjorleif hjorleifur hjorny hjortfriur
hjortor hjortur hjorvar hjálmar hjálmdís hjálmey hjálmfríður hjálmgeir hjálmgerður hjálmrós hjálmrún hjálmtýr
hjálmur hjálmveig hjálmþór hjördis hjördís hjörfríður hjörleif hjörleifur hjörný hjörtfríður hjörtur hjörtþór
hjörvar hlagerur hlaðgerður hledis hlegestur hleiar hleiðar hler hliar hliberg hlif hlifar hliman hlin hlini hljomur
hljómur hlokk hlomundur hlour hlovarur hlover hlynur hlédís hlégestur hlér hlíf hlífar hlín hlíðar hlíðberg hlökk
hlöðmundur hlöður hlöðvarður hlöðver hnefill hngur hnikar hnikarr hnir hoa hoang hoani hocine hodari hodd hogna
hogni holgeir holger hollie holly holm holmar holmbert holmbjorg holmdis holmfastur holmfriur holmgeir holmgrimur
holmkell holmor holmsteinn holti homero hong hongyu honora honore honoré hope horacio horatiu horațiu horea horia
horn horst horst-dieter horst-gunter horst-günter horst-peter hortense hortensia hortenzia horur horymir horymír
hosea hoseas hoskadem hoskuldur hossein houcine houda hour howard hoàng hoşkadem hrafn hrafna hrafnar hrafnbergur
hrafnborg hrafndis hrafndís hrafney hrafngerur hrafngerður hrafnheiur hrafnheiður hrafnhildur hrafnkatla hrafnkell
hrafnlaug hrafntinna hrafntyr hrafntýr hrannar hrappur hraunar hraundis hraundís hredhaan hrefna hreggviur
hreggviður hreiar hreimar hreimur hreindis hreindís hreinn hreiðar hreiðmar hrimnir hringur hritik hroaldur hroar
hrobjartur hrogeir hroi hrolfdis hrolfur hrollaugur hrolleifur hromar hromundur hronn hrony hroolfur hrovar hrrekur
hrund hrutur hrvoje hrærekur hrímnir hróaldur hróar hróbjartur hrói hrólfdís hrólfur hrómundur hróðgeir hróðmar
hróðný hróðvar hróðólfur hrönn hrútur hsin-hung hsin-i hsin-yu hsiu-chen hsiu-chih hsiu-chin hsiu-chu hsiu-chuan
hsiu-feng hsiu-hsia hsiu-hua hsiu-lan hsiu-lien hsiu-ling hsiu-mei hsiu-ying hsiu-yu hsiu-yun hua huban hubert
hubertine hubertus huda hudavent hudson hugberg hugbjorg hugbjort hugbjörg hugbjört hugborg hugdis hugdís hugh hugi
huginn hugleikur hugljuf hugljúf hugo hugrun hugrún hugues huguette hugó hui hui-chen hui-ling hui-mei huia hukumdar
huld hulda huldar huldis huldrun huldrún huldís hulya humaira humaiya humayra humberto humeyra humi humoyun humphrey
hunalp hunbjorg hunbogi hundis hung hungerur huni hunn hunor hunrour hunter huong hurdogan hurican hurmet hurside
huruyet huryasar hurşide huseyin huseyn huseynqulu husmen husnuhal hussain hussein huxley huy huzaifa huzuri hvannar
hvonn hvönn hye hye-jin hyejin hyltir hylur hynek hyun hyun-woo hyunwoo hákon hákonía háleygur hálfdan hálfdán
hámundur hárekur hárlaugur hásteinn hávar hávarr hávarður håkan håkon håvard hængur hænir héctor héloïse hélène
héðinn híram hólm hólmar hólmbert hólmbjörg hólmdís hólmfastur hólmfríður hólmgeir hólmgrímur hólmkell hólmsteinn
hólmþór hóseas hödd högna högni hörn hörður höskuldur höður hùng húbert húgó húmi húnbjörg húnbogi húndís húngerður
húni húnn húnröður hüda hükümdar hülya hümeyra hürdoğan hürmet hüryaşar hürüyet hüseyin hüseyn hüseynqulu hüsmen
hüsnühâl hıfzullah hưng hương hạnh hải hồng i-an i-chen i-ching i-chun i-fei i-hsiung i-hsuan i-ting ia iacob iain
ian iancu ianis iara iasmina ibaad iban iben ibeth ibidapo ibironke ibis ibn ibolya ibraaheem ibraheem ibrahim
ibrani ibrohim ibun ibán ica icha icimbike ida idda ide idika idiris idk ido idowu idrees idris idriz idun idık
ieremia iesa ieva ifa ifeanyi ifechukwu ifeoluwa ifeoma ifora iftikhaar iftikhar ifunanya ige ignac ignace ignacia
ignacio ignacy ignas ignatz ignaz ignazio igne ignác ignė igor igors ihab ihaia ihsaan ihsan ihtesham ihtiram
ihtishaam ihtsham iida iiris iisakki ijaya ijeoma ijli ika ikbal ikenna ikeoluwa iker ikhlaas ikhsan ikin ikiz iklim
ikraam ikram ikramah ikrimah ikshita ilalms ilan ilari ilaria ilarie ilarion ilbek ildefonso ildem ildes ildiko
ildikó ildz ildız ileana ilenia ilg ilga ilgi ilgı ilham ilhan ilias ilie ilija ilim ilinca ilir ilja ilka ilkbahar
ilkim ilkin ilkka ilklima illugi ilmafer ilmari ilmars ilmur ilmārs ilona ilonka ilper ilqar ilsa ilse ilsu ilteris
ilyas ilyes ilze ima imam iman imane imani imants imany imara imaran imelda imene imer imge imi imke immaculate
immanuel immanúel immo immy immý imogen imona imran imre imren imrich imrihan imron ina inaki inancl inara inaya
incifir inda indah indali inderjit indi india indiana indie indira indra indrajit indre indrek indrii indrikis
indriði indriķis indrė indy indía indíana indíra ine ines inese ineta inez ing-britt ing-marie inga inga-britt
inga-lill ingalill ingberg ingbert ingdis ingdís inge ingeborg ingeburg ingegard ingegerd ingegärd ingela ingelise
ingelore ingemar inger ingetraud ingetraut ingey ingheiur ingheiður inghildur ingi ingiberg ingibergur ingibert
ingibjartur ingibjorg ingibjorn ingibjort ingibjörg ingibjörn ingibjört ingiborg ingifinna ingifriur ingifríður
ingigerur ingigerður ingilaug ingileif ingileifur ingilin ingilín ingimagn ingimar ingimaria ingimaría ingimunda
ingimundur ingior ingiriur ingiros ingiríður ingirós ingisol ingisól ingivaldur ingiveig ingiþór ingjaldur ingmar
ingo ingolf ingolfur ingor ingrid ingrida ingried ingrun ingrún ingrīda inguna ingunn ingvaldur ingvar ingveldur
ingvi ingólfur ingþór inigo inioluwa inka inken inkeri inmaculada inna innocent inocencio inocentiu inocențiu
inqilab insa insaf inta intan intihap intiqam intizar inur inès inés inês ināra ioan ioana ioanina ioanna ioannis
iolanda ion iona ionel ionela ionelia ionica ionică ionut ionuț iosefina iosif ippazio iqra ira irandi iren irena
irene iretioluwa irfan iriana iridenta irik irina irine irinel iris irja irma irmantas irmela irmeli irmengard
irmgard irmhild irmi irmingard irmtraud irmtraut irmtrud irmy irmý irnanto irpa irs irsad irungu irunn irwan irya
iryna irène irén iréne irēna irıs isa isaac isaack isabel isabela isabell isabella isabelle isabelly isac isack
isadora isafold isaiah isaias isak isalind isaline isaque isar isarr isaura isaya isaías isbjorg isbjorn iscan isdis
ise iseldur iseoluwa isey isfandiyor isfold isgeir isgerur isha ishaan ishani ishanvi ishildur ishita ishola ishwar
isidor isidora isidoro isidro isin isis iskay isla islam islaug isleif isleifur islime islom ismael ismail isman
ismar ismayl ismaël ismet ismey ismk ismo ismoil ismık isn isobel isol isold isolde isolfur isolina isra israel
israfil isrun issa issack issi issol istvan istván isveig ita itai italo itanya ituri itzel itziar iulia iulian
iuliana iuliu iunn iurie iustin iustina iustinian iva ivan ivana ivanka ivano ivar ivars ivecen iver iveta ivette
ivica ivind ivka ivo ivona ivone ivonne ivor ivy iván iwan iwo iwona ixtiyar iyabode iyadunni iyiyurek iymona izaaz
izabela izabele izabelė ize izel izgu izidor iztok iða iðunn iñaki iľja işin işıkay işıman işın i̇biş i̇brahim i̇de
i̇diris i̇hsan i̇kiz i̇klim i̇lalmış i̇lbek i̇ldem i̇ldeş i̇lgi i̇lham i̇lim i̇lkbahar i̇lkim i̇lkin i̇lklima
i̇lmafer i̇lper i̇lqar i̇lsu i̇lteriş i̇lyas i̇mam i̇mge i̇mran i̇mren i̇mrihan i̇nançlı i̇ncifir i̇nqilab i̇nsaf
i̇ntihap i̇ntiqam i̇ntizar i̇rfan i̇sa i̇sak i̇slam i̇slime i̇smayıl i̇smet i̇sra i̇srafil i̇vecen i̇xtiyar
i̇yiyürek i̇zel i̇zgü i̇çimbike i̇şcan jaabir jaafar jaak jaakko jaan jaana jaanus jabal jabari jabbaar jabir jabr
jabulani jacek jacinta jacintha jacinto jack jackeline jackie jackline jackson jacky jaclyn jacob jacobine jacobo
jacobus jacopo jacqueline jacques jad jade jader jadranka jadwiga jae jae-hyun jaehyun jael jaeman jafar jafet
jaffer jaga jagapati jagaraga jagat jagdeep jagdish jagrati jagvi jahangir jahanzeb jahdami jahdari jahi jahid jahiz
jahm jahongir jai jaider jail jaiman jaime jair jairaj jairo jairus jais jaka jake jaki jakob jakobina jakobs
jakobína jakop jakov jakub jalaal jalal jalees jalfi jalia jalil jalmari jalol jalsa jamaal jamal jamalia jameel
james jamie jamie-lee jamie-leigh jamil jamila jamshid jan jan-ake jan-erik jan-olof jan-peter jan-åke jana janaki
janani jane janet janeta janeth janett janetta janette janez jangwa jani janic janice janick janik janin janina
janine janis janja jankat janko jann janna janne janneth janni jannie jannik jannika jannis jano janos janosch
januja janus janusz janya japhet japheth jaqueline jara jared jari jarkko jarl jarlath jarleth jarmila jarmo jarnbra
jarne jarngerur jarngrimur jarno jarolim jarolím jaromir jaromira jaromír jaromíra jaron jaroslav jaroslava jaroslaw
jarrah jarrod jarruur jarun jaruthip jaruwan jarwa jarwadi jarwi jarún jarþrúður jasin jasiri jasleen jasmani
jasmijn jasmin jasmina jasmine jasminka jasmit jasmín jasna jason jasper jaspreet jasur jaswadi jaswinder jatgeir
jati jatin jatmiko jatmundur jatvarur javan javi javier javiera javohir jaxon jay jaya jayadi jayda jayde jayden
jayeng jaylinn jayne jayson jazeps jazmin jazmín jaël jean jean-baptiste jean-charles jean-christophe jean-claude
jean-francois jean-françois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul
jean-philippe jean-pierre jean-pol jean-yves jeana jeanette jeanine jeanne jeannette jeannie jeannine jeannot jeanny
jebet jecinta jedidah jedrzej jeet jeevika jef jeferson jeff jefferson jeffery jeffrey jefri jeison jeisson jekabs
jekaterina jekaubs jelagat jelani jele jelena jelita jelka jelle jelte jemimah jemma jemutai jen-chieh jena jenaro
jenel jenetta jenifer jeniffer jenipher jenna jenni jennie jennifer jenniffer jenny jenný jeno jens jens-peter
jens-uwe jensina jensína jente jenő jepchirchir jepchumba jepkemoi jepkoech jepkorir jepkosgei jeppe jeptoo jere
jeremi jeremiah jeremias jeremie jeremy jeremías jergus jerguš jerica jericho jerker jermaine jerman jermiah jernej
jerneja jeroen jerome jeronimo jerono jerop jerotich jerry jerson jeruto jerzy jerónimo jerôme jes jesca jesper
jesse jessica jessie jessika jessy jessý jesus jesusa jesús jet jetmir jeton jevgeni jezups jhalak jhan jhoan jhoana
jhon jhonatan jhonny jhony ji-eun ji-ho ji-hoon ji-min ji-won ji-woo ji-yeon jiahui jian jiang jianguo jianhua
jianjun jiaqi jiawei jiayi jibril jie jieun jiho jihoon jil jill jillian jim jimena jimin jimmie jimmy jin jina
jinawi jindra jindrich jindriska jindřich jindřiška jing jinjuta jinthe jip jiri jirina jitesh jitka jitrin jiwon
jiwoo jiyeon jiřina jiří jo joa joachim joacim joakim joan joana joann joanna joanne joannes joao joaquim joaquin
joaquina joaquín joash job jobjorg jobjorn jobst jocelyn jocelyne jochem jochen jochum jodi jodie jodis jody joe
joel joelle joep joerg joeri joey joffrey jofriur jogeir johan johana johann johanna johanne johannes johans
johildur john johnathan johnnie johnny johnson johnstone johny joi joke jokla joko jokubas jokull jokulros jokūbas
jolan jolana jolanda jolanta jolanthe joleifur jolene jolie jolien jolijn jolin jolina joline jolán jomar jomundur
jon jona jonah jonanna jonar jonas jonasina jonatan jonathan jonathon jonbjorg jonbjorn jonbjort jondis jondor
jondora joney jonfriur jongeir jonger jonheiur jonhildur joni jonida jonina joninna jonmundur jonna jonny jono jonor
jonsteinn jony jonás jonáš joojo joolfur joon joon-ho joona joonas joonatan joonho joost joppe jora joram joran
jordan jordana jordi jordon jordy jordán jorekur joren jorfi jorg jorg-peter jorge jorgen jorgina joris joriur jorja
jorlaug jorma jormundur jorn jorri jort jorundur jorune jorunn jorvar jorvi jorūnė jos josafat josavin jose josebina
josee josef josefa josefiina josefin josefina josefine joselyn josep joseph josepha josephat josephina josephine
josephus josette josh joshua josiah josiane josianne josip josipa josko joso josphat josphine josse jost jostar
josteinn jostolfur josua josue josué josy josé josée joséphine jouko jouni jovan jovana jovarur jovin jovina jovita
joy joyce joyline jozef jozefa jozefina jozefína jozica jozo jozsef joão joé joël joëlle joško jožef jožefa jožica
jrgen jua juan juana juanita juanito jude judea judit judita judith judy juergen juha juhana juhani juho jui-en
jukka jula jule jules juli julia julian juliana juliane julianna julie julie-anne julien julienne juliet julieta
julieth julietta juliette julija julijana julijs julio juliros julita julius juliusz julián juma jumaane jumadi
jumari jun jun-woo juna junaid june jung-hua junhao juni junia juniana junior junius junjie junwoo juozas juraj jure
jurek jurg jurgen jurgita juri jurij juris jurre jussi justas justin justina justinas justine justiniani justo
justus justyna justína jusuf jutta juul juulia juuso juvenal juwon jvind jyoti jyrki jytte ján jános járnbrá
járngerður járngrímur játgeir játmundur játvarður jázmin jérémie jérémy jérôme jéssica jóa jóakim jóann jóanna jódís
jóel jófríður jóhann jóhanna jóhannes jói jólín jómar jómundur jón jóna jónanna jónar jónas jónasína jónatan
jónbjörg jónbjörn jónbjört jóndís jóndór jóndóra jóney jónfríður jóngeir jóngerð jónheiður jónhildur jóninna
jónmundur jónný jónsteinn jónída jónína jóný jónþór jóra jórlaug jórunn jóríður jósafat jósavin jósebína jósef
jósefín jósefína jósep jósteinn jósúa jóvin józef józsef jökla jökull jökulrós jörfi jörg jörg-peter jörgen jörgína
jörmundur jörn jörri jörundur jörvar jörvi jørgen júdea júdit júlia július júlí júlía júlían júlíana júlíanna
júlíetta júlírós júlíus júní júnía júníana júníus júrek jürg jürgen jüri jānis jāzeps jēkabs jēkaubs jędrzej jūla
jūle jūlija jūlijs kaamil kaan kaarina kaarlo kaashif kaat kaazim kabeer kabir kabiru kachela kacper kacung kada
kadek kader kadir kadnana kadri kadınana kafeel kagiso kahina kahir kahu kahurangi kai kai-hsiang kai-uwe kaia kaija
kaique kairav kaisa kaiser kaitlin kaitlyn kaito kaiyuan kaj kaja kajen kajetan kajji kajsa kajus kakali kaktus kala
kalani kalbi kaldi kaleb kaleem kaleema kalervo kalevi kalgay kali kalim kalin kalina kalla kalle kalliopi kalman
kalmann kalmar kalpit kaltrina kaluwa kamaka kamal kamala kamar kamaria kamau kambali kami kamidin kamiel kamil
kamila kamilla kamilly kamlesh kamma kamolchanok kamran kamron kamrul kamya kamí kana kanak kanda kandef kane kani
kania kanini kanpulat kanya kaombwe kaori kapagan kapil kapitola kaprasius kaprasíus kapítóla kar kara karaamat
karabas karabaş karabo karaca karaer karakucak karam karama karan karanbay karani karanja karatas karataş karcan
kardelen kardi kare kareem karel karen kari karim karima karimah kariman karimi karin karina karine karitas kariuki
karja karkur karl karl-august karl-dieter karl-erik karl-ernst karl-friedrich karl-georg karl-hans karl-heinrich
karl-heinz karl-hermann karl-josef karl-jurgen karl-jürgen karl-ludwig karl-otto karl-peter karl-werner karl-wilhelm
karla karles karley karlfried karlheinz karli karlijn karlina karlinna karlis karlo karlotta karlukhan karlína
karlīna karma karman karmen karna karo karol karola karolien karoliina karolin karolina karoline karolis karoly
karolína karsa karsana karsten karta kartika karvel karya karyn karí karín karína karítas karó karólín karólína
kasam kashan kashangaki kashif kashish kashvi kasif kasim kasimir kasiran kasiyah kaskazi kaspar kaspars kasper
kassandra kassim kastiel kastriot kastíel kasusra kata katalin katalina katana katariina katarina katarinus
katarzyna katarína katarínus katarīna katcha kate katelijne katelyn katerina katerine kateryna katerína kateřina
kath katharina katharine kathe katherin katherina katherine katherinne kathi kathinka kathleen kathrin kathryn kathy
kati katia katica katie katie-louise katinka katja katla katleen kato katri katrien katriina katrijn katrin katrina
katrine katriona katrín katrína katrīna katty katy kató katý kaua kauko kauri kauthar kauã kaveh kaver kavita kavurt
kavya kawaca kawaya kawkab kawthar kay kay-uwe kayagun kayagün kayden kaye kaygusuz kayla kaylee kayleigh kayode
kayrabay kaysan kayt kayun kayıt kazi kazim kazime kazimierz kazimir kazimír kazm kazuki kazumi kazuo kazuya kazım
kaðlín kaşif kealan keano keanu keegan keelan keely keerthi kees keeva kefser kehinde keijo keiko keira keisha keith
keji kelami keld kelechi kelli kellie kelly kelly-anne kelly-marie kellý kelsey kelvin kelâmi kemal kemba kemboi
kemuma kemunto ken kenan kenari kendra kenedy kenes keneth kenichi kenji kenn kennedy kennet kenneth kenny kent
kenta kenter kenth kento kenyangi kenza kenzie kenzo keran kerem keren keri kerim kerime kerman kerri kerrie kerry
kerstin kerttu kerubo kestutis kete ketilbjorg ketilbjorn ketilbjörg ketilbjörn ketilfriur ketilfríður ketill
ketilriur ketilríður ketut kevim kevin keya keyaan kezban kezia keziah khaalid khaan khadidja khadija khaled khalid
khalil khamani khamisi khanh khanyisile khloe khoa khánh kiaan kiah kian kiandra kiano kiapo kiara kiaran kiarie
kibafupia kibar kibet kibibi kiburi kick kiddy kiddý kiera kieran kiernan kieron kifaye kijana kijani kike kikelomo
kiki kilian kiljan killian kilonzo kilían kim kim-anh kimani kimanzi kimathi kimberley kimberly kimbilio kimeu kimmo
kimutai kimya kinaya kinga kingston kinubi kinuthia kinyanjui kinyua kiojah kioko kiona kipchirchir kipchoge
kipchumba kipenzi kipepeo kipkemboi kipkemoi kipkirui kipkoech kipkorir kipkosgei kipkurui kiplagat kiplangat
kiplimo kipngeno kipngetich kipras kiprono kiprop kiprotich kipruto kipsang kiptoo kipyegon kira kiramettin kiran
kirby kiri kirk kirra kirsi kirsten kirsti kirstie kirstin kirstine kirsty kirstín kirui kisima kitan kitti kittisak
kitty kittý kiume kiwara kiyasi kja kjalar kjallakur kjalvor kjalvör kjaran kjarr kjartan kjarval kjeld kjell
kjersti kjetil kjoi kjárr kjói klaas kladia klara klare klas klaudia klaudie klaus klaus-dieter klaus-gunter
klaus-günter klaus-jurgen klaus-jürgen klaus-michael klaus-peter klaus-ulrich klaus-werner klavdija klavs klcbay
klea klemen klemens klement klementina klementína klemenz kleopatra kleópatra kliment klngur klothilde kládía klára
kläre klængur knel knorr knud knut knutur knörr knútur koa kobby kobe kocabas kocabaş kocak kockan kodchaporn koech
koen koenraad kofi koggi koha koji kojo koker koko koktas kolawole kolbeinn kolbjorg kolbjorn kolbjörg kolbjörn
kolbra kolbrun kolbrá kolbrún koldan koldis koldís kolfinna kolfinnur kolfreyja kolgrima kolgrimur kolgríma
kolgrímur kolka kolmar koloman kolskeggur kolur kolviur kolviður komang koncagul koncagül kondo konguralp konkordia
konkordía konny konný konra konrad konradi konradus konráð konstantin konstantinos konstantinus konstanty
konstantínus konstanze konul konštantín kopan kopur kora koran koray korbinian kordula korede kori korinna korir
korka korkmazalp kormakur kormlo kormlöð kormákur kornel kornelia kornelija kornelius kornelía kornelíus kornél
kornélia kort korugan kosemen kosgei kosisochukwu kostas kosukhan kotryna kotuz kouji kourosh kovu koçak koçkan
koðrán koşukhan kraki krat kreszentia kreszenz krgz kria kriemhild kris krish krisha krishna krishnan krisjanis
kriss krista kristall kristaps kristberg kristbergur kristbjorg kristbjorn kristbjörg kristbjörn kristborg kristdor
kristdór kristel kristen kristens kristensa krister kristers kristey kristfinnur kristfriur kristfríður kristgeir
kristgerur kristgerður kristi kristiaan kristian kristiana kristiane kristianna kristie kristien kristiina kristijan
kristin kristina kristine kristinn kristián kristiāna kristjan kristjana kristjon kristjona kristján kristjón
kristjóna kristlaug kristlaugur kristleifur kristlin kristlind kristlín kristmann kristmar kristmundur kristny
kristný kristof kristofer kristoffer kristolina kristopher kristor kristora kristros kristrun kristrós kristrún
krists kristupas kristvaldur kristvarur kristvarður kristveig kristvin kristvina kristy kristyna kristíana
kristíanna kristín kristína kristóf kristófer kristólína kristýna kristþór kristþóra krisztian krisztina krisztián
krisztofer kritika krišjānis krišs krištof krummi krystal krystian krystof krystyna kryštof krzysztof kría ksawery
ksenia ksenija kseniya ksmet kuan-hung kuan-lin kuan-ting kuan-yu kubran kuchanua kuddusi kudzai kujoe kujtim
kuldeep kullervo kulnun kulwant kumar kumiko kumral kumush kunaporn kuncara kunibert kunigunda kunigunde kunkyi kuno
kunthara kuo-hsiung kuo-hua kuo-jung kuria kurnia kursad kurt kurtis kurunzi kushtrim kusiima kustaa kusuma kutay
kutgun kutgün kutun kveldulfur kveldúlfur kveta kvetoslav kvetoslava kvlcm květa květoslava kwabena kwadwo kwaku
kwamboka kwame kwamena kwasi kweku kweli kwesi kyalo kyan kyano kyara kyla kyle kylian kylie kyllian kyllikki
kyosuke kyra kyung kyung-soo kyungsoo kzl kzltunc kálmán kár kára kári károly kâmil kâzime käte käthe käthi kåre
kæja kévim kévin kókó kópur köker köktaş könül kösemen kübran künkyi kürşad kārlis kęstutis kılıçbay kınel kırat
kırgız kısmet kıvılcım kızıl kızıltunç laban labeeb labib labinot labuh lacey lachlan lacn lacramioara lada ladan
ladina ladislau ladislaus ladislav ladislava ladli lady laeeq laetitia lage lahiah laia laika laila lailati laimonis
laini laiq lais laith lajita lajlaj lajos laksana laksh lakshit lakshmi lala lale lalita lalo laly lam lamar lambert
lamberto lameck lamia lamine lan lana lanang lance lander lando langalibalele langat langgeng lanjar lanre lantar
laoise laora laqeet lar lara lara-sophie laras larensina larent larentius laretta larey larisa larissa larry lars
lars-ake lars-erik lars-goran lars-göran lars-olof lars-åke larus lascar lascăr lasmanto lasmono lasse lassi laswi
laszlo latasha lateef latha latif latika latoya laufar laufey laufheiur laufheiður laufhildur lauga laugey laugheiur
laugheiður laugi laura laure laureano laureen lauren laurence laurens laurent laurentia laurentiu laurenz laurenția
laurențiu lauretta laurette lauri laurian lauriane laurie laurin laurina laurine lauris laurita laurits lauritz
laurynas laus laust lautaro lavanya lavender lavinia lavize lavínia lavīze lawal lawrence lawrencia layla laylo
layth lazar lazaro laze laziz lazm lazzaro lazăr lazım laçın laëtitia laíla laís lea lea-sophie leah lean leana
leander leandra leandre leandro leane leanne leano leart ledion ledun ledün lee leela leen leena leevi lega legawa
lei leia leider leidy leif leifur leigh leiknir leikny leikný leila leilani leiolfur leire leiðólfur leja lejla leke
lekha lelia lembah lena lenah lene leni lenin lenka lenn lennard lennart lennarth lennert lenny leo leocadia
leocadio leokadia leon leona leonard leonardo leonce leoncio leone leonel leonhard leoni leonid leonidas leonie
leonor leonora leonore leons leontin leontina leontine leontīne leonóra leopold leopolda leopoldina leopoldine
leopoldo leordean leos leoš ler lerato lere leroy lerze lesana lesedi lesia lesley leslie lesly lestari leszek
leticia leticija letitia letizia letiția letícia levente levi levin levis levoslav leví lewis lex leydi leyla
leyla-katharina leyli leyre lezize leïla leó león leóna leónidas leónóra leópold lhanzey li li-chen li-chin li-ching
li-chu li-chuan li-hsiang li-hsueh li-hua li-ling li-mei li-yu li-yun lia liam lian liana liane lias liba liban
libardo libby liberto libia libni libor libusa libuse libuša libuše lica liceth licia lică lida lidia lidija lidwina
lidya lieke lien liene liepa lies liesa liesbet liesbeth lieschen liesel lieselot lieselotte lieve lieven lieze lif
lifdis liga ligaya ligia ligita lihua liisa lila lili lilia lilian liliana liliane lilija lilijana lilita lilja
liljana liljar liljuros liljurós liljá lill lilla lillemor lilli lillian lilly lillý lilo lilou lily lilý liman
limar limazah limon lin lina linah linas linberg linbjorg lincoln lind linda lindah lindar lindberg linddis linddís
linde lindis lindita lindiwe lindsay lindsey line lineik linet liney ling lingny lingný linh linhildur lini linn
linnea linnéa lino lintang linus lio lioara lioba lionel lior lipika liridon liridona lirim lirjan lis lisa
lisa-marie lisabet lisandra lisandro lisanne lisbet lisbeth lise lise-lott lise-lotte lisebet liselott liselotte
liseth lisette lissette lissi lissy listalin listalín liudmyla liv liva livia livingstone livio liviu liwei liwia
liya liyaaqat liyaqat liz liza lize lizete lizeth lizz lizzy ljiljana ljosalfur ljosbjorg ljosbra ljotunn ljotur
ljubica ljubisa ljubov ljudmila ljufur ljósbjörg ljósbrá ljósálfur ljótunn ljótur ljúfur lla lloyd loa loan loc lode
lodewijk lodovico loek loes lofn loftur loftveig logan logey logi lohit loic loice loida lois loise lokbra lokbrá
loke loki lola lolita lomundur lona londisizwe londiwe lone loni lonnie loot lopa lope lora loraine lorcan lore
loredana lorelei loreley lorena lorens lorenz lorenza lorenzo loreto loretta loretto lori lorik lorin lorine loris
lorna lorraine lot lotfi lothar lotta lotte lotti lou louana louane loui louie louis louisa louise louka louna
lourdes lourenco lourenço lousie lova love lovis lovisa lovre lovro lovísa lowe lowie loyola loïc loïs loðmundur
lrke luan luana luara luay lubica lubomir lubomira lubomír lubor lubos luboslav luboslava luboš luc luca lucas lucca
luce lucentiu lucențiu lucero lucette luchino lucho lucia lucian luciana luciano lucie lucien lucienne lucija lucila
lucile lucinda lucio lucky lucrecia lucretia lucretiu lucrezia lucreția lucrețiu lucy lucía ludek ludger ludivine
ludmila ludmilla ludo ludolf ludomil ludomila ludovic ludovica ludovico ludovicus ludovit ludvig ludvik ludvík
ludwig ludwina luděk luej luena lufen luhung luigi luigia luigina luis luisa luisana luise luisina luitgard luiz
luiza lujza luka lukas lukasz luke lukita lukka lukman lukáš luljeta luluh lulut lulzim luminita luminița lumir
lumír luna lundi lungile lunna lupe lupita luqmaan luqman lurhur lusia lusinda lut luter lutf lutfan lutfi lutgarde
lutgardis lutgart luther luthfi lutz luuk luvig luvik luvika luvisa luwar luwes luyanda luz luzia luzie luzius
luzmira luís luísa lwandile lwazi lya lyam lydia lydiah lydiane lydianne lydie lydía lykke lyna lynda lyndon lyndsay
lyndsey lynette lyngar lyngheiur lyngheiður lynley lynn lynne lynnette lynsey lysiane lytingur lyudmila lyur lár
lára lárensína lárent lárentíus láretta lárey lárus lászló lázaro lâle lâm læla lærke léa léana léandre léane léna
léo léon léonard léonce léone léonie léontine léopold lér lía líba líf lífdís lín lína línberg línbjörg líndís
líneik líney línhildur líni lísa lísabet lísandra lísbet lísebet lív lívia lóa lóreley lórens lórenz lúcia lúcía
lúkas lúna lúsinda lúsía lúter lúther lúvísa lúísa lúðvíg lúðvík lúðvíka lüfen lütfi lýdia lýdie lýdía lýtingur
lýður lăcrămioara lėja lība līga līna līza lūcija lộc maahir maaike maajid maalik maanas maanav maaria maarit
maarten maartje maawiya maaya maaz maazin mabad mabel mabil mac macarena macaria macario macauley macharia macide
maciej mackenzie macs mad madaha madalena madalin madalina madani madara maddalena maddison maddy maddý made
madeleine madelene madelief madeline madhav madhavi madina madini madison madiyan madleina madlen madoa mads madyan
mael maelle maelys maeva maeve mafalda maftuna magalena magali magalie magaly magarete magda magdalena magdalene
magdaline magdaléna magdolna magga maggey maggi maggie maggy maggý magna magndis magndís magne magnea magnes magney
magnfriur magnfríður magngeir magnheiur magnheiður magnhildur magni magnolia magnor magnora magnus magnusina magny
magnús magnúsína magný magnþór magnþóra magorzata magret magrit magðalena maha mahad mahali maham mahaz mahbeer
mahboob mahbub mahdee mahdi mahdy maheen maher mahesa mahesh mahfooz mahfud mahfuj mahfuz mahi mahigul mahigül
mahika mahir mahira mahja mahmood mahmoud mahmud mahmut mahnaz mahnoor mahsa mahsun mahter mahulena mai maia maicol
maida maidis maie maighread maija maik maike maiken maikol maila maimuna maimunah maina maingi maira maire mairead
mairin mairtin maisa maisha maisol maisy maite maitê maivi maj maj-britt maj-lis maja majani majd majdi majdy majeed
majella majid majken majvor makan makana makara makarena makau makayla makeen makena makini makokha makori makoto
maks maksim maksimiljan maksude maksur maksymilian maksüde makunga makuta makuu mala malachy malak malcolm malea
malee malen malena malene malfriur malgorzata malhildur malia malik malika malin malina malini malio maliza malla
malle mallory malmfriur malou malte malthe malu malva malvina malvína malwina malía malín mamadou maman mamen mami
mamun man mana manaaki manabu manadis manaf manah manaia manan manawa manbir manca manda mandeep mandla mandlakhe
mandy manel maney manfre manfred manfreð mani manila manja manoj manola manole manolis manolo manon manpreet mans
mansurali mantas mante manthan mantė manu manuel manuela manuelita manuella manuelle manus manuél manya manúel
manúela maqsud mar mara mara-julie maraea maras marbjorn marbjörn marc marcantonio marcel marcela marcelina
marceline marcelino marcell marcella marcelle marcello marcelo marcheta marcia marcial marciano marcin marcio marco
marcos marcu marcus mardis mardís mare maree mareen mareike mareikura mareile marek mareks marel marela marella
maren marese marey marfriur marfríður marga margana margaret margareta margarete margaretha margarethe margarida
margarita margaritha margaréta margaud margaux margeir margherita margit margita margitta margo margot margoth
margret margreth margrethe margrieta margrimur margrit margrith margrjet margrét margrímur marguerite margunnur
margus marguy marheiur marheiður mari maria maria-luise maria-theresia mariadi mariah mariam marian mariana mariane
marianela mariangela mariann marianna marianne mariano marias maribel marica maricel maricela maricica maricruz
marie marie-ange marie-anne marie-cecilie marie-christine marie-claire marie-claude marie-france marie-francoise
marie-françoise marie-helene marie-hélène marie-jeanne marie-jose marie-josé marie-laure marie-line marie-louise
marie-luise marie-madeleine marie-noelle marie-noëlle marie-paule marie-pierre marie-rose marie-sophie marie-theres
marie-therese marie-thérèse mariechen marieke mariela mariele mariella marielle marieluise marietta mariette marija
marijan marijana marijke marijn marijon marijón marika mariko marikó marilena mariluz marilyn marin marina marine
marinela marinella marinette marini marinka marino marinus marinó mario marioara mariola marion maris marisa marise
marisel marisela marisol marissa maristela marit marita marite maritta maritza mariuca mariuerla marius mariusz
marián marja marja-leena marja-liisa marjaana marjan marjana marjanca marjani marjatta marjeta marjo marjon marjona
marjorie marjukka marjut marjón mark markas marketa marketta markku marko markor markrun markrún markus markéta
markó markús markþór marlaug marleen marlen marlena marlene marleny marlies marliese marlin marlis marlise marlon
marly marlyse marlène marlén marlín marlís marnix marolina maron maroof maros maroš marri mars marsa marselia
marselina marsellius marsellíus marselía marselína marsibil marsilia marsilía marsito marsudi marsy marsý mart marta
martaka martana martani marte marteinn marten martha marthe marthen marti martial martijn martim martin martina
martine martino martins martirio marton martta martti martyn martynas martí martín martína marus marusa maruša
marvin marwa marwata mary maryadi maryam maryann maryanne maryanto marylene maryline marylène maryse maryvonne
marzena marí maría maríam marían maríana maríanna marías marín marína marínella marínó maríon marís marísa marísól
marít maríuerla maríus marólína marý masa masahiro masar masato maside masika masinde mason massiel massimiliano
massimo massinissa masume matas mate matea matei matej mateja mateo mateus mateusz matevz matevž matheo matheus
mathew mathias mathieu mathijs mathilda mathilde mathis mathys mathéo mathías mati matias matic matija matilda
matilde matiss matiu matjaz matjaž mato matous matouš mats matt matta mattea matteo matthaus matthea matthew matthia
matthias matthieu matthijs matthilda matthildur matthäus matthía matthías matti mattia mattiana mattias mattina
matts matty mattéo mattíana mattías mattína mattý matunda matus matyas matyáš matéo matías matúš matěj matīss maua
maud maude mauno maura maureen mauri maurice mauricette mauricio maurilio maurin maurine maurits mauritz maurizio
mauro maurus maurycy mavie mavuno max maxence maxi maxim maxima maxime maximiano maximilian maximiliano maximilien
maximilián maximino maximo maximus maxine maxwel maxwell may maya mayerly maykol maynur mayra maysa mayte maza
mazlum maël maëlle maëlys maëva maía maídís maísól maïté małgorzata maşide maša maža mbithi mboya mbugua mburu
mcebisi mckenzie meabh meagan meaghan mechthild mechthilde mechtild mecide mecit meda medard medeja medina medėja
meelis meena meera mees mefarettin mefharet meg megan megane megha meghan meghana megumi mehdi mehdiqulu mehdiye
mehin mehman mehmed mehmet mehmetzahir mehrigul mehrigül mehrimoh mehwish mei mei-chen mei-chu mei-chuan mei-feng
mei-hua mei-hui mei-lan mei-li mei-ling mei-ying mei-yu mei-yun meibh meik meike meiling meinhard meinolf meinrad
meiying meja mekdes mekhala mekkin mekkino mekkinó mekkín mel melaha melania melanie melanine melany melba melchior
melchor melek meleknur melichar melihcan melikkan melina melinda melisa melissa melita melitta melker melkior
melkolmur melkorka melkíor melkólmur melle melodie melody melrakki melros melrós melul melvin melvine melwin melánia
melûl memili menachem mendel menfeat mengi menguc mengüç menisan menişan mensah mensalder mentor meral merba
mercedes merche mercy mercyline merdi mere mereana meredith merel meret merete merethe mergim meriem merijn merike
merim merita merja merkur merkúr merle merlin meron mert mertel merva merve mervi mervin mervyn mery meryem meryeme
merzuk meshack meshur messiana messíana mestur mesude mesut meta metehan methusalem methúsalem metin metinkaya metka
metod metrine metta mette metusalem metúsalem meveddet mevludiye mevlut mevlüdiye mevlüt mey meyhanim meyransa
meyvant mezide meşhur mi-rae mia mias micael micaela micah miceal micha michael michaela michaele michail michal
michala michaël michał micheal micheala michel michela michelangelo michele micheletto micheline michell michelle
michelotto michiel michèle mick mickael mickaël mie mieke miel mieszko migle miglė miguel miguela miha mihael
mihaela mihai mihail mihajlo mihaly mihels mihhail mihin mihkel mihnea miho mihrab mihriye mihály miia miika mijo
mik mika mikael mikaela mikaelina mikaelína mikaere mikako mikayl mikayla mikayıl mike mikel mikelis mikels mikhail
miki mikjall mikjáll mikkael mikkalina mikkalína mikkel mikko miklos miklós mikoaj mikołaj mikulas mikuláš mikyas
mila milada milagros milan milana milay milcah milda mildinberg mildred mildriur mildríður mile milena milica milka
milkah milla millaray mille miller millicent millie milly millý milo milorad milos miloslav miloslava milota milou
milovan miloš milton miluse miluše milán mimi mimir mimmi mimoza mimy min min-ho min-ji min-jun min-seo mina minato
mindaugas mindy minenhle minerva ming ming-che ming-chu ming-hui ming-hung ming-te ming-tsung minghui mingyu minh
minho minibe minji minjun minna minney minny minný minodora minoru minseo mio mioara miodrag miosz mir mira mirabela
mirae miran miranda miray mirbadin mircea mirco mirdza mireia mireille mirela mirella mireya miriam miriama mirian
mirja mirjam mirjami mirjana mirko mirlinda mirna miro miron mirona mironshoh miroslav miroslava miroslaw miroslawa
mirra mirriam mirsad mirta mirte mirtha mirthe miruna miryam misael misaki mischa mishat mislav misra mist misty
misuli mitali mitchel mitchell mitchelle mitesh mitica mitică mitra mitrut mitruț mituru mitzy miyesser miyu mizanur
mizhir miķelis miłosz mjalldis mjalldís mjallhvit mjallhvít mjaveig mjaðveig mjoll mjollnir mjolnir mjöll mjöllnir
mjölnir mkarkara mladen mlungisi mnqobi moa modesta modesto modis modris modupe moeiur moey mofifoluwa mogens
mohamad mohamed mohamedi mohammad mohammed mohamud mohand moheiur mohini mohinur mohit mohlaroyim mohsim moi moira
moises moisés mojca mojisola mojisoluwa mojmir mojmír moli mollie molly momanyi momoko mona monalisa monica monicah
monika monique monis monja monserrat montserrat mora moraa moradeke morayo moreen morena morenike moreno morgan
morgane mori moric morine morits moritz mork morolake morris morten mortimer morur moses moshe mosi mosinmileoluwa
mostafa mosunmola motunrayo mouloud mounir mourad moureen mourib mourine moussa moya moyosore mpho mrihani
mthokozisi muarra mubariz mubetcel mubina mucahit mucellib mucevher muchiri muema mueni muferrih mufide mufit
mugambi mugber mugdha mugendi muggur mugo mugur mugurel muhallil muhamed muhamet muhammad muhammadali muhammadamin
muhammadamir muhammadayub muhammadaziz muhammadrizo muhammadsafo muhammadsodiq muhammadsolih muhammadumar
muhammadyasin muhammadyusuf muhammadziyo muhammed muhammet muharrem muhazzim muhima muhip muhiye muhsina muhyettin
muia muireann muiruri muizza mujde mujur mukbile mukesh mukhwana mukramin mukrume muktedir mulayim mulele muli mulwa
mulya mulyanto mulyono mumbi mumo mumpuni mumtaz mumtaze mumtoz muna munda mundheiur mundheiður mundhildur mundina
mundína munene munezzer mungai muni munif muninn munisa munyao munyoki murad murat muratcan muret muriel murielle
muriithi murilo murimi murit murithi muriuki murod murray mursalina mursinin mursita murti musa musafet musaffa
musau musee musembi musemma musfira mushtariy musila muskunaz muslim muslima muslum mustafa mustafo mustapha mustika
mustofa musure musyoka musyoki mutai mutasm mutasım muthama muthengi muthoka muthoni muthui mutia mutie mutinda
mutiso mutisya mutluhan mutua mutuku mutunga muturi muvaffak muvahhide muveddet muxlisa muxtar muzaffer muzayyana
muzdahir muzdalifa muzekker muzhir mwamini mwanajuma mwanamisi mwangangi mwangi mwaniki mwanzia mwasaa mwaura mwende
mwendwa mwezi mwikali mwiti mya mykhailo mykola mylene myles mylène myr myra myriam myrkjartan myrkvi myrra myrta
myrtha myrthe myrun mzamo mábil máiréad málfríður málhildur málmfríður mánadís máney máni már mára márcio mária
mário márk márta márton márus mátyás máté máxima máximo märta märtha måns mårten mégane mélanie mélina mélissa
mélodie mía mías mímir mínerva mír míra míranda mítra míó módís móeiður móey móheiður móna mónica mónika móníka móri
móric mórits móses móði möhsim mörk mörður múli mübariz mübetcel mücellib mücevher müferrih müfit müjde mükramin
mükrüme mülayim mülâyim mümtaz mümtaze münezzer münif müret mürit müsemma müslum müslüm müveddet müzekker müğber
müşkünaz müşüre mýr mýra mýrkjartan mýrún māra māris mārtiņš mārīte mădălin mădălina mălina mărioara măriuca na
na-yeon naadir naail naajy naama naasih naasir naathim naazhim nabeeh nabeel nabhan nabigh nabih nabil nabila nacer
nachiket nacho nacio nada nadav nadeem nadege nades nadeschda nadeshda nadezda nadezhda nadežda nadhir nadia nadim
nadin nadine nadir nadja nadr nadège nadía naděžda nae naeem nael nafasat nafees nafesa nafii nafile nafis nafula
nag naglis nahashon nahiara nahla nahuel naiara naib naide nail naim naimh nair naja najair najam najeeb najib
najuma najwa naki nakif nakip naksh nakul nalan nalar naledi naliaka nalini nalân nam namiq nana nanami nancy nand
nandi nandini nando nandor nanjala nanna nanni nanny nanný nansy nansý naoimh naoise naoki naoko naom naomh naomi
naomy naomí naoto napoleone naradi narcis narcisa narciso narcisse nardi naresh narfi narhanim narimane narji
narngul narıngül nas nasab naser nashipie nasiba nasim nasir nasiru nasra nasrin nasrullah nasser nassim nastja
nasuf natacha natali natalia natalie natalija natalio nataliya natalja nataly natalya natalía natan natanael
nataniel nataníel natasa natascha natasha natasja natasza nataša natașa nate natella nath nathalia nathalie nathaly
nathan nathanael nathanaël nathaniel nathari nathasha natiq natividad nattapong nattawun nattmorur nattsol nattulfur
natália natálie natālija naud navdeep naveed naveen navid nawal nayara nayaret nayareth nayeli nayeon nayfa nayibe
nayil naz nazaret nazario nazdil nazende nazi nazim nazimet nazir nazl nazlihan nazlim nazlı nazmi nazıdil naël naïm
naómí nağı ndegwa nderitu ndirangu nduku ndumiso ndung'u ndunge ndungu nduta nea neal neasa nebih nebiha nebojsa
necati necdat nechifor necilal necmettin necva nedas nedda nedjma neel neelima neema neeraj nefaret nefiye neftali
neftalí neha nehemiah nehip neider neil neill neisti neja nejc nejdet nekesa nel nela nelah nelcy nele nelia nelida
nelima nelio nell nella nelli nellie nelly nellý nelson nelsy nelu nelya nemanja nenad nenna nenni neo neptun
neptunus neptúnus neptün nerea nereida neriban nerijus nerim neringa nermin nesfe nesip neslinur neslisah nesrin
nesrine nessa nestor nete netra nevaeh neval nevenka nevgin neville nevin nevio nevise nevsal nevsale newton neyran
neza nezengul nezengül nezihi nezize neşrin neža ng'ang'a ngaire ngamia nganga ngari ngeni ngigi ngoc ngozi ngugi
nguyet ngọc nhat nhi nhien nhiên nhlanhla nhung nhật nia nial niall niamh niara nibaldo nibjorg nicanor nicat
niccolo niccolò nichakarn nichifor nichola nicholas nichole nicholus nick nicklas nickson nicky niclas nico nicoara
nicoară nicodemo nicodemus nicodim nicol nicola nicolae nicolai nicolaie nicolaj nicolas nicolasa nicolaus nicole
nicoleta nicoletta nicoline nicolo nicolás nicolò nicu niculina niculita niculiță nicusor nicuta nicușor nicuță
nidhi nidia nidra niek niels nienke nieves nigar nigel nigesa nigmet nihad nihai nihal nihan niharika niilo niina
nik nika nikanor nikau nikhil nikita nikki niklas niklaus niko nikodem nikol nikola nikolai nikolaj nikolajs
nikolaos nikolas nikolaus nikolay nikolett nikoletta nikolina nikora nikos niks niksa nikulas nikulás nikíta
nikólína nikša nil nilam nilcan nilda nili nilima nilo niloufar nils nilson nilufar nimakoah nimrat nina ninetta
ning nini ninioluwa ninja ninna nino ninoska ninthe niracha nirgul nirgül nirja nirmala nisa nisha nitara nitesh
nives nixon niyaga niyaz niyazi niyi niyilolawa niðbjörg niğmet njabulo njagi njala njall njenga njeri njeru njiru
njogu njoki njola njoroge njorur njozi njue njuguna njála njáll njóla njörður nkazimulo nkechi nkiruka nkosinathi
nnamdi nneka noa noah noam nobantu nobuhle noe noel noelani noeleen noelia noeline noella noelle noemi noemie noemí
nohora noi noirin nojus nok nokkvi nokulunga nokuthula nolan nolberto noleen nollaig nomagugu nomalanga noman
nomasonto nomathalente nomathemba nomcebo nomthandazo nomusa nomvula nonhlanhla noni nonjabulo nonni nonso noor
noora noortje noppakao nora norah norbert norberto norbey nore noreen nori norica noriko norina norma norman normann
normunds norðmann notburga nothando nott noud nour noura nout nova november novi novruz noxolo nozibusiso nozima
nozizwe nozomi noé noémi noémie noël noëlla noëlle noëmi nqobizitha nrima ntimi nuala nubar nubia nudret nugraha
nuhu nula numi nuno nur nura nural nuran nuray nurbanu nurcan nurda nurdeniz nuretdin nurettin nurey nurgil nurhayet
nuri nuria nuriat nurice nuriya nuriyet nurkan nurlan nurlana nurmelek nurmuhammad nursan nurseda nurser nursim
nurtac nurtaç nurten nuru nurul nurulla nurullah nurveren nury nurşan nusa nusrat nutcha nutkrita nutwadee nuyan
nuša nwabudike nyaboke nyaga nyakundi nyamai nyambura nyana nyanchama nyasha nyasi nyawira nybjorg nydia nynke nyoka
nyoman nyongesa nyoni nyota nyuki nyvar nzioka nzomo nádia nándor náttmörður náttsól náttúlfur nélida néstor níels
níls nína níní nóa nóam nóel nói nóni nóra nóri nótt nóvember nökkvi númi núria nübar nüdret nürice nýbjörg nývarð
oana oba obaid obanijesu obdulia obed obiageli obianuju obinna ocampo oceane ochieng octav octavia octavian
octaviana octavie octavio octaviu océane oda odalis odalys odd odda oddbergur oddbjorg oddbjorn oddbjörg oddbjörn
oddfreyja oddfreyr oddfriur oddfríður oddgeir oddgerur oddgerður oddhildur oddi oddkell oddlaug oddleif oddleifur
oddmar oddny oddný oddor oddrun oddrún oddsteinn oddur oddvar oddveig oddvor oddvör oddþór odeline odette odhiambo
odhran odika odile odina odkanl odkanlı odongo oduor oeshi ofeigur ofelia ofeliya oganer oge ogechi oget ogmunda
ogmundur ogn ogooluwa ogri ogulbas ogurata ogus oguzman oguş oinn oisin oisín oiva ojas ojasvi oka okanay okbay oke
okechukwu okello okguclu okgüçlü okkas okoth oksana okseven okta oktavia oktavius oktavía oktavíus okto oktovia
oktovius okturemis okturk októ októvía októvíus oktüremiş okumu okyalaz ola oladare oladele oladimeji oladipo olaf
olafia olafina olafur olajumoke olakunle olalla olanrewaju olansile olasunmbo olav olavi olavia olayinka olca oldag
oldağ oldrich oldřich ole oleg olegario oleksandr oleksiy olena olfert olga olgeir olgerts olgierd oli olimpia
olimpian olimpiu olina oliva olive oliver olivert olivia olivie olivier olivija oliviu olivér oliwer oliwier oll
olle olli olly ollý olnir olof ololade oloo olov olrun oluchi olufemi olufunke olufunmilayo olumide olumorotimi
oluoch olus olusegun oluwadamilare oluwafemi oluwagbemiga oluwakemi oluwamumibori oluwamuyiwa oluwasanmi oluwasegun
oluwaseun oluwaseyi oluwatobi oluwole oluş olveig olver olvir olwen olwethu olympia olívia omaca omair omaira omaja
oman omar omari omeir omer omi omid omina omisha omkaar omobobola omobolanle omodunni omolabake omolara omondi
omosalewa omotara omotayo omotola omotoun omowumi omran omriye omur omya ona onat oncel ondieki ondolfur ondrej
ondřej onel onesmus ongay ongen oni onkar onni onofre onsal onuker onundur onur onurcan onursu onveer onyango onyeka
onyinye oona oonagh opan ophelia ophelie ophélie opiyo opung opwonya oqtay or ora oran oranl oranlı oranna orar
orarinn orarna orazio orberg orbergur orbjorg orbjorn orbrandur orbrun orcin ordis orduxan orelfa orelfur oren
oreofe orestas oreste orey orfelina orfeus orfhlaith orfinna orfinnur orfiye orfriur orgarur orgautur orgeir orgerur
orgestur orgils orgisl orgnyr orgrima orgrimur orgun orgunna orgunnur orgün orhaddur orhalla orhalli orhallur orhan
orhanna orheiur orhildur ori oriana orik orinder oriol orir orjan ork orka orkatla orkell orla orlagh orlaigh
orlaith orlakur orlando orlaug orlaugur orleif orleifur orleikur orlindur orly orlygur ormar ormheiur ormheiður
ormhildur ormour ormundur ormur orn orna ornella ornolfur orny orodda oroddur orolfur orormur ororn orri orsolya
orsteina orsteinn orsteinunn orstina ortak ortansa ortrud ortrun ortwin oruc orunn orur oruç orvaldur orvar orvarur
orveig orvokki orvor orxan oryurek orçin osa osama osamu oscar osha osiyo osk oskar oskari oskars oskár osman osmo
osnat osogo osp ossama ossi ossian ossur osten osunleke osvald osvaldo osvalds osvaldur osvifur oswald oswaldo oswin
otabek otakar otavio otay otfried othmar otieno otilia otilija otis otkatla otkell otmar oto otri otta ottar ottarr
ottavio ottfried otti ottilia ottilie ottmar otto ottokar ottomar ottone ottó otur otylie otávio otília otýlie
otīlija ouanes ouma oussama outi ove over ovidio ovidiu oviya ovun owais owe owen owethu owino owuor oxana oxar
oyenike oyindasola oymak oysha ozakan ozalpsan ozan ozana ozansu ozansü ozaslan ozay ozbay ozbilek ozbilge ozcam
ozdal ozdes ozdil ozdogdu ozel ozerdinc ozertem ozge ozger ozgun ozgur ozinal ozioma ozkent ozkutlu ozlem ozlu
ozokcu ozpetek ozpnar ozsozlu oztek ozturk ozudogru ozy ozyurt oğulbaş oğurata oğuzman oļģerts oľga paavo pabla
pablo paca pachongruk pacifica paco pacífica pada padma padmi padraic padraig padraigh padraigin pahal pai-han
pai-hung pai-jui pai-lin pai-yen pai-yu paige paiman paivi paivikki pak paker pakjira paksu pal pala paldis palesesa
paley palfriur palhanna palheiur palhildur palin palina pall pallavi palle palmar palmey palmfriur palmi palmira
paloma palrun pam pambe pamela pamfil panagachie panagiotis panait panca pancho pandu panfilo pangeran pangestu
panini panji pankaj pankrac pankrác pannawich panya pao-chu paola paoletta paolo par paramita paraschiva paraskevi
pardi paresh paride parin paris parisa parker parman parmes parminder parsa parth parvati parvez parís pasa pascal
pascale pascaline paschal pascual pascuala pasi paskalia pasqual pasquale pastor pastora pat patchaploy patcharaporn
patience patrek patrekur patric patrice patricia patricie patricija patricio patrick patrik patrisia patrisía
patrizia patrizio patru patrycja patryk patrícia pattamon pattapon pattatomporn patty pau paul paul-gerhard
paul-heinz paula paule paulette pauli paulica paulien pauliina paulin paulina pauline paulino paulius paulo pauls
paulína paulīna pauric pavani pavao pavel pavla pavlina pavlína pavol paw pawan pawe pawel paweł payam paye payton
paz paşa peace peadar peader pearce pearl pearse peder pedro pedró peem peer peeter peggy pehlil pei-shan pekka
pekkan pelaji pelayo pelle pellegrino pembesin penelope peng penina peninah penny pentti pepe pepijn pepita pepito
per per-erik per-olof percy peren perinur peris perkasa perla perlita permun pernilla pernille pero perrine perry
pertti pervaiz pesent peta petar pete peter peter-michael peteris peterson petr petra petrana petras petre petrea
petri petrica petrică petrina petrisor petrișor petrona petronela petronella petronila petros petru petrun
petrunella petrus petrut petruta petruț petruța petrína petrónella petrós petrún petrúnella petter petteri petur
peyton phanice phelim phelix phenphitcha phil phileine philemon philip philipp philippa philippe philippine philis
phillip philomena phineas phoebe phoenix phubes phuc phuong phylis phyllis phúc phương pi-chu pi-hsia pi-yun pia
piaras piedad pien pier pierangelo pierce pierette piergiorgio piergiuseppe pierina pierluigi piermaria piero
pierpaolo pierre pierre-yves pierrette piersanti piet pieter pieter-jan pietra pietro piia pijus pilar pili pim
pin-jui pin-yen pin-yu pina ping pintusorn pio piotr piper pippa pirahmet piran piret pirjo pirkko pirmin piroska
pitipat pius pjetur placido plesu pleun pleșu plinio ploy plácido po-wen pol polad polina polly pollý polona polonca
pompeo pompilia pompiliu pomponio poncio pontus pooja popobawa poppy porfirio pornchanok poul pouya povilas praba
prabawa prabowo prabu pradeep prakosa prames pranata pranav pranawa praneel pranit prasert prasetya prasetyo
pratyush pravoslav prayitna prayoga prayogo preben predrag premysl preston pria priit prima primitiva primitivo
prior prisca priscah priscila priscilla priscillah prisha priska priya priyanka profira prokop prudence prudencia
prudencio przemysaw przemyslaw przemysław pría príor puccio puck puji puk pumbaa punhan puntira puput purcek
purificacion purificación purity purwa purwadi purwanto pushti puspa puti putri putu pádraig pál pála páldís páley
pálfríður pálhanna pálheiður pálhildur páll pálmar pálmey pálmfríður pálmi pálrún pálín pálína pánfilo päivi
päivikki pär pål pénélope péter pétrína pétrún pétur pía pío pünhan pürçek pătru pēteris přemysl qaadir qaasim
qabeel qabil qadar qadeer qadi qadim qadir qahtan qaim qais qalib qamar qani qanit qaratel qareeb qarin qaseem qasid
qasif qasim qasm qasım qatadah qawee qay-yoom qays qiang qing qingyun qiyas qori qosqar qoşqar quadir quan quang
qudamah quddoos qudoos queen quentin quincy quinn quinten quinter quinty quique quirino qulam qulu qumru qurban
qusay qushi qutaybah qutb qutub quynh quân quỳnh ra raaghib raagini raahil raakin raamis raamiz raashid raatib rabah
rabar rabb rabbaanee rabbani rabbiye rabea rabecca rabee rabi rabia rabiah rabih rabit racha rachael rachana racheal
rachel rachele rachelle rachid rachida rachit rachita rachèle rada radek radeke raden radha radhee radhika radi
radika radim radit raditya radka radmila rado radomir radomír radosaw radoslav radoslava radoslaw radosław radovan
radovana radu raducu raduz radvile radvilė radúz raed raees rael raewyn raf rafa rafael rafaela rafaella rafal rafan
rafay rafaél rafaël rafał rafee rafeek rafeeq raffael raffaela raffaele raffaella raffaellino raffaello rafi rafia
rafid rafih rafila rafiq rafn rafnar rafney rafnhildur rafnkell rageir raghav ragheb raghib ragna ragnar ragnbjorg
ragnbjörg ragner ragney ragnfriur ragnfríður ragnheiur ragnheiður ragnhild ragnhildur raguel ragúel rahab raharja
rahat rahayu raheel raheem rahel rahildur rahim rahiye rahma rahman rahmat rahmet rahmi rahul raid raihan raija raik
raili raimo raimondo raimonds raimund raimundo raina rainer rainn raisa raissa raivis raivo rajab rajata rajesh
rajeshri rajinder rajko rakel rakesh rakide raksha ralf ralf-dieter ralf-peter ralph raluca rama ramadan ramadhan
ramazan ramesh rami ramid ramil ramin raminta ramiro ramiz ramon ramona ramunas ramune ramunė ramya ramzi ramón
ramóna ramūnas ran rana ranbir randalin randall randalín randi randiur randolf randur randver randy randíður randý
rangga rangi rani rania ranieri ranjit ranka rannva rannveig rannver ranveer raoul raphael raphaela raphaelle
raphaël raphaëlle raquel rares rareș rasa rasheed rashid rashidi rasim rasma rasmus rastar rastislav rasul ratchanon
ratih ratna raul rauno ravarur raven ravi ravinder ravy rawiri ray rayaan rayan rayana rayen rayhona rayla raymond
raymonde raymund rayyona rayén raz razi razvan razı raíssa raúl reagan rebeca rebecca rebecka rebeka rebekah rebekka
rebihat recep recepali reda redmond reece reem reet refet refik refilwe refur regan regina reginald reginbaldur
reginbjorg reginbjörg regine reginn regis regitse regitze regula regulo regína regīna rehaan rehema rehime rei
reidar reidun reifnir reijo reiko reimar reimer reimund rein reina reinald reinaldo reinar reine reinel reiner
reingard reinhard reinhardt reinhart reinhild reinhilde reinhold reinis reino rejane reka rekha reksa relu remazan
rembrandt remedios remi remigio remo remus remy remzi ren rena renaat renan renata renate renato renaud rendy rene
renee rengul rengül reni rens renske renzo renáta rené renée reshoni resi respati restu resulcan reto reuben reva
revathi revza rex rexhep reyansh reyes reyhan reyn reyna reynald reynaldo reynar reyndis reyndís reynheiur
reynheiður reynhildur reynir reyr reza rezin rezzak rfkye rhavi rhian rhianna rhianne rhiannon rhoda rhona rhonda
rhys ria riad rian rica ricarda ricardas ricardo ricards riccardo ricciotti richard richardt richárd rick rickard
rickey ricky rico rida ridhi ridwan rigmor rigo rigoberto rihards riikka riina riitta rik rika rikard rikarur rikey
rikhar rikharur rikharð rikharður rikka rikke riku riley rim rimante rimantė rin rina rinaldo rini rino rinor rio
ripley risalet risasi rishi risper risto rita ritesh ritt ritva rivka riya riyad riza riziki rizki rizky rizvan
ričardas ričards rni roan roar rob robbe robbie robby robert roberta robertas robertina roberto roberts robin
robinson robiya robjorg robyn rocco rochdi rochelle rochus rocio rocío rodah rodel roderich roderick rodger rodgers
rodica rodney rodolfo rodolphe rodrigo rodrigue roee roel roeland rofn rogelio roger rogerio rogers rogn rognvald
rognvaldur rognvar rogério rohaan rohan rohat rohit roise roisin rojnu rojus rok rokas rokkvi roko roksana roland
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
ruairi ruairí ruari rubani rubar ruben rubeyda rubiela ruby rubén rudecindo rudi rudiger rudite rudo rudolf rudolfs
rudolph rudra rudy rudīte ruedi rufina rufino ruggero ruggiero rugile rugilė ruhide ruhiu ruhsat ruhshona ruhugul
ruhugül rui ruixin rukhsana rukia ruknettin rumar rumaysa rumeysa run runa runar rundis rune rungo runhildur runi
runny runný runolfur runólfur rupert ruperta ruperto rupesh ruqayya ruqiya ruri rurik rusen rushil ruslan rusman
rusne rusnė russell rusul rut ruta rute ruth ruthild rutur ruur ruwaihim ruxanda ruxandra ruy ruza ruzena ruzica
ruža ružena ružica ryan ryder rym ryma rymur ryo ryohei ryosuke ryota ryszard ryte rytis rytė rza rán ráðgeir
ráðhildur ráðvarður réginald régine régis régulo réka rémi rémy ríkarður ríkey ríkharð ríkharður rín ríta ríó róbert
róberta róbjörg róisín rólant róman rómeó rómulo rós rósa rósalind rósanna rósant rósar rósberg rósbjörg rósborg
róselía rósenberg rósey rósfríður róshildur rósi rósinberg rósinkar rósinkara rósinkrans rósinkransa róska róslaug
róslind róslinda róslín rósmann rósmary rósmarý rósmunda rósmundur rósný róza rózsa róża röfn rögn rögnvald
rögnvaldur rögnvar rökkvi röskva röya röyal röðull rúbar rúben rúbý rúdólf rún rúna rúnar rúndís rúnhildur rúrik
rúrí rútur rübeyda rüdiger rüknettin rümeysa rüşen răducu răzvan rıfkıye rūdolfs rūta růžena s'fiso sa saabir saad
saadat saadiq saafir saahir saaiq saajid saal saalih saalim saanvi saaqib saar saara saariyah saba sabah sabahat
saban sabar sabari sabas sabatino sabbir sabeeh sabettin sabih sabihe sabil sabin sabina sabine sabiq sabir saboor
sabr sabri sabrina sabrína sabur saburah sabína sabır sac sacha sachi sad sadaka sadan sadao sadaqat sadat saddam
sadeed sadeti sadia sadie sadik sadiki sadina sadiq sadittin sadiye sadman sadq sadıq saeed safari safet safia safii
safina safinaz safir safiri safiya safta safura safír saga sagcan sagt sahat sahdiye sahgul sahil sahin sahinbey
sahinder sahir sahlar sahmar sahmettin sahnaz sahnuray sahra sai said saida saidi saiful saim saima sair sairah
saire saka sakari sakarias sakarías saki sakina sakip sakir saksham sakshi sakti sakura salah salami salbjorg
salbjörg saldis saldís saleh salgerur salgerður sali salih salim salima salimah salimet salin salina salka salkn
salkın sally salma salman salmann salmar salny salný salohiddin salome salomea salomey salomon salomé salomón
salsabila salud salurbay salvador salvar salvatore salvi salvor salvör salwa salín salína salóme salómon sam samahat
samaksh samama samandar samanta samantha samar samarth samesh sami samiah samiha samil samina samir samira samiya
sammy samo samson samsul samu samuel samuele samuli samurtay samuël samwel samweli samxal samy samúel sana sanavber
sanaya sancak sancar sancho sanda sandalio sandeep sandel sander sandi sandile sandis sandor sandra sandri sandrine
sandro sandu sandur sandy sanela sang-woo sangeetha sangwoo sani sanije sanita sanja sanjar sanjay sanl sanna sanne
sanni santa sante santeri santia santiago santino santos santía sanur sanya sanziana sançar saoirse saood sapa
saphira sara sarabi sarafina sarah sarah-jane sarah-louise sarai sarcabay sardor sargn sargın sari sarina sarita
sarka sarlota sarmite sarmīte sarpkn sarpkın sarthak sarunas sarunporn sarvan sarvar sarvesh sarvinoz sarya sarína
sarıcabay sasa sascha sasha saskia saso sata sathvik satnam satomi satoshi satrettin satu saturnina saturnino satya
satıa saul saulius saumu saumya saundra sauti sava savak savannah saverio saveta savina savita savki savni saxi
sayaka sayal sayalı sayan saydam saygn saygın sayin sayn sayrak sayuri sayın sazime saçı saïd saúl sağcan sağıt saša
sašo sberg sbergur sbjorg sbjorn sbjort sborg scarlet scarleth scarlett scarlette scot scott sdis seamus sean
sean-paul seana seanan seaneen seanna sebastiaan sebastian sebastiano sebastiao sebastien sebastijan sebastián
sebastião sebastjan sebastían sebattin sebigul sebigül sebla seblâ secgul secme seda sedat sedife sefania sefanía
sefer sefi sefiye segilola segismundo segun segundo seha sehamet sehel sehreban sehza seif seifur seija seimur sejda
sekim selaheddin selale selam selatin selcan selcen selcuk selena seler selim selime selin selina seline selja selka
selma selmin selvi selâtin selçuk sem semat semender semenica semine semir semra semrin semsettin semsinisa sena
senad senan sencar sendogan senia seniha senkal senn senna senne sennur senol senta senía seo seo-jun seo-yeon
seo-yun seojun seona seosamh seoyeon seoyun sep sepp seppe seppo septi septima septíma sequoia sera seracettin
serafeddin serafin serafina serafín serah seraina serban serda seref sereina serena serezli serfinaz serge sergei
sergej sergey sergio sergiu sergius serhatmehmet serhiy serine serkan serma serman sernur serol serpil servac server
servinaz servác sesar seselia seselía sesil sesilia sesilía sessa sesselia sesselja sesselía sessilia sessilía seth
setya seun seung-woo seungwoo sevara sevcan sevdi sevdinar seve sever severiano severin severina severine severino
severo severín sevgen sevginur sevican sevil sevim sevinc sevinch sevindik sevket sevketfeza sevla sevsevil seyda
seydo seye seyfulla seyfullah seyhan seyithan seymur seyran seyyide sezal sezen sezginbas sezginbaş seán seçgül
seçme sfinna sfriur sgerur shaban shabnam shadrack shafiq shahid shahina shahnoza shahram shahriar shahriyor shahzod
shahzoda shai shaima shakila shakira shalini shamsuddeen shan shana shane shani shania shanice shanna shannan
shannen shannon shari sharlene sharmila sharon shaun shauna shauneen shaurya shawana shawn shawna shay shayne shea
sheamus sheela sheelagh sheena shehu sheila sheilah sheilla sheillah shekoni shelby shelia shelley shelly shem
sheng-hsiung sheree sheri sherri sherry sheryl shida shiela shih-chang shih-han shih-ming shildur shinead shiori
shira shireen shirin shirley shivani shivansh shlomo shmuel sho shoaib shohei shohjahon shohrux shona shota shpresa
shqipe shravya shreya shruti shu-chen shu-ching shu-chuan shu-fang shu-fen shu-hua shu-hui shu-ling shu-mei shu-min
shuang shukrona shun shuyi si sia sian siavash sibel sibilla sibille sibonelo sibongile sibusisiwe sibusiso sibylla
sibylle sidar siddharth side sidiq sidki sidonia sidónia siebe siegbert siegfried sieghard sieglinde siegmar
siegmund siegrid siegried siegrun siegward siem sien siena sienna sierra sif sifa sifuna sigbergur sigbert
sigbjartur sigbjorn sigbjörn sigdis sigdor sigdora sigdís sigdór sigdóra sigfastur sigfinnur sigfreur sigfreður
sigfri sigfrid sigfrido sigfried sigfriur sigfríð sigfríður sigfus sigfús sigga sigge siggeir siggerur siggerður
sighvatur sigismund sigita sigjon sigjón siglaugur siglinde sigmann sigmar sigmund sigmunda sigmundur signa signar
signe signhildur signy signý sigor sigora sigri sigrid sigrikur sigriur sigrun sigruur sigríkur sigríður sigrún
sigsteinn sigtryggur sigtyr sigtýr sigur sigura sigurast sigurasta sigurbaldur sigurbara sigurberg sigurbergur
sigurbirna sigurbjarni sigurbjartur sigurbjorg sigurbjorn sigurbjort sigurbjörg sigurbjörn sigurbjört sigurborg
sigurbrandur sigurbára sigurd sigurdis sigurdor sigurdora sigurdrif sigurdrifa sigurdríf sigurdrífa sigurdís
sigurdór sigurdóra sigurey sigurfinna sigurfinnur sigurfljo sigurfljóð sigurgeir sigurgeira sigurgestur sigurgisli
sigurgrimur sigurgrímur sigurgísli sigurhanna sigurhans sigurhelga sigurhildur sigurhjortur sigurhjörtur sigurjon
sigurjona sigurjón sigurjóna sigurkarl sigurlas sigurlaug sigurlaugur sigurleif sigurleifur sigurlii sigurlilja
sigurlin sigurlina sigurlinn sigurlinni sigurliði sigurlás sigurlín sigurlína sigurmann sigurmar sigurmon sigurmunda
sigurmundur sigurnanna sigurnyas sigurnyjas sigurnýas sigurnýjas siguroddur siguroli siguror sigurora sigurosk
sigurpall sigurpáll sigurros sigurrós sigursteina sigursteinn sigursveinn sigurunn sigurur sigurvaldi sigurveig
sigurvin sigurvina sigurást sigurásta sigurða sigurður siguróli sigurósk sigurþór sigurþóra sigvaldi sigvard
sigvarur sigvarður sigyn sigþrúður sigþór sigþóra sihawukele siim siiri sijuade siku sil sila silan silanur silas
sile silfa silfrun silfrún silfá silja silje silka silke silla sille silli silondile silva silvan silvana silvano
silvester silvestre silvestro silvia silvian silviana silvie silvija silvio silviu silvo silvía sima simao simas
simber sime simen simeon simi similoluwa simina simion simisola simiyu simo simon simona simonas simone simonetta
simonia simonne simphiwe simphiweyinkosi simran simten simão simón sina sinaida sinan sinasi sindre sindri sindy
sine sinead sini sinica sinică sinikka sinisa siniša sintija sinéad siobain sioban siobhain siobhan siofra sione
siper siphesihle sipho sir sirac sirap siri sirin siriporn sirivan sirje sirkka sirnir siro sirpa sirra sirry sirrý
sirus sirzad sisi siska sisko sissel sita sithembiso siti sitiwat sittik sittikorn siv sivar sivert sixten sixto
siya siyabonga siyu sizwe sjafnar sjoerd sjofn sjöfn skafti skaidrite skaidrīte skapti skarpheinn skarpheiur
skarpheiður skarphéðinn skefill skeggi skender skii skirnir skjoldur skjöldur skolastika skorri skr skringur skugga
skuggi skula skuld skuli skulina skuta skye skyla skylar skær skæringur skírnir skíði skúla skúli skúlína skúta sla
sladjana slamet slaug slaugur slava slavena slavica slavisa slavka slavko slavomir slavomira slavomír slavomíra
slavěna slawomir slobodan sláva slávka smann smaranda smari smilte smiltė smith smiur smiður smunda smundur smyrill
smári snbjartur snbjorg snbjorn snbjort snborg snbra sndis sneha sneider snezana snfriur snholm snjafriur snjaka
snjezana snježana snjofriur snjoki snjolaug snjolaugur snjolfur snjáfríður snjáka snjófríður snjóki snjólaug
snjólaugur snjólfur snlaug snlaugur snor snorra snorri snot snr snringur snros snrun snvar snvarr sny snæbjartur
snæbjörg snæbjörn snæbjört snæborg snæbrá snædís snæfríður snæhólm snælaug snælaugur snær snæringur snærós snærún
snævar snævarr snæþór snót so-yeon socorro soffanias soffanías soffia soffía sofi sofia sofiane sofie sofija
sofonias sofus sofía sohel sohret sokmen sokrates sol sola solange solberg solbergur solbjartur solbjorg solbjorn
solbjort solborg solbra solbrun soldis soldogg sole soledad soleh solene soley solfriur solgerur solhildur soliha
solimann solin soline solkatla sollilja solma solmar solmaz solmundur solny solomon solon solros solrun solva solvar
solveig solvej solver solvey solvi solvin solvina solvita solvor solène somadina somchai sompong somsak somto
somtochukwu sona sonad sonata sondre songul songurkan songül sonia sonja sonke sonnur sonny sonný sonya soo-ah sooah
sophanias sophanías sophia sophie sophie-louise sophie-marie sophus sophy sor soraia sorana sorawut soraya sorcha
soren sorin sorina sorli sosimo sota sotaro souad soufiane souma soumia sowande sowmya soydaner soyeon soykan soykut
soyler soyselcuk soyselçuk sozer soňa spartakus spela spencer speranta speranța sphiwe spoi spori sporði spyros spói
sr srecko sren srečko sri sridhar srikanth srine srinivas srinivasan sros srriye srun ss ssol ssu-yu stacey stacie
stacy staffan stan stana stanca stancu stanisaw stanislaus stanislav stanislava stanislavs stanislaw stanisław
stanka stanko stanley stapi starkaur starkaður starri stavros stavroula staņislavs steen stef stefaan stefan stefana
stefani stefania stefanie stefanija stefanny stefano stefanía steffen steffi stefica stefka stefnir stefán stefánný
stein steina steinar steinarr steinberg steinbergur steinbjorg steinbjorn steinbjörg steinbjörn steinborg steindis
steindor steindora steindís steindór steindóra steiney steinfinnur steinfriur steinfríður steingerur steingerður
steingrimur steingrímur steinhildur steini steinkell steinlaug steinmann steinmar steinmour steinmóður steinn
steinolfur steinor steinora steinros steinrour steinrun steinrós steinröður steinrún steinunn steinvarur steinvarður
steinvor steinvör steinólfur steinþór steinþóra stela stelian steliana stella stellah stellan steluta steluța sten
stepan stepanka stephan stephane stephanie stephany stephen stephene sterre steve steven stewart stian stien stig
stigheiur stigrun stigur stijn stilla stina stine stirnir stiven stjarna stjepan stojan stormur storolfur stuart
sture sturla sturlaugur sturri styr styrbjorn styrbjörn styrgerur styrgerður styrkar styrkár styrmir styrr stéphan
stéphane stéphanie stígheiður stígrún stígur stína stórólfur su-bin su-chen su-chin su-ching su-chu su-lan suat
suayp subhan subin subomi subutiye sucaettin suci suda sudi sudiksha sue sugra suha suhani suheyda sukhwinder sukri
sukru sukufe sukur sula suleiman suleyla suleyman sulhi sultan sultane sumarlii sumarlina sumarliði sumarlína
sumarros sumarrós sumaya sumayya sumayyah sumerya sumeyye sumit summer sun-hee sunay sune sunel suner sung-min
sungara sungmin sunhee sunil sunita sunn sunna sunnefa sunneva sunniva sunníva supasit supasita suphi surachai suraj
suresh surya susam susan susana susanita susann susanna susannah susanne suse susen susi sussanne sussie suus
suvakit suvari suvi suwijuk suzana suzanna suzanne suze suzer suzette suzy suğra svafa svafar svafnir svala svald
svaldur svali svalrun svalrún svan svana svanberg svanbergur svanbjorg svanbjorn svanbjort svanbjörg svanbjörn
svanbjört svanborg svandis svandís svaney svanfriur svanfríður svangeir svanheiur svanheiður svanhildur svanholm
svanhvit svanhvít svanhólm svani svanlaug svanlaugur svanmundur svanor svanros svanruur svanrós svante svanur
svanþrúður svanþór svar svarr svatopluk svatoslav svava svavar svea svein sveina sveinar sveinberg sveinbjartur
sveinbjorg sveinbjorn sveinbjörg sveinbjörn sveinborg sveindis sveindís sveiney sveinfriur sveinfríður sveingerur
sveingerður sveinhildur sveinjon sveinjón sveinlaug sveinlaugur sveinmar sveinn sveinor sveinros sveinrun sveinrós
sveinrún sveinsina sveinsína sveinungi sveinveig sveinþór sven sven-erik sven-olof svend svenja svenning sverre
sverrir svetlana svetozar svetozár svin svolnir svor svorfuur sváfnir svätopluk svölnir svörfuður světlana swala
swaleh swantje swati swen swetlana sx syahrini sybilla sybille sydney sylgja sylhan sylivia sylke sylva sylvain
sylvaine sylvana sylvere sylvester sylvia sylviane sylvianne sylvie sylvio sylvère sylvía sylwia synnve synnøve
syrus sys szabolcs szilard szilveszter szilvia szilárd szymon sándor sára sânziana sæberg sæbergur sæbjörg sæbjörn
sæbjört sæborg sædís sæfinna sæfríður sæhildur sæi sælaug sælaugur sæmann sæmunda sæmundur sæný sær særós særún
sæsól sæunn sævald sævaldur sævar sævarr sævin sævör sæþór séamus sébastien sérgio séverin séverine sía sílvia símon
símonía sírnir sírus sísí síta sívar sófus sófónías sókrates sól sóla sólberg sólbergur sólbjartur sólbjörg sólbjörn
sólbjört sólborg sólbrá sólbrún sóldís sóldögg sóley sólfríður sólgerður sólhildur sólimann sólkatla sóllilja sólmar
sólmundur sólný sólon sólrós sólrún sólveig sólver sólvin sólvör sólín sónata sónia sökmen sölmundur sölva sölvar
sölvey sölvi sölvína sönke sören sörli söyler sözer søren sørine søs súla súsan súsanna sübhan sücaettin süha
süheyda sükrü süleyla süleyman sümerya sümeyye süner süsen süvari süzer sýrus sıla sırriye sıylıhan ta-tanisha
taahaa taahir taaj taalib taamir taanish taariq taban tabassum tabea tabish tabita tabitha taciddin tacnur tadas
tade tadeas tadeen tadej tadeja tadeo tadeusz tadeáš tadhg tae-yang taeyang tafadzwa tafazal tagangul tagangül tage
taha tahaw-wur tahawwur taheem tahir tahlia tahmaseb tahmeed tahmid tahmina tahoor tahseen tai taial taichi taimur
taina taine taisir taisto taiwo taj taja tajammal tajammul tajudinn tajus takashi takatifu takuma takumi takuya tal
tala talal talat talayer talb talha talhah tali talia talib talibe talía talıb tama tamam tamanna tamar tamara tamas
tamasa tamati tamaydn tamaydın tamaşa tambika tami tamilla tammie tammy tamu tamás tan tanak tanay tanbay tandogdu
tandoğdu tandri tane taneli tangaroa tangul tanguy tangül tanhan tania tanimu tanish tanja tanmayi tanner tanpnar
tanpınar tanr tanses tansev tansg tansığ tantri tanveer tanvi tanvir tanya tanyolac tanyolaç tanyu tanía tanır tao
tapani tapio tara tarak taranc tarancı taras tarek tarfaan tarfur tari tarik tariq tariyel tarja tarmo taro tarts
tartış taru tarun tarzicius tarzícius tasar tasdik tasha taskan tasnim tassilo tasvir taswir tatenda tatiana tatjana
tatsuya tatu tatyana taufan taufik tauno tautvydas tawkeel tayaydn tayaydın taygan tayla taylak taylor tayyibe
tayyip taçnur taşar taşkan tea teber tecimer tecla ted teddy tedi teea teemu teerth teetat tegan teguh teija teitny
teitný teitur teja tejas tejinder tejs tekbay tekecan tekiner tekla teknaz teksoy telemaco telim tellervo telma
telman telmo telse temidayo temime temir temirhan temistocle temitope temizkal temucin temuçin tendai tenis tenvir
tenzin teo teobaldo teodor teodora teodoro teodors teodosia teodosio teofil teofila teofilo teohari teona tera
tercan tere terence teresa terese teresia teresiah teresita teresía terez tereza terezia terezija terhi terina terje
terlan tero terrance terrence terri terry terttu teréz terézia tesfaye tess tessa teun teuta teuvo tevs teybet
teymur teymuraz teymurcin teymurçin tezcan tezol teófila teófilo thabani thabisa thabisile thabiti thabo thaddaus
thaddeus thaddäus thais thalente thales thalia thanatcha thanawat thandazile thandeka thandi thandiwe thando thanh
thanos thao thaís thea theda thekla thelma themba thembeka thembekile thembile thembisile theo theobald theodoor
theodor theodora theodore theodoro theodoros theodór theodóra theophil theophile theres theresa therese theresia
therése theódór theódóra thi thiago thiare thibaud thibault thibaut thibo thierry thies thijmen thijn thijs thilo
thinh thinhinane thom thomas thomás thor thoralf thorben thorberg thore thorsten thu thulani thuo thure thuthukile
thuy thành théa théo théodore théophile thérèse thór thảo thịnh thủy tia tiago tian tiana tianyu tiara tiare tiarna
tiarnan tibe tiberia tiberiu tibo tibor tibra tiburcio ticen tichomir tichomír tiegan tien tiernan ties tiffany
tigin tigist tiia tiina tiit tiiu tijl tijmen tijn tijs til tilda tilde tilen till tillmann tilly tilman tilmann
tilo tim timbul timea timeo timi timm timmy timo timon timotei timotej timoteo timoteus timothee timothy timothée
timur timurtas timurtaş timéo tina tinashe tinca tincuta tincuța tindar tindra tindri tindur tine tineke ting tinna
tinne tinni tino tira tirdad tirsa tirta tirtayasa tirza tisa tishk tistran titas titi titilayo titin tito titus
tivadar tiziana tiziano tiğin tiến tjaldur tjandra tjasa tjaša tjorfi tjorvi tjörfi tjörvi tnal toan tobias tobiasz
tobiáš toby tobías tochukwu todd todda todor todsawun tofiq togan togrul toi toivo toka toker toki tokoz toktug
toktuğ tokunbo toköz tola tolga tolli tolonbay tolu tolulope toluwanimi tom toma tomas tomasa tomasz tomaz tomaž
tome tomi tomislav tommaso tommi tommy tomo tomoko tomori tomoya tomris toms tomurcuk tomàs tomás tomáš tomé tone
tonguc tonguç toni tonia tonicha tonino tonje tonni tonny tono tonu tony tonya toomas toon tope topias topuz tor
tora toralf torben torbjorg torbjorn torbjrn torbjörg torbjörn torbjørn tord tore torel torfey torfheiur torfheiður
torfhildur torfi torgny torhan tori toribio torill torquato torsten tory tota tova tove tovuz toy toàn toño toğan
toğrul tracey traci tracie tracy traian trang transito traude traudel traudl traugott trausti traute travis treacy
treasa trent trevor tri tricia triin trina trine trini trinidad trinity triona tripti tristan tristana tristán
triveni triya troels trond trong trostan troy tru trude trudel trudi trumann trung tryggva tryggvi tryggvina
tryggvína tránsito trí trú trúmann trīne trọng tshepo tsubasa tsuma tsung-han tsung-hsien tsung-lin tsung-ming tuan
tuana tuba tudor tudora tudorita tudorița tudosia tuere tufani tugcan tugce tugiman tugrulhan tugtas tui tuija
tukelalp tukufu tulay tule tulia tulin tulio tullio tulun tumas tumelo tumer tumi tumkurt tunahan tunar tuncboga
tunchanok tuncklc tunde tung tunguc tunguç tunji tunradee tunçboğa tunçkılıç tuomas tuomo turabi tural turan turcan
turcein ture turgut turid turkalp turkan turkmen turknur turlough turvi turxan tutkucan tutkun tutu tuukka tuula
tuuli tuulia tuulikki tuur tuva tuyet tuyug tuyuğ tuzeer tuzenur tuğcan tuğrulhan tuğtaş tuğçe tuấn twan tycho tygo
tyla tyler tymon tymoteusz tyr tyra tyrfingur tyrone tyson tzu-chen tzu-ching tzu-en tzu-han tzu-hao tzu-hsiang
tzu-jui tânia téo tía tíbrá tímea tími tímon tímoteus tímóteus tína tístran tóbías tóbý tói tóka tóki tómas tór tóta
tõnu törel tùng tükelalp tülay tülin tümer tümkurt tünde türabi türcan türkalp türkan türkmen türknur tüzeer tüzenur
týr týra tınal ubaadah ubadah ubaid ubaidah ubaldo ubay ubayd ubaydullah ubbi uberlinda uberto ubeydullah ubika uc
ucan ucbeyi ucchal ucgul uche uchenna uchita uda udant udarsh uddi udeen udeera udo udoka udyati ueli ufa uffe
ufukay ugan uge uggi ugla ugne ugnė ugo ugolino ugur ugurkan ugurtan uhban ujamaa ujunwa ukasz ula ulakbey uldis
ulduz ulf ulfa ulfar ulfat ulfdis ulfet ulfey ulfgeir ulfheinn ulfheiur ulfhildur ulfkell ulfljotur ulfrun ulftyr
ulfur uli ulises ulke ulkudes ulkum ulla ulla-britt ulle ullrich ulrica ulrich ulrik ulrika ulrike ultan ulu uludag
uludağ ulugbey uluman ulutay uluğbey ulva ulvi ulya uma umaarah umair umande umang umar umay umaya umberto umesh umi
umid ummahan ummahani umman ummet ummuhan umoja umray umusan umut umutcan umuşan una unai unal undina undine undína
unek unggul uni unjani unlen unna unnar unnati unnbjorg unnbjorn unnbjörg unnbjörn unndis unndor unndís unndór unni
unnor unnsteinn unnur unnþór uno unsever unubol uolevi upadhriti upasna upik upkaar upma ura uraltay urania uranus
urar urbain urban urbano urfan urfettin urhan uri urica uriel urishilla uriur urmas urmi uro uros uroš urper urrab
urs ursa ursel ursina urska ursula urszula urte urur urvashi urvi ury urðar urður urša urška uršuľa usame uschi usha
ushan ushindi usiku usman usmon ustun usyi uta utama ute utkarsh utkucan utz uwe uxi uyanser uygun uzbay uzer uzeyir
uzima uzma uzsoy uçan uçbeyi uğan uğur uğurkan uğurtan vacibe vaclav vadim vafir vagn vagna vagnbjorg vagnbjörg
vagnfriur vagnfríður vahar vahid vahittin vaida vaidas vaino vaishnavi vajen vajèn vaka vakare vakarė vakris vakur
vala valary valberg valbergur valbjorg valbjork valbjorn valbjort valbjörg valbjörk valbjörn valbjört valborg
valbrandur valda valdemar valdheiur valdheiður valdi valdimar valdis valdor valdís valdór valeh valentijn valentim
valentin valentina valentine valentino valentinus valentín valentína valentínus valentīna valer valere valeri
valeria valerie valerij valerija valerio valeriu valero valery valería valeska valey valfriur valfríður valgar
valgarur valgarð valgarður valgeir valgera valgerur valgerða valgerður valhildur vali valiant valid valija valka
vallary vallaur vallaður vally vallý valmar valmundur valny valný valon valor valros valrun valruur valrós valrún
valsteinn valter valtteri valtyr valtýr valur valva valves valy valère valèria valér valéria valérie valéry valíant
valý valþrúður valþór vamakshi van vanda vanesa vanessa vania vanja vansha vanya vapni vaqif var varenya vargn
vargın varlk varlık varmar varr varsha varun varvara vasana vasanthi vasare vasarė vasatika vasco vasif vasil vasile
vasilica vasilică vasiliki vasilis vasily vassilios vasudha vasyl vatnar vaughan vavrinec vaysal vazeh vebjorg
vebjorn vecide veda vedant vedat vedhika vedika vedis vedran veena veer veera veerle veeti vefia vega vegard vegeir
vegerur veig veiga veigar veigur veijo veikko veis veit vejune vekell velaug velaugur veli velitdin vello velma
velta vemundur venancio venceslas venceslás vendela vendelin vendelín vendula venera veneranda veniamin venkat
venkatesh venla venus veny ver vera verde verena verim vermundur verner verneri vernhar vernharur vernharð
vernharður vernon vero veronica veronicah veronika veronique verónica verónika veróníka vesa vesna vestar vesteinn
vestmar veta vetrarros vetrarrós veturlii veturliði vezat vezrife viar vibeka vibekka vic vicenta vicente vicentia
vicentiu vicenția vicențiu vicki vickie vicky victoire victor victoria victoriano victorine victorino victoría
victória vid vida vidadi vidal vidar vide vidhi vidya viera vieroslava viesturs vif vifill vigdis vigdogg vigdís
vigfus vigfús viggo viggunnur viggó vigilija viglundur vigmar vigmundur vignir vigny vigný vigo vigor vigri
vigsteinn vigtyr vigtýr vigur vihaan viir viivi vija vijay vikar vikas viking vikingur vikram viktor viktoria
viktorie viktorija viktors viktoría viktória vilberg vilbergur vilbert vilbjorn vilbjörn vilbogi vilborg vilbrandur
vildane vilde vildis vildís vilem vilfriur vilfríður vilgeir vilgerur vilgerður vilgot vilhelm vilhelmiina
vilhelmina vilhelmína vilhjalmur vilhjálmur vilho vili viliam vilis vilius viljami viljar viljem vilji viljo villa
villads ville villi villimey vilma vilmar vilmer vilmos vilmundur vilnis vilny vilný vilte viltė vilums vilém vimala
viman vinay vinaya vinbjorg vinbjörg vince vincenc vincent vincentio vincentiu vincenza vincenzo vincențiu vinciane
vineta vinh vinicio vinicius vinjar vinko vinny vinný vino vinsen vinsy vinsý vinzenz vinícius viola violet violeta
violetta violette viorel viorela viorica virag viraj virgilio virgill virginia virginie virginía viridiana virman
virpi virág visa visar visarion vishal visitacion visitación visvaldis vit vita vitali vitalija vitalis vitazoslav
vitezslav vito vitor vitoria vittoria vittorio vitus vitória viv vivaan vivek viveka vivi vivian viviana viviane
vivianne vivien vivienne viðar viðja viļums vjekoslav vjollca vlad vladelina vladimir vladimira vladimír vladimíra
vladislav vladislavs vlado vlaicu vlasta vlastimil vli vlora vlădelina voggur voichita voichița voicu vojtech
vojtěch voldemars voldemārs volkan volker volkhard volkmar volodymyr volundur von voney vopni vordis vordís vorm
vorur vottur vratislav vratko vreneli vrinda vrishti vritti vuokko vuqar vurgun vurğun vusal vusumuzi vy vyanjana
vytautas vyte vytė václav váli vápni vár vâlâ vân väinö vébjörg vébjörn védís végeir végerður vékell vélaug vélaugur
vémundur véný véronique vésteinn víbekka víctor víf vífill vígdögg víggunnur víglundur vígmar vígmundur vígsteinn
vígþór víkingur vísa vít vítor vítězslav víðar víðir víóla víóletta víťazoslav vöggur völundur vörður vöttur vüqar
vüsal vėjūnė věra waahid waail waajid waceera wachira wade wadee wadi wadood wafa wafaa wafae wafeeq wafi wafiq
wafula wage wahab wahb wahban waheed wahhaab wahhaaj wahyu waida waimarie wainaina wairimu wakeeta wakiman walburga
waldemar waldo waldtraut wale waleed walentina walfried walid walli wally walt walter walther waltraud waltraut
waltrud waluyo wamalwa wambua wambugu wambui wamwema wan-ting wanda wangari wangila wangui wani wanja wanjala
wanjiku wanjiru wanjohi wannes wanyama wanyonyi waqar ward warda wardaya wardi warhi waridi warinder warjas warji
warre warren warrick warsa warsita warta warwick waseme washington wasin wasis wassaya wassim watika wawan waweru
wayan wayne wazir weddy weena wei wei-ting weijie weiming wekesa weldon wen-chang wen-cheng wen-chieh wen-chin
wen-chung wen-hsiang wen-hsien wen-hsiung wen-hua wen-lung wen-pin wenceslao wenche wencke wendelin wendolin wendy
wenhao wenjun wenke wenzel wera werner weronika wesley wesonga wessel whitney wibke widisha widya wiebke wieland
wieslaw wigbert wikitoria wiktor wilber wilder wilfred wilfredo wilfrido wilfried wilfriede wilhelm wilhelmina
wilhelmine wilhelmus willard wille willem willfried willi william williams willian willibald willibert willie willis
willow willum willy wilma wilman wilmar wilmer wilson wiltrud wim winda winfred winfried winifred winni winnie winny
winona wira wirda wiremu wishi wisnu witold wladimir wojciech woldemar wolf wolf-dieter wolf-dietrich wolf-rudiger
wolf-rüdiger wolfgang wolfhard wolfram wout wouter wriddhish wridesh wu-hsiung wulan wulf wuraola wyatt wycliff
wycliffe wálter xabier xalak xalid xaliq xamis xanana xander xankisi xankişi xanlar xanm xanthippe xanım xaver xavi
xavier xenia xia xiaohong xiaohui xiaojun xiaoli xiaoling xiaomei xiaoming xiaowei xiaoyan xiaoyu ximena xin xinyi
xinyu xiomara xiti xiulan xiuying xobeen xolid xosrov xuan xudaverdi xudayar xudu xue xueying xumar xuân xénia
ya-chu ya-hui ya-ling ya-ping ya-ting ya-wen yaa yaakov yaaseen yachana yacine yada yadavi yadid yadigar yadira yael
yafi yafir yaghnam yagn yagnesh yago yagzkurt yahia yahsi yahsikan yahvi yahya yahyaa yahyo yahşi yahşikan yair
yaiza yakobo yakubu yalazabay yalcn yalgn yalgın yaln yaltrak yaltırak yalçın yalın yaman yamar yamato yameen yamid
yamile yamilet yamin yamini yan yana yanan yanara yance yanet yaneth yang yani yanick yanik yanina yanira yanis
yanisa yank yankı yann yannic yannick yannik yannis yanting yaqeen yaqoot yaqub yar yara yared yarg yargı yaritza
yaroslav yasaar yasan yasar yasattin yaseen yasemen yasemin yash yashasvi yashawini yashem yashica yashoda
yashodhara yashvi yasin yasina yasinta yasir yasmin yasmina yasmine yasmín yasna yasser yassin yassine yasti
yasuhiro yatan yathrib yatin yauvani yavuz yaw yawar yawer yayak yazan yazeed yazganalp yazgul yazgül yazmin yazmín
yağın yağızkurt yaşar yaşattin yda ye-rin yecid yeferson yehuda yeimy yeison yejide yekaterina yekbun yekda yelena
yelesen yemi yen yen-ting yeneral yeni yenifer yenny yeny yepelek yeraz yergha yerin yerko yerson yertan yesenia
yesica yesid yesil yesoob yessenia yessi yessica yetisal yetişal yetunde yevgeny yewande yeşil yfke yi yichen yifan
yigit yilmaz yiming yina yindi yineth ying yinthe yiran yitzhak yixuan yja yldr yldz ylenia ylfa ylfur ylja ylma
ylur ylva ylvi ylvie yma ymir yngvar yngve yngvi ynja yoan yoann yoav yocelyn yochana yoga yogesh yohan yohana
yohane yoichi yoko yolal yolanda yolande yolima yonas yonatan yonathan yonetmen yong yono yordan yoruc yoruç yosef
yoselin yoshiko yoshita yosma yosuke youba youcef younes young-ho youngho youri yousef yousra youssef yrar yri yrja
yrjo yrjö yrkill yrnir yrr yrsa ysaline ystein yu yu-chen yu-chin yu-en yu-fei yu-feng yu-hsiang yu-hsuan yu-lan
yu-ling yu-mei yu-ting yu-tung yu-ying yucel yucelen yudi yudy yue yueh-o yueh-tung yueh-ying yug yuhan yui yuka
yuki yuko yuli yulia yuliana yulieth yuliya yuly yuma yumi yumiko yumun yun yun-fei yuna yung-chang yung-ching yuni
yunis yunita yunt yunus yuqi yurani yurany yurdanur yurdaser yureed yuri yuridia yurii yuriko yurtguven yurtgüven
yurtseven yurttas yurttaş yury yusif yusra yussuf yusuf yusuke yuta yutika yuting yuto yutong yuvraj yuxuan yvan
yves yvette yvind yvon yvonne yyub yésica yéssica yönetmen yücel yücelen yümun yıldır yıldız yılma yến zaafir zaahid
zaahir zaakir zabir zablon zac zacarias zacarías zach zacharia zacharias zacharie zachary zack zackariya zaeem
zaenab zafar zafeer zafir zafrul zahaar zaharia zaheer zahfer zahi zahid zahir zahnya zahra zahri zahro zahrun zahur
zaib zaid zaida zainab zainabu zaira zaitra zaituni zak zakaria zakarias zakariya zakariyo zakaría zakarías zakayo
zakhele zakir zakiyaxon zalan zaliha zalindra zalán zaman zamfir zamfira zamin zamiq zamir zamira zan zane zanele
zaneta zanis zansi zara zarar zaraza zarina zarna zashil zauqi zaur zawadi zaweel zayan zayd zayed zaynab zayyan
zayyir zbigniew zbynek zbyněk zdenek zdenka zdenko zdeněk zdeňka zdislava zdravko zdzislaw zebirce zeferino zehaan
zehnia zehra zehranur zejna zekayi zeki zelaya zelda zelha zelie zeljka zeljko zelma zelmira zemfira zemyna zemzem
zende zenia zennun zeno zenobia zenon zenovia zenta zenzele zenzile zerafet zerdad zeride zev zevlude zevlüde zewad
zeynal zeynelabidin zeynep zeyno zeynulla zhang-wei zhanna zhen zhenyu zhi zhihao zhiqiang zhiwei zhixin zhou zhuo
ziba zibuyile ziedonis ziga ziggy zigmund zigrida zigrīda zihan zihao zihni zikmund zikora zilfa zilmil zimran zina
zinal zineb zinhle zinnura zinnure zion zipporah zita ziv ziva zivile zixuan ziya ziyaettin ziyi zizi zlatica zlatko
zodwa zoe zoey zofia zofie zofija zohrehan zoila zoja zoltan zoltán zophanias zophanías zophonias zophonías zora
zoraida zoral zoran zorica zorka zoya zoé zoë zsanett zsigmond zsofia zsolt zsombor zsuzsanna zsófia zuba zubair
zubayr zubeyde zufer zuheyla zuhri zulaikha zulbiye zulema zuleyxa zulfa zulfuye zulgarni zulma zumaridi zumre
zumrud zunilda zuri zuwayhir zuwena zuzana zuzanna zvonka zvonko zwatie zygimantas zélie zóphanías zóphonías
zöhrehan züfer züheyla zülbiye züleyxa zülfüye zülgarni zümre zümrüd ábel ádám áfrica ágata ágatha ágnes águeda
ágúst ágústa ágústína áki ákos álex álfar álfdís álfey álfgeir álfgerður álfgrímur álfheiður álfhildur álfrós álfrún
álfsól álfur álfþór álvaro ámbar ámundi ángel ángela ángeles ánh árbjartur árbjörg árbjörn árbjört árdís árelía
árelíus árgeir árgils árlaug ármann ármey árna árndís árney árnheiður árni árnína árný áron árpád ársæl ársæll ársól
árveig árvök áróra árún árþóra ása ásberg ásbergur ásbjörg ásbjörn ásborg ásdís ásfríður ásgautur ásgeir ásgerður
ásgils ásgrímur áshildur ási áskatla áskell ásla áslaug áslaugur ásleif áslákur ásmar ásmundur ásný ásrós ásröður
ásrún ást ásta ástbjörg ástbjörn ástbjört ástdís ástfríður ástgeir ástgerður ástheiður ásthildur ástmar ástmundur
ástráður ástríkur ástríður ástrós ástrún ástvald ástvaldur ástvar ástveig ástvin ástþrúður ástþór ástþóra ásvaldur
ásvarður ásvör ásólfur ásþór áurea âdem âlemşah ângela ângelo änne åbjørn åge åke åsa åse ægileif ægir æsa æsgerður
æsir ævar ævarr çakar çakırca çaltı çalım çamok çapkan çavuldur çağa çağdan çağlar çağlasın çağveren çelem çelikkan
çelikyürek çerçi çetinsu çeviköz çevregül çilga çimnaz çinerk çingiz çisem çokan çolpan çopur çoğay çıdal çıvgın
èric édgar édith édouard élisabeth élise élodie éléonore émile émilie éric érica étienne éva ëakumbu ían ída ígor
íma ími ína íngrid íren írena íris írunn ísabel ísabella ísadóra ísafold ísak ísalind ísar ísarr ísbjörg ísbjörn
ísdís íseldur ísey ísfold ísgeir ísgerður íshildur ísidór ísis íslaug ísleif ísleifur ísmael ísmar ísmey ísold
ísrael ísrún íssól ísveig ísól ísólfur ítalo íunn íva ívan ívar íñigo óda ófeigur ófelía óla ólafur ólafía ólafína
ólavía óli óliver ólivía ólína ólíver ólöf ómar ómi ósa óscar ósk óskar ósvald ósvaldur ósvífur ótta óttar óttarr
óðinn öge ögmunda ögmundur ögn ögri ökkaş öktürk ölnir ölrún ölveig ölver ölvir ömer ömriye ömür öncel öndólfur önel
öngen önsal önundur örbrún örfiye örik örjan örk örlaugur örlygur örn örnólfur örvar öryürek ösp össur östen över
övün öxar özakan özalpsan özaslan özay özbay özbilek özbilge özdal özdeş özdil özdoğdu özel özerdinç özertem özge
özger özgün özgür özinal özkent özkutlu özlem özlü özokçu özpetek özpınar özsözlü öztek öztürk özyurt özçam özüdoğru
öğet øivind øjvind ørni øvli øystein øyvind úddi úlfa úlfar úlfdís úlfey úlfgeir úlfheiður úlfhildur úlfhéðinn
úlfkell úlfljótur úlfrún úlftýr úlfur úlla úlrik úna úndína úranus úranía úrsula úrsúla übeydullah üge ülfet ülke
ülküdeş ülküm ülle ülvi ümid ümmahan ümmet ümmühan ümray ünal ünek ünlen ünsever ünübol ürfettin ürper üsame üstün
üzer üzeyir üçgül ýja ýma ýmir ýrar ýrr þalía þangbrandur þeba þengill þeyr þeódís þeódóra þinur þiðrandi þiðrik
þjálfi þjóstar þjóstólfur þjóðann þjóðbjörg þjóðbjörn þjóðgeir þjóðhildur þjóðleifur þjóðmar þjóðrekur þjóðvarður
þjóðólfur þoka þorberg þorbergur þorbjörg þorbjörn þorbrandur þorfinna þorfinnur þorgarður þorgautur þorgeir
þorgerður þorgestur þorgils þorgnýr þorgríma þorgrímur þorgísl þorkatla þorkell þorlaug þorlaugur þorleif þorleifur
þorleikur þorlákur þormar þormundur þormóður þorri þorsteina þorsteinn þorstína þorvaldur þorvar þorvarður þrastar
þrymur þrá þráinn þrándur þróttur þröstur þrúða þrúðmar þrúður þula þura þurí þuríður þurý þyri þyrnir þyrí þór þóra
þóranna þórar þórarinn þórarna þórbergur þórbjörg þórbjörn þórdís þórelfa þórelfur þórey þórfríður þórgnýr þórgrímur
þórgunna þórgunnur þórhaddur þórhalla þórhalli þórhallur þórhanna þórheiður þórhildur þórir þórkatla þórlaug
þórlaugur þórleif þórleifur þórlindur þórmar þórmundur þórný þórodda þóroddur þórormur þórsteina þórsteinn
þórsteinunn þórstína þórunn þórveig þórvör þórða þórður þórólfur þórörn þöll þúfa ādams ādolfs ārija ąžuolas đuro
đurđica đạt đức ērika ēriks ēvalds ğanim ģederts ģirts ľubica ľubomír ľubomíra ľubor ľuboslav ľuboslava ľuboš
ľudmila ľudomil ľudomila ľudovít łukasz şaban şabettin şadıman şafii şahat şahdiye şahin şahinbey şahinder şahlar
şahmar şahmettin şahnaz şahnuray şahıgül şakir şali şamiha şamil şamxal şanlı şavki şayan şazime şefi şefiye şehamet
şehreban şehza şekim şelâle şemsettin şemsinisa şendoğan şenkal şennur şerafeddin şeref şerman şevket şevketfeza
şeyda şide şilan şinasi şirin şirivan şirzad şuayp şöhret şükri şüküfe şükür şıxı šarlota šarūnas šime šimon špela
štefan štefanija štefica štefka štefánia štěpán štěpánka šárka žan žaneta žanis željka željko želmíra žemyna žiga
žigmund živa živilė žofia žofie žygimantas șerban ștefan ștefana ștefania əbdül əflatun əhliman əli əliş əmin əmir
ərtoğrul əyyub
"""
)
