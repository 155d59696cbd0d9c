# Heard: română (Romanian), scriere latină, cu diacritice corecte: ș ț (cu virgulă dedesubt), ă â î.
# DRAFT / CIORNĂ: traducere automată în așteptarea verificării de către un vorbitor nativ de limba română.
# Această traducere NU a fost încă verificată (not yet reviewed by a native speaker).
# Termenii legali SEND (EHC plan, EHC needs assessment, annual review, SEN support, Local Offer etc.)
# trebuie verificați cu un glosar revizuit înainte de folosirea pe site-ul live.
# Stil: propoziții scurte, cuvinte de zi cu zi, adresare politicoasă (dumneavoastră), termenii englezești
# pe care familiile îi aud la școală și la consiliul local rămân în engleză și sunt explicați.

## Every page
service-name = Heard
skip-to-content = Mergeți direct la conținutul principal
nav-label = Meniul principal
nav-family = Familia dumneavoastră
nav-language = Limba
nav-reading-options = Opțiuni de citire
nav-sign-out = Ieșiți din cont
nav-account = Contul tău
footer-help = Ajutor
footer-privacy = Confidențialitate
footer-about = Heard este pentru familiile copiilor și tinerilor cu nevoi educaționale speciale și dizabilități (SEND) din Anglia.
title-error-prefix = Eroare:
link-about = { $action }: { $about }

## Forms and errors
error-summary-title = Este o problemă
field-email = Adresa de email
field-password = Parola (password)
error-email-missing = Scrieți adresa de email.
error-email-invalid = Scrieți adresa de email în forma corectă, de exemplu nume@example.com.
error-password-missing = Scrieți parola.
error-password-too-short = { $min ->
    [one] Parola trebuie să aibă cel puțin { $min } caracter.
    [few] Parola trebuie să aibă cel puțin { $min } caractere.
   *[other] Parola trebuie să aibă cel puțin { $min } de caractere.
}
error-password-too-long = { $max ->
    [one] Parola poate avea cel mult { $max } caracter.
    [few] Parola poate avea cel mult { $max } caractere.
   *[other] Parola poate avea cel mult { $max } de caractere.
}
error-wrong-email-or-password = Adresa de email sau parola nu este corectă. Verificați-le și încercați din nou.
error-too-many-tries = { $minutes ->
    [one] Au fost prea multe încercări de a intra în cont. Așteptați { $minutes } minut, apoi încercați din nou.
    [few] Au fost prea multe încercări de a intra în cont. Așteptați { $minutes } minute, apoi încercați din nou.
   *[other] Au fost prea multe încercări de a intra în cont. Așteptați { $minutes } de minute, apoi încercați din nou.
}
error-too-many-new-accounts = { $minutes ->
    [one] În ultima oră s-au creat multe conturi noi de pe această conexiune la internet. Așteptați { $minutes } minut, apoi încercați din nou.
    [few] În ultima oră s-au creat multe conturi noi de pe această conexiune la internet. Așteptați { $minutes } minute, apoi încercați din nou.
   *[other] În ultima oră s-au creat multe conturi noi de pe această conexiune la internet. Așteptați { $minutes } de minute, apoi încercați din nou.
}
error-unavailable = Ceva nu a mers bine la noi. Ce ați scris este încă aici. Vă rugăm să încercați din nou peste câteva minute.
error-cross-site = Acest formular a venit de pe alt site, așa că Heard nu l-a acceptat. Întoarceți-vă pe Heard și încercați din nou.
error-too-long-title = Textul dumneavoastră este prea lung pentru a fi salvat
error-too-long-body = Nu am salvat nimic. Este prea mult text pentru a fi salvat dintr-odată.
error-too-long-back = Folosiți butonul Înapoi al browserului ca să vă întoarceți. Textul dumneavoastră va fi tot acolo. Scurtați o parte din el, apoi salvați din nou.

## Home
home-title = Heard: părerile, obiectivele și sprijinul copilului dumneavoastră
home-lead = Heard vă ajută să scrieți ce contează pentru copilul dumneavoastră și să țineți evidența ajutorului pe care îl primește.
home-what-title = Ce puteți face
home-what-views = Scrieți părerile și dorințele copilului, cu cuvintele lui, dacă vrea.
home-what-goals = Stabiliți obiective și vedeți cum merge fiecare, la cele trei întâlniri de revizuire din anul școlar.
home-what-services = Găsiți ajutor aproape de dumneavoastră în Local Offer. Local Offer este lista consiliului local cu sprijinul pentru copiii și tinerii cu SEND.
home-send-explained = SEND înseamnă nevoi educaționale speciale și dizabilități (special educational needs and disabilities).
home-yours = Ce scrieți aparține familiei dumneavoastră. Dumneavoastră alegeți cine vede.
home-create-account = Creați un cont
home-sign-in = Intrați în cont
home-go-to-family = Mergeți la familia dumneavoastră

## Create an account
create-account-title = Creați un cont
create-account-intro = Aveți nevoie de un cont ca să păstrați în siguranță informațiile despre copilul dumneavoastră. Este gratuit.
create-account-email-hint = Folosim adresa doar ca să intrați în cont.
create-account-password-hint = { $min ->
    [one] Folosiți cel puțin { $min } caracter. Câteva cuvinte puse împreună sunt ușor de ținut minte și greu de ghicit.
    [few] Folosiți cel puțin { $min } caractere. Câteva cuvinte puse împreună sunt ușor de ținut minte și greu de ghicit.
   *[other] Folosiți cel puțin { $min } de caractere. Câteva cuvinte puse împreună sunt ușor de ținut minte și greu de ghicit.
}
create-account-button = Creați contul
create-account-have-one = Aveți deja un cont?
create-account-sign-in-link = Intrați în cont

## Sign in
sign-in-title = Intrați în cont
sign-in-button = Intrați în cont
sign-in-no-account = Nu aveți încă un cont?
sign-in-create-link = Creați un cont

## Passkeys: signing in with a phone's or computer's lock (sign-in page and /account/passkeys)
passkey-sign-in-title = Sau folosiți o cheie de acces
passkey-sign-in-what = O cheie de acces vă lasă să intrați cu blocarea telefonului sau a calculatorului. Nu aveți nevoie de parolă.
passkey-sign-in-button = Intrați cu o cheie de acces
passkeys-title = Chei de acces
passkeys-lead = O cheie de acces vă lasă să intrați fără parolă. Folosește felul în care deblocați telefonul sau calculatorul: fața, amprenta sau un PIN. Parola merge în continuare.
passkeys-none = Nu aveți încă nicio cheie de acces.
passkeys-yours = Cheile dumneavoastră de acces
passkeys-added = Adăugată pe { $date }.
passkeys-last-used = Folosită ultima dată pe { $date }.
passkeys-not-used = Nefolosită încă.
passkeys-remove-link = Ștergeți { $name }
passkeys-remove-title = Ștergeți cheia de acces „{ $name }”?
passkeys-remove-what = Nu veți mai putea intra cu ea. Puteți intra în continuare cu parola.
passkeys-remove-button = Da, ștergeți-o
passkeys-keep = Nu, păstrați-o
passkeys-need-browser = Ca să adăugați o cheie de acces, folosiți un browser care poate face chei de acces, cu JavaScript pornit.
passkeys-add-title = Adăugați o cheie de acces
passkeys-add-what = Telefonul sau calculatorul vă va cere să îl deblocați. Apoi îl puteți folosi ca să intrați aici.
passkeys-name-label = Un nume pentru această cheie de acces
passkeys-name-hint = Ca să știți care este. De exemplu: Telefonul meu
passkeys-add-button = Adăugați o cheie de acces
passkey-error-signed-out = Ați ieșit din cont. Intrați din nou, apoi adăugați cheia de acces.
passkey-error-name-missing = Dați un nume cheii de acces, ca să știți care este.
passkey-error-name-too-long = Numele este prea lung. Folosiți cel mult { $max } litere.
passkey-error-not-started = A durat prea mult sau pagina era veche. Încercați din nou.
passkey-error-not-recognised = Nu cunoaștem această cheie de acces. Încercați din nou sau intrați cu e-mailul și parola.
passkey-error-already-added = Acest telefon sau calculator are deja o cheie de acces pentru contul dumneavoastră.
passkey-error-cancelled = Cheia de acces nu a fost folosită. Puteți încerca din nou sau puteți folosi parola.

## Your family
family-title = Familia dumneavoastră
family-signed-in-as = Sunteți în cont ca { $email }.
family-children-title = Copiii dumneavoastră
family-no-children = Nu ați adăugat încă niciun copil. Adăugați aici fiecare copil, apoi scrieți ce contează pentru el.
family-signed-out = Vă rugăm să intrați în cont ca să vedeți familia dumneavoastră.

## Reading options
reading-title = Opțiuni de citire
reading-intro = Schimbați felul în care arată paginile, ca să vă fie mai ușor să citiți. Le puteți schimba din nou oricând.
reading-text-size = Mărimea textului
reading-text-size-standard = Obișnuită
reading-text-size-large = Mare
reading-text-size-largest = Foarte mare
reading-spacing = Spațiul dintre rânduri și litere
reading-spacing-hint = Mai mult spațiu poate face textul mai ușor de urmărit.
reading-spacing-standard = Obișnuit
reading-spacing-wide = Mai larg
reading-font = Fontul (tipul de literă)
reading-font-standard = Obișnuit
reading-font-dyslexia = Un font pe care unele persoane cu dislexie îl citesc mai ușor (OpenDyslexic)
reading-theme = Culori
reading-theme-auto = La fel ca pe dispozitivul meu
reading-theme-light = Luminos
reading-theme-dark = Întunecat
reading-theme-contrast = Contrast mare
reading-motion = Mișcare pe pagină
reading-motion-auto = La fel ca pe dispozitivul meu
reading-motion-reduce = Mai puțină mișcare
reading-kept = Păstrăm alegerea dumneavoastră pe acest dispozitiv. Când sunteți în cont, o păstrăm și în contul dumneavoastră.
reading-save = Salvați opțiunile de citire
reading-saved = Opțiunile de citire sunt salvate.
reading-back = Întoarceți-vă unde erați

## Language
language-title = Limba
language-legend = Ce limbă vreți să folosiți?
language-hint = Fiecare limbă este scrisă în propria ei limbă.
language-button = Folosiți această limbă

## Privacy
privacy-title = Confidențialitate
privacy-lead = Informațiile familiei dumneavoastră sunt private. Pagina aceasta spune ce păstrăm și de ce.
privacy-what-title = Ce păstrăm
privacy-what = Adresa dumneavoastră de email și o formă codificată a parolei, din care nimeni nu poate afla parola. Și ce scrieți despre copilul dumneavoastră.
privacy-who-title = Cine poate vedea
privacy-who = Doar familia dumneavoastră. O școală, consiliul local sau o persoană de sprijin (advocate) vede ceva doar dacă alegeți să le arătați.
privacy-cookies-title = Cookie-uri
privacy-cookie-session = Un cookie vă ține în cont. Dispare când ieșiți din cont.
privacy-cookie-language = Un cookie ține minte limba aleasă.
privacy-cookie-reading = Un cookie ține minte opțiunile de citire.
privacy-cookie-device = Un cookie ține minte că ați mai intrat în cont de pe acest dispozitiv. Dacă altcineva încearcă să vă ghicească parola, puteți totuși intra în cont de aici.
privacy-no-tracking = Nu folosim cookie-uri ca să vă urmărim și nu încărcăm nimic de pe alte site-uri.
privacy-on-this-phone = Heard păstrează pe acest telefon propriile fișiere (imagini, stiluri și cod), ca paginile să se deschidă mai repede, și o pagină de arătat când nu ai internet. Dosarul copilului tău este păstrat acolo doar dacă alegi „Păstrează pe acest telefon” pe dosarul lui, și este șters când ieși din cont. Se păstrează și ce scrii, până când salvezi.
privacy-rights-title = Drepturile dumneavoastră
privacy-rights = Puteți cere să vedeți tot ce păstrăm despre dumneavoastră, să schimbați ceva sau să ștergeți totul.

## Offline (the page the service worker shows without a connection)
offline-title = Nu ai internet
offline-lead = Această pagină are nevoie de internet. Telefonul tău nu este conectat acum.
offline-kept = Ce scriai în Heard este păstrat pe acest telefon. Va fi acolo când deschizi pagina din nou.
offline-try-again = Încearcă din nou

## Help
help-title = Ajutor
help-using-title = Cum folosiți Heard
help-reading-options = Măriți textul, schimbați culorile sau fontul
help-language = Schimbați limba
help-advice-title = Sfaturi gratuite
help-sendiass = Fiecare consiliu local are un SENDIASS. Acesta dă sfaturi gratuite despre SEND și nu ține partea nimănui. Căutați pe internet „SENDIASS” și numele consiliului dumneavoastră local.
help-words-title = Cuvinte pe care le puteți auzi
glossary-send = SEND
glossary-send-meaning = Nevoi educaționale speciale și dizabilități (special educational needs and disabilities).
glossary-sen-support = SEN support
glossary-sen-support-meaning = Ajutor în plus la școală, fără un plan EHC (EHC plan).
glossary-ehc-plan = EHC plan
glossary-ehc-plan-meaning = Planul de educație, sănătate și îngrijire (education, health and care plan). Un plan legal cu sprijinul pe care un copil sau un tânăr trebuie să-l primească.
glossary-local-offer = Local Offer
glossary-local-offer-meaning = Lista consiliului local cu sprijinul din zonă pentru copiii și tinerii cu SEND, de la naștere până la 25 de ani.
glossary-sendiass = SENDIASS
glossary-sendiass-meaning = Un serviciu gratuit care dă sfaturi despre SEND și nu ține partea nimănui.

## Page not found
not-found-title = Pagina nu a fost găsită
not-found-body = Nu am găsit această pagină. Dacă ați scris adresa, verificați dacă este corectă.
not-found-home = Mergeți la pagina principală

## Dates typed in three boxes
date-day = Ziua
date-month = Luna
date-year = Anul

