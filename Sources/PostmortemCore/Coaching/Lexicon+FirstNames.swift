/// Given names from many cultures (about 7,787: English, Irish, German, Nordic, Romance, Slavic, Balkan, Greek, Turkish,
/// Arabic, Persian, Hebrew, South Asian, Chinese, Japanese, Korean, South-East Asian, West, East and Southern African,
/// Latin American, Pacific), so "after Tomasz pushed it" names a person wherever it sits in a sentence. Names that are also
/// common English words, products, places or months (Will, May, Kafka, Jenkins, Aurora, Sydney) are left out on purpose:
/// the coach must not read "Jenkins deployed the build" as a person.
extension Lex {
    static let firstNames = set("""
    aada aadhya aakash aaliyah aamir aanya aapo aarav aaron aart aarti aarushi aashish aatu aayush abbas abbie abby abdallah \
    abdelaziz abdelhak abdelkader abdelkarim abdellah abdelrahman abderrahmane abdikarim abdirahman abdirizak abdou abdul \
    abdulaziz abdulla abdullah abdullahi abdulmajeed abdulrahman abdur abe abeba abebe abeiku abel abena abenaa abhay abhijeet \
    abhijit abhilash abhinav abhishek abid abigail abimbola abinaya abiodun abiola abir abirami abisola abiy abla abubakar \
    achara achieng achilleas adaeze adaku adam adanna adaobi adaora addie addison adebayo adebola adebowale adedayo adedeji \
    adeel adegoke adekunle adel adela adele adelina adeline ademola adenike adeola adesina adetokunbo adetola adewale adeyemi \
    adeyinka adhiambo adhorn adi adina aditi aditya adjoa adnan adolfo adom adoma adrian adriana adriano adrienne adrián adunni \
    advait adwoa adèle adéla afia afonso afrakoma afrin afriyie afroza afsaneh afshin afua afzal agapi agata agathe aggeliki \
    agne agnes agnete agnieszka agnė agota agung agus agustin agustina agustín agyeiwaa ahlam ahmad ahmadu ahmed ahmet ahsan \
    aibek aidan aidana aiden aigerim aiguo aikaterini ailbhe aileen aili ailsa aiman aime aimé aina ainara ainars aine \
    ainembabazi ainhoa aino ainsley airi aisha aishani aishwarya aisling aislinn aiste aistė aiswarya aisyah aitana aitor aivar \
    aiza aizada aizhan ajay ajinkya ajit ajith ajmal akane akanesi akanksha akari akash akeem akello akemi akhil akhila akihiro \
    akiko akinola akintunde akinwale akinyi akio akira akoni akos akosua akoth aksel akshat akshata akshatha akshay akua akwasi \
    akwele alaa alain alaina alan alana alani alanna alasdair alastair alayna alba alban albana albert alberto albin aldona alec \
    aled aleem alejandra alejandro aleksa aleksandar aleksander aleksandr aleksandra aleksei aleksi alemayehu alemu alena \
    alessandra alessandro alessia alessio alex alexa alexander alexandra alexandre alexandros alexandru alexei alexey alexia \
    alexis alfie alfonso alfredo algirdas ali alice alicia alicja alin alina aline alireza alisa alisha alison alissa alistair \
    aliya aliyu aljon alla allan allen allie allison almaz almir alok alon alonso alper altin alun alva alvar alvaro alya alyona \
    alyson alyssa ama amaechi amaka amal amalia aman amanda amandeep amandine amani amanuel amar amara amarachi amare amari \
    amarjit amartya amber ambre amelia amelie amina aminah aminu amir amira amirah amirali amirhossein amirul amit amitabh \
    amitesh amjad amna amnat amnon amol amos amparo amrit amrita amruta amy amélie ana ana-maria anahera anahi anahit anahí \
    anais analyn anan anand anant ananya anaru anas anastasia anastasiia anastasios anat anatoliy anatoly anaya anaïs anca \
    andela ander anders anderson andi andile andjela andras andre andrea andreas andreea andrei andrej andres andrew andrey \
    andrii andrija andris andrius andriy androniki andrzej andrás andré andrés andy anel aneta anett anezka anežka angela \
    angelica angeliki angelina angeline angelo angga angharad angie angus anh ania anibal aniekan aniela anika aniket aniko \
    anikó anil anindita anirban anirudh anisa anisha anisoara anisur anita anișoara anja anjali anjana anjila anke ankit ankita \
    ankur ann anna anna-lena annabel annabelle annalisa annalise annaliza annamaria anne anne-marie anne-sophie annegret anneke \
    anneli annelies annelise annemarie annemiek annemieke annette annick annie annika annisa anong anoop anouk anri anshul \
    anthony antigoni antoine antoinette anton antonella antoni antonia antonietta antonino antonio antonios antonis antti antwan \
    antónia antónio antônio anu anubhav anucha anuj anum anupam anupama anurag anush anusha anushka anvesh anvi anwar anya \
    anyango anze anzhela aníbal anđela anıl anže aodhan aodhán aoibheann aoibhinn aoife aparna aperahama apichart apinya apio \
    apisai apolline apostolos aqib aqilah aqsa araceli aram arash arata arathi aravind arben arber arbër archana archibald \
    archie arda ardalan ardi ardit areeba arely areum arezoo ari ariadna ariana arianna arif arijit ariki arindam ario aris \
    aristotelis aritz arjan arjen arjun arkadiusz arkady arlene arlind arman armando armen armend armin armine arnab arnar arnas \
    arnau arnaud arnav arne arnel arnis arnold aroha arpine arpit arpita arsalan arsen arseniy arseny arsham arslan arta artan \
    artem arthit arthur artur arturo arturs artyom artūrs arul arumugam arun arunee aruzhan arvin arvind arwa arya aryani asad \
    asaf asahi asami asanda asanka asbjorn asbjørn asefa asel asger asha asher ashish ashlee ashleigh ashley ashlyn ashok ashot \
    ashraful ashton ashutosh ashwin ashwini asier asif asim askar aslak asli aslihan aslı aslıhan asma asmaa asmita aspasia \
    assaf assunta astghik astrid asuka aswathy ataahua atefeh athanasia athanasios atharv atharva athi athira atieno atif atim \
    atsushi attila atul aubrey audra audrey audun auma aurelie aurelien aurelio aurimas aurélie aurélien auwal avery avigail \
    avinash avital avner avni avraham awais awhina awino awuor axel axelle aya ayaan ayaka ayako ayan ayanda ayane ayat ayaulym \
    ayca ayele ayelet ayesha aylin ayman ayodeji ayodele ayomide ayoub ayse aysegul aysel aysha aysun aytan ayten ayu ayumi \
    ayush ayza ayça ayşe ayşegül azadeh azamat azar azhar azita aziz azlan azman azra babajide babak babar babatunde babette \
    babirye badr bahar bahareh bahram bailey bakyt balaji balasubramanian balazs balint baljit balqis balwinder balázs bambang \
    bamidele banafsheh bao baoyu baptiste baraka barasa barbara barbora baris barrett barry bartek bartlomiej bartosz bartłomiej \
    barış bas basavaraj bashar bashir basia basile basma bassam bassel bastiaan batbayar batsheva batuhan bautista bayu beata \
    beatrice beatrix beatriz becca becky begona begoña behnam behnaz behrouz behzad bekele bekzod bela belinda bella bello ben \
    bence benedetta benedict benedikt benjamin benjamín benji bennett bennie benny benoit benoît bente bep bereket berenice \
    berhane berkan berkay berna bernadette bernard bernardo bernd bernie besa besnik betelhem beth bethan bethany betsy bettina \
    betty beverley beverly beyza beza bezawit bhanu bharathi bhargav bhaskar bhavani bhavesh bhavin bhavna bhavya bheki bhoomika \
    bhuvan bianca bibek bibhav bienvenido bijan bijay bijoy biju bikash bilal biljana billie billy bimal bina bindu bingbing \
    binh biniam binita binod binta birger birgit birgitta birna birthe birtukan biruk bishal bisi biswajit bitupan bjarne bjarni \
    bjork bjorn björk björn bjørn blagoja blaine blair blake blanca blathnaid blaz blaž blerim blerina blerta bláthnaid boaz bob \
    bobbie bobby bodil bogdan boglarka boglárka bogumila bogumiła boguslaw bogusław bohdan bohdana bohumil bohuslav boitumelo \
    bojan bojana bolaji bolanle bolormaa bongani bongiwe bonolo boonchai boonmee boonsong boram bori boris borislav botond boyan \
    bozena bożena božena bracha brad braden bradley brady bram brandon branka branko braxton brayan brayden brenda brendan \
    brenna brent brett brian briana brianna brid bridget brielle brigitte brita britney britt brittany brittney brody brona \
    bronislaw bronisław bronwyn brooke bruce bruna bruno bryan bryce bryn brynn bríd budi buhle bujar bukola burak burcu bushra \
    busisiwe busra byaruhanga byron bálint bárbara béla bérénice bình büşra bảo caden cagatay cagla cahya caio caitlin caitlyn \
    caleb callie callum calum calvin camelia cameron camila camilla camille camryn can canan candace cansu caoilfhionn caoimhe \
    caoimhin caoimhín caolan caolán capucine cara carl carla carlijn carlo carlos carlotta carly carmela carmelo carmen carolina \
    caroline carolyn carrie carsten caryn carys casey cassidy cassie catalin caterina cathal catharine catherine cathy catriona \
    caua cauã cayden cecelia cecil cecilia cecília cedric celia celine cem cemal cengiz cenk ceren cerys cesar cesare cezar \
    cezary chad chaewon chaeyoung chaim chaitanya chaitra chaiwat chaiyaporn chalerm chamara chamari chaminda chana chanchai \
    chandan chandra chandrasekhar chandrashekar chandu chanelle changming chantal chantelle chanwoo chanya chao charalampos \
    charlene charles charlie charmaine charu chatchai chathura chathurika chau chayanin chebet chelsea chelsey chema chen cheng \
    chenxi chepkoech cherono cheruiyot cheryl chetan chi-ming chi-wai chia-hao chia-hui chia-ying chiaki chiamaka chiara \
    chibuike chidera chidi chidinma chidubem chie chiemeka chien-hao chien-hung chigozie chih-hao chih-ming chihiro chika \
    chikodi chima chimamanda chimezie chinedu chinenye chinmay chinonso chintan chinwe chinyere chioma chirag chisom chizuru \
    chloe chloé chris chrisna chrissy christa christelle christi christian christie christina christine christo christoffer \
    christoforos christoph christophe christopher christos christy chrysa chrysoula chukwudi chukwuemeka chukwuma chulsoo \
    chun-hung chun-wei chun-yi chunhua chunyan chus chutima châu cian ciara ciaran ciarán cigdem cillian cindy cinzia ciprian \
    ciro citlali citra claire clara clare clarence clarissa claudette claudia claudio claudiu clayton clemence clement cleo \
    clifford clint clinton clive clodagh cláudia cláudio clémence cody colby colette colin collin colm colton colum conall \
    conceicao conceição concepcion concepción concetta conchi connie connor conny conor conrad constance constantin constantinos \
    constanza consuelo coralie corazon corentin corey corina corinne cormac corne corné cory cosmin costanza costel courtney \
    craig crisanto cristi cristian cristiano cristina cristobal cristóbal csaba csilla cuauhtemoc cuauhtémoc cuong curtis \
    cynthia cyril cyrill cyrus czeslaw czesław cédric céline césar cătălin cường daan dafna dafni dafydd dagim dagmar dahye \
    dahyun daichi daiki daisuke daithi dajuan dalal dale dalia daljit damarion damia damian damien damilola daming damion damir \
    damla damola damon dan dana danae danai dandan dani danica danie daniel daniela daniele danielle daniil danijel danilo \
    daniyar danjuma danni danny danuta daphne daquan dara darcy dardan daren daria darian darija dario darius dariush dariusz \
    darko darla darlene darnell darragh darrell darren darryl darshan darshana darya daryl daryna darío dasha dashawn dasom \
    dauda dave davey davi david davide davina davion davit davor dawid dawit dawson dayana dayanna dayo deaglan deandre deanna \
    dearbhla debarati debashis debasis debbie debby debjani debojyoti debora deborah debra declan dedi dedy deepa deepak deepesh \
    deepika deepthi defne deirdre deja dejan dela delali delaney delfina delia delilah della delphine delroy delyth demarcus \
    demetrius denes denis denisa denise denitsa deniz dennis denny denys deon deonte derek dervla derya desean deshawn desiree \
    desislava desmond despina detlef devansh devante devendra devi devontae dewald dewi dexter dhanush dhanushka dharani dhaval \
    dhiraj dhruv dhuha dian diana diane diarmuid dias didier diego diep dieter dietmar dietrich dieuwke dikeledi dilan dilara \
    dildora dileep dilek dilini dilnoza dilshan dima dimas dimitar dimitra dimitri dimitrios dimitris dina dinah dinara dinda \
    dindo dineo dinesh dini dinithi dinuka diogo dionisio dionysios dionysis dipa dipak dipankar dipendra dipika dirk divya diya \
    diệp djamel djordje dmitri dmitry dmytro dodi dogan dohyun doina dolores domagoj domenico dominic dominik dominika dominique \
    donal donald donatella dong-hyun dongho donghyun dongmei dongwook donika donna donnacha donncha donovan dorde doreen dorin \
    dorina doris dorit doron dorota dorothea dorothy dorte dorthe doruk doug douglas douwe dov dovydas doyun doğan dragan \
    dragana dragica dragos dragoș drita driton duane duangjai duarte duc dufie duminda dumitru duncan duong dusan dusko dustin \
    duy duyen duygu duyên dušan duško dwayne dwight dylan dymphna dzenana dzifa dáithí dániel dávid débora dénes dónal dörte \
    dženana dương eabha eamon eamonn ebba ebbe ebere eberhard ebiere eboni ebru ebuka ece ecem eckhard ed eddie edeltraud edem \
    edgar edgardo edgars edin edinam edith edmund edna edoardo edona edouard edson eduarda eduardo edward edwin edyta eero eetu \
    efe effiong efia efosa efrain efrat efraín efren efthymios eftychia efua ege eghosa egle eglė egor ehis ehsan ehud eileen \
    eilidh eimear eimhear einar einat eino eirik eirini eissa eitan eithne eivind ejike ejiro eka ekaterina ekene ekkachai eko \
    ekow ekpo ekua elad elaheh elaine elango elcin elefteria eleftheria eleftherios elena eleni elenoa eleonora eleri elfriede \
    elham eli eliana elias elif elijah elikem elikplim elin elina eline elior elira elis elisa elisabeth elisabetta elise eliseo \
    eliska eliyahu elizabeth eliška elke ella ellen ellie elliot elliott ellis elma elmarie elmer elnaz elodie eloise elorm eloy \
    elpida elsa elsabe elsie elske elton elvin elzbieta elçin elías elżbieta emad eman emanuela emanuele emeka emel emem emer \
    emerson emi emiko emil emile emilia emiliano emilie emilio emily emina emine emma emmanouil emmanuel emmanuelle emmett emmi \
    emory emre emrys encarnacion encarnación enda endang eneko enes eniko enikő eniola enkeleda enkhjargal enora enrico enrique \
    enya enyonam enzo eoghan eoin epeli eran eray erdem erdene erdogan erdoğan erez eri eric erica erich erick erik erika erin \
    erion erkan erlend erlinda ermal ermias ernest ernesto ernst errol ersin erwan erwin eryk erza erzsebet erzsébet esben \
    eseoghene esi esin eskil eskinder esme esmee esmeralda espen esperanza esra esteban estefania estefanía estela estelle \
    esther eszter ethan ethel etienne etim ettore euan eugen eugene eugenia eun-ji eunbi eunhye eunice eunji eunjung eunseo \
    eunwoo eunyoung eva evan evangelia evangeline evangelos evdokia eveliina evelin evelyn everton evgenia evgeniy evgeny evi \
    evie ewa ewan ewelina eyal eyerusalem eylul eylül eyob eyram ezequiel ezgi ezinne ezra fabiana fabiano fabien fabienne fabio \
    fabiola fabrice fabricio fabrizio fabrício facundo fadi fadil fadli fadwa fady fahad fahd faheem fahim faisal faiz faizal \
    faizan fajar falk famke fangfang farah faraji farhad farhan farhana farhiya faria fariba farid fariha farnaz farnoosh farooq \
    farrukh farshad farshid faruk farzad farzana farzaneh fasika fasil fatemeh fathima fatih fatima fatin fatma fatmir fatos \
    fatoş fausto fauzan fauzi fawad fawaz fawzi fayez federica federico fedor fei feifei felipe felix femi femke feng fenna \
    fenne ferenc fereshteh fergal fergus ferhat fernanda fernando feruz fetu feven ffion fiachra fiadh fidel fieke fiifi fikirte \
    fikri fikru filip filippo filiz finbar finlay finley fiona fionn fionnuala fiorella firas firouzeh fisnik fitri fitria \
    fitriani fitsum fizza flamur flavia flavio flemming fleur florante florent florentina florian floris floyd flurin flávia \
    flávio folake folasade foteini fotini fotis fran frances francesca francesco francine francisca francisco franciszek franco \
    francois francoise frankie frantisek františek franz françois françoise fraser fred freddie freddy frederic frederick \
    frederik frederikke fredrik freja freya frieda friedhelm friedrich frits fritzner frode frédéric fuka fumiko funke funmi \
    funmilayo furaha furkan fyodor fábio fátima félix gabe gabi gabin gabor gabriel gabriela gabriele gabriella gabrielle gadi \
    gaelle gaetan gaetano gagan gagandeep gaia gail gakii galih galina galit galya gamze ganbaatar ganesan ganesh garba gareth \
    garima garrett gary gaspard gatete gathoni gaurav gauri gautam gauthier gavin gayan gayane gayathri gayle gayoung gaétan \
    gaëlle gbenga gebre gede gediminas geert geeta geethu geir gemma genalyn genevieve geneviève gennady gennaro genowefa genti \
    geoff geoffrey geonwoo george georges georgi georgia georgiana georgina georgios georgy geraint gerald geraldine gerard \
    gerardo gerasimos gerben gerd gerda gergana gergely gergo gergő gerhard germain gernot gerry gert gertrud gesine getachew \
    gethin gevorg ghada ghaida gheorghe ghislain ghislaine ghulam giacomo giada giampaolo gian giancarlo gianfranco giang \
    gianluca gianmarco gianni giannis gideon giedre giedrė gijs gil gilad gilang gilles gillian gina ginette ginny gino gintaras \
    giorgi giorgia giorgio giorgos giovana giovanna giovanni girish girma gisela gisele giselle gisle gita gitau githinji gitte \
    giulia giulio giuseppe giuseppina gizella gizem gjorgji gladys gleb glenda glenn glesni gloria glória godfrey goitseone \
    gokce gokhan gokul goli golnar golnaz goncalo gonul gonzalo gonçalo gopal gopi gopika goran gordana gordon gorka gorkem \
    gosia gottfried gotz gowtham graca graciela grady graeme grainne graziano graziella grazyna graça grażyna greeshma greg \
    gregg gregoire gregor gregory greta gretchen griet grigory griselda gruffydd grzegorz gráinne grégoire guang gudmundur \
    gudrun guerline guilherme guillaume guillermo gul gulay gulnara gulnaz gulsen gunel gunhild gunnar gunnhildur gunter gunther \
    guntis guohua guoliang guoping guoqiang gurdeep gurinder gurjit gurleen gurmeet gurpreet gurvinder gus gustaf gustav gustavo \
    guus guðmundur guðrún gwen gwenael gwenaël gwendolyn gwenllian gwion gwyneth gyorgy gyula gyuri györgy gábor gérard gökhan \
    gökçe gönül göran görkem götz gül gülay gülşen günter günther habib habiba habibur hadar hadas hadi hadil hadiza haeun \
    hafidz hafiz hafsa hagai hagit hai haibo haider haifeng haile hailey hailu haiyan haiyang hajar hajnalka hajun hakan hakob \
    hakon hala haleh haley halil halima halina halldor halldór hallie hallvard halvard halvor halyna hamad hamdan hamdi hamed \
    hamid hamidreza hamiora hamish hamisi hamisu hammad hamna hamza hana hanako hanan hananeh hanbyul hande haneen hanh hani \
    hanif hanis hanli hanna hannah hanne hanneke hannele hannelore hannes hannu hans hans-jurgen hans-jürgen hans-peter hansika \
    hanspeter hanyu hao haoming haoran haotian haoxuan haoyang haoyu harald harbhajan hardeep hardik hari harika harini haris \
    harish haritha harjeet harjit harlan harleen harman harold harper harpreet harriet harrison harry harsh harsha harshit \
    hartmut hartwig haruhiko haruka haruki haruna haruto harutyun harvey harvinder hasan hasitha hasmik hasnain hassan hasti \
    hatem hatice hattie hau hauke haunani hauwa haya hayato hayden hayk hayley hayoon haytham hazal hazem haziq healani heather \
    heba hedda hedvika heejin heeyoung hege heidi heidrun heike heikki heiko heiner heinrich heinz heitor heledd helen helene \
    helga helge helle helmi helmut helmuth heloisa heloísa hema hemant hemanth hemendra hemi hendra hendrik heng hengameh henk \
    hennie henning henok henri henrietta henrik henrike henrique henry henryk herbert heriberto herman hermela herminia hernan \
    hernán heru herve hervé herwig hesam hessa hester hetal hiba hibo hidayah hidde hideaki hideki hideo hidetoshi hien hiep \
    hieu hikari hikaru hila hilal hilary hilde hildegard hildur hilkka hillary hillel himanshu himari hina hinako hinata hine \
    hineata hinemoa hira hiren hirini hiro hiroaki hirofumi hiroki hiroko hiromi hiroshi hirotaka hiroto hiroya hiroyuki hirut \
    hisashi hisham hitesh hitomi hiwot hiếu hiền hiển hiệp ho-yin hoa hoai hoang hoani hoda hodan hodaya hohepa hoi-yan holger \
    holly homa hong hongmei hongwei hongyu honi honza hooman horace horia horst hoseok hossein houda houshang hovhannes howard \
    hoà hoài hoàng hrach hripsime hristo hrvoje hsiao-ming hsin-yi hsin-yu hua huan huanhuan hubert huda hugh hugo hugues \
    huguette hui huijun huiling huiyu hulya huma humaira humberto huong husain husam huseyin husna hussam hussein huw huy huyen \
    huyền hye-jin hyejin hyemin hyeri hyesoo hyojin hyori hyun hyun-woo hyuna hyunjin hyunjoo hyunjung hyunseok hyunsoo hyunwoo \
    hywel håkon hélène hòa hülya hüma hüseyin hēmi hōhepa hương hưởng hạnh hải hậu hồng iain ian ibai ibinabo ibrahim ibukun \
    ichiro idan idil idongesit idowu iestyn ieuan ieva ifeanyi ifedayo ifeoluwa ifeoma ifunanya ignacio ignas igor ihaia ihor \
    ijeoma ika ikaika ikechukwu ikenna iker ikhsan ilan ilango ilaria ilayda ildiko ildikó ileana ilgin ilham ilhan ilias ilir \
    ilkay ilker ilkka ilmari ilona ilse ilya ilyas ilze imad iman imane imani imaobong imelda immacolata imogen imran imre inaki \
    inas inbal indah inderjit indira indra indrani indranil indri ineke ines inese inga inge ingeborg ingo ingrid ingunn ingvild \
    inmaculada inna innes inoke intan inès inés inês ioan ioana ioane ioanna ioannis iolani iolo ionel ionela ionut ionuț iosefa \
    ipek iqra iradukunda iraj irakli iram iratxe irdina irem irena irene ireneo ireneusz iresha irfan irina irini irit irma \
    irmak irmela irmgard iryna isaac isabel isabela isabella isabelle isadora isagani isaiah isak isamu isha ishaan ishan ishara \
    ishimwe ishita ishrat ishwari ishwor isireli iskandar isla ismael ismail issa istvan istván isuru itai itamar itay itzayana \
    itzel itziar iulia iulian ivan ivana ivanna ivar ivars ivaylo ivica ivo iván iwan iwona iyabo iyobosa izabela izzati iñaki \
    jaakko jaanus jaap jabari jace jacek jacinta jackie jacklyn jacky jaclyn jaco jacob jacopo jacqueline jacquelyn jacques jada \
    jaden jadwiga jae-hyun jae-won jaehee jaehyun jaelyn jaemin jaesuk jaewon jaeyoung jagadeesh jagdeep jahid jahlil jaime \
    jairo jake jakob jakub jalen jamal jamar jamari jamel james jamie jamil jamila jamilu jan jana janaka janani jane janelle \
    janet janette jani janice janie janina janine janis janka jannatul janne jannie jannik jannike jannis januka janusz jaquan \
    jaqueline jared jari jarkko jarmila jarmo jaroslav jaroslaw jarosław jarrod jasbir jaseem jasleen jasmeet jasmine jasna \
    jason jaspreet jassim jasur jaswinder jatin jatinder jaume javad javed javeria javier javiera javon jawad jay jaya jayce \
    jayden jayesh jayla jaylen jaylin jaypee jayson jazmin jazmine jean-baptiste jean-christophe jean-claude jean-francois \
    jean-françois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul jean-philippe jean-pierre \
    jean-robert jean-yves jeanette jeanne jeannie jebet jedrzej jef jeff jeffery jeffrey jelena jelle jelmer jemima jen jenifer \
    jenn jenna jennie jennifer jenny jennylyn jens jente jeongyeon jepchirchir jepkosgei jeppe jeptoo jeremiah jeremie jeremy \
    jeric jermaine jeroen jerome jerry jerzy jesper jess jessa jesse jessica jesus jesús jeta jette jhanvi jhoanna jhon jhonatan \
    jhumpa jhun ji-hoon ji-hye ji-min ji-won ji-yeon jia jiah jiahao jiahui jiajia jiajun jialing jiaming jianbo jianfeng \
    jianguo jianhong jianhua jiani jianjun jiankang jianmin jianping jianwei jianxin jianyu jiaqi jiarui jiawei jiaxin jiaxuan \
    jiayi jiayu jibin jibril jie jignesh jiho jihoon jihye jihyun jijo jildou jill jillian jim jimena jimin jimmy jin jin-woo \
    jinal jincy jindrich jindřich jing jinghua jingjing jingwei jingwen jingyi jingyu jinhee jinho jinhui jinky jinlong jintana \
    jinto jinwoo jinyu jirayu jiri jirka jiro jisha jisoo jitendra jithin jitka jiwon jiwoo jiyeon jiyoung jiří joachim joan \
    joana joann joanna joanne joao joaquim joaquin joaquín joby jocelyn jocelyne jochen jodi jodian jodie jody joe joel joep \
    joey johan johana johann johanna johannes john johnny jojo joko jolanda jolanta jolene jolien jomar jomari jomel jomon jon \
    jonah jonalyn jonard jonas jonatan jonathan jone jonelle jongmin jonna jons joon joonho joost jordan jordi jordyn jorg jorge \
    jorgen jorien joris jorunn josaia jose josee josef josefa josefina joseph josephine josette josh joshua josiah josiane josip \
    josé josée joud jouni jovan jovana jovelyn joyce joydeep jozef jozsef joão joël juan juana juanito juanjo juanma judit \
    judith judy juha juhani juho jukka julia julian juliana julianne juliano julie julien juliette julián juma jumoke jun junaid \
    jungho jungmin jungsoo junhao junho junhui junichi junjie junko junming junseo junwei junwoo junyi junyoung juraj jure jurg \
    jurgen jurgita jurie jurre jussi juste justin justine justyna justė jutta jyoti jyotishmita jyrki jérémie jérémy jérôme \
    jéssica jón józef józsef jöns jörg jørgen jürg jürgen jānis jędrzej ka-man ka-ming ka-wai ka-yan kaan kaarel kaarina kabelo \
    kabir kabiru kabita kacper kadeem kadek kadir kadri kaede kafui kagendo kagiso kagwiria kahiau kahu kahurangi kai kai-uwe \
    kai-wen kaia kailani kaimana kainoa kaipo kairi kaisa kaisu kaitlin kaitlyn kaito kaiwen kaixin kaja kajal kalaiselvi kalana \
    kalani kalea kaleab kaleem kalena kaleo kalev kalina kalisa kalkidan kalle kalliopi kaloyan kaltrina kalyan kamaka kamal \
    kamaljit kamande kamari kamau kamel kamil kamila kamlesh kamogelo kamon kamonwan kamran kamrul kanako kanani kannan kannika \
    kanoa kanokporn kanokwan kanya kaori kapil kapono kara karabo karamjit karan karanja kare kareem karel karen kari karim \
    karima karin karina karine kariuki karl karl-heinz karla karlheinz karol karolina karoline karsten karthik karthika \
    karthikeya karthikeyan kartik kartika kasey kashif kashish kasia kaspars kasper kasra kasun katalin katarina katarzyna kate \
    katelyn katerina kateryna kateřina katherine kathir kathleen kathrin kathryn kathy katie katja katka katlego kato katrin \
    katrina katsuya katy katya kaua kaushal kaushalya kaushik kauã kaveh kavin kavindya kavita kavitha kaviya kavya kawika \
    kawtar kay kayal kayla kaylee kayleigh kayode kazimierz kazuhiko kazuhiro kazuki kazuko kazuma kazumi kazuo kazuya keabetswe \
    keahi keala kealoha keanu kebede keegan keelin keerthana keerthi kees kehinde keiko keira keisha keisuke keith kekeli kekoa \
    kelechi kelera kelley kelli kellie kelly kelsey kemal kemar kemi ken kenan kendi kendra kendrick kenichi kenichiro kenji \
    kenneth kenny kenta kentaro kenyatta keola keoni kereama kerem keren keri kerri kerry-ann kerstin kertu keshawn kestutis \
    ketaki ketan ketevan ketut kevin kexin keyshawn keza kgomotso kgothatso khadija khadra khai khairul khaled khalid khalil \
    khang khanh khanyisile khatia khoa khoi khrystyna khurram khushi khánh khôi khải kian kiana kiara kibet kidane kidist kiele \
    kien kieran kierra kiet kihyun killian kim kimani kimberly kimia kimmo kinga kingsley kinsley kinyua kioko kipchoge \
    kipkemboi kipkorir kiplagat kiprono kiprop kiprotich kiptoo kiran kiri kiril kirill kirk kirsi kirsteen kirsten kirsty kirti \
    kirubel kisakye kishore kitti kittiphong kittipong kittisak kiyoshi kizza kiên kiệt kjell kjersti klara klas klaus \
    klaus-dieter kleopatra klára knut kobina kobus koen kofi kohei koichi kojo koki kolawole kolya komal komang konadu konrad \
    konstantin konstantina konstantinos koray korir kostas kostya kosuke kotaro kouki kourosh koushik krasimir kreshnik krish \
    krishna krista kristaps kristel kristen kristi kristian kristie kristijan kristin kristina kristine kristjan kristján \
    kristoffer kristopher kristy kristyna kristýna krisztian krisztina krisztián kriti kritsada krunal krupa krystal krystian \
    krystyna krzysztof ksawery ksenia kseniya kuan-yu kuba kubra kuldeep kuldip kulwinder kumaran kumiko kunal kunle kuno kurnia \
    kurniawan kurt kwabena kwadjo kwadwo kwaku kwame kwamena kwasi kwaw kweku kwesi kwok-wai kyla kyle kylee kylie kyoko \
    kyomuhendo kyra kyriaki kyriakos kyunghee kyungho kyunghwa kyungmin kyungsoo kåre kübra kęstutis labinot lacey lachlan ladan \
    ladislav laerke laetitia lagi lahiru laia laiba laila laisa lajos lakeisha lakhwinder lakmal laksh lakshman lakshmi lakshya \
    laleh lalit lamar lambros lamia lamis lamont lana lanakila landon lani lanlan lanre laoise laquisha lara larissa larry lars \
    larysa lasha lashonda lasse laszlo lata latasha latifa latisha latonya latoya laura laure lauren laurence laurent lauri \
    laurie lautaro lavanya lavar lavinia lawal lawrence laxman laxmi layal layla lea leah leandro leann leanne lebo lebogang lee \
    leena lefteris lei leidy leif leigh leila leilani lejla lela lemlem lena leni lenka lennart leo leona leonard leonardo \
    leonel leonid leonidas leonie leonor leopoldo lerato leroy lesedi leslie lestari lester lesya leszek lethabo leticia letícia \
    levan levent levente levi levon lewis lexi leyla li lia liadan liam liang liat libor lidya lieke lieven liezl liga lihong \
    lihua liis liisa lijo lijuan lijun lila lili lilia lilian liliana lilis lilit liliya lillian lily limor lin lina linas linda \
    lindani lindelani lindiwe lindokuhle lindsay lindsey lingling lingyun linh linlin linnea linnéa lionel lior liridon lirije \
    liron lisa lisa-marie lisanne lise liselotte lital litia liudmyla liv livia liviu liwei lixia lixin liya liyana liying liz \
    liza lizbeth lize lizelle lizzie ljiljana ljubica llewelyn llinos lloyd llywelyn loay loes logan logesh loi loic lois loke \
    lokelani lokesh lola lolita lonnie lorcan loredana loren lorena lorenza lorenzo loretta lori lorna lorraine losa losaline \
    losana lotfi lothar lotte lou louie louis louisa louise lowri loïc luan luana luay lubica lubna lubomir luc luca lucas lucia \
    lucian luciana luciano lucie lucien lucienne lucile lucille lucimara lucinda lucio lucy lucyna lucía ludmila ludovic \
    ludovica ludovico ludvig ludwik luis luisa luiz lujain luka lukas lukasz luke lukman lukáš lulit luminita luminița lungelo \
    lungile lupe lupita lusine luther lutz luuk luyanda luzia luzviminda luân luís luísa lwandle lwazi lydia lyes lyla lyle \
    lynda lynette lynn lynne lyuba lyuben lyubomir lyudmila lászló lærke léa léonie lívia lúcia līga lợi maaike maame maarja \
    maarten maayan mabel macario macharia maciej mackenzie madalina madan maddie madeleine madeline madelyn madhan madhavan \
    madhavi madhu madhumita madhura madhuri madiha madis madison mads madushan maelle maeve magda magdalena maggie magnus maha \
    maham mahantesh mahboobeh mahbub mahdi mahealani mahela mahendra maher mahesh mahidhar mahina mahira mahlet mahmoud mahmud \
    mahmuda mahmudul mahnaz mahnoor mahsa mahtab mahyar mai maija maik maiko maile mainak maira maire mairead maisie maite \
    maiwenn maja majd majed majid makana makani makayla makeda makena makoa makoto maksim maksym maksymilian malachi malak \
    malakai malcolm malee malene malgorzata malia maliha malik malika malin malinda mallory malsha malte mamoru mamta mamun \
    manaia manami manasi mandar mandeep mandla mandy manfred manh manikandan manish manisha manjeet manju manjunath manohar \
    manoj manolis manon manos manpreet mansi mansoor mansour manuel manuela manveer maor maraea marama marc marcel marcela \
    marcell marcella marcelle marcello marcelo marcia marcin marcio marco marcos marcus marek maren margaret margarida margaux \
    margie margo margot margus mari maria maria-eleni mariah mariam marian mariana mariangela marianna marianne mariano \
    mariarosaria maribel maricar maricel maricela maricruz marie marie-ange marie-anne marie-claire marie-claude marie-france \
    marie-helene marie-hélène marie-laure marie-louise marie-pierre marie-sophie marie-therese marie-thérèse marieke mariel \
    marietjie mariia marija marijn mariko marilou mariluz marilyn marina mario mariola marion marios maris marisa marisela \
    mariska marisol marissa marit marites marius mariusz marivel marivic mariya mariyana marián marja marjatta marjolein \
    marjorie marjut marketa markku marko markos markus markéta marla marlene marloes marlon marnus marquita marsha marta marte \
    martha marthinus marti martin martina martine marton marty martín marvin marwa marwan mary maryam maryann maryury marzena \
    marzieh maría masahiko masahiro masaki masako masao masaru masashi masato masayuki masego masha mason masoud masoumeh \
    massimo matan matej mateo mateus mateusz matheo matheus mathew mathias mathieu mathilda mathilde mathis mathéo matias \
    matilda matilde matiu mats matt matteo matthew matthias matthieu matti mattia mattias matus matvey matvii matías matúš matěj \
    maud maude maureen maurice maurizio mauro mavis mawuena mawuli mawusi maxime maximilian maximiliano maya mayank mayar mayra \
    maysa mayu mayumi mazen maëlle maïwenn małgorzata mbali mbuso mckenna mduduzi meabh medhanie meelis meena meenakshi meera \
    megan megha meghan megumi mehak mehdi mehedi mehmet mehran mehrdad mehrnaz mehul mehwish mei mei-ling meihua meike meiling \
    meimei meinir meir meital mekdes mekonnen melanie mele melek melike melinda melissa meltem melvin meng mengmeng mengqi \
    mengyao mengyu mercedes mereana mereani meredith merel meritxell meron mert merve mervi meryem meseret mesfin meshal mesut \
    metasebia mette mhairi mher mia micaela micah michael michaela michal michalina michalis michał michel michela michele \
    micheline michelle michiko mickael mickaël mickey micky midhun midori mieczyslaw mieczysław mieke mies miguel miha mihaela \
    mihai mihajlo mihaly mihi mihir mihret mihály mijin mika mikael mikaere mikayla mike mikel mikhail miki mikiyas mikkel mikko \
    miklos miklós mikolaj mikołaj mikyung milagros milena milica millie milos miloš miltiadis min min-ji min-jun min-seo minahil \
    minami mindaugas mindy minenhle ming minghao minghua minghui mingjie mingming mingxuan mingyu mingzhu minh minhee minho \
    minjae minji minjun minkyu minnie minoo minoru minseo minsoo minsu minsung mio miranda mircea mireille mirela miriam miriama \
    mirja mirjam mirjana mirko mirlande miroslav miroslava miroslaw miroslawa mirosław mirosława misaki misbah misha mishal \
    mitali mitch mitchell mithun mitra mitsuki miwa miyoung miyu mizanur mladen mlungisi mmabatho mmathapelo moana moaz modupe \
    mohamed mohammad mohammadali mohammadreza mohammed mohamud mohan mohannad mohit mohsen mohsin mojca mojgan mojisola mojtaba \
    mokhtar molly momchil mominul momoka momoko mongkol monica monika monique montse morag moran morenike morgan morgane moritz \
    morris morten morteza morven mosa mosese moshe mostafa motlatsi moumita mouna mounika mounir mourad moushumi mousumi mpho \
    mpumi mrunal mthunzi mubarak mubashir mudassar mueni mugabo muge mugisha muhammad muhannad muireann muiris mukasa mukesh \
    mukta mukul mukunda mulugeta mulyadi mumbi muna muneeb munkhbat murad murali murat murdo muriel murilo murtala murugan musa \
    mushfiq muskan mustafa mustafizur mustapha musyoka mutesi mutheu muthoni muthu mutinda mutua muzammil mwajuma mwangi mwende \
    mwesigwa mwikali mykhailo mykola mylene myles myra myrto mzia máire máiréad márcia márcio mária márta márton märta méabh \
    mélanie mónica mônica müge mārama māris mădălina mạnh naa naama nabeel nabil nabila nabilah nabin nabirye nachiket nadav \
    nadeem nadeesha nadege nader nadezhda nadhirah nadia nadiia nadim nadine nadja nadège naeem nafisa nafula nagaraj nagarjuna \
    nagendra nahid nahom nahuel nainoa naji najib najla najwa nakalema nakato nakul nalani naledi nalin nam namjoon namubiru \
    namukasa nanako nanami nancy nanda nandhini nandi nandini nanna naoise naoki naoko naomi naoto naoya nare narek narendra \
    naresh nargiz nari narine narong nasim nasima nasir nasiru nasra nasrin nasser nassim nastya natalia natalie nataliia \
    nataliya natalya natasha natcha nate nathalie nathan nathaniel natia natnael natsuki natsumi nattapong nattawut nattaya \
    natthaphon natthapong nattida natália natálie nauman navdeep naveed naveen navid navjot navneet navya nawaf nawal nayeli \
    nayeon nazanin nazia nazila nazli nazlı nazmul nazneen nazri ndayisenga ndinda ndirangu nduta neal neasa nebojsa nebojša \
    necati ned neda neelam neema neeraj neethu nefeli negar negash neha nehir neil nejc nekesa nektarios nell nellie nemanja \
    nenad nenita nerea nermin nerys nestor netanel nettie neus neville nga ngaio ngaire ngan nghia nghĩa ngoc ngozi ngân ngọc \
    nhan nhat nhi nhlanhla nhung nhyira nhân nhật nia niall niamh niccolo niccolò nicholas nick nicky nicola nicolae nicolas \
    nicole nicoleta nicoletta nicolette nicolo nicolás nicolò nida nidal nidhi niels nienke nigar nigora nihan nihat nii nika \
    nikau nikhil nikita nikka nikki niklas niko nikola nikolai nikolaos nikolas nikolay nikoleta nikolett nikolina nikos nilesh \
    nilmini niloufar nils nilufar nima nimisha nimra nina ning nino niousha nipuni nir nirajan niran nirav nirmala nirosha nisha \
    nishani nishant nisreen nitesh nithya nitin nittaya nitzan nivetha niya niyi niyonzima nizam nizar njal njambi njeri njoki \
    njoroge njål nkatha nkechi nkem nkiru nkosana nkosinathi nnamdi nneka nnenna noa noah noam noboru nobuyuki nodira noelani \
    noelia noemi noemie nofar noga noha nohea nokuthula nokwanda nolan nolwenn noman nomsa nomvula nomzamo nonhlanhla noor noora \
    nopporn nora norah norbert noreen noriko norma nosa nosihle nosipho nouman nour noura noureddine novi novita nowshin nozomi \
    noémi noémie nqobile nsikak nsubuga ntando ntokozo ntombi nuala nugroho nune nuno nunzia nupur nur nura nuray nurdan \
    nurhaliza nuria nurin nurlan nurul nusrat nuttapong nuwan nyah nyambura nyamekye nyarko nyawira nyla nynke nyokabi nyoman \
    nóra núria oana oanh obaapa obaid obiageli obinna obioma obiora oceane ochieng octavian octavio océane odane oddny oddvar \
    oded odette odhiambo odhran odhrán odile oduor odysseas ofa ofek ofentse ofer ofir ofra ogechi oghenekaro ognjen ogochukwu \
    oguz ohemaa oisin oisín okan okechukwu okoth oksana oktavia olabode oladele olaf olafur olaide olamide olamilekan olav \
    olawale olayinka oleg oleh oleksandr oleksii oleksiy olena olesya olga oliver olivia olivier oliwia olli ollie olof olubunmi \
    olufemi olufunke olumide olusegun oluseun olusola oluwadamilare oluwafemi oluwakemi oluwaseun oluwaseyi oluwatobi oluwatoyin \
    olwethu olya omar omer omid omkar omolara omondi omran omri ondrej ondřej onkar onni onome onthatile onur onyango onyeka \
    onyinye oona opiyo orathai oren orhan ori orietta oriol orit orjan orkhan orla orlaith orly ornella orsolya ortrun orville \
    osagie osama osamu osaro osaze oscar osian oskar osman osnat otavio otieno ottavio ottmar otto otávio ouarda oumaima ourania \
    outi ove ovidiu owain owais owen owino oya oyinkansola oyku oystein oyunchimeg ozan ozge ozgur ozlem oğuz paavo pablo paco \
    padma padmaja padraic padraig paige paivi palani palesa pallab pallavi paloma pamela panagiota panagiotis pancho pania \
    pankaj panos pantelis panupong paola paolo paora parag paramjit paraskevi pardis pari parisa parminder paromita parsa parth \
    partha parvaneh parveen parvin pascale pasi pasindu pasquale patcharin patrice patricia patrick patrik patrizia patrycja \
    patrícia pattama patti patty paul paula paulette paulina pauline paulius paulo pavan pavel pavithra pavla pavlina pavlos \
    pavlína pawan paweena pawel paweł payal payam peadar pedram pedro pegah peggy pei-chen pei-shan pekka pelle penelope peng \
    pengfei per periklis perlita pernille pertti pervez petar pete peter petr petra petri petro petros petroula petru petter \
    petya peyman phani phat phichit phil philip philipp philippe phillip phindile phong phongsak phuc phung phuoc phuong phyllis \
    phát phúc phương phước phụng pia pierluigi piero pierre pierre-yves piet pieter pieter-jan pietra pietro pihu pilar pim \
    pimchanok pimpa pinar ping piotr piotrek pippa piret piripi pirjo pirkko piroska piumi piyali piyawat piyush plamen po-han \
    pokuaa polina pongsakorn pooja poonam pooya pornpimol pornthip porntip poul pouya prabhjot prabhu prabin prachi pradeep \
    pradip pradnya prajakta prajwal prakash pramod pranab pranali pranav pranjal prapai prasad prasanna prasanta prasert \
    prasetyo prashant pratama prateek pratima praveen prayut preben predrag preecha preethi preeti premysl prerna presley \
    preston preye priit primoz primož priscila priscilla pritam priya priyadharshini priyanka proinsias przemyslaw przemysław \
    pualani puanani puji pukar puleng pumla puneet pushkar puspita puteri putra putri putu pyotr pádraig päivi péter pınar \
    přemysl qaiser qasim qian qiang qianqian qingqing qingyun qistina qiuyue quan quang quentin quinn quique quoc quyen quynh \
    quyên quân quốc quỳnh rabab rabia rabin rabina rabiu rachael rachel rachid rachna radhika radim radka radoslav radoslaw \
    radosław radovan radu rae raed rafa rafael rafaela rafail rafal rafay rafał raffaele raffaella raffy rafik rafiq rafsan \
    raghav raghavendra raghu ragna ragnar ragnheidur ragnheiður ragnhild ragul rahaf rahama rahat raheel rahel rahera rahim \
    rahma rahman rahmat rahul raija raimonds rainer raisa raissa raj rajan rajarshi rajat rajdeep rajeev rajendra rajesh \
    rajinder rajiv rajkumar rakesh rakhi rakib rakshith ralf ralitsa ralph raluca raman ramana rambabu ramdath rameez ramesh \
    rami ramil ramin ramkumar ramon ramona ramu ramya ramón rana randa randall randi randolph raneem rangi rania ranjit raphael \
    raphaël raquel rasha rashad rashed rasheed rashid rashida rashidul rashmi rasmus ratana ratih ratko ratna rattana rauf raul \
    ravi ravindra ravindu rawan rawia rawinia rawiri rayane raymond razak razvan raúl rebeca rebecca rebekah rediet redouane \
    reem reena reet refilwe reggie reginald regis rehan rehana rehema reid reijo reiko reina reinhard reinhold rejean reka rekha \
    relebohile remco remi remus remya ren renan renata renate renato renaud renee renjith renu reshma reshmi retha retno reto \
    reuben reut revathi reweti rewi reyansh reynaldo reza rezaul rhett rhian rhiannon rhodora rhodri rhona rhonda rhys riaan \
    rian riana rianne ricardo riccardo richa richard richie richárd rick ricky rida riddhi rie rifat rigoberto riham rihards \
    riikka riitta rik rika rikke riko riku riley rima rimsha rin rina rini rinor rinu riona ripeka risa risma rita ritesh ritika \
    ritu rituparna rivka riya riyas rizalina rizki rizky rizwan rizza robbie robel robert roberta roberto robin robyn rocco \
    rochelle rocio rocío rodel rodney rodolfo rodrigo roel roelof rogelio rogerio rogério rohan rohini rohit roisin rojan rojina \
    rokas rokeya roksana roksolana rola roland rolando rolf romain rommel ron ronald ronaldo ronalyn ronan rong roni ronit ronja \
    ronnel ronnie roos ropata rory rosa rosalie rosalind rosalinda rosalyn rosana rosanna rosaria rosauro roselyn rosemarie \
    roshan rosie rositsa rosli ross rossella rotem rowen rowena roxana roxanne roy roya ruaidhri ruairi ruairí ruan ruaridh ruba \
    rubel ruben rubén ruchi rudi rudiger rudolf rudra rudy ruel rufino rufus rui ruiqi ruixin rumana runar rungnapa ruolan ruoxi \
    ruoyu rupa rupali rupam rupert rupesh rupinder rushabh rushane ruslan russ russell rustam ruta rutger ruth rutuja ruud ruwan \
    ruzanna ryad ryan rylee ryo ryohei ryoko ryosuke ryota ryszard ryuichi ryuji ryusei régis réjean réka rémi ríona róbert \
    róisín rónán rúben rüdiger rāwiri răzvan rēwi rūta saad saanvi sabbir sabina sabine sabita sabrina sabyasachi sachiko sachin \
    sachini sachith sadaf sadhbh sadia sadie sadiq saeed saeid saengduan safiya sagar sagi sahar sahil sahin sahra sai saif \
    saiful saima sainimere sairam sajid sakari sakchai saki sakib sakshi sakthi sakura salah salamatu saleh salim salisu sally \
    salma salman salome salote salsabila salvatore salwa sam samah saman samantha sameer samer sami samia samina samir samira \
    samjhana sammy sampath sampo samrawit samuel samuele samy sanath sanaz sanchita sandeep sandhya sandor sandra sandrine \
    sanduni sandy sanele sang-hoon sangeetha sangho sanghoon sangwoo sani sanita sanja sanjay sanjaya sanjeev sanjida sanjiv \
    sanket sanna sanne sanoop santhosh santiago santino santosh saoirse saowanee sapna sara sarah sarang saranya saravana \
    saravanan sardor sargis sarina sarit sarita sarka sarnai saroj sascha sasha sashi saskia sasmita sathish sathya satish \
    satomi satoshi satu satya saul saule saurabh sawsan sayaka sayali sayan sayantan sayli sayuri scarlett schalk scott seamus \
    sean seanan sebastian sebastiao sebastien sebastián sebastião seble sedem seema sefa segun sehar seiichi seini sekar sekhar \
    sela selam selamawit selasi selcuk selena selikem selim selin selina sello selma selva selvi selçuk sem semhar semih semisi \
    semyon sena senad senait senam senan senay sennait senthil senyo senzo seo seo-yeon seoa seohyun seojin seojun seoyeon \
    seoyun sepideh sepp seppe seppo septiani seraina serap serdar serena sergei sergey sergi sergio sergiu sergiy serhii serhiy \
    serkan seru serwaa seryozha setareh seth setiawan seun seungho seunghyun seungmin seungwoo severin severine sevgi sewit \
    sewwandi seyda seyma seymour seán shachar shadi shafiq shafiqul shaghayegh shahad shahana shahar shahbaz shahid shahidul \
    shahin shahram shahrul shahrzad shahul shahzad shahzod shai shailesh shakeel shakib shalini shamar shameer shamim shamma \
    shana shane shanelle shani shania shanice shaniqua shankar shanmugam shannon shanshan shantanu shante shaohua shaquana \
    shaquille sharad shardul shari sharmila sharmin sharon shashank shashika shaun shauna shaurya shawn shawna shayan shayla \
    shazia sheena shehu sheida sheila shekhar shelby sheldon shelley shelly sheraz sherika sherri sheryl sherzod shevon shibu \
    shiela shigeru shiho shijo shikha shilpa shilpi shimon shingo shinichi shinji shinobu shinya shira shireen shiri shirin \
    shirley shivam shivani shiyu shlomo shmuel shoaib shobha shohei shoshana shota shraddha shrey shreya shreyas shreyasi \
    shrinidhi shristi shruti shu-fen shu-hui shuang shubham shufen shuhan shuhei shunsuke shuvo shuyi shweta shwetha shyam siale \
    siamak sian siaosi sibel sibongile sibusiso siddhant siddharth sidney siebe siegfried sierra sietske sifiso sigit signe \
    sigrid sigridur sigrun sigríður sigrún sigurdur sigurður sigve siham sihle siim siiri sijia sijo silas sile silje silke \
    silvana silvia silviu silviya sima simisola simon simona simone simphiwe simran simranjit sina sinan sindhu sindre sinead \
    sinethemba sini sinta sinéad siobhan siobhán siofra sione sioned siphesihle sipho siqi siranush sirichai sirilak sirinya \
    siriporn sirisha siriwan sirkka sirpa sissel sitani siti siu-ming sivakumar sivaranjani siwoo sixten siyabonga siyanda siyi \
    siyu siyuan sizakele sizwe siân sjoerd skylar skyler slamet slawomir sloane slobodan smita sneha snehal snezana snežana \
    snizhana snorre sofea sofia sofiane sofie sofiia sohail sohan sohee soheil sohel sohini sohrab sojin sokratis solange solene \
    solomiia solomon solveig solène somboon somchai somin somjit somkiat sompong sompop somporn somsak somsri somto somtochukwu \
    somying sona sonal sonam songhee songul songül sonia sonya soo sooah sooyeon sooyoung sophia sophie sopho soraya sorcha \
    soren sorin sorina soroush sosefo sosuke sota sotiris souad soufiane soumik soumya sourav souvik sowjanya sowmya soyeon \
    spela spencer spoorthi spyros sravan sravani srdjan sreejith sreekumar sreelakshmi sreya sri sridevi srijana srikanth \
    srilatha srinath srinivas sruthi srđan ssekandi stacey stacy stamatis stan stanimir stanislav stanislava stanislaw stanisław \
    stanley stavros stavroula steen stef stefan stefania stefanie stefano steffen steinar stelios stella stepan stepanka steph \
    stephan stephane stephanie stephen stevan steve steven stevie stewart stian stig stijn stina stoyan stratos struan stu \
    stuart stylianos stéphane stéphanie su-jin suad subbarao subha subhajit subhash subhashree subin subramanian suchart suci \
    sudarat sude sudeep sudha sudhanshu sudheer sudhir sudip sudipta suha sujan sujin sujith sukanya sukhdeep sukhum sukhwinder \
    sukru sule suleiman suleyman sulistyo sumaira sumaiya suman sumana sumeet sumesh sumin sumit sumon sundar sune sung sung-min \
    sungho sunghoon sunghyun sungmin sunhee sunil sunisa sunita sunmi sunyoung supachai supaksorn supaporn supattra supriyadi \
    supriyo supun surachai suraj suranga surasak suren surendra suresh suriya suryani susan susana susanna susannah susanne \
    susanti sushant sushil sushma susie susmita suthep sutrisno suvankar suwit suzanne suzette suzy svein sven sveta svetlana \
    svetoslav sveva svitlana swapnil swarnali swathi swati swen sweta swetha syafiqah syazwani sybil syifa sylvain sylvia sylvie \
    synnove synnøve szabolcs szilvia szymon sándor séamus sébastien sérgio séverine síle sílvia síofra sônia søren süleyman \
    sławomir tabea tabitha tadas tadashi tadesse tadeusz tadhg taehyun taehyung taemin taeyang taeyeon taher tahereh tahir \
    tahmina tahsin taina taiwo takahiro takashi takeshi takumi takuya takyiwaa tal talal talha talia tam tama tamar tamara tamas \
    tamatea tamati tameka tamika tamilselvi tamim tamir tammy tamrat tamta tamuno tamás tanapong tanawat tane tanel tania \
    taniela tanisha tanja tanjila tanmay tanmoy tanushree tanveer tanvi tanvir tanya tanyaporn tanzila tao tapio tara taraneh \
    taras tarek tareq tariq tarja tarkan tarmo tarun tasha tashana taslima tasnia tasnim tasos tatevik tathagata tatiana tatsuya \
    tatum tatyana taufik tauseef tavita taylor tayyab teagan tebogo tedros teemu teerapong tega teguh teja tejas tejaswi \
    tejaswini tejinder tejumade tekalign tekle temidayo temitope temuulen teodor teodora teodoro teona terence teresa teresita \
    tereza terhi teri terje terrance terrell terrence terri terry tertius tesfaye tess tessa tetiana tetsuya teun teuta tevita \
    tewodros thabang thabo thach thais thalia thalita thamarai thamires thanakorn thanapon thanaporn thanasis thanawat thanawut \
    thandeka thandi thandiwe thando thang thanh thanida thanyarat thao tharaka tharindu thato thaís thea thelma themba thembi \
    themis thenmozhi theo theodora theodore theodoros theofanis theresa therese theresia theuns thiago thibault thibaut thien \
    thierry thijs thilina thilini thilo thinh thisara thitima thiyagarajan thiện thodoris thomas thongchai thora thorkild \
    thorsten thorunn thuan thulani thuy thuận thuỷ thành théo thérèse thùy thúy thạch thảo thắng thịnh tia tiago tiana tiantian \
    tianyi tianyu tiberiu tibor tien tiernan tiffany tigist tigran tiina tijana tijs tilo tim timea timo timofey timothee \
    timothy timothée timur tina tintu tipawan tipene tiril tirunesh tishana titik titilayo tiziana tiến tjasa tjaša tjeerd \
    tlotlo toan tobi tobias tobiloba toby tochukwu todd todor tolga tolulope tom tomas tomasi tomasz tomek tomer tomi tomislav \
    tomiwa tommaso tommy tomoaki tomohiro tomoki tomoko tomomi tomos tomoya tomás tomáš tonatiuh toni tonmoy tonu tony toomas \
    torben torbjorn torbjørn tornike torquil torstein torsten toshiyuki tove towhid toyin toàn tracey traci tracy traugott \
    trayvon treasa trefor trent trevor tricia triin trina trinh trisha tristan trivikram troels trond trong troy truc trudy \
    trung truus trúc trọng tsegaye tsetseg tshegofatso tshepo tsion tsubasa tsung-han tsvetan tsvetelina tsz-ching tuan tuana \
    tugba tugce tugrul tuija tulay tullio tumelo tumusiime tuncay tunde tung tuomas tuomo tuong tural turid tushar tuti tuula \
    tuva tuyen tuyet tuyết tuyền tuğba tuğrul tuğçe tuấn twinomujuni txema tygo tyler tyrell tyrese tzipora tzu-yu tzvi tâm \
    tânia tímea tõnu tùng tülay tünde tāmati tāne tường ubong uche uchechi uchenna udara uday udoka ueli ugur ujjwal ulamila ulf \
    uliana ulises ulla ulrich ulrik ulrika ulrike ulugbek ulviyya ulyana umair umar umaru umberto umer umesh umid umit una unai \
    unathi unni upeksha upendra upul urmas urooj uros uroš urs urska ursula urszula urvi urška usama usha usman ute uthai uttam \
    uwase uwe uwimana uyen uyên uzoamaka uzoma uğur vaclav vadim vaea vaggelis vahagn vahe vahid vaibhav vaida vailea vaishnavi \
    valentin valentina valentyna valentín valeria valerie valerio valeriy valery valon valtteri valya valérie vamshi vamsi \
    vandana vanderlei vanesa vanessa vangelis vanshika vanya vardan varsha varun varvara vasanth vasavi vasco vasia vasile \
    vasileios vasilica vasilije vasiliki vasilis vasilisa vasily vassilis vasuki vasyl vaughn vedant vedran veena veera vegard \
    veikko veit velina venkat venkatesh venkatraman venla ventsislav venu vera vernon veronica veronika veronique verónica \
    veselin vesna vetri vibeke vicente vicki vickie vicky victoria vidar vidhya vidya viet viggo vignesh vihaan vijay \
    vijayalakshmi vikas vikram vikrant viktor viktoria viktoriia viktoriya viktória vilde vilhelm viliami villads ville vimal \
    vinay vinayak vince vincent vincenza vincenzo vineet vineeth vinh vinicius vinita vinod vinícius viorel viorica vipin viraj \
    virendra virgilio virginie vishal vishnu vitalii vitaliy vitaly vitor vittoria vittorio vivek vivian vivienne việt vjosa \
    vlad vladimira vladimíra vladislav vladyslav vlasta vojta vojtech vojtěch volkan volker volkmar volodya volodymyr vova \
    vrushali vuk vuong vusal vusi vuyo vyacheslav vytautas václav véronique vítor vượng wade wael wafa wafula wagner wahyu \
    wai-man waimarie wairimu waithera wajid waleed walid wallace walt walter waltraud wambua wambui wanchai wanda wandile \
    wangari wangui wanida wanjala wanjiku wanjiru wanjohi wannes waqar waqas waraporn wardah warsame warunee wasana waseem \
    wasike wasswa wataru watchara wati wawan waweru wawira wayan waylon wayne weerachai weerasak wei wei-ting weijie weilin \
    weiming weiwei wekesa wen wen-hsuan wendell wendy wenhao wenjie wenjing wenjun wenwen wenxuan werner weronika wes wesley \
    wessel whetu whitney wiam wian wibowo wichai wichit wideline widline widodo wiebe wiebke wieslaw wiesław wietske wikitoria \
    wiktor wiktoria wilai wilbur wilfred wilfredo wilfried wilhelm willa willem william willie willis wilma wilmer wilna wilner \
    wim wing-yan winifred winnie wioletta wipada wiremu wissam witold witthaya wojciech wolfgang wondimu wonjun woojin worawut \
    worknesh wout wulan wyatt xabier xander xanthi xavi xavier xia xiang xiao xiaobo xiaodan xiaodong xiaofang xiaofeng xiaogang \
    xiaohong xiaohua xiaohui xiaojie xiaojing xiaojuan xiaojun xiaoli xiaolin xiaoling xiaolong xiaomei xiaoming xiaoqing \
    xiaotong xiaowei xiaoxiao xiaoxuan xiaoxue xiaoyan xiaoyi xiaoyu xiaoyun ximena xin xinran xinxin xinyi xinyue xiomara xiu \
    xochitl xolani xolile xuan xue xuefeng xuejun xueying xuân xóchitl ya-ting yaa yaakov yacine yadira yael yagmur yahya yair \
    yakov yakubu yalda yamile yamini yamuna yan yana yandisa yaneth yang yanhong yani yanli yann yannick yannig yannis yanti \
    yanyan yaowalak yaping yaqi yara yared yareli yarely yaretzi yaron yaroslav yaroslava yasaman yasemin yash yashas yashika \
    yashodha yasin yasir yasmin yasser yassine yasuhiro yatin yavuz yawen yayra yazan yazhini yazmin yazmín yağmur yeferson \
    yegor yehia yehuda yehudit yeison yeji yejin yejun yekaterina yelena yeliz yemi yemisrach yeni yerbol yerim yerin yerlan \
    yesenia yeshi yessica yetunde yevgeniy yevgeny yevhen yewande yi-chen yi-hsuan yi-ting yichen yifan yifat yifei yigal yigit \
    yihan yijun yildiz yiming yinan ying yingjie yingying yinka yiran yitbarek yiting yitzhak yiwen yixin yixuan yiğit ylva ymke \
    yoana yoav yodit yoel yogendra yogesh yohana yohanes yohannes yoichi yoko yolanda yonas yonatan yong yongho yongjun yongsu \
    yonit yoona yoongi yordanka yosef yoshihiro yoshiki yoshiko yossi yosua yosuke younes youness young-ho younghee youngho \
    youngjae youngsoo yousef youssef yu-chen yu-ting yua yuanyuan yuchen yudai yudi yue yufei yuhan yuhang yuhao yuheng yui \
    yuichi yuji yujie yujin yuka yukari yuki yukiko yuko yuli yulia yuliana yulieth yuliia yuliya yumeng yumi yumiko yun yuna \
    yunfei yuni yunita yunus yunxi yupin yuqi yurani yuri yurii yuriy yusei yusof yusuf yusuke yuta yutaka yuting yuto yutong \
    yuval yuvaraj yuvraj yuwadee yuwei yuxin yuxuan yuya yuyan yuying yves yvette yvonne yıldız zach zacharias zachary zack \
    zafer zahid zahidul zahra zaid zainab zainal zaki zalan zaldy zalán zana zander zandile zandre zane zanele zaneta zarina \
    zawadi zaynab zbigniew zdenek zdenka zdeněk zdzislaw zdzisław zeeshan zehra zeina zeinab zelalem zeljko zemenu zenaida \
    zerihun zewditu zeyad zeynep zeyu zhanar zhang zhanna zhaoxia zhen zhengyu zhenhua zhenya zhenyu zhihao zhihua zhijie \
    zhiming zhiqiang zhiwei zhiwen zhixin zhiyuan zhuoran ziad ziaur ziba ziga zihan zihao zijian zimo zineb zinhle ziqi zita \
    ziv ziva zixin zixuan ziyad ziyanda ziyi ziyu zlata zlatan zodwa zoe zoey zofia zohaib zohar zohreh zoi zoltan zoltán zoran \
    zornitsa zoya zoé zoë zrinka zsofi zsofia zsolt zsuzsa zsuzsanna zsófi zsófia zubair zubairu zuberi zukisa zulai zulkifli \
    zunaira zurab zuzana zuzanna zuzka zvonimir zygimantas ádám ágnes ágota áine álvaro ángela ánh ângela çağatay çağla çiğdem \
    éabha éamonn édouard élise élodie émile émilie éric étienne éva ólafur ömer örjan öykü özge özgür özlem ørjan øystein úna \
    ümit þóra þórunn āwhina đorđe đức ılgın ırmak ľubica ľubomír ľudmila łukasz şahin şenay şeyda şeyma şule şükrü špela štefan \
    štěpán štěpánka šárka żaneta željko žiga žygimantas ștefan
    """)
}
