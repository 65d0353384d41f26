/// Given names from many cultures (about 3,100: English, Irish, German, Nordic, Romance, Slavic, Balkan, Greek, Turkish,
/// Arabic, Persian, Hebrew, South Asian, Chinese, Japanese, Korean, South-East Asian, West, East and Southern African,
/// Latin American, Pacific), so "after Tomasz pushed it" names a person wherever it sits in a sentence. Names that are also
/// common English words, products, places or months (Will, May, Kafka, Jenkins, Aurora, Sydney) are left out on purpose:
/// the coach must not read "Jenkins deployed the build" as a person.
extension Lex {
    static let firstNames = set("""
    aada aamir aarav aaron aarti abbie abby abdallah abdelrahman abdul abdulaziz abdullah abdulrahman abeba abebe abena abhijit \
    abigail abinaya abubakar achieng achilleas adaeze adam adaora adebayo adeel adekunle ademola adeola adesina adetola adewale \
    adeyemi adhorn adina aditya adjoa adom adoma adrian adrián adwoa afonso afriyie afroza afua agata agnes agnete agnieszka \
    agus agyeiwaa ahmad ahmed ahmet ahsan aidan aigerim aikaterini ailbhe aili ainhoa ainsley airi aisha aishwarya aisling \
    aisyah aiza ajith akanksha akari akash akiko akinola akinyi akira akosua aksel akua alain alan alasdair alba albert alberto \
    aled alejandro aleksandar aleksander aleksandr aleksandra aleksei alemayehu alena alessandro alessia alex alexa alexander \
    alexandra alexandros alexandru alexei alexey alexis ali alice alicia alicja aline alison alistair allie allison almaz alun \
    alvaro ama amaka amal amanda amandine amani amanuel amarjit amber amelia amelie amina aminah aminu amir amirah amit amna \
    amol amparo amrit amrita amy ana anahera anahi anahit anahí analyn anand ananya anca anders anderson andi andile andre \
    andrea andreas andreea andrei andres andrew androniki andrzej andrés andy aneta angela angeliki angelo angus anh anibal \
    aniela anil anindita anirban anisur anita anjali anke ankit ankita ann anna annaliza anne anne-marie anneke anneli annelies \
    annemiek annie anong anoop anouk anthony antoine anton antonella antoni antonia antonio antonis antti antónia antónio \
    antônio anuj anum anupama anusha anya aníbal anıl aodhan aodhán aoife aparna apinya apostolos aqilah araceli aram arash \
    arben archana arely arif arijit ariki aristotelis arjan arjen arjun arlene arman armen arnab arnel aroha arpine arpita arta \
    artem arthur arumugam arun arunee aruzhan asaf asha ashley ashok ashot ashraful ashwin ashwini asif asma asmaa assaf astrid \
    asuka aswathy athanasios atharva athira atieno atif attila audrey aurelie aurélie avery avner avraham awhina aya ayaka \
    ayanda ayelet ayesha aylin ayman ayodele ayse aysha ayu ayumi ayush ayşe azadeh azar azlan azman babak babatunde babette \
    babirye bahram bailey balaji balazs balint baljit balqis balwinder balázs bambang bamidele banafsheh bao baptiste baraka \
    barasa barbara barbora baris bartosz barış bas basma batsheva bautista bayu beata beatrice beatriz becca becky begona begoña \
    behnam behrouz bello ben benedetta benjamin benjamín benny bereket berhane bernard bernardo bernd besa besnik beth betty \
    beverly bhavani bhavna bienvenido bijan bijoy biju bilal biljana billy bindu biniam binta birgit birtukan bjorn björn bjørn \
    blerim blerta boaz bob bobby bogumila bogumiła boitumelo bojan bojana bolaji bongani boonmee boris bozena bożena božena \
    bracha brad bradley bram brandon branko brayan brenda brendan brent brian brigitte brittany brooke bruce bruna bruno bryan \
    bryn budi burak bushra busisiwe busra bálint bárbara büşra bảo cagatay cagla caio caitlin caleb callum camila camille can \
    caoimhe carl carla carlijn carlo carlos carlotta carly carmen carolina caroline carolyn carys casey catalin cathal catherine \
    cathy celine cem cengiz ceren cerys cezary chad chaewon chaeyoung chaim chana chandra chanya chao charles charlie charmaine \
    chau chebet chelsea chen cherono cheryl chi-wai chia-hao chiamaka chiara chibuike chidi chidinma chien-hung chih-hao chihiro \
    chika chinedu chinmay chinonso chinwe chioma chloe chloé chris christian christina christine christoffer christophe \
    christopher christos chrysa chukwudi chukwuemeka chulsoo châu ciaran ciarán cigdem cindy ciprian citlali claire clara \
    claudia claudio clemence clement clint clodagh cláudio clémence cody colby colin colm conceicao conceição concepcion \
    concepción connor conor constantin consuelo corazon corey corina cormac costanza courtney craig crisanto cristina cristobal \
    cristóbal csaba csilla cuauhtemoc cuauhtémoc cuong cynthia cyrus czeslaw czesław céline cătălin cường daan dafydd dagmar \
    dahyun daiki daisuke dale dalia daljit damian damien damilola dan dana danai daniel daniela danielle danilo danjuma danny \
    danuta dara darius dariush dariusz darko darren darya dasha dauda dave davi david davide davit dawit dayana dayo debashis \
    debjani debojyoti debora deborah debra dedi deepa deepak deepika deepthi dejan delphine denise deniz dennis derek desislava \
    despina detlef dewald dewi dhanush dian diana diane diarmuid didier diego dieter dileep dilek dimas dimitra dimitri dimitris \
    dina dineo dinesh diogo dionisio dipankar dirk divya dmitri dmitry dogan dolores domenico dominic donal donald donghyun \
    donna dorota doug douglas dov doyun doğan dragan dragana dragos dragoș drita driton duarte duc dufie dumitru duong dusan \
    dustin dušan dylan dzifa dániel débora dónal dương eamon eamonn ebiere ebru ebuka ecem ed eddie edem edoardo eduarda eduardo \
    edward edwin edyta effiong efosa efrain efrat efraín efren eftychia efua eghosa ehud eilidh einat eirini ekaterina ekene eko \
    ekow ekpo elad elango elcin elena eleni eleri elham eli elif elijah elikem elira eliseo eliyahu elizabeth elke ella ellen \
    elmarie elodie elske elzbieta elçin elżbieta emanuele emeka emi emiliano emilie emilio emily emine emma emre emrys \
    encarnacion encarnación enda eniko enikő enrico enrique enyonam eoghan eoin erdogan erdoğan erez eri eric erica erik erin \
    erlinda ermias ernesto eryk erzsebet erzsébet esi esmee esperanza esteban estelle ethan etienne etim euan eunji eunjung eva \
    evan evangelia evangelos eveliina evelyn evgeny ewa ewan ewelina eyob ezequiel ezinne fabio facundo fadwa fahad fahd faisal \
    faizal faizan fajar famke farah farhad fariba farid fariha farnaz farshid faruk farzad farzana fasika fatemeh fatih fatima \
    fatma fatmir fatos fatoş federica federico fei felipe felix femi femke feng fenna fenne ferenc fereshteh fergal fergus \
    fernanda fernando fetu feven ffion fiachra fieke fikru filippo finbar fiona fionn fionnuala fitri flavio fleur florante \
    florentina flávio folake foteini fotis frances francesca francesco francisca francisco franciszek franco francois francoise \
    frantisek františek françois françoise fraser frederic frederik freja freya frédéric fumiko funke funmilayo furaha fyodor \
    fábio fátima gabor gabriel gabriela gabriele gaia galit ganesh garba gareth garrett gary gaurav gauri gayane gebre geeta \
    geethu gemma genevieve geneviève gennady genowefa george georgi georgia georgiana geraint gerald gerd gergana gerhard \
    gertrud getachew gethin ghada gheorghe giacomo giang giannis gideon gilad gilang gilles gina ginette giorgi giorgia giorgio \
    giorgos giovanna giovanni girma gisela gita githinji giulia giuseppe gizem gloria glória gokhan golnaz goncalo gonzalo \
    gonçalo goran gordana gorkem gotz gowtham graca grady grainne grazyna graça grażyna greg gregor gregory grigory griselda \
    grzegorz gráinne gudrun guilherme guillaume gul gulay gulsen gunter gunther gurdeep gurinder gurjit gurpreet gustavo guus \
    guðrún gwen gwenllian gwyneth gábor gökhan göran görkem götz gül gülay gülşen günter günther habib hadas hadi hadiza haeun \
    hafiz hai haile hailu hajun hala haley halima halina halyna hamad hamed hamid hamiora hamish hamza hana hanako hanan hanh \
    hani hanna hannah hannelore hannu hans hao haoran haoyu harbhajan haritha harjeet harjit harold harper harpreet harry harsh \
    haruka haruki haruto harvinder hasmik hassan hauwa hayk hayley hayoon hazem haziq heather heba hedda heike heikki heinz \
    heitor helen helene helga helmut heloisa heloísa hema hemant hemi hendra henk henrik henrique henry henryk heriberto \
    herminia herve hervé hiba hideki hideo hien hieu hila hildegard hillel hina hinata hine hiro hiroki hiromi hiroshi hirotaka \
    hiroyuki hirut hisham hiwot hiếu hiền hoa hoang hoda hohepa hoi-yan holly hong hooman horst hoseok hossein houshang hoàng \
    hristo hsin-yi hua huda hugo hui hulya huong husain huseyin hussein huw huy huyen huyền hyejin hyeri hyun hyunsoo hyunwoo \
    hélène hülya hüseyin hēmi hōhepa hương hạnh hải hồng iain ian ibrahim idowu ieuan ifeoluwa ifeoma ignacio igor ihaia ijeoma \
    ikaika ikenna iker ilan ilango ilaria ildiko ildikó ilgin ilias ilkay ilse ilya iman imelda imran imre inaki inas inbal \
    indah inderjit indira indra indranil ines ingeborg ingrid inmaculada innes intan inès inés ioana ioane ioanna ioannis iolani \
    ionela ionut ionuț iqra iraj irakli irem irena irene ireneusz irina irmak irmgard iryna isaac isabel isabela isabella \
    isabelle isagani ishimwe ishita iskandar isla ismail istvan istván itai itamar itay itzayana itzel ivan ivana iwan iwona \
    izzati iñaki jabari jacek jaco jacob jacqueline jacques jadwiga jaehyun jaewon jagdeep jahid jaime jairo jake jakub jamal \
    james jamie jamil jamila jan jana jane janet janice janina janne janusz jared jari jarmila jaroslav jasbir jasmine jasna \
    jason jaspreet jaswinder jatinder javad javeria javier jay jaya jean-baptiste jean-claude jean-francois jean-françois \
    jean-luc jean-marc jean-michel jean-paul jean-pierre jeff jeffrey jelena jen jenn jenna jennifer jenny jennylyn jens \
    jeongyeon jepchirchir jeremy jeroen jerome jerry jerzy jesper jess jesse jessica jesus jesús jhon jhumpa jhun jiahao jianguo \
    jianhua jianjun jianping jianwei jiaxin jiayi jie jiho jihoon jihye jijo jim jimin jimmy jin jing jinghua jingwen jingyi \
    jinho jiri jisha jisoo jithin jitka jiwon jiwoo jiyoung jiří joachim joan joanna joao joaquin joaquín joby jochen joe joel \
    johan johanna john johnny joko jomar jomon jon jonalyn jonas jonatan jonathan jone jons joon joost jordan jorg jorge jorgen \
    jose josef josefa joseph josh joshua josiane josé jovan jovelyn joyce joydeep jozef jozsef joão juan juanito judit judith \
    judy juha jukka julia julian juliana julie julien juliette juma jumoke jun junaid jungsoo junhao junho junichi junjie junko \
    junwoo jurgen jussi justin jyoti jérémy jérôme jéssica józef józsef jöns jörg jørgen jürgen ka-ming ka-yan kabiru kadir \
    kafui kagiso kahiau kahu kai kailani kaimana kainoa kaisa kaitlyn kaito kaiwen kajal kalani kalea kaleo kalliopi kalyan \
    kamau kamogelo kamran kannika kanoa kanya kaori kapil kapono kara karabo karan karanja kareem karel karen kari karim karin \
    kariuki karl karoline karthik karthikeyan kartika kashif kasper katalin katarina kate katerina kateryna kateřina katherine \
    kathir kathleen kathryn kathy katie kato katrin katya kaushik kaveh kavita kavitha kayla kayode kazimierz kazuhiro kazuki \
    kazuko kazuo keabetswe keala kealoha keanu kebede keerthi kees kehinde keiko keisuke keith kekoa kelechi kelly kemal kemi \
    ken kendra kenichi kenji kenneth kenta keoni kerem keren kerstin ketan ketevan kevin kexin khadija khairul khaled khalid \
    khanh khoa khoi khánh khôi kibet kidane kidist kien kim kimani kimberly kipchoge kipkemboi kiprono kiptoo kiran kiri kirill \
    kirsteen kirsty kittipong kittisak kizza kiên klara klaus klára kobina kofi koichi kojo kolya komal konadu konstantin \
    konstantina konstantinos koray kostas kosuke kouki kourosh krasimir kristen kristian kristijan kristin krystian krzysztof \
    kubra kuldeep kulwinder kumaran kumiko kunal kunle kuno kurniawan kurt kwabena kwadwo kwaku kwame kwasi kweku kwesi kyle \
    kyoko kyunghee kyungsoo kübra lacey lachlan laetitia lagi laila lajos lakhwinder lakshmi lamia lanre larissa larry lars \
    lasha laszlo lata laura lauren laurent lautaro lavanya lavinia lawal lawrence layla lea leah lee lefteris lei leidy leila \
    leilani lemlem lena lenka leo leonardo leonel leonid leonidas leopoldo lerato lesedi leslie lestari leszek leticia letícia \
    levan levent levi levon li liam liang liat lieke lihua lijo lijun lily lin lina linda lindiwe lindsey lingling linh linnea \
    lior lisa lital litia liv livia liwei lixin liz ljubica llewelyn llywelyn logan loke lokelani lolita lorcan lorenzo losa \
    lothar lowri luana luca lucas lucia lucie lucy lucía ludmila ludovica ludwik luis luka lukas lukasz luke lukáš luminita \
    luminița lungile lupe lupita lusine lutz luzviminda luís lwazi lyudmila lászló léa lívia lúcia maarten maayan macario \
    macharia maciej mackenzie madhavan madhavi madhu madhumita madhura madiha madison mads magnus maham mahbub mahesh mahina \
    mahlet mahmoud mahnaz mahnoor mahsa mai maile maire maja majid makana makeda makoa makoto maksim malakai malee malgorzata \
    malia mallory manaia manasi mandar mandla mandy manfred manikandan manish manisha manju manoj manolis manon manpreet mansour \
    manuel marama marcia marcin marcio marco marcos margaret margaux maria mariam mariana maribel maricel maricela marie \
    marie-claire marie-louise marie-therese marie-thérèse marieke marietjie marija marilou marilyn marina mario marisol marit \
    marites mariusz marivic mariyana marjatta marketa markku marko markus markéta marlene marlon marta martha marthinus martin \
    martina martine martín marwan mary maryam maría masahiro masaki masashi masato masha mason masoud matan matej mateo mateusz \
    matheus mathieu mathilde matias matilde mats matt matteo matthew matthias matthieu matti matías matěj maud mawuena mawuli \
    maximiliano maya mayra mayumi małgorzata mbali meena meenakshi megan megha meghan megumi mehmet mehran mehwish mei meihua \
    meiling meir mekdes mekonnen mele melissa mengyao mercedes meron merve mervi mette mhairi mia michael michal michalis michał \
    michel michele michelle michiko mickey micky midhun mieke miguel mihaela mihai mihi mihir mike mikhail mikkel mikko mikyung \
    milena milica milos miloš min ming minghua mingyu mingzhu minh minho minji minjun minoru minseo minsu mio miranda mireille \
    mirela mirjana miroslav misaki misbah misha mithun miyu mizanur moana mohamed mohammad mohammadreza mohammed mohit mohsin \
    mojca molly mongkol monica monika monique montse morag moran morenike morgan morten moshe moumita mounika mousumi mpho \
    mrunal muge mugisha muhammad muireann mukasa mukesh mulugeta murat murdo murilo murtala murugan mushfiq mustafa musyoka \
    muthoni muthu mutua mwangi mylene myrto máire márcia márcio mária márta märta müge mārama nabil nabila nachiket nadeem nadia \
    nafula nagarjuna nahuel nakato nalani naledi nam namjoon namukasa nanami nancy nandi nanna naoko naomi nare narek narong \
    nasiru nasrin nasser nastya natalia natalie nataliya natasha nate nathalie nathan nattapong natthapong natália nauman naveed \
    naveen nayeli nayeon nazanin nazli nazlı nazmul nazneen nazri necati neda neema neeraj neethu negash neha neil nekesa nenad \
    nenita nga ngaio ngoc ngozi ngọc nhung nhyira nia niall niamh niccolo niccolò nicholas nick nicky nicolae nicolas nicole \
    nicolo nicolás nicolò nihat nikau nikhil nikita niklas nikola nikolai nikos niloufar nils nilufar nimra nina ning nino niran \
    nithya nitin nittaya niyi nizar njeri njoroge nkechi nkiru nnamdi nneka noa noah noelani noemi noga nohea nokuthula nolan \
    nomsa nomvula nonhlanhla noor nora norbert noriko norma nosipho nour noura noémi nsubuga ntombi nuno nura nurdan nuria \
    nusrat nuttapong nyambura nyamekye oana oanh obiageli obinna obiora oceane ochieng océane odette odhiambo odysseas ofra \
    ogechi oguz ohemaa oisin oisín okechukwu okoth oksana olamide olav olayinka oleg olena olga oliver olivia olivier olof \
    olufemi olumide olusegun oluwadamilare oluwafemi oluwakemi oluwaseun oluwatobi oluwatoyin olya omar omer omkar omolara \
    omondi ondrej ondřej onur onyango onyeka onyinye orhan orit orjan orla orly orsolya osagie osama osaro oscar oskar osman \
    osnat otavio otieno ottmar otávio ourania ovidiu owain owen owino ozan ozge ozlem oğuz pablo padmaja padraic padraig paige \
    paivi palesa pamela panagiota panagiotis pancho pania pankaj paola paolo paraskevi pardis parisa paromita partha parveen \
    parvin patricia patrick patrícia patty paul paula paulette pavel pavlos pedro peggy pekka penelope per perlita pernille \
    pervez peter petr petra petros petya phat phil philip philippe phong phuc phuong phát phúc phương pierre piet pieter pietro \
    pilar pim pimchanok pinar ping pirjo piyali plamen pokuaa pooja pornthip poul prabhu pradeep pradnya prakash pranav prapai \
    prasad prasert prayut predrag preecha preeti preston primoz primož pritam priya pualani puanani puspita putra putri pyotr \
    pádraig päivi péter pınar qasim qiang qingyun quan quang quoc quynh quân quốc quỳnh rachael rachel radka radu rafael rafaela \
    rafiq raghu ragnhild rahama rahel rahim rahul rainer raj rajarshi rajesh rajiv rakesh ralf raluca ramana ramesh rami ramon \
    ramu ramón randi rangi raphael raquel rashed rashid rasmus ratih ratna rattana raul ravi rawiri raymond razak razvan raúl \
    rebecca refilwe regis rehana rehema reid reiko reinhard reinhold reka remi ren renan renate revathi rewi reynaldo reza \
    rezaul rhodri rhys riaan ricardo riccardo richard rick ricky rida rigoberto riitta rikke riku riley rin rina rini rita rivka \
    rizalina rizwan robert roberta roberto robin rocio rocío rodel rodrigo rogelio rogerio rogério rohan rohini rohit roisin \
    rokeya rolando rolf rommel ronald ronan roos rosa rosalinda rosauro rosli rowena roxana roya ruairi ruairí ruaridh rubel \
    rudi rui ruolan ruoxi rupert ruslan rutuja ruud ryan ryosuke ryota régis réka rémi róisín rónán rāwiri răzvan rēwi saad \
    sabine sabrina sabyasachi sachiko sachin safiya sagar sahin sai saki sakura salah salamatu salim sally salman salote \
    salvatore sam samantha sami samir samuel sandeep sandor sandra sandrine sandy sangeetha sangwoo sani sanja sanjay sanket \
    sanna sanne santiago saoirse sara sarah saranya saravanan sarka sasha saskia sathya satish satoshi satya saurabh sayali \
    scarlett scott seamus sean sebastian sebastiao sebastien sebastião sefa segun seiichi sekhar selamawit selasi selim selvi \
    sem semih semisi senait senay senthil senyo seo seoa seojun seoyeon seoyun sepp seppo serdar sergei sergey sergio serkan \
    seru serwaa seth seungho seungmin sevgi seyma seán shafiq shahid shahidul shakib shane shankar shannon sharmin sharon shehu \
    shelby shingo shinichi shinji shirin shirley shlomo shoaib shota shreya shreyas shruti shu-fen shuang shufen shyam sian \
    siaosi sibel sibusiso siddharth siegfried sierra signe sigrid sigurdur sigurður silke silvia sima simon simona simone sina \
    sinead sinta sinéad siobhan siobhán sione sipho siranush sirinya siriporn sirpa siti siu-ming siwoo sixten siyabonga sizwe \
    siân sjoerd slamet slobodan sneha snehal snezana snežana sofia sofie sohail sohel solveig somboon somchai somkiat sompong \
    somporn somsak somsri somtochukwu soo sooyoung sophia sophie soraya soren sorin sosuke sota sotiris sowmya soyeon spela \
    spencer spyros srdjan sri srikanth srinivas srđan stacy stanislav stavros stavroula steen stefan stefania stefano stelios \
    stephane stephanie stephen steve steven stig stina stoyan stéphane subha subin subramanian suchart sudha sudheer sujin \
    sukanya sukru sule suleyman sumaiya sumon sung sungmin sunhee sunil supachai supaporn surachai suresh susan susanne susanti \
    sutrisno suwit sven sveta svetlana swapnil swathi swati syafiqah syazwani sylvie szilvia sándor séamus sébastien sérgio \
    sílvia søren süleyman tadesse taehyun taehyung taeyang tahir tahmina taiwo takashi takeshi takumi takyiwaa tam tama tamar \
    tamas tamati tamilselvi tamim tamuno tamás tanawat tane tanveer tanya tao tapio tara taraneh tarek tariq tarun taslima \
    tatiana tavita taylor teja tekle teodora teresa teresita tereza terry tesfaye tessa tetiana tevita tewodros thabo thais \
    thanakorn thanasis thanawat thandeka thandiwe thang thanh thao thato thaís themba thenmozhi theodora theodoros theresa \
    thiago thierry thijs thinh thodoris thomas thongchai thorsten thorunn thuy thúy thảo thắng thịnh tiago tibor tien tiffany \
    tigist tigran tiina tijana tim timea timothy timur tina tipene tirunesh tiến tjasa tjaša tobias tochukwu todd todor tolga \
    tom tomas tommaso tomoko tomás tomáš tonatiuh tony torben tornike torquil torsten tove traugott trefor trent trevor trinh \
    trivikram troy trudy trung tshepo tsion tsvetan tsvetelina tuan tugba tugce tulay tumelo tunde tung tuti tuula tuyet tuyết \
    tuğba tuğçe tuấn tygo tyler tâm tímea tùng tülay tünde tāmati tāne uchechi uchenna udoka ulf ulises ulrich umar umaru umit \
    ursula usman ute uthai uwe uyen uyên uzoma vaclav vadim vahe valentin valentina valentín valerie valérie vanessa vangelis \
    vanya vardan varun vasco vasile vasiliki vasilis vasuki veit venkat venkatesh venla ventsislav vera veronique vesna vicente \
    vicky victoria viet viggo vijay vikram viliami villads vinay vincent vincenzo vinh vinicius vinícius virgilio vittoria vivek \
    việt vojtech vojtěch volker vusi václav véronique wade wafula wagner wahyu wairimu waithera walid walter wambui wanida \
    wanjiku wanjiru waqas warunee waseem wasswa watchara wati waweru weerasak wei wekesa wen wendy werner wes wessel whitney \
    wichai wichit william wilmer wing-yan wiremu wojciech wolfgang worknesh wulan xanthi xavier xia xiao xiaodong xiaofeng \
    xiaohong xiaohui xiaojun xiaoli xiaoling xiaolong xiaomei xiaoming xiaowei xiaoyan xiaoyu ximena xin xinyi xiomara xiu \
    xochitl xolani xuan xuân xóchitl ya-ting yaa yaakov yadira yagmur yakubu yamuna yan yaneth yang yannick yannis yanti \
    yaowalak yara yareli yarely yaretzi yasaman yash yasmin yayra yazmin yazmín yağmur yeison yejun yekaterina yelena yerin \
    yesenia yeshi yevgeny yichen ying yitzhak yodit yohannes yoichi yoko yonas yong yongsu yoongi yordanka yosef yossi younghee \
    youngho yousef youssef yudi yuhang yui yuki yuko yulia yuliana yumi yumiko yun yuna yupin yurani yuri yusuf yusuke yuta \
    yuting yuto yutong yuxin yuxuan yves zach zachary zahid zainab zane zanele zawadi zaynab zdenek zdeněk zeeshan zeljko \
    zenaida zerihun zewditu zeynep zhang zhen zhihao zhiwei ziba zihan zimo zixuan zodwa zoe zoi zoltan zoltán zoran zoé zoë \
    zsofia zsolt zsófia zubair zulai zurab zuzana ádám ágnes álvaro çağatay çağla çiğdem éamonn élodie émilie éva ömer örjan \
    özge özlem ørjan ümit þórunn āwhina đức ılgın ırmak ľudmila łukasz şahin şenay şeyma şule şükrü špela štefan šárka željko \
    marcus mateus dmitri tomasz willie wayne roy ralph russell eugene dorothy doris lori
    """)
}