## What happens next
month-1 = ianuarie
month-2 = februarie
month-3 = martie
month-4 = aprilie
month-5 = mai
month-6 = iunie
month-7 = iulie
month-8 = august
month-9 = septembrie
month-10 = octombrie
month-11 = noiembrie
month-12 = decembrie
date-long = { $day } { $month } { $year }
timeline-title = Ce urmează
timeline-intro = Legea stabilește o dată pentru fiecare pas. Fiecare pas ar trebui să aibă loc cel târziu la data lui.
timeline-next-summary = Următorul pas: { $step }. Ar trebui să aibă loc până la { $date }.
timeline-next-when = { $days ->
    [0] Data este chiar astăzi.
    [1] Data este mâine.
    [one] Mai este { $days } zi.
    [few] Mai sunt { $days } zile.
   *[other] Mai sunt { $days } de zile.
}
timeline-by = Până la { $date }
timeline-state-done = Gata
timeline-state-overdue = Întârziat
timeline-state-next = Urmează
timeline-state-later = Mai târziu
timeline-step-decide-assess = Consiliul local decide dacă face o evaluare a nevoilor EHC (EHC needs assessment)
timeline-step-decide-assess-detail = Evaluarea nevoilor EHC (EHC needs assessment) înseamnă că consiliul local verifică dacă copilul dumneavoastră are nevoie de un plan EHC (EHC plan). Consiliul trebuie să vă spună dacă o face în cel mult 6 săptămâni de când ați cerut-o.
timeline-step-decide-plan = Consiliul local decide dacă face un plan EHC (EHC plan)
timeline-step-decide-plan-detail = Planul EHC (EHC plan) este un plan legal cu ajutorul pe care copilul dumneavoastră trebuie să-l primească. Consiliul local trebuie să vă spună dacă îl face în cel mult 16 săptămâni de când ați cerut evaluarea.
timeline-step-comment-draft = Spuneți ce credeți despre ciorna planului
timeline-step-comment-draft-detail = Aveți 15 zile de când primiți ciorna planului (draft plan) ca să spuneți consiliului local ce credeți despre ea. Tot atunci spuneți ce școală sau colegiu vreți.
timeline-step-final-plan = Consiliul local vă trimite planul EHC final
timeline-step-final-plan-detail = Planul final trebuie să vină în cel mult 20 de săptămâni de când ați cerut evaluarea.
timeline-step-review-papers = Se trimit documentele pentru revizuirea anuală
timeline-step-review-papers-detail = Revizuirea anuală (annual review) este o întâlnire în care se verifică planul EHC, cel puțin o dată pe an. Ar trebui să primiți rapoartele cu cel puțin 2 săptămâni înainte de întâlnire, ca să aveți timp să le citiți.
timeline-step-review-meeting = Întâlnirea de revizuire anuală
timeline-step-review-meeting-detail = Planul EHC trebuie verificat la o întâlnire cel puțin o dată la 12 luni. Pentru un copil sub 5 ani, cel puțin o dată la 6 luni.
timeline-step-review-report = Se trimite raportul întâlnirii
timeline-step-review-report-detail = Toți cei de la întâlnire, inclusiv dumneavoastră, ar trebui să primească un raport scris în cel mult 2 săptămâni.
timeline-step-review-decision = Consiliul local decide ce se întâmplă cu planul
timeline-step-review-decision-detail = În cel mult 4 săptămâni de la întâlnire, consiliul local trebuie să vă spună dacă păstrează planul așa cum este, dacă îl schimbă sau dacă îl încheie.
timeline-step-phase-transfer = Planul se schimbă pentru următoarea școală sau următorul colegiu al copilului
timeline-step-phase-transfer-detail = În septembrie care vine, copilul dumneavoastră începe o nouă etapă de școală, de exemplu școala secundară (secondary school) sau colegiul (college). Până la această dată, consiliul local trebuie să schimbe planul EHC ca să spună unde va merge.
timeline-late-title = Consiliul local a întârziat
timeline-late-body = Cel puțin un pas de mai jos ar fi trebuit să aibă loc deja. Puteți primi sfaturi gratuite de la SENDIASS. SENDIASS dă sfaturi despre SEND și nu ține partea nimănui.
timeline-late-link = Cum găsiți SENDIASS din zona dumneavoastră
timeline-step-late = Acest pas ar fi trebuit să aibă loc deja. Consiliul local a întârziat.
timeline-step-late-link = Cereți sfaturi gratuite de la SENDIASS
timeline-step-comment-passed = Cele 15 zile au trecut. Dacă vreți totuși să spuneți ceva despre plan, spuneți-i acum consiliului local. SENDIASS vă poate ajuta.
timeline-sen-support = Cu SEN support (ajutor în plus la școală), școala ar trebui să se întâlnească cu dumneavoastră o dată pe trimestru, de trei ori pe an. Împreună verificați cum merge ajutorul și plănuiți ce urmează.
timeline-none-yet = Dacă credeți că copilul dumneavoastră are nevoie de ajutor în plus, vorbiți cu profesorul lui sau cu SENCO. SENCO este profesorul care se ocupă de SEND în școală. Ajutorul în plus la școală se numește SEN support.
timeline-ask-assessment-title = Dacă copilul dumneavoastră are nevoie de mai mult ajutor
timeline-ask-assessment = Dacă ajutorul de la școală nu este destul, puteți cere consiliului local o evaluare a nevoilor EHC (EHC needs assessment). Atunci consiliul verifică dacă copilul dumneavoastră are nevoie de un plan EHC (EHC plan). Puteți cere chiar dumneavoastră, printr-o scrisoare sau un email către consiliul local. Consiliul trebuie să vă spună în cel mult 6 săptămâni dacă face evaluarea.
timeline-ask-assessment-then = După ce ați cerut, schimbați sprijinul în detaliile copilului și adăugați data la care ați cerut. Heard vă va arăta apoi ce ar trebui să se întâmple și până când.
timeline-missing-request = Adăugați data la care ați cerut evaluarea nevoilor EHC, iar Heard vă va arăta ce ar trebui să se întâmple și până când.
timeline-missing-plan = Adăugați data la care a fost emis planul EHC sau data ultimei revizuiri anuale, iar Heard vă va arăta când este următoarea revizuire.
timeline-missing-last-review = Dacă întâlnirea de revizuire anuală a avut loc, adăugați data ei ca ultima revizuire anuală. Heard vă va arăta apoi când este următoarea.
timeline-add-dates = Adăugați datele

## Progress chart
# The steps of the rating scale, shown after their symbol: "◑ getting there".
rating-not-started = neînceput
rating-just-starting = abia la început
rating-getting-there = pe drumul cel bun
rating-nearly-there = aproape gata
rating-achieved = reușit
# Which way a goal went, from its first rating to its last.
movement-moved-on = A progresat
movement-stayed = A rămas la fel
movement-went-back = A dat înapoi
movement-not-enough = Nu sunt destule aprecieri ca să comparăm
progress-summary-family = Aprecierea familiei: { $first } la { $first_point }, apoi { $last } la { $last_point }. Cum a mers: { $movement }.
progress-summary-school = Aprecierea școlii: { $first } la { $first_point }, apoi { $last } la { $last_point }. Cum a mers: { $movement }.
progress-summary-family-one = Aprecierea familiei: { $rating } la { $point }. Deocamdată este doar una.
progress-summary-school-one = Aprecierea școlii: { $rating } la { $point }. Deocamdată este doar una.
progress-summary-family-none = Familia nu a dat încă nicio apreciere.
progress-summary-school-none = Școala nu a dat încă nicio apreciere.
progress-not-enough = Încă nu sunt destule aprecieri ca să facem un grafic. Tabelul arată aprecierile de până acum.
progress-legend-family = Aprecierea familiei: linie continuă cu puncte
progress-legend-school = Aprecierea școlii: linie întreruptă cu pătrate
progress-column-point = Revizuirea
progress-column-family = Aprecierea familiei
progress-column-school = Aprecierea școlii
progress-not-rated = Fără apreciere

## Problems with what was typed in the record
error-name-missing = Scrieți numele cu care îi place să fie strigat.
error-text-missing = Scrieți ceva aici sau întoarceți-vă fără să salvați.
error-too-long = { $max ->
    [one] Textul este prea lung. Folosiți cel mult { $max } caracter.
    [few] Textul este prea lung. Folosiți cel mult { $max } caractere.
   *[other] Textul este prea lung. Folosiți cel mult { $max } de caractere.
}
error-date-missing = Scrieți o dată.
error-date-incomplete = O dată are nevoie de zi, lună și an.
error-date-not-real = Aceasta nu este o dată reală. Folosiți cifre, de exemplu 27 3 2014.
error-birth-date-in-future = Data nașterii trebuie să fie în trecut.
error-older-than-25 = Heard este pentru copii și tineri până la vârsta de 25 de ani.
error-date-in-future = Această dată trebuie să fie astăzi sau în trecut.
error-choose-one = Alegeți una dintre variante.
error-changed-meanwhile = Altcineva a salvat o schimbare în timp ce scriați. Nu s-a pierdut nimic. Verificați ambele versiuni de mai jos, apoi salvați din nou.
error-hidden-character = Imediat după „{ $after }” este un caracter ascuns. Heard nu îl poate păstra. De obicei apare când copiați și lipiți text. Ștergeți-l sau scrieți din nou acea parte.
error-hidden-character-at-start = Chiar la început este un caracter ascuns. Heard nu îl poate păstra. De obicei apare când copiați și lipiți text. Ștergeți-l sau scrieți din nou acea parte.

## A record that cannot be shown
record-not-found-title = Nu am găsit asta
record-not-found-body = Poate a fost ștearsă sau linkul este greșit. Sau familia nu o mai împarte cu tine.
record-unavailable-title = Ne pare rău, ceva nu a mers bine
record-unavailable-body = Nu am putut încărca asta acum. Nu s-a pierdut nimic din ce ați salvat. Vă rugăm să încercați din nou peste câteva minute.
record-back-to-start = Mergi la pagina ta de început

## Adding a child and changing their details
child-add-title = Adăugați un copil
child-edit-title = Schimbați detaliile pentru { $name }
child-form-intro = Spuneți-ne despre copilul sau tânărul dumneavoastră. Doar persoanele din familia dumneavoastră pot vedea aceste informații.
child-back-to-record = Înapoi la dosar
child-called-name = Numele cu care îi place să fie strigat
child-called-name-hint = Poate fi o poreclă. Nu aveți nevoie de numele complet.
child-date-of-birth = Data nașterii
child-date-of-birth-hint = De exemplu, 27 3 2014
child-setting = Școală, colegiu sau grădiniță
child-setting-hint = Lăsați gol dacă nu merge la niciuna.
child-year-group = Clasa (year group)
child-year-group-hint = O calculăm din data nașterii. Schimbați-o dacă este în altă clasă.
child-year-group-auto = Calculați din data nașterii
child-year-group-auto-known = Calculați din data nașterii ({ $year })
child-support-status = Ce sprijin are acum?
child-support-status-hint = Puteți schimba asta oricând.
child-key-dates = Date importante, dacă le știți
child-key-dates-hint = Aceste date ne ajută să vă spunem ce ar trebui să se întâmple în continuare și până când. Lăsați goale datele pe care nu le știți.
child-assessment-requested-on = Când ați cerut o evaluare a nevoilor EHC (EHC needs assessment)
child-assessment-requested-on-hint = Evaluarea nevoilor EHC înseamnă că consiliul local verifică dacă copilul dumneavoastră are nevoie de un plan EHC (EHC plan).
child-draft-plan-received-on = Când ați primit ciorna planului EHC (draft EHC plan)
child-draft-plan-received-on-hint = Ciorna este prima versiune a planului, înainte să fie finală.
child-plan-issued-on = Când a fost emis planul EHC final
child-plan-issued-on-hint = Aceasta este data scrisă pe planul final.
child-last-annual-review-on = Ultima întâlnire de revizuire anuală
child-last-annual-review-on-hint = Revizuirea anuală (annual review) este întâlnirea din fiecare an în care se verifică planul EHC.
child-next-annual-review-on = Următoarea întâlnire de revizuire anuală
child-next-annual-review-on-hint = Doar dacă s-a stabilit o dată.
child-areas-of-need = Domenii de nevoi (areas of need)
child-areas-of-need-hint = Bifați tot ce se potrivește. Acestea sunt cele patru domenii pe care le folosesc școlile și consiliile locale.
child-save = Salvați
child-conflict-title = Altcineva a schimbat aceste detalii
child-conflict-body = În timp ce scriați, cineva din familia dumneavoastră a salvat o schimbare. Formularul arată ce ați scris. Verificați, apoi salvați din nou ca să păstrați versiunea dumneavoastră.

support-status-none = Încă nu are ajutor în plus
support-status-sen-support = SEN support (ajutor în plus la școală, fără plan EHC)
support-status-assessment-requested = Am cerut o evaluare a nevoilor EHC (EHC needs assessment)
support-status-ehc-plan = EHC plan (un plan legal de sprijin pentru educație, sănătate și îngrijire)

area-communication = Comunicare și interacțiune
area-learning = Cogniție și învățare (gândire și învățare)
area-semh = Sănătate socială, emoțională și mintală
area-sensory-physical = Nevoi senzoriale și fizice

year-group-early-years = Nu merge încă la școală (grădiniță sau acasă)
year-group-reception = Reception (primul an de școală, de la 4–5 ani)
year-group-year = Year { $number }
year-group-post-school = După Year 13 (colegiu, formare profesională sau loc de muncă)

## A child's record at a glance
child-not-given = Nu este completat
child-change-details = Schimbați detaliile
child-parts-title = Dosarul copilului
keep-on-phone-title = Citește fără internet
keep-on-phone-about = Poți păstra dosarul lui { $name } pe acest telefon, ca să-l citești când nu ai internet. Fă asta doar pe telefonul tău. Este șters când ieși din cont.
keep-on-phone-keep = Păstrează pe acest telefon
keep-on-phone-stop = Nu-l mai păstra pe acest telefon
keep-on-phone-kept = Dosarul lui { $name } este păstrat pe acest telefon. Se actualizează de fiecare dată când îl deschizi cu internet.
keep-on-phone-forgotten = Dosarul lui { $name } nu mai este păstrat pe acest telefon.
keep-on-phone-failed = Nu a mers. Verifică dacă ai internet și încearcă din nou.
child-part-about-me = Cine este, ce contează pentru el și cum poate fi ajutat, cu cuvintele lui și ale dumneavoastră.
child-part-goals = Ce vreți cu toții să fie diferit și ce va ajuta.
child-part-reviews = Cum merge fiecare obiectiv, de trei ori pe an școlar.
child-part-progress = Aprecierile fiecărui obiectiv în timp, ca grafic și ca tabel.
child-part-prepare = Pregătiți-vă pentru următoarea întâlnire de revizuire și tipăriți un dosar pe care să-l luați cu dumneavoastră.
child-part-next-steps = Ce ar trebui să se întâmple în continuare și până când.
child-nav-label = Dosarul: { $name }
child-nav-overview = Pe scurt
child-nav-about-me = Totul despre mine
child-nav-goals = Obiective
child-nav-reviews = Revizuiri
child-nav-progress = Progres
child-nav-prepare = Pregătirea pentru revizuire
child-nav-next-steps = Ce urmează
family-add-child = Adăugați un copil

## What happens next, the page
next-steps-title = Ce urmează pentru { $name }

## Getting ready for a review, and the review pack
prepare-title = Pregătirea pentru revizuire
prepare-coming = Următoarea revizuire este { $point }, pe { $date }.
prepare-change-date = Schimbați data
prepare-open-pack = Deschideți dosarul pentru revizuire, ca să-l tipăriți
prepare-changed-title = Ce s-a schimbat
prepare-since = De la ultima revizuire, din { $date }:
prepare-since-start = Încă nu s-a notat nimic la o revizuire. Tot ce este în dosar este nou.
prepare-nothing-changed = Nimic din dosar nu s-a schimbat de atunci.
prepare-entry-changed = „{ $part }” a fost scris sau schimbat de { $author }.
prepare-read-it = Citiți: { $part }
prepare-questions-saved = Întrebările tale sunt salvate. Sunt în pachetul pentru evaluare.
prepare-questions-title = Întrebările dumneavoastră pentru întâlnire
prepare-questions-label = Ce vreți să întrebați sau să spuneți la întâlnire?
prepare-questions-hint = Scrieți câte o întrebare pe fiecare rând. Ele intră în dosarul pentru revizuire, ca să nu le uitați.
prepare-save-questions = Salvați întrebările
prepare-conflict-title = Altcineva a schimbat întrebările
prepare-conflict-body = În timp ce scriați, cineva din familia dumneavoastră a salvat aceste întrebări. Ce ați scris este încă în căsuța de mai jos. Puneți împreună ce vreți să păstrați, apoi salvați.
goal-state-active = Încă lucrăm la el
goal-state-achieved = Reușit
goal-state-stopped = Oprit
pack-title = Dosarul pentru revizuire: { $name }
pack-back = Înapoi la pregătire
pack-how-to-print = Ca să tipăriți, folosiți meniul Print (Imprimare) al browserului. Pe telefon, alegeți Share (Distribuiți), apoi Print. Încape pe hârtie A4 și se citește bine și alb-negru.
pack-for-school-link = În engleză, pentru școală
pack-for-school-here = Acesta este pachetul în engleză, pentru personalul școlii. Cuvintele dumneavoastră sunt așa cum le-ați scris.
pack-in-own-language = Vedeți pachetul în limba dumneavoastră
pack-print = Tipăriți
pack-meeting = Revizuirea: { $point }, { $date }
pack-about-me = Totul despre mine
pack-goals = Obiectivele și cum merg
pack-questions = Întrebările noastre
pack-nothing-yet = Încă nu s-a scris nimic.
pack-goal-number = Obiectivul { $number }:
pack-goal-theme = Domeniul
pack-goal-support = Ce va ajuta
pack-goal-measure = Cum ne vom da seama
pack-goal-by-when = Până când
pack-share-link = Trimiteți dosarul printr-un link
pack-share-title = Trimiteți printr-un link dosarul pentru evaluare al lui { $name }
pack-share-back = Înapoi la dosarul pentru evaluare
pack-share-lead = Faceți un link pentru o singură persoană, de exemplu un profesor. Persoana poate deschide dosarul fără cont. Dumneavoastră alegeți cât timp funcționează linkul și îl puteți opri oricând.
pack-share-made-title = Iată linkul pentru { $who }
pack-share-made-lead = Copiați-l acum și trimiteți-l persoanei. Îl arătăm doar acum, o singură dată. Funcționează până pe { $date }.
pack-share-made-label = Linkul
pack-share-withdraw-ask = Opriți linkul pentru { $who }?
pack-share-withdraw-hint = Nu va mai funcționa chiar acum. Puteți face un link nou mai târziu.
pack-share-withdraw-yes = Da, opriți linkul
pack-share-withdraw-no = Nu, păstrați-l
pack-share-live-title = Linkuri care funcționează acum
pack-share-none = Nu există linkuri care funcționează acum.
pack-share-live-item = funcționează până pe { $date }, { $count ->
    [one] deschis o dată
    [few] deschis de { $count } ori
   *[other] deschis de { $count } de ori
}.
pack-share-withdraw = Opriți
pack-share-withdraw-named = Opriți linkul pentru { $who }
pack-share-in-english = În engleză, pentru școală
pack-share-in-own = În { $language }
pack-share-make-title = Faceți un link nou
pack-share-for-name = Pentru cine este linkul?
pack-share-for-name-hint = Numele și meseria persoanei, de exemplu: Mr Jones (class teacher).
pack-share-how-long = Cât timp să funcționeze linkul?
pack-share-days = { $days ->
    [one] o zi
    [few] { $days } zile
   *[other] { $days } de zile
}
pack-share-until-date = Până într-o zi pe care o aleg eu
pack-share-until = Ultima zi în care funcționează linkul
pack-share-until-hint = Doar dacă ați ales „Până într-o zi pe care o aleg eu”. De exemplu, 27 3 2027.
pack-share-language = În ce limbă să fie dosarul?
pack-share-make = Faceți linkul
pack-share-documents = Ce documente să meargă împreună cu dosarul?
pack-share-documents-hint = Bifați doar documentele de care are nevoie această persoană. Le poate descărca cât timp funcționează linkul. Nu trebuie să bifați niciunul.
pack-share-document = { $kind }, { $date }: { $file }
pack-share-documents-not-on-list = Alegeți doar documente din această listă.
pack-share-live-documents = { $count ->
    [one] Merge cu el 1 document.
    [few] Merg cu el { $count } documente.
   *[other] Merg cu el { $count } de documente.
}
pack-link-shared-by = { $who } v-a trimis acest dosar. Linkul funcționează până pe { $date }.
pack-link-ended-title = Acest link nu mai funcționează
pack-link-ended-body = Familia l-a oprit sau timpul lui s-a terminat. Dacă aveți încă nevoie de dosar, cereți familiei un link nou.
pack-link-unknown-title = Nu găsim acest link
pack-link-unknown-body = Verificați dacă aveți linkul întreg. Dacă tot nu funcționează, cereți familiei unul nou.
pack-link-documents = Documente trimise dumneavoastră

## Goals (outcomes)
adulthood-employment = Muncă, colegiu sau universitate
adulthood-independent-living = O viață cât mai independentă
adulthood-friends-community = Prieteni, relații și a face parte din comunitate
adulthood-good-health = Sănătate bună
goals-theme-adulthood = Preparing for Adulthood (pregătirea pentru viața de adult): { $theme }
goals-title = Obiectivele pentru { $name }
goals-intro = Un obiectiv spune ce va fi diferit pentru { $name } și ce va ajuta. Școlile și consiliile locale numesc obiectivele „outcomes” (rezultate).
goals-outcome-explained = Un rezultat (outcome) este o schimbare pe care o veți putea vedea, datorită ajutorului pe care îl primește { $name }.
goals-aspiration-note = O speranță sau un vis, de exemplu „Vreau să lucrez cu animale”, contează mult. Dar nu este un obiectiv. Un obiectiv este mai mic și mai exact: o schimbare pe care o puteți vedea, de exemplu „Pot să hrănesc singur pisica în fiecare zi”. Speranțele și visurile le puteți scrie în Totul despre mine.
goals-adulthood-explained = Din Year 9, obiectivele pot fi și despre pregătirea pentru viața de adult. Aceasta se numește Preparing for Adulthood. Cuprinde munca sau studiile, o viață cât mai independentă, prietenii și comunitatea, și sănătatea bună.
goals-add = Adăugați un obiectiv
goals-active-title = Obiectivele la care lucrăm acum
goals-active-order = Cel mai important obiectiv este primul. Puteți muta obiectivele mai sus sau mai jos.
goals-none-active = Încă nu există obiective. Adăugați-l pe primul.
goals-number = Obiectivul { $number }
goals-row-outcome = Ce va fi diferit
goals-row-theme = Despre ce este
goals-row-support = Ce va ajuta
goals-row-measure = Cum ne vom da seama
goals-row-by-when = Până când
goals-not-written = Încă nu s-a scris
goals-no-date = Fără dată
goals-change = Schimbați
goals-change-named = Schimbați acest obiectiv: { $outcome }
goals-move-up = Mutați mai sus
goals-move-up-named = Mutați mai sus: { $outcome }
goals-move-down = Mutați mai jos
goals-move-down-named = Mutați mai jos: { $outcome }
goals-mark-achieved = Marcați ca reușit
goals-mark-achieved-named = Marcați ca reușit: { $outcome }
goals-stop = Opriți acest obiectiv
goals-stop-named = Opriți acest obiectiv: { $outcome }
goals-finished-title = Obiective reușite și oprite
goals-finished-intro = Obiectivele încheiate rămân aici, cu tot ce s-a scris despre ele și cu aprecierile lor. Puteți face oricând un obiectiv din nou activ.
goals-none-finished = Încă niciun obiectiv nu a fost reușit sau oprit.
goals-achieved-on = Reușit pe { $date }
goals-stopped-on = Oprit pe { $date }
goals-state-achieved = Reușit
goals-state-stopped = Oprit
goals-make-active = Faceți-l din nou activ
goals-make-active-named = Faceți-l din nou activ: { $outcome }
goals-back = Înapoi la obiective
goals-add-title = Adăugați un obiectiv
goals-edit-title = Schimbați un obiectiv
goals-form-intro = Scrieți câte un obiectiv, cu cuvintele dumneavoastră. Un obiectiv este o schimbare pe care o veți putea vedea.
goals-outcome = Ce va fi diferit?
goals-outcome-hint = Scrieți o schimbare pe care vreți s-o vedeți. De exemplu: „Pot să cer ajutor în clasă când mă blochez.”
goals-theme = Despre ce este mai ales acest obiectiv?
goals-theme-hint = Alegeți varianta care se potrivește cel mai bine. Acestea sunt cele patru domenii de nevoi pe care le folosesc școlile și consiliile locale.
goals-theme-hint-adulthood = Alegeți varianta care se potrivește cel mai bine. Din Year 9, un obiectiv poate fi și despre pregătirea pentru viața de adult. Școlile și consiliile locale numesc asta Preparing for Adulthood.
goals-support = Ce va ajuta?
goals-support-hint = Ajutorul care va face ca asta să se întâmple și cine îl dă. De exemplu: un orar cu imagini și 10 minute în fiecare dimineață cu un asistent de profesor (teaching assistant).
goals-measure = Cum ne vom da seama că s-a întâmplat?
goals-measure-hint = Ce veți vedea sau auzi când merge. De exemplu: „Cere ajutor cel puțin o dată pe zi, timp de două săptămâni.”
goals-by-when = Până când? (puteți lăsa gol)
goals-by-when-hint = De exemplu, 31 7 2027
goals-save = Salvați obiectivul
goals-conflict-title = Altcineva a schimbat acest obiectiv
goals-conflict-body = În timp ce scriați, cineva din familia dumneavoastră a salvat o schimbare la acest obiectiv. Nu s-a pierdut nimic. Formularul de mai jos arată ce ați scris. Această căsuță arată ce a salvat acea persoană. Verificați-le pe amândouă, apoi salvați din nou ca să păstrați versiunea dumneavoastră.
goals-newest-title = Ce s-a salvat cel mai recent

## All about me: the one-page profile in six parts
about-me-title = Totul despre mine
about-me-intro = Această pagină este despre { $name }: cine este, ce contează pentru el sau ea și cum poate fi ajutat cel mai bine. Are șase părți.
about-me-intro-plan = O puteți folosi când se fac planuri. De exemplu, poate intra în Secțiunea A (Section A) a unui plan EHC. (Planul EHC, adică EHC plan, este un plan legal de sprijin pentru educație, sănătate și îngrijire. Secțiunea A este partea despre părerile și speranțele copilului și despre ce contează pentru el.)
about-me-intro-who = Tânărul poate scrie aici cu propriile cuvinte. La fel și un părinte sau un îngrijitor, ori o persoană de sprijin (advocate) împreună cu tânărul. Fiecare text arată de la cine este. Când schimbați ceva, versiunea de dinainte se păstrează.
about-me-liked-and-admired = Ce le place oamenilor la mine și ce admiră la mine
about-me-liked-and-admired-hint = La ce mă pricep? Ce le place prietenilor și familiei mele la mine? Cu ce mă mândresc?
about-me-important-to-me = Ce este important pentru mine, acum și în viitor
about-me-important-to-me-hint = Cine și ce contează pentru mine: oameni, locuri, lucruri pe care le fac, obiceiuri zilnice. Ce vreau să continui să fac? Ce contează pentru viitorul meu?
about-me-how-to-support-me = Cum mă puteți ajuta cel mai bine
about-me-how-to-support-me-hint = Ce mă ajută și ce nu mă ajută? Cum ar trebui să mi se explice lucrurile noi? Ce ar trebui să facă oamenii când îmi este greu?
about-me-how-i-communicate = Cum comunic și cum vă dați seama cum mă simt
about-me-how-i-communicate-hint = Cum le spun oamenilor lucruri: prin cuvinte, semne, imagini, sunete sau prin ce fac? Cum vă dați seama când sunt fericit, îngrijorat sau supărat?
about-me-hopes-and-dreams = Speranțele și visurile mele
about-me-hopes-and-dreams-hint = Ce îmi doresc pentru viitor? Gândiți-vă la școală sau colegiu, muncă, unde să locuiesc, prieteni și sănătate. Mare sau mică, fiecare speranță contează.
about-me-working-and-not-working = Ce merge bine și ce nu merge acum
about-me-working-and-not-working-hint = Ce merge bine pentru mine acum, la școală, acasă sau în altă parte? Ce este greu sau nu merge bine? Scrieți asta înainte de fiecare întâlnire de revizuire.
about-me-nothing-yet = Încă nu s-a scris nimic aici.
about-me-written-by = Scris de { $author } · salvat pe { $date }
about-me-change = Schimbați
about-me-change-which = { $part }, textul { $number }
about-me-earlier-versions = Versiunile de dinainte ({ $count })
about-me-add = Adăugați la această parte
author-young-person = tânărul, cu propriile cuvinte
author-parent-or-carer = un părinte sau un îngrijitor
author-advocate = o persoană de sprijin (advocate), împreună cu tânărul
about-me-add-caption = Adăugați la Totul despre mine
about-me-edit-caption = Schimbați ce s-a scris
about-me-text-label = Ce vreți să spuneți?
about-me-text-label-yours = Ce ați scris (încă nesalvat)
about-me-text-more = Scrieți cât de mult sau cât de puțin vreți. Notițele scurte sunt în regulă. Puteți schimba mai târziu.
about-me-author = Ale cui sunt aceste cuvinte?
about-me-author-hint = Alegeți ale cui sunt cuvintele, nu cine le-a scris la tastatură.
about-me-author-young-person = Tânărul, cu propriile cuvinte
about-me-author-young-person-hint = Cuvintele lui, chiar dacă altcineva le-a scris la tastatură.
about-me-author-parent-or-carer = Un părinte sau un îngrijitor
about-me-author-parent-or-carer-hint = Dumneavoastră sau alt părinte sau îngrijitor din familie.
about-me-author-advocate = O persoană de sprijin (advocate), împreună cu tânărul
about-me-author-advocate-hint = O persoană de sprijin (advocate) este cineva care ajută o familie să spună ce vrea, de exemplu cineva de la SENDIASS. Alegeți asta dacă a scris împreună cu tânărul.
about-me-save = Salvați
about-me-back = Înapoi la Totul despre mine
about-me-edit-keeps = Când salvați, versiunea de dinainte se păstrează. O puteți citi oricând.
about-me-conflict-title = Altcineva a salvat o schimbare
about-me-conflict-body = În timp ce scriați, cineva din familia dumneavoastră a salvat o versiune nouă. Ce ați scris este încă în căsuță. Citiți și versiunea acelei persoane. Apoi salvați ca să o păstrați pe a dumneavoastră, sau schimbați-o mai întâi. Versiunea celeilalte persoane va fi păstrată ca versiune de dinainte.
about-me-newest-title = Cea mai nouă versiune salvată
about-me-version-by = Scris de { $author }. Salvat de { $who } pe { $date }.
about-me-saved-by-unknown = cineva care nu mai are cont
about-me-history-link = Citiți toate versiunile
about-me-history-title = Toate versiunile
about-me-history-intro = Cea mai nouă versiune este prima. Versiunile de dinainte nu se pierd niciodată.
about-me-version = Versiunea { $number }
about-me-version-newest = Versiunea { $number }, cea mai nouă

## Review points (pages/reviews.rs)
term-autumn = Toamna
term-spring = Primăvara
term-summer = Vara
reviews-title = Revizuiri
reviews-intro = O revizuire (review point) este o întâlnire în care se verifică cum merge fiecare obiectiv și ce urmează. Sunt trei în fiecare an școlar: una în trimestrul de toamnă, una în trimestrul de primăvară și una în trimestrul de vară.
reviews-intro-sen-support = Dacă copilul dumneavoastră are SEN support (ajutor în plus la școală, fără plan EHC), școala ar trebui să se întâlnească cu dumneavoastră de trei ori pe an, o dată pe trimestru.
reviews-intro-ehc-plan = Dacă copilul dumneavoastră are un plan EHC (EHC plan, un plan legal de sprijin), întâlnirea de revizuire anuală (annual review) este una dintre cele trei.
reviews-intro-dates = Am pus data obișnuită pentru fiecare trimestru. Schimbați-o cu data reală când o aflați.
reviews-school-year = Anul școlar { $year }
reviews-term-heading = Trimestrul: { $term }
reviews-held-on = Data: { $date }
reviews-recorded = Completat
reviews-not-recorded = Încă nu s-a notat nimic
reviews-coming-up = Urmează: încă nu s-a notat nimic
reviews-record-link = Completați această revizuire
reviews-change-link = Vedeți sau schimbați
review-title = Revizuirea: { $point }
review-back = Înapoi la revizuiri
review-intro = Completați ce puteți. Puteți reveni oricând să schimbați. Doar familia dumneavoastră poate vedea.
review-held-on = Data întâlnirii de revizuire
review-held-on-hint = Am pus data obișnuită pentru acest trimestru. Schimbați-o cu data reală. De exemplu, 10 11 2025.
review-goals-title = Cum merge fiecare obiectiv
review-goals-hint = Pentru fiecare obiectiv, alegeți cum merge acum. Dacă nu sunteți sigur, lăsați „Încă fără apreciere”.
review-no-goals = Încă nu există obiective. Adăugați mai întâi obiective, apoi reveniți să spuneți cum merg.
review-add-goals = Adăugați obiective
review-goal-achieved = Acest obiectiv a fost reușit.
review-goal-stopped = Acest obiectiv a fost oprit.
review-rating = Cum merge, după părerea familiei?
review-school-rating = Cum merge, după părerea școlii?
review-school-rating-hint = Așa cum a spus școala la întâlnire. Lăsați „Încă fără apreciere” dacă nu știți.
school-view-link = Adăugați părerea școlii
school-view-title = Părerea școlii: { $point }
school-view-intro = Spuneți cum merge fiecare obiectiv, după părerea școlii. Familia vede lângă ea numele, meseria și școala dumneavoastră.
school-view-rating = Cum merge, după părerea școlii?
school-view-comment = Ce spune școala
school-view-comment-hint = Scurt și simplu. Puteți lăsa gol.
school-view-save = Salvați părerea școlii
written-by-professional = Scris de { $name } ({ $job }, { $organisation }).
review-school-view-theirs = Doar persoana care a scris asta o poate schimba.
review-not-rated = Încă fără apreciere
review-family-comment = Ce spune familia (opțional)
review-family-comment-hint = Ce s-a schimbat? Ce a ajutat și ce nu?
review-young-person-comment = Ce spune { $name }, cu propriile cuvinte (opțional)
review-young-person-comment-hint = { $name } poate scrie aici, sau puteți scrie dumneavoastră ce a spus, exact cum a spus.
review-overall-title = În acest moment
review-what-is-working = Ce merge bine? (opțional)
review-what-is-working-hint = La școală, acasă sau în altă parte.
review-what-is-not-working = Ce nu merge? (opțional)
review-what-is-not-working-hint = Ce este greu sau ce trebuie schimbat.
review-save = Salvați această revizuire
review-conflict-title = Altcineva a salvat această revizuire
review-conflict-body = În timp ce scriați, cineva din familia dumneavoastră a salvat schimbări. Cea mai nouă versiune salvată apare prima. Formularul de mai jos are încă ce ați scris. Verificați-le pe amândouă, apoi salvați din nou ca să o păstrați pe a dumneavoastră.
review-saved-title = Cea mai nouă versiune salvată
review-saved-rating = Aprecierea familiei
review-saved-school-rating = Aprecierea școlii
review-saved-family-comment = Ce spune familia
review-saved-young-person-comment = Ce spune { $name }
review-saved-what-is-working = Ce merge bine
review-saved-what-is-not-working = Ce nu merge
review-saved-nothing = Nu s-a scris nimic

## Progress (pages/progress.rs)
progress-page-title = Progres
progress-page-intro = Această pagină arată cum a mers fiecare obiectiv la fiecare revizuire. Aprecierile merg de la ○ neînceput până la ● reușit. Fiecare obiectiv are un grafic și un tabel cu aceleași aprecieri, ca să îl folosiți pe cel mai ușor pentru dumneavoastră.
progress-year-title = Anul școlar acesta ({ $year })
progress-year-intro = Ce obiective au progresat, au rămas la fel sau au dat înapoi. Comparăm prima apreciere a familiei din acest an școlar cu cea mai recentă.
progress-year-none = Ca să vedeți cum a mers un obiectiv în acest an școlar, e nevoie de aprecieri de la două revizuiri din acest an.
progress-latest-rating = Ultima apreciere: { $point }
progress-last-year = Anul școlar trecut: { $movement }
progress-not-rated-yet = Încă fără apreciere
progress-goal-achieved = Reușit
progress-goal-achieved-on = Reușit pe { $date }
progress-goal-stopped = Oprit
progress-goal-stopped-on = Oprit pe { $date }
progress-goal-no-ratings = Acest obiectiv nu a primit încă o apreciere la o revizuire.
progress-go-to-reviews = Mergeți la revizuiri
progress-no-goals = Încă nu există obiective. Adăugați obiective, apoi spuneți cum merg la fiecare revizuire.
progress-go-to-goals = Mergeți la obiective

## Text kept while typing
drafts-restored = Am pus înapoi ce scriați data trecută. Nu este încă salvat: verificați, apoi salvați.

## Changing a child's details at the same time as someone else
child-conflict-saved = Ce este salvat acum

## Local Offer: search problems
error-age-not-valid = Scrieți o vârstă în ani, de la 0 la 25. De exemplu, 7.
error-postcode-not-valid = Scrieți prima parte a codului poștal (postcode), de exemplu DE22, sau tot codul poștal.
error-postcode-not-known = Nu știm unde este acest cod poștal. Verificați-l sau lăsați căsuța goală.

## Local Offer pages
nav-local-offer = Găsiți servicii
home-local-offer-link = Găsiți servicii în Local Offer
local-offer-title = Găsiți servicii: Local Offer
local-offer-intro = Local Offer este lista consiliului local cu ajutorul pentru copiii și tinerii cu SEND (nevoi educaționale speciale și dizabilități), de la naștere până la 25 de ani. Nu trebuie să intrați în cont ca să căutați în ea.
local-offer-q = Ce căutați?
local-offer-q-hint = Puteți scrie în română sau în engleză. De exemplu: logoped, autism, înot
local-offer-filters = Restrângeți căutarea
local-offer-filters-chosen = { $count ->
    [one] Restrângeți căutarea ({ $count } filtru ales)
    [few] Restrângeți căutarea ({ $count } filtre alese)
   *[other] Restrângeți căutarea ({ $count } de filtre alese)
}
local-offer-child = Căutați pentru unul dintre copiii dumneavoastră
local-offer-child-hint = Folosim vârsta lui. Sau nu alegeți pe nimeni și scrieți o vârstă mai jos.
local-offer-child-none = Nu am ales pe nimeni
local-offer-child-choice = { $age ->
    [one] { $name }, { $age } an
    [few] { $name }, { $age } ani
   *[other] { $name }, { $age } de ani
}
local-offer-age = Vârsta copilului sau a tânărului
local-offer-age-hint = În ani, de la 0 la 25.
local-offer-need = Domeniul de nevoi
local-offer-need-hint = Cele 4 domenii de nevoi pe care le folosesc școlile și consiliile locale.
local-offer-need-any = Orice nevoie
local-offer-category = Tipul de serviciu
local-offer-category-any = Orice tip
local-offer-category-education = Educație
local-offer-category-health = Sănătate
local-offer-category-social-care = Asistență socială (social care)
local-offer-category-leisure = Activități și cluburi
local-offer-category-advice = Sfaturi și sprijin
local-offer-cost = Cost
local-offer-free-only = Doar servicii gratuite
local-offer-near = Aproape de un cod poștal
local-offer-near-hint = Prima parte este de ajuns, de exemplu DE22.
local-offer-within = Cât de departe
local-offer-within-miles = { $miles ->
    [one] Pe o rază de { $miles } milă
    [few] Pe o rază de { $miles } mile
   *[other] Pe o rază de { $miles } de mile
}
local-offer-use-location = Folosiți locul unde sunt acum
local-offer-location-refused = Nu am putut afla unde sunteți. Scrieți în schimb un cod poștal.
local-offer-location-in-use = Măsurăm distanțele de la locul unde sunteți acum.
local-offer-search = Căutați
local-offer-results-title = Servicii
local-offer-count = { $count ->
    [one] Am găsit { $count } serviciu
    [few] Am găsit { $count } servicii
   *[other] Am găsit { $count } de servicii
}
local-offer-count-none = Nu am găsit niciun serviciu
local-offer-tips = Încercați așa:
local-offer-tip-spelling = Verificați cum ați scris cuvintele.
local-offer-tip-words = Folosiți mai puține cuvinte sau alte cuvinte pentru același lucru.
local-offer-tip-filters = Scoateți câteva filtre.
local-offer-see-all = Vedeți toate serviciile
local-offer-corrected = Am citit { $typed } ca { $read_as }.
local-offer-searched-for = Vă arătăm servicii pentru: { $words }
local-offer-some-words = Niciun serviciu nu are toate cuvintele dumneavoastră. Aceste servicii au o parte din ele.
local-offer-all-services = Toate serviciile, de la A la Z. Scrieți ce căutați ca să vedeți primele pe cele mai potrivite.
local-offer-popular = Căutări frecvente:
local-offer-popular-speech = logopedie (speech therapy)
local-offer-popular-autism = autism
local-offer-popular-short-breaks = respiro pentru familie (short breaks)
local-offer-popular-swimming = înot (swimming)
local-offer-popular-advice = sfaturi gratuite despre SEND
local-offer-fix-problems = Încă nu am putut căuta. Verificați ce ați scris:
local-offer-unavailable = Nu am putut căuta acum. Vă rugăm să încercați din nou peste câteva minute.
local-offer-update-failed = Rezultatele nu s-au putut actualiza. Apăsați Căutați ca să încercați din nou.
local-offer-from = De la { $organisation }
local-offer-ages-range = { $max ->
    [one] Vârsta: { $min }–{ $max } an
    [few] Vârsta: { $min }–{ $max } ani
   *[other] Vârsta: { $min }–{ $max } de ani
}
local-offer-ages-from = { $min ->
    [one] De la { $min } an
    [few] De la { $min } ani
   *[other] De la { $min } de ani
}
local-offer-ages-up-to = { $max ->
    [one] Până la { $max } an
    [few] Până la { $max } ani
   *[other] Până la { $max } de ani
}
local-offer-ages-any = Orice vârstă
local-offer-free = Gratuit
local-offer-may-cost = Poate costa bani
local-offer-cost-not-said = Costul nu este precizat
local-offer-miles-away = { $miles ->
    [one] La { $miles } milă distanță
    [few] La { $miles } mile distanță
   *[other] La { $miles } de mile distanță
}
local-offer-why = De ce apare aici:
local-offer-reason-word = are cuvântul „{ $word }”
local-offer-reason-corrected = ați scris „{ $typed }”; noi am citit „{ $read_as }”
local-offer-reason-also-known = „{ $typed }” este alt nume pentru „{ $found }”
local-offer-reason-age = { $age ->
    [one] pentru vârsta de { $age } an
    [few] pentru vârsta de { $age } ani
   *[other] pentru vârsta de { $age } de ani
}
local-offer-reason-all-needs = pentru toate nevoile
local-offer-reason-need = pentru această nevoie: { $need }
local-offer-reason-category = tipul: { $category }
local-offer-reason-free = gratuit
local-offer-pages = Pagini cu rezultate
local-offer-page-of = Pagina { $page } din { $pages }
local-offer-previous = Pagina anterioară
local-offer-next = Pagina următoare
list-and = { $first } și { $last }
list-separator = {", "}
service-back = Înapoi la căutare
service-not-found-title = Nu am găsit acest serviciu
service-not-found-body = Poate linkul este greșit sau consiliul local l-a schimbat. Căutați din nou în Local Offer.
service-search-again = Căutați în Local Offer
service-not-listed-title = Consiliul local nu mai are acest serviciu pe listă
service-not-listed = Poate s-a închis sau s-a schimbat. Îl păstrăm aici pentru că unele familii l-au salvat. Întrebați la serviciu înainte să mergeți.
service-closed = Acest serviciu este închis deocamdată.
service-about = Ce este
service-for-whom = Pentru cine este
service-row-ages = Vârste
service-row-needs = Domenii de nevoi
service-needs-all = Toate nevoile. Consiliul local nu a numit niciuna anume.
service-row-adulthood = Pregătirea pentru viața de adult
service-row-kind = Tipul de serviciu
service-cost = Cost
service-how-to-get = Cum îl puteți primi
service-referral-needed = Aveți nevoie de o trimitere (referral). Asta înseamnă că cineva, de exemplu un medic, școala sau un asistent social, cere serviciul pentru dumneavoastră.
service-referral-not-needed = Îi puteți contacta chiar dumneavoastră. Nu aveți nevoie de o trimitere (referral).
service-referral-not-said = Consiliul local nu a spus dacă aveți nevoie de o trimitere (referral). O trimitere înseamnă că cineva, de exemplu un medic sau școala, cere serviciul pentru dumneavoastră.
service-contact = Contact
service-phone = Telefon
service-email = Email
service-website = Site
service-people = Pe cine să căutați
service-no-contact = Consiliul local nu a dat datele de contact.
service-where-when = Unde și când
service-place = Locul
service-accessibility = Acces în clădire și în jurul ei
service-access-not-said = Consiliul local nu a spus cât de ușor se poate intra și circula în acel loc.
service-times = Program
service-times-not-said = Consiliul local nu a dat programul.
service-no-place = Consiliul local nu a dat un loc.
service-days-range = { $first } – { $last }
service-time-range = { $opens } – { $closes }
service-days-and-times = { $days }, { $times }
service-day-monday = Luni
service-day-tuesday = Marți
service-day-wednesday = Miercuri
service-day-thursday = Joi
service-day-friday = Vineri
service-day-saturday = Sâmbătă
service-day-sunday = Duminică
service-languages = Limbi
service-languages-not-said = Consiliul local nu a spus ce limbi folosesc.
service-last-updated = Actualizat ultima dată pe { $date }
service-updated-unknown = Consiliul local nu a spus când a verificat asta ultima dată.
service-updated-old-title = Este posibil ca informațiile să nu mai fie actuale
service-updated-old = Consiliul local a actualizat asta ultima dată acum mai bine de un an. Unele detalii s-ar putea să se fi schimbat. Întrebați la serviciu înainte să mergeți.
service-save-title = Salvați în dosarul copilului
service-save-intro = Păstrați acest serviciu în dosarul copilului, cu o notiță pentru dumneavoastră.
service-save-child = Pentru care copil?
service-save-note = Notița dumneavoastră (puteți lăsa gol)
service-save-note-hint = De exemplu: Am sunat pe 3 martie. Ne sună ei înapoi.
service-save-button = Salvați în dosar
service-save-no-children = Adăugați mai întâi un copil. Apoi puteți salva servicii în dosarul lui.
service-add-child = Adăugați un copil
service-sign-in-to-save = Intrați în cont ca să salvați acest serviciu în dosarul copilului
saved-services-title = Serviciile salvate
saved-services-none = Încă nu ați salvat niciun serviciu pentru { $name }.
saved-services-find = Găsiți servicii în Local Offer
saved-services-saved-on = Salvat pe { $date }
saved-services-note = Notița dumneavoastră:
saved-services-not-listed = Consiliul local nu îl mai are pe listă
saved-services-remove = Ștergeți
saved-services-remove-named = Ștergeți { $service } din acest dosar
service-save-child-choose = Alegeți un copil

## Languages on every page, read aloud, words explained
footer-languages = Limbi
read-aloud-start = Citiți cu voce tare
read-aloud-pause = Pauză
read-aloud-resume = Continuați citirea
read-aloud-stop = Opriți
read-aloud-no-voice = Acest dispozitiv nu are o voce pentru { $language }. Așa că nu poate citi această pagină cu voce tare. Poate puteți adăuga o voce din setările dispozitivului.
read-aloud-no-speech = Acest browser nu poate citi paginile cu voce tare.
glossary-see-all = Vedeți toate cuvintele pe care le explicăm
glossary-close = Închideți
info-more-title = Mai mult ajutor

## Glossary: every term
# glossary-ID is the term as families meet it; glossary-ID-meaning says what it means, in plain words.
# glossary-ID-also lists the ways the term is written in running text, longest first, separated by " | ".
# Română: formele românești folosite în textele de mai jos; formele englezești din en-GB se caută oricum.
glossary-ehc-needs-assessment = EHC needs assessment (EHCNA): evaluarea nevoilor EHC
glossary-ehc-needs-assessment-meaning = Consiliul local verifică dacă copilul dumneavoastră are nevoie de un plan EHC (EHC plan). O puteți cere dumneavoastră sau școala. De la 16 ani, o poate cere și tânărul însuși. Consiliul trebuie să vă spună în cel mult 6 săptămâni dacă face evaluarea.
glossary-annual-review = Revizuirea anuală (annual review)
glossary-annual-review-meaning = O întâlnire în care se verifică planul EHC, cel puțin o dată pe an. Dumneavoastră și copilul spuneți ce merge bine și ce trebuie schimbat.
glossary-graduated-approach = Abordarea treptată (graduated approach)
glossary-graduated-approach-meaning = Felul în care școala dă SEN support (ajutor în plus la școală), în patru pași: evaluează, plănuiește, face, revizuiește (assess, plan, do, review). Școala încearcă un ajutor, apoi verifică dacă merge. Apoi schimbă ajutorul, dacă este nevoie.
glossary-senco = SENCO (sau SENDCO)
glossary-senco-meaning = Profesorul care se ocupă de SEND într-o școală. Vorbiți cu el sau cu ea dacă vă îngrijorează nevoile copilului dumneavoastră.
glossary-advocate = Persoană de sprijin (advocate)
glossary-advocate-meaning = Cineva care vă ajută să spuneți ce vreți și are grijă să fiți ascultat. Este de partea dumneavoastră.
glossary-personal-budget = Buget personal (personal budget)
glossary-personal-budget-meaning = Bani puși deoparte pentru o parte din ajutorul dintr-un plan EHC. Puteți cere unul. Vă poate da un cuvânt de spus în felul în care se dă ajutorul, sau vă poate lăsa să-l organizați chiar dumneavoastră.
glossary-tribunal = SEND Tribunal (tribunalul pentru SEND)
glossary-tribunal-meaning = Un tribunal independent, care nu lucrează pentru consiliul local. Dacă nu sunteți de acord cu unele decizii ale consiliului despre SEND, îi puteți cere să decidă el. Asta se numește contestație (appeal).
glossary-mediation = Medierea (mediation)
glossary-mediation-meaning = O întâlnire pentru a rezolva o problemă cu consiliul local. O persoană care nu ține partea nimănui vă ajută să discutați. Este gratuită și dumneavoastră alegeți dacă o vreți.
glossary-ep = Psiholog educațional (educational psychologist, EP)
glossary-ep-meaning = Un specialist în felul în care copiii învață, gândesc și simt. Se întâlnește cu copilul dumneavoastră. Apoi scrie de ce are nevoie copilul și ce îl va ajuta.
glossary-salt = Logopedie (speech and language therapy, SALT)
glossary-salt-meaning = Ajutor pentru vorbire, ascultare și înțelegere. Poate ajuta și la mâncat și băut. Îl dă un logoped (speech and language therapist).
glossary-ot = Terapie ocupațională (occupational therapy, OT)
glossary-ot-meaning = Ajutor pentru lucrurile de zi cu zi, cum ar fi îmbrăcatul, mâncatul, scrisul sau mersul dintr-un loc în altul. Îl dă un terapeut ocupațional (occupational therapist).
glossary-camhs = CAMHS
glossary-camhs-meaning = Serviciul NHS pentru sănătatea mintală a copiilor și tinerilor. Numele înseamnă Child and Adolescent Mental Health Services (servicii de sănătate mintală pentru copii și adolescenți). Ajută, de exemplu, la griji foarte mari sau la o stare de tristețe care nu trece.
glossary-semh = SEMH (sănătate socială, emoțională și mintală)
glossary-semh-meaning = Unul dintre cele patru domenii de nevoi. Este despre sentimente, comportament și relațiile cu ceilalți.
glossary-ap = Alternative provision (AP): școlarizare în alt loc
glossary-ap-meaning = Școală pentru copiii care nu pot merge o vreme la o școală obișnuită. De exemplu, pentru că sunt bolnavi sau li s-a cerut să plece de la școală.
glossary-eotas = Educație în afara școlii (education other than at school, EOTAS)
glossary-eotas-meaning = Învățare în afara unei școli sau a unui colegiu, scrisă într-un plan EHC. Consiliul local o organizează și o plătește atunci când școala nu este potrivită pentru copilul dumneavoastră. Nu este același lucru cu a vă învăța copilul acasă pentru că așa ați ales.
glossary-ebsna = Lipsa de la școală din motive emoționale (emotionally based school non-attendance, EBSNA)
glossary-ebsna-meaning = Când grijile sau alte sentimente puternice îi fac foarte greu unui copil să meargă la școală. Nu este același lucru cu a chiuli de la școală.
glossary-pfa = Preparing for Adulthood (PfA): pregătirea pentru viața de adult
glossary-pfa-meaning = Pregătirea pentru viața de adult, din Year 9 (la 13–14 ani). Cuprinde munca sau studiile, unde va locui, prietenii și sănătatea bună.
glossary-phase-transfer = Phase transfer: trecerea la o nouă etapă de școală
glossary-phase-transfer-meaning = Când copilul dumneavoastră trece la următoarea etapă de școală. De exemplu, de la școala primară (primary school) la școala secundară (secondary school), sau de la școală la colegiu (college). Dacă are un plan EHC, consiliul local trebuie să-l schimbe la timp.
glossary-review-point = Revizuire (review point)
glossary-review-point-meaning = Un moment în care verificați cum merge fiecare obiectiv și plănuiți ce urmează. În Heard sunt trei în fiecare an școlar, câte una pe trimestru.
glossary-outcome = Rezultat (outcome)
glossary-outcome-meaning = Cuvântul pe care școlile și consiliile locale îl folosesc pentru un obiectiv. Spune ce va fi diferit pentru copilul dumneavoastră datorită ajutorului pe care îl primește.
glossary-send-also = nevoi educaționale speciale și dizabilități | special educational needs and disabilities | special educational needs and disability | SEND
glossary-sen-support-also = SEN support
glossary-ehc-plan-also = planul de educație, sănătate și îngrijire | Education, Health and Care plans | Education, Health and Care plan | planurile EHC | planului EHC | planul EHC | plan EHC | EHC plans | EHC plan | EHCPs | EHCP
glossary-local-offer-also = Local Offer
glossary-sendiass-also = SEND Information, Advice and Support Service | SENDIASS | SENDIAS
glossary-ehc-needs-assessment-also = Education, Health and Care needs assessment | evaluării nevoilor EHC | evaluarea nevoilor EHC | evaluare a nevoilor EHC | EHC needs assessments | EHC needs assessment | EHC assessment | EHCNA
glossary-annual-review-also = revizuirile anuale | revizuirea anuală | revizuirii anuale | revizuire anuală | annual reviews | annual review
glossary-graduated-approach-also = assess, plan, do, review | abordarea treptată | abordare treptată | graduated approach
glossary-senco-also = special educational needs co-ordinator | special educational needs coordinator | SEN co-ordinator | SEN coordinator | SENDCOs | SENCOs | SENDCO | SENCO
glossary-advocate-also = persoanele de sprijin | persoana de sprijin | persoană de sprijin | advocates | advocate
glossary-personal-budget-also = personal budgets | personal budget | bugetul personal | buget personal
glossary-tribunal-also = First-tier Tribunal (Special Educational Needs and Disability) | SEND Tribunal | tribunalul | tribunals | tribunal | SENDIST
glossary-mediation-also = mediation | medierea | mediere
glossary-ep-also = psihologii educaționali | psihologul educațional | psiholog educațional | educational psychologists | educational psychologist | EPs | EP
glossary-salt-also = speech and language therapists | speech and language therapist | speech and language therapy | speech therapy | logopedie | logopedul | logoped | SALT
glossary-ot-also = occupational therapists | occupational therapist | occupational therapy | terapia ocupațională | terapie ocupațională | terapeut ocupațional | OT
glossary-camhs-also = Children and Young People's Mental Health Services | Child and Adolescent Mental Health Services | CAMHS
glossary-semh-also = sănătate socială, emoțională și mintală | social, emotional and mental health | SEMH
glossary-ap-also = alternative provision | AP
glossary-eotas-also = education otherwise than at school | education other than at school | educație în afara școlii | EOTAS
glossary-ebsna-also = emotionally based school non-attendance | emotionally based school avoidance | EBSNA | EBSA
glossary-pfa-also = pregătirea pentru viața de adult | Preparing for Adulthood | PfA
glossary-phase-transfer-also = trecerea la o nouă etapă | phase transfers | phase transfer
glossary-review-point-also = review points | review point | revizuirile | revizuirea | revizuiri | revizuire
glossary-outcome-also = outcomes | outcome

## Help and information pages
# Each info-ID-body has one block per line: "## " starts a heading, "- " starts a list item, any other line is a paragraph.
info-list-title = Ajutor și informații
info-list-lead = Pagini scurte despre ajutorul pentru copiii cu SEND din Anglia. Le puteți citi în orice ordine.
glossary-page-title = Cuvinte și ce înseamnă
glossary-page-lead = Școlile și consiliile locale folosesc multe cuvinte speciale. Aici găsiți ce înseamnă fiecare, pe înțelesul tuturor.
info-related-words = Cuvinte de pe această pagină
info-back-to-help = Înapoi la ajutor și informații
info-sen-support-title = Ce este SEN support?
info-sen-support-summary = Ajutorul în plus pe care copilul îl poate primi la școală și cum funcționează.
info-sen-support-body =
    SEN support este ajutor în plus la școală pentru un copil cu SEND. SEND înseamnă nevoi educaționale speciale și dizabilități.
    Copilul nu are nevoie de un plan EHC (EHC plan) ca să primească acest ajutor. Planul EHC este un plan legal de ajutor de la consiliul local.
    ## Cine îl dă
    Școlile, colegiile și grădinițele trebuie să facă tot ce pot pentru copilul dumneavoastră.
    SENCO se ocupă de asta. SENCO este profesorul care răspunde de SEND în școală.
    Școala trebuie să vă spună dacă copilul primește SEN support.
    ## Cum funcționează
    Școala urmează patru pași. Asta se numește abordarea treptată (graduated approach).
    - Evaluează (assess): școala află de ce are nevoie copilul.
    - Plănuiește (plan): dumneavoastră și școala stabiliți ce ajutor se dă și ce ar trebui să se schimbe.
    - Face (do): școala dă ajutorul.
    - Revizuiește (review): verificați împreună dacă ajutorul merge.
    Apoi pașii încep din nou. De fiecare dată, ajutorul se poate schimba.
    ## Cum poate arăta ajutorul
    - Lucru într-un grup mic.
    - Timp cu un asistent de profesor (teaching assistant).
    - Instrumente, de exemplu un orar cu imagini sau un laptop.
    - Sfaturi de la un specialist, de exemplu un logoped (speech and language therapist).
    ## Partea dumneavoastră
    Școala ar trebui să se întâlnească cu dumneavoastră de trei ori pe an, o dată pe trimestru.
    Dumneavoastră vă cunoașteți copilul cel mai bine, așa că părerea dumneavoastră contează. Și părerea copilului contează.
    Cereți o copie a planului de sprijin al copilului, ca să știți la ce ajutor să vă așteptați.
    ## Dacă nu este destul
    Unii copii au nevoie de mai mult ajutor decât poate da școala.
    Atunci puteți cere consiliului local o evaluare a nevoilor EHC (EHC needs assessment). Atunci consiliul verifică dacă copilul are nevoie de un plan EHC.
    O puteți cere chiar dumneavoastră. Școala nu trebuie să fie de acord mai întâi.
info-ehc-plan-title = Ce este un plan EHC (EHC plan)?
info-ehc-plan-summary = Un plan legal cu ajutorul pe care copilul trebuie să-l primească și cum îl puteți cere.
info-ehc-plan-body =
    Planul EHC (EHC plan) este un plan legal. EHC înseamnă education, health and care: educație, sănătate și îngrijire.
    Planul spune de ce are nevoie copilul și ce ajutor trebuie să primească.
    Consiliul local trebuie să se asigure că copilul primește ajutorul pentru învățare din plan. NHS trebuie să dea ajutorul pentru sănătate din plan.
    ## Cine poate primi un plan
    - Copiii și tinerii de la naștere până la 25 de ani.
    - Cei care au nevoie de mai mult ajutor decât le poate da școala sau colegiul.
    Un plan poate continua până la 25 de ani, cât timp tânărul încă învață. Se încheie dacă merge la universitate.
    ## Cum cereți un plan
    Mai întâi, consiliul local trebuie să verifice nevoile copilului. Asta se numește evaluarea nevoilor EHC (EHC needs assessment).
    - O puteți cere dumneavoastră. Scrieți o scrisoare sau un email către consiliul local.
    - O poate cere și școala.
    - De la 16 ani, o poate cere chiar tânărul.
    Consiliul trebuie să spună da dacă este posibil ca copilul să aibă nevoi speciale și să aibă nevoie de un plan. Nu trebuie să dovediți asta.
    Consiliul vă cere părerea dumneavoastră, a copilului, a școlii și a specialiștilor.
    ## Cât durează
    - În cel mult 6 săptămâni, consiliul spune dacă face evaluarea.
    - În cel mult 16 săptămâni, spune dacă face un plan.
    - Apoi primiți o ciornă a planului (draft plan). Aceasta este prima versiune, înainte să fie finală.
    - Aveți 15 zile ca să spuneți ce credeți despre ea. Puteți spune și ce școală sau colegiu vreți.
    - În cel mult 20 de săptămâni de când ați cerut, consiliul trebuie să trimită planul final.
    ## Ce scrie în plan
    - Ce crede copilul, ce speră și ce îi place.
    - Nevoile lui la învățare, sănătate și îngrijire.
    - Rezultatele dorite (outcomes). Acestea spun ce va fi diferit pentru copil datorită ajutorului.
    - Ajutorul pe care trebuie să-l primească. Ar trebui să scrie ce este, cine îl dă și cât de des.
    - Numele școlii sau al colegiului.
    ## După aceea
    Planul trebuie verificat cel puțin o dată pe an. Asta se numește revizuirea anuală (annual review).
    Dacă nu sunteți de acord cu planul, puteți cere unui tribunal numit SEND Tribunal să-l schimbe. Asta se numește contestație (appeal).
info-rights-title = Drepturile dumneavoastră și datele importante
info-rights-summary = Ce spune legea că puteți face și cât ar trebui să dureze fiecare pas.
info-rights-body =
    SEND înseamnă nevoi educaționale speciale și dizabilități.
    Legea despre SEND în Anglia este Children and Families Act 2014 (Legea copiilor și familiilor din 2014). SEND Code of Practice (Codul de practică SEND) o explică. Școlile și consiliile locale trebuie să o respecte.
    ## Drepturile dumneavoastră
    - Dumneavoastră și copilul trebuie să fiți întrebați ce credeți și să fiți ascultați.
    - Puteți cere consiliului local să verifice dacă copilul are nevoie de un plan EHC (EHC plan). Acesta este un plan legal de ajutor. Verificarea se numește evaluarea nevoilor EHC (EHC needs assessment).
    - Puteți spune ce școală sau colegiu vreți să fie scris în plan. Consiliul trebuie să fie de acord, în afară de cazul în care are un motiv serios să nu fie.
    - Puteți cere un buget personal (personal budget). Aceștia sunt bani pentru o parte din ajutorul din plan.
    - Dacă nu sunteți de acord cu unele decizii ale consiliului, puteți face contestație (appeal). Asta înseamnă că cereți unui tribunal numit SEND Tribunal să decidă.
    După Year 11, pe la 16 ani, aceste drepturi trec la copilul dumneavoastră. Îl puteți ajuta în continuare.
    ## Termenele pentru evaluarea nevoilor EHC
    Se numără din ziua în care consiliul primește cererea dumneavoastră.
    - 6 săptămâni: consiliul spune dacă evaluează copilul.
    - 16 săptămâni: consiliul spune dacă face un plan.
    - 20 de săptămâni: primiți planul final.
    Aveți 15 zile ca să răspundeți la ciorna planului.
    ## Termenele pentru revizuirea anuală
    - Planul trebuie verificat la o întâlnire cel puțin o dată la 12 luni. Pentru un copil sub 5 ani, ar trebui să fie o dată la 3–6 luni.
    - Ar trebui să primiți rapoartele cu cel puțin 2 săptămâni înainte de întâlnire.
    - Ar trebui să primiți un raport al întâlnirii în cel mult 2 săptămâni după ea.
    - În cel mult 4 săptămâni de la întâlnire, consiliul trebuie să spună ce va face. Poate păstra planul, îl poate schimba sau îl poate încheia.
    ## Schimbarea școlii
    Când copilul trece la o nouă etapă de școală, planul trebuie schimbat. Asta se numește phase transfer (trecerea la o nouă etapă).
    - Până la 15 februarie, pentru trecerea la o nouă etapă de școală.
    - Până la 31 martie, pentru trecerea de la școală la colegiu, la 16 ani.
    ## Dacă consiliul întârzie
    Consiliul local trebuie să respecte aceste termene. Dacă întârzie, puteți face o plângere.
    SENDIASS dă sfaturi gratuite și nu ține partea nimănui.
info-adulthood-title = Pregătirea pentru viața de adult
info-adulthood-summary = Cum se schimbă ajutorul din Year 9, la 16 ani și până la 25 de ani.
info-adulthood-body =
    Copilul dumneavoastră va crește. Ajută să vă gândiți din timp la viața lui de adult.
    Școlile și consiliile locale numesc asta Preparing for Adulthood (pregătirea pentru viața de adult).
    ## Când începe
    Din Year 9, când copilul are 13 sau 14 ani, face parte din fiecare revizuire anuală (annual review). Aceasta este întâlnirea anuală în care se verifică planul EHC al copilului. Planul EHC (EHC plan) este un plan legal de ajutor de la consiliul local.
    ## Ce cuprinde
    - Muncă, colegiu sau universitate.
    - O viață cât mai independentă.
    - Prieteni, relații și a face parte din comunitate.
    - Sănătate bună.
    ## La 16 ani
    La sfârșitul lui Year 11, copilul devine în fața legii un tânăr (young person).
    Acum poate lua multe decizii singur. De exemplu, poate cere chiar el consiliului local o evaluare.
    Îl puteți ajuta în continuare, dacă vrea.
    Dacă nu poate lua o decizie, o puteți lua în continuare împreună cu el sau în locul lui.
    ## După Year 11
    În Anglia, tinerii trebuie să învețe în continuare până la 18 ani. Pot alege:
    - Sixth form (ultimii doi ani de liceu) sau colegiu.
    - O ucenicie (apprenticeship). Aceasta este un loc de muncă cu pregătire profesională.
    - Un stagiu cu sprijin (supported internship). Acesta este un loc de muncă cu ajutor în plus, pentru tinerii cu plan EHC.
    - Muncă sau voluntariat, împreună cu puțin studiu.
    ## Planul EHC după 16 ani
    Un plan EHC poate continua până la 25 de ani, cât timp tânărul încă învață.
    Se încheie dacă merge la universitate. Universitățile au propriul ajutor pentru studenții cu dizabilități.
    ## Sănătate și îngrijire
    La 18 ani, unele servicii de sănătate trec de la serviciile pentru copii la cele pentru adulți.
    Întrebați din timp cum se va face asta, ca să nu rămână o perioadă fără ajutor.
    ## Ce puteți face
    - Vorbiți cu copilul despre speranțele și visurile lui.
    - La fiecare revizuire, întrebați de ce ajutor are nevoie pentru pasul următor.
    - Scrieți speranțele lui în Totul despre mine, pe Heard.
info-complain-title = Cum faceți o plângere sau o contestație
info-complain-summary = Ce puteți face dacă nu sunteți de acord cu școala sau cu consiliul local.
info-complain-body =
    Există mai multe feluri de a rezolva o problemă. Începeți cu cel mai ușor.
    ## Mai întâi, vorbiți
    - Vorbiți cu profesorul clasei sau cu SENCO. SENCO este profesorul care răspunde de nevoile speciale în școală.
    - Cereți o întâlnire. Scrieți ce s-a stabilit.
    ## Faceți o plângere
    - Fiecare școală are un mod de a face plângeri. Cereți-l sau căutați-l pe site-ul școlii.
    - Și consiliul local are un mod de a face plângeri.
    - Dacă consiliul nu rezolvă problema, puteți merge la Ombudsman. Acesta este un serviciu gratuit care analizează plângerile despre consiliile locale.
    ## O întâlnire ca să rezolvați problema
    Consiliul local trebuie să vă ofere o întâlnire gratuită pentru a rezolva o problemă cu școala sau cu consiliul. O conduce o persoană care nu ține partea nimănui.
    O puteți folosi chiar dacă copilul nu are un plan EHC.
    ## Contestație la SEND Tribunal
    SEND Tribunal este un tribunal independent, care nu lucrează pentru consiliul local. Când îi cereți să schimbe o decizie a consiliului, asta se numește contestație (appeal).
    Puteți face contestație dacă consiliul:
    - nu vrea să facă o evaluare a nevoilor EHC (EHC needs assessment), adică o verificare a nevoilor copilului.
    - nu vrea să facă un plan EHC (EHC plan), adică un plan legal de ajutor.
    - face un plan cu care nu sunteți de acord sau scrie în plan o școală pe care nu o vreți.
    - decide să încheie planul.
    Contestația este gratuită. Nu aveți nevoie de avocat.
    ## Mai întâi, sfaturi despre mediere
    La mediere (mediation), o persoană care nu ține partea nimănui vă ajută pe dumneavoastră și consiliul să discutați.
    Înainte de cele mai multe contestații, trebuie să vorbiți cu un consilier pentru mediere. Apoi primiți un certificat.
    Nu sunteți obligat să faceți mediere. Dar aveți nevoie de certificat ca să faceți contestație.
    Dacă vreți să contestați doar școala scrisă în plan, nu aveți nevoie de certificat.
    ## Termene
    - Aveți 2 luni de la data scrisorii în care consiliul vă spune decizia.
    - Sau 1 lună de la data certificatului de mediere, dacă aceasta este mai târziu.
    ## Tratament nedrept
    O școală nu are voie să-l trateze nedrept pe copil din cauza unei dizabilități. Dacă face asta, puteți merge și la SEND Tribunal. Aveți 6 luni pentru asta.
    ## Cereți ajutor
    SENDIASS și IPSEA dau sfaturi gratuite. Citiți pagina De unde primiți sfaturi gratuite.
info-advice-title = De unde primiți sfaturi gratuite
info-advice-summary = Servicii gratuite care ajută familiile copiilor cu SEND.
info-advice-body =
    Nu trebuie să faceți totul singur. Aceste servicii dau sfaturi gratuite despre SEND. SEND înseamnă nevoi educaționale speciale și dizabilități.
    ## SENDIASS
    Fiecare consiliu local are un SENDIASS. Dă sfaturi gratuite și nu ține partea nimănui.
    Vă poate ajuta să completați formulare și să citiți rapoarte. Uneori, cineva poate veni cu dumneavoastră la întâlniri.
    Ca să-l găsiți, căutați pe internet SENDIASS și numele consiliului dumneavoastră local.
    ## IPSEA
    IPSEA este o organizație caritabilă. Dă sfaturi gratuite despre lege.
    Site-ul ei explică drepturile dumneavoastră în cuvinte simple. Are și scrisori pe care le puteți copia.
    Vă poate ajuta dacă vreți să contestați o decizie a consiliului local.
    ## SOS!SEN
    Și SOS!SEN este o organizație caritabilă. Are o linie telefonică gratuită despre lege.
    Vă poate ajuta să vă pregătiți să contestați o decizie a consiliului local.
    ## Contact
    Contact este o organizație caritabilă pentru familiile cu copii cu dizabilități.
    Are o linie telefonică gratuită. Vă poate ajuta cu bani, ajutoare sociale (benefits), școală și sănătate.
    ## Local Offer
    Local Offer este lista consiliului local cu ajutorul pentru copiii și tinerii cu SEND, de la naștere până la 25 de ani.
    Vă spune ce servicii, cluburi și sprijin există aproape de dumneavoastră. Puteți căuta în ea pe Heard.
    ## Alte persoane pe care le puteți întreba
    - SENCO. Acesta este profesorul care se ocupă de SEND în școală.
    - Medicul de familie (GP) sau asistenta medicală comunitară (health visitor).
    - Un forum al părinților și îngrijitorilor (parent carer forum). Acesta este un grup local de părinți ai copiilor cu SEND. Lucrează cu consiliul local ca să îmbunătățească serviciile.
    ## Sfaturi
    - Păstrați copii după scrisori și emailuri.
    - Notați datele și cine ce a spus.
    - Dacă nu înțelegeți ceva, întrebați din nou. Este în regulă să întrebați.

## Easy Read symbols: the text alternative of each picture
symbol-home = O casă
symbol-family = O familie
symbol-child = Un copil cu un balon
symbol-about-me = O fișă despre o persoană
symbol-goal = O țintă
symbol-review = O listă cu bife
symbol-progress = Bare care cresc
symbol-next-steps = Trepte care urcă
symbol-prepare = Un carnețel și un creion
symbol-local-offer = Un semn de locație pe o hartă
symbol-service = O vitrină de magazin
symbol-help = Un semn de întrebare
symbol-language = Două baloane de vorbire
symbol-reading = O carte deschisă
symbol-privacy = Un lacăt
symbol-sign-in = O săgeată care intră pe o ușă
symbol-account = O persoană într-un cerc
symbol-warning = Un semn de avertizare
symbol-done = O bifă
symbol-save = Un buton de salvare
symbol-search = O lupă
symbol-phone = Un telefon
symbol-money = Bani
symbol-school = O școală
symbol-health = O inimă care bate
symbol-advice = Un bec aprins
symbol-rights = O balanță, pentru dreptate
symbol-adulthood = Un copil care crește
symbol-complain = Un balon de vorbire cu un semn de avertizare
symbol-words = Un balon de vorbire
symbol-read-aloud = Un difuzor care scoate sunet
symbol-calendar = Un calendar
symbol-like = O față fericită
symbol-dislike = O față tristă
symbol-not-sure = O față nesigură

## People and consent: who can see a record, invitations, sharing with advocates, who has seen what

error-date-in-past = Această dată trebuie să fie astăzi sau mai târziu.
error-date-too-far = Această dată trebuie să fie în cel mult un an de azi.
error-tick-at-least-one = Bifați cel puțin o variantă.
child-nav-my-page = Pagina mea
child-nav-people = Cine poate vedea
child-nav-documents = Documente
child-nav-notes = Note de la școală
role-parent-or-carer = părinte sau îngrijitor
role-young-person = tânăr
role-advocate = persoană de sprijin
role-professional = specialist
job-senco = SENCo
job-teacher = Profesor
job-therapist = Terapeut
job-social-worker = Asistent social
job-other = Alt specialist
professional-job-at = { $job }, { $organisation }
record-part-details = numele și datele importante
record-part-about-me = Totul despre mine
record-part-goals = obiectivele și progresul
record-part-saved-services = serviciile salvate
record-part-documents = documentele
record-part-notes = note de la școală și de la alții
record-part-people = cine poate vedea dosarul
share-sees = Poate vedea: { $parts }.
share-read-only = Poate citi, dar nu poate schimba nimic
share-may-change = Poate citi și poate scrie împreună cu dumneavoastră
share-until = Până la { $date }
share-until-stopped = Până când opriți accesul
people-title = Cine poate vedea dosarul pentru { $name }
people-lead = Dumneavoastră decideți cine vede acest dosar. Puteți opri accesul oricând. Se oprește imediat.
people-not-yours-to-change = Acum tânărul decide cine vede acest dosar.
people-family-title = Familia
people-advocates-title = Persoane de sprijin (advocates)
people-no-advocates = Nicio persoană de sprijin nu poate vedea acest dosar.
people-stop-sharing = Opriți accesul
people-stop-sharing-named = Opriți accesul pentru { $name }
people-invite = Invitați pe cineva
people-waiting-title = Invitații care nu au fost folosite încă
people-show-link = Arătați linkul
people-cancel-invitation = Anulați această invitație
people-seen-title = Cine s-a uitat
people-seen-lead = De fiecare dată când cineva se uită la acest dosar sau schimbă ceva în el, notăm asta.
people-seen-link = Vedeți cine s-a uitat la dosarul pentru { $name }
people-pack-links-title = Linkuri către dosarul pentru evaluare
people-pack-links-lead = Puteți trimite dosarul pentru evaluare unei singure persoane, de exemplu unui profesor, printr-un link. Persoana nu are nevoie de cont.
people-ended-title = Acces care s-a încheiat
people-ended-item = putea vedea: { $parts }. Accesul s-a încheiat.
invitation-works-until = Linkul se poate folosi o singură dată, până la { $date }.
invite-title = Invitați pe cineva
invite-back = Înapoi la cine poate vedea dosarul pentru { $name }
invite-lead = Primiți un link pe care i-l trimiteți persoanei. Se poate folosi o singură dată, timp de { $days ->
    [one] { $days } zi
    [few] { $days } zile
   *[other] { $days } de zile
}.
invite-role-legend = Pe cine invitați?
invite-role-hint = Alegeți o variantă. Și { $name } poate avea un cont propriu.
invite-role-parent-or-carer = Alt părinte sau îngrijitor. Poate vedea și schimba dosarele tuturor copiilor dumneavoastră.
invite-role-young-person = Chiar tânărul. Poate scrie cu propriile cuvinte și își poate vedea obiectivele.
invite-role-advocate = O persoană de sprijin (advocate). Vede doar ce alegeți dumneavoastră.
invite-role-professional = Cineva de la școală sau de la alt serviciu, de exemplu SENCo sau un terapeut. Vede doar ce alegeți și poate adăuga părerea școlii la un punct de evaluare.
invite-for-name = Numele persoanei (puteți lăsa gol)
invite-for-name-hint = Ca să știți al cui este fiecare link.
invite-advocate-legend = Doar pentru o persoană de sprijin
invite-advocate-hint = O persoană de sprijin (advocate) este cineva care vă ajută să spuneți ce vreți. Alegeți ce poate vedea.
invite-professional-legend = Doar pentru cineva de la școală sau de la alt serviciu
invite-professional-hint = Apoi alegeți mai jos ce poate vedea, ca pentru o persoană de sprijin. Dacă poate scrie, poate adăuga doar părerea școlii la un punct de evaluare.
invite-job-legend = Ce face această persoană?
invite-organisation = Școala sau serviciul său
invite-organisation-hint = De exemplu, Riverside Academy. Toți cei care văd dosarul văd asta lângă numele său.
invite-parts-legend = Ce poate vedea?
invite-may-change-legend = Poate scrie în dosar?
invite-until-legend = Până când? (puteți lăsa gol)
invite-until-hint = Accesul se oprește la sfârșitul acestei zile. Lăsați gol dacă vreți ca accesul să rămână până când îl opriți dumneavoastră. De exemplu, 31 3 2027.
invite-button = Creați linkul
invitation-link-title = Trimiteți acest link
invitation-back = Înapoi la cine poate vedea dosarul
invitation-link-lead = Trimiteți-l doar persoanei pe care o invitați. Oricine are linkul îl poate folosi.
invitation-link-label = Linkul
invitation-link-hint = Copiați-l și trimiteți-l cum vreți.
invitation-send-text = Trimiteți prin SMS
invitation-send-email = Trimiteți prin email
invitation-email-subject = O invitație pe Heard
invitation-message = Aveți o invitație să vedeți un dosar pe Heard. Deschideți acest link ca să spuneți da: { $link }
invitation-qr-title = Sau arătați acest cod
invitation-qr-lead = Dacă persoana este lângă dumneavoastră, poate îndrepta camera telefonului spre acest cod.
invitation-qr-label = Un cod QR pentru link
invitation-expired-title = Acest link nu mai este valabil
invitation-expired-body = Linkurile sunt valabile 7 zile. Cereți familiei să vă trimită unul nou.
invitation-used-title = Acest link a fost deja folosit
invitation-used-body = Fiecare link se poate folosi o singură dată. Cereți familiei să vă trimită unul nou.
invitation-unknown-title = Nu găsim această invitație
invitation-unknown-body = Verificați dacă aveți linkul întreg. Poate familia a anulat invitația.
invitation-already-young-person-title = Acest cont are deja propriul dosar
invitation-already-young-person-body = Contul unui tânăr este pentru un singur dosar. Intrați cu alt cont sau creați unul nou.
invitation-already-with-family-title = Acest link nu este pentru contul dumneavoastră
invitation-already-with-family-body = Contul dumneavoastră are deja locul lui în această familie, așa că nu poate folosi și acest link. Nu s-a schimbat nimic. Linkul funcționează în continuare pentru persoana căreia i-a fost trimis.
accept-title = Aveți o invitație
accept-as-parent = { $from } vă invită să vă ocupați împreună de dosarele pentru { $children }.
accept-as-young-person = { $name }, { $from } te invită să îți faci propriul cont, pentru dosarul tău.
accept-as-advocate = { $from } vă invită să ajutați la dosarul pentru { $name }, ca { $role }.
accept-your-name = Numele dumneavoastră
accept-your-name-hint = Familia va vedea acest nume.
accept-signed-in-as = Sunteți în cont ca { $email }.
accept-button = Da, accept
accept-sign-in-first = Ca să spuneți da, intrați în cont sau creați un cont. Este gratuit.
accept-create-account = Creați un cont
accept-sign-in = Intrați în cont
seen-title = Cine s-a uitat la dosarul pentru { $name }
seen-lead = Aici vedeți pe toți cei care s-au uitat la acest dosar sau au schimbat ceva în el. Cele mai noi sunt primele. Vizitele dumneavoastră nu apar aici.
seen-none = Nimeni altcineva nu s-a uitat încă la acest dosar.
seen-read = { $who } ({ $role }) s-a uitat la { $part }.
seen-change = { $who } ({ $role }) a schimbat { $part }.
seen-download = { $who } ({ $role }) a descărcat tot dosarul.
seen-download-document = { $who } ({ $role }) a descărcat un document.
seen-link-opened = Un link pentru { $who } a deschis dosarul pentru evaluare.
seen-link-downloaded = Un link pentru { $who } a descărcat un document.
seen-when = { $date }, la ora { $time }
seen-back = Înapoi la cine poate vedea dosarul pentru { $name }
advocate-title = Familiile pe care le ajutați
advocate-lead = Aceste familii v-au cerut ajutorul. Vedeți doar ce a ales fiecare familie să vă arate.
advocate-none = Încă nicio familie nu v-a arătat un dosar. Când o familie vă trimite un link, deschideți-l ca să începeți.
advocate-shared-by = Acces dat de { $family }.
advocate-coming-up = Urmează
advocate-nothing-coming = Încă nu există nicio dată.
professional-title = Copii ale căror dosare vi le-au arătat familiile
professional-lead = Familiile v-au dat acces la aceste dosare. Vedeți doar ce a ales fiecare familie.
professional-none = Nicio familie nu v-a dat încă acces la un dosar. Când o familie vă trimite un link, deschideți-l ca să începeți.
professional-you-are = Sunteți aici ca: { $job_at }.
advocate-next-review = Revizuirea ({ $term }): { $date }
advocate-next-step = { $step }: { $date }
child-part-people = Cine poate vedea acest dosar și cine s-a uitat la el.
child-part-documents = Planul EHC, rapoartele și scrisorile, păstrate într-un singur loc.
child-part-notes = Note scrise de școală și de alte persoane pe care le-ați invitat.

## Documents kept on the record
documents-title = Documentele lui { $name }
documents-title-own = Documentele mele
documents-lead = Păstrați aici planul EHC, rapoartele și scrisorile. Doar persoanele care pot vedea acest dosar le pot descărca.
documents-saved = Documentul dumneavoastră este salvat.
documents-list-title = Documente păstrate
documents-none = Nu există încă documente aici.
documents-named = { $kind } din { $date }
documents-added-by = Adăugat de { $who } pe { $date }
documents-added-on = Adăugat pe { $date }
documents-size-kb = { $kilobytes } KB
documents-size-mb = { $megabytes } MB
documents-file-size-separator = {", "}
documents-download = Descărcați
documents-download-named = Descărcați { $name }
documents-delete = Ștergeți
documents-delete-sure = Ștergeți { $name } pentru totdeauna? Nu îl mai puteți recupera.
documents-delete-confirm = Da, ștergeți-l
documents-delete-named = Da, ștergeți { $name }
documents-add-title = Adăugați un document
documents-kind-label = Ce este?
documents-date-label = Data de pe document
documents-date-hint = De exemplu, 27 3 2025
documents-note-label = O notă (nu este obligatoriu)
documents-note-hint = De exemplu, cine l-a scris sau despre ce este.
documents-file-label = Alegeți fișierul sau faceți o fotografie
documents-file-hint = Un PDF, o fotografie (JPEG, PNG sau HEIC) sau un fișier Word. Poate avea până la { $megabytes } MB.
documents-add-button = Adăugați documentul
documents-kind-needed = Alegeți ce este documentul.
documents-date-needed = Scrieți data de pe document, de exemplu 27 3 2025.
documents-note-too-long = Nota este prea lungă. Poate avea cel mult { $max } caractere.
documents-no-file = Alegeți mai întâi un fișier.
documents-not-a-document = Acesta nu este un PDF, o fotografie sau un fișier Word, așa că Heard nu îl poate păstra. Verificați dacă este fișierul potrivit.
documents-too-big = Acest fișier este prea mare. Un fișier poate avea până la { $megabytes } MB.
documents-no-room = Nu mai este loc pentru documente în acest dosar. Heard păstrează până la { $megabytes } MB. Ștergeți un document de care nu aveți nevoie ca să faceți loc.
documents-failed = Documentul nu a putut fi salvat. Vă rugăm să încercați din nou.
document-kind-ehc-plan = Plan EHC
document-kind-draft-plan = Proiect de plan EHC
document-kind-report = Raport
document-kind-letter = Scrisoare
document-kind-other = Altceva

## Notes from school and others (pages/notes.rs)
notes-title = Note de la școală și de la alții
notes-lead = Note scrise de școală și de alte persoane invitate de familie. Fiecare notă spune cine a scris-o.
notes-family-hint = Puteți șterge o notă. Doar persoana care a scris-o îi poate schimba cuvintele.
notes-list-title = Note
notes-none = Nu există încă nicio notă.
notes-about = Despre ziua { $date }
notes-about-child = Note de la școală și de la alții despre { $name }
notes-change = Schimbați această notă
notes-change-named = Schimbați nota despre ziua { $date }
notes-delete = Ștergeți această notă
notes-delete-sure = Ștergeți nota despre ziua { $date }? Nu o mai puteți recupera.
notes-delete-confirm = Da, ștergeți-o
notes-delete-named = Da, ștergeți nota despre ziua { $date }
notes-add-title = Adăugați o notă
notes-about-label = Despre ce zi este această notă?
notes-about-hint = De exemplu, 3 12 2026.
notes-text-label = Nota dumneavoastră
notes-text-hint = Scrieți simplu. Familia o va citi, împreună cu numele, meseria și școala dumneavoastră.
notes-add-button = Adăugați nota
notes-edit-title = Schimbați nota dumneavoastră
notes-save-button = Salvați nota
notes-back = Înapoi la note

written-with-young-person = tânărul
written-with-family = familia
written-by-advocate-with = Scris de { $who }, o persoană de sprijin (advocate), împreună cu { $with }, pe { $date }.
about-me-your-own-words = Scrii cu propriile tale cuvinte.
goals-written-by-advocate = Scris de { $who }, o persoană de sprijin (advocate), împreună cu { $with }.
my-page-title = Pagina mea
my-page-title-theirs = Pagina personală: { $name }
my-page-words-title = Ce am spus
my-page-words-none = Încă nimic. Poți scrie ceva mai jos sau poți sorta cartonașele cu imagini.
my-page-write-label = Scrie ceva despre tine
my-page-write-hint = Ce contează pentru tine, ce îți place sau ce vrei. Folosește cuvintele tale.
my-page-write-save = Salvează ce am scris
my-page-goals-title = Obiectivele mele
my-page-goals-none = Încă nu există obiective.
my-page-goal-latest = Data trecută: { $rating }
my-page-goal-not-rated = Încă nu s-a verificat.
my-page-progress-link = Vezi cum merg obiectivele mele
my-page-cards-title = Cartonașe cu imagini
my-page-cards-lead = Pune fiecare cartonaș unde ți se potrivește: Îmi place, Nu știu sigur sau Nu-mi place.
my-page-voice-title = Mesaje vocale
my-page-voice-lead = Poți spune cu voce tare ce crezi. Mesajul se păstrează în dosarul tău.
my-page-voice-typed = Dacă vrei, poți să scrii în schimb, în căsuța de mai sus.
my-page-voice-needs-js = Pentru înregistrare pe această pagină e nevoie de JavaScript, iar în acest browser este oprit. Poți să te înregistrezi pe telefon și să trimiți înregistrarea aici.
my-page-voice-upload-label = Trimite o înregistrare
my-page-voice-upload-hint = O înregistrare din reportofonul telefonului. Poate avea cel mult { $megabytes } MB.
my-page-voice-upload-button = Trimite
my-page-voice-upload-saved = Înregistrarea ta este salvată. O poți asculta mai jos.
my-page-voice-upload-none = Alege mai întâi o înregistrare, apoi apasă „Trimite”.
pile-like = Îmi place
pile-not-sure = Nu știu sigur
pile-dont-like = Nu-mi place
pile-unsorted = Încă nesortate
pile-count = { $count ->
    [one] { $count } cartonaș
    [few] { $count } cartonașe
   *[other] { $count } de cartonașe
}
card-put-in = { $card }: { $pile }
card-put-back = Pune înapoi
card-put-back-named = Pune înapoi: { $card }
card-number = Cartonașul { $number } din { $total }
card-skip = Sari peste acest cartonaș
card-sorted = Cartonașul „{ $card }” este acum în grupa: { $pile }.
card-unsorted = Cartonașul „{ $card }” s-a întors la cele încă nesortate.
cards-all-sorted = Ai sortat toate cartonașele.
cards-piles-title = Grupele de până acum
cards-piles-hint = Ca să muți un cartonaș în altă grupă, apasă pe numele lui.
voice-note-start = Înregistrează un mesaj vocal
voice-note-stop = Oprește
voice-note-save = Salvează-l
voice-note-again = Începe din nou
voice-note-recording = Se înregistrează. Apasă Oprește când ai terminat.
voice-note-saving = Se salvează…
voice-note-saved = Salvat.
voice-note-not-supported = Acest browser nu poate înregistra sunet. Poți să scrii în schimb.
voice-note-microphone-refused = Nu am putut folosi microfonul. Verifică dacă browserul are voie să-l folosească, sau scrie în schimb.
voice-note-write-link = Scrie în căsuța de mai sus
voice-note-failed = Nu s-a salvat. Nu s-a pierdut nimic. Încearcă din nou.
voice-note-not-audio = Aceasta nu este o înregistrare de sunet pe care Heard o poate păstra. Încearcă să înregistrezi din nou.
voice-note-too-big = Mesajul vocal este prea mare ca să fie păstrat. Încearcă unul mai scurt.
voice-note-no-room = Nu mai este loc pentru alte mesaje vocale. Șterge unul vechi, apoi salvează-l din nou pe acesta.
voice-note-too-often = { $minutes ->
    [one] Ai salvat multe mesaje vocale în ultima oră. Așteaptă { $minutes } minut, apoi salvează-l din nou pe acesta.
    [few] Ai salvat multe mesaje vocale în ultima oră. Așteaptă { $minutes } minute, apoi salvează-l din nou pe acesta.
   *[other] Ai salvat multe mesaje vocale în ultima oră. Așteaptă { $minutes } de minute, apoi salvează-l din nou pe acesta.
}
voice-note-listen-back = Ascultă ce ai înregistrat
voice-note-from = Mesaj vocal din { $date }
voice-note-delete = Șterge
voice-note-delete-named = Șterge mesajul vocal din { $date }
rights-16-title = Cine decide cine vede dosarul
rights-16-you-can = Acum ești destul de mare ca să decizi tu cine îți vede dosarul. Legea spune că asta începe la sfârșitul lui Year 11, când ai cam 16 ani.
rights-16-help = Dacă vrei, poți alege tu cine îl vede. Familia ta te poate ajuta în continuare.
rights-16-take-control = Vreau să decid eu cine îmi vede dosarul
rights-16-you-decide = Tu decizi cine îți vede dosarul.
rights-16-who-can-see = Vezi și schimbă cine îl poate vedea
rights-16-they-can = { $name } este acum destul de mare ca să decidă cine vede acest dosar. Poate alege să facă asta pe pagina sa.
rights-16-they-decide = Acum { $name } decide cine vede acest dosar.
card-music = Muzică
card-music-picture = Niște căști
card-drawing = Desen
card-drawing-picture = Un creion care trage o linie
card-sport = Sport
card-sport-picture = O minge de fotbal
card-swimming = Înot
card-swimming-picture = O persoană care înoată printre valuri
card-animals = Animale
card-animals-picture = Fața unui câine
card-outdoors = Să stau afară
card-outdoors-picture = Un copac și soarele
card-games = Jocuri pe calculator
card-games-picture = Un controller pentru jocuri
card-books = Cărți
card-books-picture = O carte deschisă
card-cooking = Gătit
card-cooking-picture = Un castron și o lingură
card-dancing = Dans
card-dancing-picture = O persoană care dansează pe muzică
card-building = Să construiesc lucruri
card-building-picture = Un teanc de cuburi de construit
card-trains = Trenuri
card-trains-picture = Un tren
card-friends = Să fiu cu prietenii
card-friends-picture = Două persoane una lângă alta
card-quiet-place = Un loc liniștit
card-quiet-place-picture = Un cort mic sub lună
card-loud-noise = Zgomot puternic
card-loud-noise-picture = Un difuzor cu unde mari de sunet
card-crowds = Aglomerație
card-crowds-picture = Mulți oameni foarte aproape unii de alții
your-data-title = Datele despre { $name }
your-data-lead = Acest dosar vă aparține. Puteți face oricând o copie a lui sau îl puteți șterge.
your-data-download-title = Faceți o copie
your-data-download-lead = Fișierul are tot ce păstrăm despre acest copil. Alte servicii îl pot citi. Copia de citit are aceleași lucruri, gata de tipărit.
your-data-download = Descărcați totul ca fișier
your-data-copy = Citiți și tipăriți o copie
your-data-delete-title = Ștergeți acest dosar
your-data-delete-lead = Așa se șterge tot ce este despre { $name }, pentru totdeauna.
your-data-delete = Ștergeți dosarul pentru { $name }
your-data-account-title = Contul dumneavoastră
your-data-account-link = Ștergeți-vă contul
record-copy-title = Totul despre { $name }
record-copy-back = Înapoi la datele dumneavoastră
record-copy-print = Folosiți butonul de tipărire (Print) al browserului ca să tipăriți această pagină sau s-o salvați ca PDF.
record-copy-details = Detalii
record-copy-voice-notes = { $count ->
    [one] { $count } mesaj vocal. Fișierul pe care îl puteți descărca are și sunetul.
    [few] { $count } mesaje vocale. Fișierul pe care îl puteți descărca are și sunetul.
   *[other] { $count } de mesaje vocale. Fișierul pe care îl puteți descărca are și sunetul.
}
delete-not-confirmed = Bifați căsuța ca să arătați că înțelegeți.
delete-wrong-password = Aceasta nu este parola dumneavoastră. Scrieți-o din nou.
delete-cannot-undo = Asta nu se mai poate anula.
delete-child-title = Ștergeți dosarul pentru { $name }
delete-child-what = Tot ce este despre { $name } va fi șters: Totul despre mine, obiectivele, revizuirile, serviciile salvate, cartonașele cu imagini, mesajele vocale, cine poate vedea dosarul și cine s-a uitat la el. Nimeni nu le mai poate recupera, nici măcar noi.
delete-child-first = Poate vreți să faceți mai întâi o copie.
delete-child-confirm = Înțeleg că dosarul pentru { $name } va fi șters pentru totdeauna.
delete-child-button = Ștergeți dosarul pentru { $name }
delete-keep = Nu, păstrați-l
delete-account-title = Ștergeți-vă contul
delete-account-what = Contul dumneavoastră dispare: nu veți mai putea intra în cont cu el.
delete-account-family = Dacă în familie nu mai este alt părinte sau îngrijitor, se șterg și dosarele copiilor dumneavoastră. Dacă mai este un părinte sau îngrijitor în familie, dosarele rămân la acea persoană.
delete-account-first = Poate vreți să faceți mai întâi o copie a dosarului fiecărui copil. Puteți face asta pe pagina „Cine poate vedea” a fiecărui copil.
delete-account-password = Parola dumneavoastră
delete-account-confirm = Înțeleg că contul meu va fi șters pentru totdeauna.
delete-account-button = Ștergeți-mi contul
account-deleted-title = Contul dumneavoastră a fost șters
account-deleted-body = Am șters contul dumneavoastră și tot ce era în el.
account-deleted-home = Mergeți la pagina principală
account-title = Contul tău
account-lead = Numele tău, e-mailul tău și cum arată Heard pentru tine.
account-you = Despre tine
account-name = Numele tău
account-name-not-given = Nu este dat încă
account-name-change = Schimbă-ți numele
account-email = Adresa de e-mail
account-reading = Limba și citirea
account-language-change = Schimbă limba
account-reading-change = Schimbă cum arată paginile
account-leaving = Plecarea din Heard
account-name-title = Numele tău
account-name-hint = Persoanele care văd dosarul copilului tău văd acest nume. De exemplu, școala copilului tău sau avocatul tău.
account-name-save = Salvează numele
account-emails-change = Alege ce e-mailuri primești
account-signing-in = Cum te conectezi
account-passkeys = Conectare fără parolă: cheile tale de acces
account-back = Înapoi la contul tău
account-name-saved = Numele tău este salvat.
people-your-data = Faceți o copie a acestui dosar sau ștergeți-l
family-my-page = Mergeți la pagina mea
family-families-you-help = { $count ->
    [one] Familia pe care o ajutați
    [few] Cele { $count } familii pe care le ajutați
   *[other] Cele { $count } de familii pe care le ajutați
}
people-stop-parent = Să nu-mi mai vadă dosarul
people-stop-parent-named = { $name } să nu-mi mai vadă dosarul
saved-services-saved-by-advocate = Salvat de { $who }, o persoană de sprijin (advocate), împreună cu { $with }.

## Email
# The test email an operator sends with `heard mail-test`.
mail-test-subject = Heard poate trimite e-mailuri
mail-test-body = Acesta este un test de la Heard. Arată că Heard poate trimite e-mailuri. Nu trebuie să faceți nimic.

## Reminders by email, and which emails a person wants
coming-up-prepare-for = Pregătiți-vă pentru revizuire: { $name }
invite-email = Adresa de email a persoanei (puteți lăsa gol)
invite-email-hint = Dacă o scrieți, Heard îi trimite linkul pe email. Veți vedea linkul și pe pagina următoare.
error-invite-email-invalid = Scrieți adresa de email în forma corectă, de exemplu nume@example.com, sau lăsați gol.
email-choices-title = Emailuri de la Heard
email-choices-lead = Heard vă poate trimite un email când urmează ceva sau când se schimbă ceva. Alegeți ce emailuri vreți.
email-choices-legend = Trimiteți-mi un email când
email-choices-hint = Debifați ce nu vreți. Nu scriem niciodată numele copilului în subiectul unui email.
email-choice-review-soon = mai sunt două săptămâni până la o revizuire
email-choice-deadline = mai este o săptămână până la un termen stabilit de lege, sau termenul a trecut
email-choice-invitation = cineva mă invită să văd dosarul unui copil
email-choice-record-changed = cineva din afara familiei schimbă dosarul unui copil
email-choice-access-ending = o persoană de sprijin mai poate vedea un dosar doar o săptămână
email-choices-button = Salvați alegerile mele
email-choices-saved = Alegerile dumneavoastră sunt salvate.
email-choices-not-saved = Alegerile dumneavoastră nu au fost salvate. Încercați din nou.
reminder-hello = Bună ziua, { $name },
reminder-hello-no-name = Bună ziua,
reminder-footer = Puteți alege aici ce emailuri vă trimite Heard: { $link }
reminder-review-subject = Peste două săptămâni este o revizuire
reminder-review-body = Revizuirea ({ $term }) pentru { $name } este pe { $date }.
reminder-review-prepare = Vă puteți pregăti aici. Scrieți ce merge, ce nu merge și ce vreți să întrebați: { $link }
reminder-deadline-soon-subject = Peste o săptămână este un termen stabilit de lege
reminder-deadline-soon-body = Pentru { $name }: { $step }. Asta trebuie să se întâmple până pe { $date }.
reminder-deadline-passed-subject = Un termen stabilit de lege a trecut
reminder-deadline-passed-body = Pentru { $name }: { $step }. Asta trebuia să se întâmple până pe { $date }.
reminder-deadline-more = Aici vedeți ce înseamnă și ce puteți face: { $link }
reminder-invitation-subject = Sunteți invitat să vedeți un dosar pe Heard
reminder-invitation-someone = Cineva
reminder-invitation-body = { $who } vă invită să vedeți dosarul unui copil pe Heard.
reminder-invitation-link = Ca să spuneți da, deschideți acest link. Merge o singură dată, până pe { $date }: { $link }
reminder-invitation-not-you = Dacă nu o cunoașteți pe persoana { $who }, nu trebuie să faceți nimic.
reminder-changed-subject = Cineva a schimbat un dosar de care aveți grijă
reminder-changed-body = { $who } a schimbat dosarul pentru { $name } pe { $date }. A schimbat: { $parts }.
reminder-changed-look = Aici vedeți cine s-a uitat la dosar și cine l-a schimbat: { $link }
reminder-ending-advocate-subject = Mai puteți vedea un dosar o săptămână
reminder-ending-advocate-body = Puteți vedea dosarul pentru { $name } până pe { $date }. După aceea, nu îl mai puteți vedea.
reminder-ending-advocate-ask = Dacă mai aveți nevoie de el, cereți familiei să vi-l arate din nou.
reminder-ending-family-subject = O persoană de sprijin mai poate vedea un dosar o săptămână
reminder-ending-family-body = { $who } poate vedea dosarul pentru { $name } până pe { $date }. După aceea, nu îl mai poate vedea.
reminder-ending-family-share = Dacă mai are nevoie de el, îl puteți arăta din nou aici: { $link }
invitation-emailed = Heard trimite acest link și pe email, la { $address }.
# Adresa de email și parola contului, și emailurile despre ele. CIORNĂ, neverificată încă.
error-email-same-as-now = Aceasta este deja adresa dumneavoastră de email. Scrieți una nouă.
error-current-password-wrong = Aceasta nu este parola dumneavoastră. Scrieți parola pe care o folosiți acum.
error-too-many-emails = { $minutes ->
    [one] Am trimis multe emailuri la această adresă. Așteptați { $minutes } minut, apoi încercați din nou.
    [few] Am trimis multe emailuri la această adresă. Așteptați { $minutes } minute, apoi încercați din nou.
   *[other] Am trimis multe emailuri la această adresă. Așteptați { $minutes } de minute, apoi încercați din nou.
}
field-new-email = Adresa nouă de email
field-new-password = Parola nouă
field-current-password = Parola de acum
sign-in-forgot-link = Ați uitat parola?
confirm-banner-title = Confirmați adresa de email
confirm-banner-sent = Am trimis un link la { $email }. Deschideți-l ca să confirmați adresa de email.
confirm-banner-deleted-on = Dacă nu o confirmați, pe { $date } vom șterge acest cont și tot ce este în el.
confirm-banner-again = Trimiteți linkul din nou
confirm-banner-wrong-address = Este o adresă de email greșită? Schimbați-o
confirm-first = Puteți da acces la fișă după ce confirmați adresa de email. Căutați emailul nostru sau trimiteți linkul din nou.
confirm-email-title = Confirmați adresa de email
confirm-email-intro = Apăsați butonul ca să confirmați că aceasta este adresa dumneavoastră de email.
confirm-email-button = Confirm adresa mea de email
confirm-email-done = Vă mulțumim. Adresa dumneavoastră de email este confirmată.
confirm-email-continue = Mergeți mai departe
confirm-email-taken = Alt cont are acum această adresă de email, așa că nu am schimbat nimic. Intrați în acel cont sau folosiți altă adresă de email.
confirm-again-title = Trimiteți linkul din nou
confirm-again-intro = Vom trimite un link nou la { $email }.
confirm-again-sent = Am trimis un link nou la { $email }. Uitați-vă în email. Poate fi în dosarul spam.
link-spent = Acest link nu mai funcționează. A fost folosit deja sau este prea vechi.
link-spent-new-password = Primiți un link nou ca să faceți o parolă nouă
forgot-title = Ați uitat parola?
forgot-intro = Scrieți adresa de email. Dacă aveți cont, vă trimitem un link ca să faceți o parolă nouă.
forgot-button = Trimiteți-mi un link
forgot-sent = Dacă există un cont cu această adresă de email, i-am trimis un link. Uitați-vă în email. Poate fi în dosarul spam.
forgot-sent-hour = Linkul funcționează o oră și o singură dată.
reset-title = Faceți o parolă nouă
reset-intro = Alegeți o parolă nouă. Vă vom scoate din cont pe toate celelalte dispozitive.
reset-button = Salvați parola nouă
change-email-title = Schimbați adresa de email
change-email-now = Adresa dumneavoastră de email acum este { $email }.
change-email-intro = Vom trimite un link la adresa nouă de email. Nimic nu se schimbă până nu îl deschideți.
change-email-button = Trimiteți-mi un link
change-email-sent = Am trimis un link la { $email }. Deschideți-l ca să confirmați adresa nouă de email.
change-email-until = Linkul funcționează 24 de ore. Până atunci, adresa de email rămâne aceeași.
change-password-title = Schimbați parola
change-password-button = Salvați parola nouă
change-password-done = Parola este schimbată. V-am scos din cont pe toate celelalte dispozitive.
sign-out-everywhere-title = Ieșiți din cont pe toate dispozitivele
sign-out-everywhere-intro = Folosiți asta dacă ați intrat în cont pe un telefon sau calculator pe care nu îl mai folosiți, sau credeți că altcineva poate intra. Va trebui să intrați din nou și aici.
sign-out-everywhere-button = Ieșiți din cont pe toate dispozitivele
mail-hello = Bună ziua,
mail-not-you-nothing-to-do = Dacă nu ați fost dumneavoastră, nu trebuie să faceți nimic.
mail-confirm-subject = Confirmați adresa de email pentru Heard
mail-confirm-why = Ați făcut un cont pe Heard cu această adresă de email.
mail-confirm-open = Ca să confirmați că este a dumneavoastră, deschideți acest link:
mail-confirm-deleted-on = Dacă nu o confirmați, pe { $date } vom șterge contul și tot ce este în el.
mail-taken-subject = Cineva a încercat să facă un cont Heard cu emailul dumneavoastră
mail-taken-why = Cineva a încercat să facă un cont nou pe Heard cu această adresă de email. Aveți deja un cont cu ea, așa că nu s-a schimbat nimic.
mail-taken-sign-in = Dacă ați fost dumneavoastră, intrați în cont aici:
mail-taken-forgot = Dacă ați uitat parola, puteți face una nouă aici:
mail-taken-not-you = Dacă nu ați fost dumneavoastră, nu trebuie să faceți nimic. Contul este în siguranță.
mail-new-email-subject = Confirmați adresa nouă de email pentru Heard
mail-new-email-why = Ați cerut să schimbați adresa de email a contului Heard cu aceasta.
mail-new-email-open = Ca să confirmați, deschideți acest link. Funcționează 24 de ore:
mail-new-email-until = Până îl deschideți, contul păstrează adresa veche de email.
mail-email-changed-subject = Adresa de email a contului Heard s-a schimbat
mail-email-changed-body = Adresa de email a contului Heard este acum { $email }. De acum vom trimite emailurile acolo.
mail-email-changed-not-you = Dacă nu ați făcut asta, răspundeți la acest email ca să ne spuneți.
mail-reset-subject = Faceți o parolă nouă pentru Heard
mail-reset-why = Cineva a cerut o parolă nouă pentru contul dumneavoastră Heard.
mail-reset-open = Ca să faceți o parolă nouă, deschideți acest link. Funcționează o oră și o singură dată:
mail-reset-not-you = Dacă nu ați cerut asta, nu trebuie să faceți nimic. Parola nu s-a schimbat.
