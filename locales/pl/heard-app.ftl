# Heard: Polish (pl), polski. Latin script, written left-to-right.
# DRAFT translation (wersja robocza), awaiting review by a native Polish speaker. Not yet reviewed.
# Legal SEND terms (EHC plan, EHC needs assessment, annual review, SEN support, ...) must be checked against a
# reviewed SEND glossary before live use.
# Plain words: short sentences, everyday Polish, as a kind caseworker would speak. Informal "ty" form.
# School and council terms families meet in England (SEND, SEN support, EHC plan, SENCO, SENDIASS, Local Offer)
# stay in English letters and are explained in Polish. Child's name ({ $name }) is kept in the nominative case.

## Every page
service-name = Heard
skip-to-content = Przejdź do treści strony
nav-label = Menu główne
nav-family = Twoja rodzina
nav-language = Język
nav-reading-options = Ustawienia czytania
nav-sign-out = Wyloguj się
nav-account = Twoje konto
footer-help = Pomoc
footer-privacy = Prywatność
footer-about = Heard jest dla rodzin w Anglii, których dzieci i młodzi ludzie mają SEND, czyli specjalne potrzeby edukacyjne lub niepełnosprawność.
title-error-prefix = Błąd:
link-about = { $action }: { $about }

## Forms and errors
error-summary-title = Jest problem
field-email = Adres e-mail
field-password = Hasło (password)
error-email-missing = Wpisz swój adres e-mail.
error-email-invalid = Wpisz adres e-mail w poprawnej formie, na przykład imie@example.com.
error-password-missing = Wpisz swoje hasło.
error-password-too-short = { $min ->
    [one] Hasło musi mieć co najmniej { $min } znak.
    [few] Hasło musi mieć co najmniej { $min } znaki.
    [many] Hasło musi mieć co najmniej { $min } znaków.
   *[other] Hasło musi mieć co najmniej { $min } znaku.
}
error-password-too-long = { $max ->
    [one] Hasło może mieć najwyżej { $max } znak.
    [few] Hasło może mieć najwyżej { $max } znaki.
    [many] Hasło może mieć najwyżej { $max } znaków.
   *[other] Hasło może mieć najwyżej { $max } znaku.
}
error-wrong-email-or-password = Adres e-mail lub hasło się nie zgadza. Sprawdź je i spróbuj jeszcze raz.
error-too-many-tries = { $minutes ->
    [one] Było za dużo prób logowania. Odczekaj { $minutes } minutę i spróbuj jeszcze raz.
    [few] Było za dużo prób logowania. Odczekaj { $minutes } minuty i spróbuj jeszcze raz.
    [many] Było za dużo prób logowania. Odczekaj { $minutes } minut i spróbuj jeszcze raz.
   *[other] Było za dużo prób logowania. Odczekaj { $minutes } minuty i spróbuj jeszcze raz.
}
error-too-many-new-accounts = { $minutes ->
    [one] W ostatniej godzinie z tego połączenia internetowego założono dużo nowych kont. Odczekaj { $minutes } minutę i spróbuj jeszcze raz.
    [few] W ostatniej godzinie z tego połączenia internetowego założono dużo nowych kont. Odczekaj { $minutes } minuty i spróbuj jeszcze raz.
    [many] W ostatniej godzinie z tego połączenia internetowego założono dużo nowych kont. Odczekaj { $minutes } minut i spróbuj jeszcze raz.
   *[other] W ostatniej godzinie z tego połączenia internetowego założono dużo nowych kont. Odczekaj { $minutes } minuty i spróbuj jeszcze raz.
}
error-unavailable = Coś poszło nie tak po naszej stronie. To, co zostało wpisane, nadal tu jest. Spróbuj ponownie za kilka minut.
error-cross-site = Ten formularz przyszedł z innej strony internetowej, więc Heard go nie przyjął. Wróć do Heard i spróbuj jeszcze raz.
error-too-long-title = Twój tekst jest za długi, żeby go zapisać
error-too-long-body = Nic nie zostało zapisane. Tekstu jest za dużo, żeby zapisać go za jednym razem.
error-too-long-back = Użyj przycisku Wstecz w przeglądarce, żeby wrócić. Twój tekst nadal tam będzie. Skróć jego część, a potem zapisz jeszcze raz.

## Home
home-title = Heard: zdanie Twojego dziecka, jego cele i wsparcie
home-lead = Heard pomaga zapisać, co jest ważne dla Twojego dziecka, i śledzić, jaką pomoc dostaje.
home-what-title = Co możesz tu zrobić
home-what-views = Zapisać zdanie i życzenia dziecka – jeśli chce, to jego własnymi słowami.
home-what-goals = Ustalić cele i sprawdzać, jak idzie każdy z nich, na trzech przeglądach w roku szkolnym.
home-what-services = Znaleźć pomoc w pobliżu w Local Offer Twojego urzędu (council). To lista wsparcia urzędu dla dzieci i młodych ludzi z SEND.
home-send-explained = SEND to specjalne potrzeby edukacyjne i niepełnosprawności.
home-yours = To, co tu piszesz, należy do Twojej rodziny. Ty decydujesz, kto to zobaczy.
home-create-account = Załóż konto
home-sign-in = Zaloguj się
home-go-to-family = Przejdź do swojej rodziny

## Create an account
create-account-title = Załóż konto
create-account-intro = Konto jest potrzebne, żeby dane Twojego dziecka były bezpieczne. Jest bezpłatne.
create-account-email-hint = Używamy go tylko do logowania.
create-account-password-hint = Użyj co najmniej { $min } znaków. Kilka słów razem łatwo zapamiętać i trudno zgadnąć.
create-account-button = Załóż konto
create-account-have-one = Masz już konto?
create-account-sign-in-link = Zaloguj się

## Sign in
sign-in-title = Zaloguj się
sign-in-button = Zaloguj się
sign-in-no-account = Nie masz jeszcze konta?
sign-in-create-link = Załóż konto

## Passkeys: signing in with a phone's or computer's lock (sign-in page and /account/passkeys)
passkey-sign-in-title = Albo użyj klucza dostępu
passkey-sign-in-what = Klucz dostępu pozwala zalogować się blokadą telefonu lub komputera. Nie potrzebujesz hasła.
passkey-sign-in-button = Zaloguj się kluczem dostępu
passkeys-title = Klucze dostępu
passkeys-lead = Klucz dostępu pozwala zalogować się bez hasła. Używa tego, czym odblokowujesz telefon lub komputer: twarzy, odcisku palca albo kodu PIN. Hasło nadal działa.
passkeys-none = Nie masz jeszcze kluczy dostępu.
passkeys-yours = Twoje klucze dostępu
passkeys-added = Dodany { $date }.
passkeys-last-used = Ostatnio użyty { $date }.
passkeys-not-used = Jeszcze nieużywany.
passkeys-remove-link = Usuń { $name }
passkeys-remove-title = Usunąć klucz dostępu „{ $name }”?
passkeys-remove-what = Nie zalogujesz się już nim. Nadal możesz zalogować się hasłem.
passkeys-remove-button = Tak, usuń go
passkeys-keep = Nie, zostaw go
passkeys-need-browser = Żeby dodać klucz dostępu, użyj przeglądarki, która umie tworzyć klucze dostępu, z włączonym JavaScriptem.
passkeys-add-title = Dodaj klucz dostępu
passkeys-add-what = Telefon lub komputer poprosi Cię o odblokowanie. Potem możesz nim logować się tutaj.
passkeys-name-label = Nazwa tego klucza dostępu
passkeys-name-hint = Żebyś wiedział(a), który to. Na przykład: Mój telefon
passkeys-add-button = Dodaj klucz dostępu
passkey-error-signed-out = Nastąpiło wylogowanie. Zaloguj się ponownie, a potem dodaj klucz dostępu.
passkey-error-name-missing = Nadaj kluczowi dostępu nazwę, żeby wiedzieć, który to.
passkey-error-name-too-long = Nazwa jest za długa. Użyj najwyżej { $max } znaków.
passkey-error-not-started = Trwało to za długo albo strona była stara. Spróbuj jeszcze raz.
passkey-error-not-recognised = Nie znamy tego klucza dostępu. Spróbuj jeszcze raz albo zaloguj się e-mailem i hasłem.
passkey-error-already-added = Ten telefon lub komputer ma już klucz dostępu do Twojego konta.
passkey-error-cancelled = Klucz dostępu nie został użyty. Możesz spróbować jeszcze raz albo użyć hasła.

## Your family
family-title = Twoja rodzina
family-signed-in-as = Zalogowano jako { $email }.
family-children-title = Twoje dzieci
family-no-children = Nie ma tu jeszcze żadnego dziecka. Dodaj tu każde dziecko, a potem zapisz, co jest dla niego ważne.
family-signed-out = Zaloguj się, żeby zobaczyć swoją rodzinę.

## Reading options
reading-title = Ustawienia czytania
reading-intro = Zmień wygląd stron, żeby łatwiej się je czytało. Możesz to zmienić ponownie w każdej chwili.
reading-text-size = Wielkość tekstu
reading-text-size-standard = Zwykła
reading-text-size-large = Duża
reading-text-size-largest = Największa
reading-spacing = Odstępy między wierszami i literami
reading-spacing-hint = Większe odstępy mogą ułatwić czytanie.
reading-spacing-standard = Zwykłe
reading-spacing-wide = Większe
reading-font = Czcionka
reading-font-standard = Zwykła
reading-font-dyslexia = Czcionka, którą niektórym osobom z dysleksją czyta się łatwiej (OpenDyslexic)
reading-theme = Kolory
reading-theme-auto = Tak jak w moim urządzeniu
reading-theme-light = Jasne
reading-theme-dark = Ciemne
reading-theme-contrast = Wysoki kontrast
reading-motion = Ruch na stronie
reading-motion-auto = Tak jak w moim urządzeniu
reading-motion-reduce = Mniej ruchu
reading-kept = Zapamiętujemy Twój wybór na tym urządzeniu. Gdy się zalogujesz, zapisujemy go też na Twoim koncie.
reading-save = Zapisz ustawienia czytania
reading-saved = Twoje ustawienia czytania są zapisane.
reading-back = Wróć do poprzedniej strony

## Language
language-title = Język
language-legend = Jakiego języka chcesz używać?
language-hint = Nazwa każdego języka jest napisana w tym właśnie języku.
language-button = Używaj tego języka

## Privacy
privacy-title = Prywatność
privacy-lead = Informacje o Twojej rodzinie są prywatne. Na tej stronie piszemy, co przechowujemy i dlaczego.
privacy-what-title = Co przechowujemy
privacy-what = Twój adres e-mail i zaszyfrowaną wersję hasła, której nikt nie może odczytać. A także to, co piszesz o swoim dziecku.
privacy-who-title = Kto to widzi
privacy-who = Tylko Twoja rodzina. Szkoła, urząd lub rzecznik (advocate) widzi coś tylko wtedy, gdy zdecydujesz się im to pokazać.
privacy-cookies-title = Pliki cookie
privacy-cookie-session = Jeden plik cookie pamięta Twoje logowanie. Znika, gdy się wylogujesz.
privacy-cookie-language = Jeden plik cookie pamięta Twój język.
privacy-cookie-reading = Jeden plik cookie pamięta Twoje ustawienia czytania.
privacy-cookie-device = Jeden plik cookie pamięta, że to urządzenie było już używane do logowania na Twoje konto. Jeśli ktoś inny próbuje zgadnąć Twoje hasło, nadal możesz się tu zalogować.
privacy-no-tracking = Nie używamy plików cookie, żeby Cię śledzić, i nie pobieramy niczego z innych stron internetowych.
privacy-on-this-phone = Heard przechowuje na tym telefonie własne pliki (obrazki, style i kod), żeby strony otwierały się szybciej, oraz stronę pokazywaną bez internetu. Kartę Twojego dziecka przechowuje tam tylko wtedy, gdy wybierzesz „Zachowaj na tym telefonie” na jego karcie, i usuwa ją, gdy się wylogujesz. Przechowuje też to, co piszesz, dopóki tego nie zapiszesz.
privacy-rights-title = Twoje prawa
privacy-rights = Możesz poprosić, żebyśmy pokazali Ci wszystko, co o Tobie przechowujemy. Możesz też poprosić o zmianę albo usunięcie tych danych.

## Offline (the page the service worker shows without a connection)
offline-title = Nie masz internetu
offline-lead = Ta strona potrzebuje internetu. Twój telefon nie jest teraz połączony.
offline-kept = To, co pisałaś lub pisałeś w Heard, jest zachowane na tym telefonie. Będzie tam, gdy znowu otworzysz stronę.
offline-try-again = Spróbuj ponownie

## Help
help-title = Pomoc
help-using-title = Jak korzystać z Heard
help-reading-options = Powiększ tekst, zmień kolory lub czcionkę
help-language = Zmień język
help-advice-title = Bezpłatne porady
help-sendiass = Każdy urząd (council) ma swój SENDIASS. To bezpłatne porady w sprawach SEND (specjalnych potrzeb edukacyjnych i niepełnosprawności). SENDIASS nie staje po niczyjej stronie. Wyszukaj w internecie „SENDIASS” i nazwę swojego urzędu.
help-words-title = Słowa, które możesz usłyszeć
glossary-send = SEND
glossary-send-meaning = Specjalne potrzeby edukacyjne i niepełnosprawności (special educational needs and disabilities).
glossary-sen-support = SEN support
glossary-sen-support-meaning = Dodatkowa pomoc w szkole bez planu EHC.
glossary-ehc-plan = EHC plan (plan EHC)
glossary-ehc-plan-meaning = Plan edukacji, zdrowia i opieki (education, health and care plan). Dokument prawny, który mówi, jakie wsparcie dziecko lub młoda osoba musi dostać.
glossary-local-offer = Local Offer
glossary-local-offer-meaning = Lista lokalnego wsparcia, którą prowadzi urząd (council), dla dzieci i młodych ludzi z SEND, od urodzenia do 25 lat.
glossary-sendiass = SENDIASS
glossary-sendiass-meaning = Bezpłatna służba, która doradza w sprawach SEND i nie staje po niczyjej stronie.

## Page not found
not-found-title = Nie znaleziono strony
not-found-body = Nie udało się znaleźć tej strony. Jeśli adres był wpisany ręcznie, sprawdź, czy jest poprawny.
not-found-home = Przejdź do strony głównej

## Dates typed in three boxes
date-day = Dzień
date-month = Miesiąc
date-year = Rok

## What happens next
# Month names are in the genitive case, because they are only used inside dates: "10 marca 2026".
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
date-long = { $day } { $month } { $year }
timeline-title = Co dalej
timeline-intro = Prawo wyznacza termin dla każdego kroku. Każdy krok powinien nastąpić najpóźniej w swoim terminie.
timeline-next-summary = Następny krok: { $step }. Powinno to nastąpić do { $date }.
timeline-next-when = { $days ->
    [0] To dzisiaj.
    [1] To jutro.
    [one] To za { $days } dzień.
    [few] To za { $days } dni.
    [many] To za { $days } dni.
   *[other] To za { $days } dni.
}
timeline-by = Do { $date }
timeline-state-done = Zrobione
timeline-state-overdue = Po terminie
timeline-state-next = Następny krok
timeline-state-later = Później
timeline-step-decide-assess = Urząd decyduje, czy przeprowadzić ocenę potrzeb EHC (EHC needs assessment)
timeline-step-decide-assess-detail = Ocena potrzeb EHC (EHC needs assessment) to sprawdzenie przez urząd, czy Twoje dziecko potrzebuje planu EHC. Urząd musi Ci powiedzieć, czy ją przeprowadzi, w ciągu 6 tygodni od Twojej prośby.
timeline-step-decide-plan = Urząd decyduje, czy sporządzić plan EHC
timeline-step-decide-plan-detail = Plan EHC (EHC plan) to dokument prawny, który mówi, jaką pomoc Twoje dziecko musi dostać. Urząd musi Ci powiedzieć, czy go sporządzi, w ciągu 16 tygodni od Twojej prośby o ocenę potrzeb.
timeline-step-comment-draft = Mówisz, co myślisz o projekcie planu
timeline-step-comment-draft-detail = Od otrzymania projektu planu (draft plan) masz 15 dni, żeby powiedzieć urzędowi, co o nim myślisz. Wtedy też mówisz, jaką szkołę lub jaki college wybierasz.
timeline-step-final-plan = Urząd wysyła Ci ostateczny plan EHC
timeline-step-final-plan-detail = Ostateczny plan musi przyjść w ciągu 20 tygodni od Twojej prośby o ocenę potrzeb.
timeline-step-review-papers = Wysłanie dokumentów na przegląd roczny
timeline-step-review-papers-detail = Przegląd roczny (annual review) to spotkanie, na którym sprawdza się plan EHC, co najmniej raz w roku. Raporty powinny do Ciebie dotrzeć co najmniej 2 tygodnie przed spotkaniem, żeby był czas je przeczytać.
timeline-step-review-meeting = Spotkanie w sprawie przeglądu rocznego
timeline-step-review-meeting-detail = Plan EHC trzeba sprawdzać na spotkaniu co najmniej raz na 12 miesięcy. U dziecka poniżej 5 lat – co najmniej raz na 6 miesięcy.
timeline-step-review-report = Wysłanie sprawozdania ze spotkania
timeline-step-review-report-detail = Wszyscy uczestnicy spotkania, także Ty, powinni dostać pisemne sprawozdanie w ciągu 2 tygodni.
timeline-step-review-decision = Urząd decyduje, co dalej z planem
timeline-step-review-decision-detail = W ciągu 4 tygodni od spotkania urząd musi Ci powiedzieć, czy zostawia plan bez zmian, czy go zmienia, czy kończy.
timeline-step-phase-transfer = Zmiana planu przed następną szkołą lub college'em
timeline-step-phase-transfer-detail = Od najbliższego września Twoje dziecko zaczyna nowy etap nauki, na przykład szkołę średnią (secondary school) lub college. Do tego dnia urząd musi zmienić plan EHC i wpisać, dokąd dziecko pójdzie.
timeline-late-title = Urząd się spóźnia
timeline-late-body = Co najmniej jeden krok poniżej powinien już nastąpić. Możesz dostać bezpłatną poradę w SENDIASS. SENDIASS doradza w sprawach SEND (specjalnych potrzeb edukacyjnych i niepełnosprawności) i nie staje po niczyjej stronie.
timeline-late-link = Jak znaleźć swój SENDIASS
timeline-step-late = To powinno już nastąpić. Urząd się spóźnia.
timeline-step-late-link = Bezpłatna porada w SENDIASS
timeline-step-comment-passed = Minęło już 15 dni. Jeśli nadal chcesz coś powiedzieć o planie, napisz do urzędu teraz. SENDIASS może Ci w tym pomóc.
timeline-sen-support = Przy SEN support (dodatkowej pomocy w szkole) szkoła powinna spotykać się z Tobą raz w każdym trymestrze, czyli trzy razy w roku. Razem sprawdzacie, jak działa pomoc, i planujecie, co dalej.
timeline-none-yet = Jeśli uważasz, że Twoje dziecko potrzebuje dodatkowej pomocy, porozmawiaj z jego nauczycielem lub z SENCO. SENCO to nauczyciel, który w szkole odpowiada za SEND (specjalne potrzeby edukacyjne i niepełnosprawności). Dodatkowa pomoc w szkole to SEN support.
timeline-ask-assessment-title = Jeśli Twoje dziecko potrzebuje więcej pomocy
timeline-ask-assessment = Jeśli pomoc w szkole nie wystarcza, możesz poprosić urząd o ocenę potrzeb EHC (EHC needs assessment). Wtedy urząd sprawdza, czy dziecko potrzebuje planu EHC. Możesz o to poprosić samodzielnie: listem lub e-mailem do urzędu. Urząd musi w ciągu 6 tygodni powiedzieć, czy ją przeprowadzi.
timeline-ask-assessment-then = Gdy już poprosisz, zmień rodzaj wsparcia w danych dziecka i dodaj datę prośby. Heard pokaże wtedy, co powinno się stać i do kiedy.
timeline-missing-request = Dodaj datę prośby o ocenę potrzeb EHC, a Heard pokaże, co powinno się stać i do kiedy.
timeline-missing-plan = Dodaj datę wydania planu EHC albo datę ostatniego przeglądu rocznego, a Heard pokaże, kiedy przypada następny przegląd.
timeline-missing-last-review = Jeśli spotkanie w sprawie przeglądu rocznego już się odbyło, dodaj jego datę jako ostatni przegląd roczny. Heard pokaże wtedy, kiedy przypada następny.
timeline-add-dates = Dodaj daty

## Progress chart
# The steps of the rating scale, shown after their symbol: "◑ coraz lepiej".
rating-not-started = jeszcze nie zaczęte
rating-just-starting = dopiero początek
rating-getting-there = coraz lepiej
rating-nearly-there = już prawie
rating-achieved = osiągnięte
# Which way a goal went, from its first rating to its last.
movement-moved-on = Do przodu
movement-stayed = Bez zmian
movement-went-back = Do tyłu
movement-not-enough = Za mało ocen, żeby porównać
progress-summary-family = Ocena rodziny: { $first } ({ $first_point }), a potem { $last } ({ $last_point }). Jak poszło: { $movement }.
progress-summary-school = Ocena szkoły: { $first } ({ $first_point }), a potem { $last } ({ $last_point }). Jak poszło: { $movement }.
progress-summary-family-one = Ocena rodziny: { $rating } ({ $point }). Na razie jest tylko ta jedna.
progress-summary-school-one = Ocena szkoły: { $rating } ({ $point }). Na razie jest tylko ta jedna.
progress-summary-family-none = Rodzina nie dała jeszcze żadnej oceny.
progress-summary-school-none = Szkoła nie dała jeszcze żadnej oceny.
progress-not-enough = Na razie jest za mało ocen, żeby narysować wykres. W tabeli są oceny, które już są.
progress-legend-family = Ocena rodziny: linia ciągła z kropkami
progress-legend-school = Ocena szkoły: linia przerywana z kwadratami
progress-column-point = Przegląd
progress-column-family = Ocena rodziny
progress-column-school = Ocena szkoły
progress-not-rated = Bez oceny

## Problems with what was typed in the record
error-name-missing = Wpisz imię, którego dziecko lubi używać.
error-text-missing = Napisz tu coś albo wróć bez zapisywania.
error-too-long = Ten tekst jest za długi. Możesz użyć najwyżej { $max } znaków.
error-date-missing = Wpisz datę.
error-date-incomplete = Data musi mieć dzień, miesiąc i rok.
error-date-not-real = Taka data nie istnieje. Użyj cyfr, na przykład 27 3 2014.
error-birth-date-in-future = Data urodzenia musi być w przeszłości.
error-older-than-25 = Heard jest dla dzieci i młodych ludzi w wieku do 25 lat.
error-date-in-future = To musi być data dzisiejsza albo wcześniejsza.
error-choose-one = Wybierz jedną z opcji.
error-changed-meanwhile = W tym samym czasie ktoś inny zapisał zmianę. Nic nie zginęło. Sprawdź obie wersje poniżej i zapisz jeszcze raz.
error-hidden-character = Zaraz po „{ $after }” jest ukryty znak. Heard nie może go zapisać. Często pojawia się przy kopiowaniu i wklejaniu. Usuń go albo wpisz ten fragment jeszcze raz.
error-hidden-character-at-start = Na samym początku jest ukryty znak. Heard nie może go zapisać. Często pojawia się przy kopiowaniu i wklejaniu. Usuń go albo wpisz ten fragment jeszcze raz.

## A record that cannot be shown
record-not-found-title = Nie udało się tego znaleźć
record-not-found-body = Mogła zostać usunięta albo link jest błędny. Albo rodzina przestała ją Tobie udostępniać.
record-unavailable-title = Przepraszamy, coś poszło nie tak
record-unavailable-body = Nie udało się teraz tego wczytać. Nic z tego, co zostało zapisane, nie zginęło. Spróbuj ponownie za kilka minut.
record-back-to-start = Przejdź do swojej strony startowej

## Adding a child and changing their details
child-add-title = Dodaj dziecko
child-edit-title = Zmień dane: { $name }
child-form-intro = Opowiedz nam o swoim dziecku lub młodej osobie. Widzą to tylko osoby z Twojej rodziny.
child-back-to-record = Wróć do karty dziecka
child-called-name = Imię, którego dziecko lubi używać
child-called-name-hint = Może to być zdrobnienie albo przezwisko. Pełne imię nie jest potrzebne.
child-date-of-birth = Data urodzenia
child-date-of-birth-hint = Na przykład: 27 3 2014
child-setting = Szkoła, college lub przedszkole (nursery)
child-setting-hint = Zostaw puste, jeśli dziecko nie chodzi do żadnej z nich.
child-year-group = Klasa (year group)
child-year-group-hint = Wyliczamy ją z daty urodzenia. Zmień, jeśli dziecko jest w innej klasie.
child-year-group-auto = Wylicz z daty urodzenia
child-year-group-auto-known = Wylicz z daty urodzenia ({ $year })
child-support-status = Jakie wsparcie dziecko ma teraz?
child-support-status-hint = Możesz to zmienić w każdej chwili.
child-key-dates = Ważne daty, jeśli je znasz
child-key-dates-hint = Dzięki tym datom możemy podpowiedzieć, co powinno się stać dalej i do kiedy. Jeśli jakiejś daty nie znasz, zostaw puste pole.
child-assessment-requested-on = Data prośby o ocenę potrzeb EHC
child-assessment-requested-on-hint = Ocena potrzeb EHC (EHC needs assessment) to sprawdzenie przez urząd, czy dziecko potrzebuje planu EHC.
child-draft-plan-received-on = Data otrzymania projektu planu EHC
child-draft-plan-received-on-hint = Projekt (draft) to pierwsza wersja planu, zanim stanie się ostateczny.
child-plan-issued-on = Data wydania ostatecznego planu EHC
child-plan-issued-on-hint = To data, która jest na ostatecznym planie.
child-last-annual-review-on = Ostatnie spotkanie w sprawie przeglądu rocznego
child-last-annual-review-on-hint = Przegląd roczny (annual review) to coroczne spotkanie, na którym sprawdza się plan EHC.
child-next-annual-review-on = Następne spotkanie w sprawie przeglądu rocznego
child-next-annual-review-on-hint = Tylko jeśli termin jest już ustalony.
child-areas-of-need = Obszary potrzeb
child-areas-of-need-hint = Zaznacz wszystkie, które pasują. To cztery obszary, których używają szkoły i urzędy.
child-save = Zapisz
child-conflict-title = Ktoś inny zmienił te dane
child-conflict-body = W tym samym czasie ktoś z Twojej rodziny zapisał zmianę. Formularz pokazuje to, co zostało tu wpisane. Sprawdź to i zapisz jeszcze raz, żeby zachować swoją wersję.

support-status-none = Na razie bez dodatkowej pomocy
support-status-sen-support = SEN support (dodatkowa pomoc w szkole, bez planu EHC)
support-status-assessment-requested = Złożono prośbę o ocenę potrzeb EHC
support-status-ehc-plan = Plan EHC (prawny plan wsparcia w edukacji, zdrowiu i opiece)

area-communication = Komunikacja i interakcja
area-learning = Procesy poznawcze i uczenie się (myślenie i nauka)
area-semh = Zdrowie społeczne, emocjonalne i psychiczne
area-sensory-physical = Zmysły i sprawność fizyczna

year-group-early-years = Jeszcze nie w szkole (przedszkole lub w domu)
year-group-reception = Reception (zerówka)
year-group-year = Year { $number }
year-group-post-school = Po Year 13 (college, szkolenie lub praca)

## A child's record at a glance
child-not-given = Nie podano
child-change-details = Zmień dane
child-parts-title = Karta dziecka
keep-on-phone-title = Czytaj bez internetu
keep-on-phone-about = Możesz zachować kartę { $name } na tym telefonie, żeby ją czytać, gdy nie ma internetu. Rób to tylko na swoim telefonie. Zostanie usunięta, gdy się wylogujesz.
keep-on-phone-keep = Zachowaj na tym telefonie
keep-on-phone-stop = Nie przechowuj już na tym telefonie
keep-on-phone-kept = Karta { $name } jest zachowana na tym telefonie. Odświeża się za każdym razem, gdy otwierasz ją z internetem.
keep-on-phone-forgotten = Karta { $name } nie jest już przechowywana na tym telefonie.
keep-on-phone-failed = Nie udało się. Sprawdź, czy masz internet, i spróbuj jeszcze raz.
child-part-about-me = Kim jest dziecko, co jest dla niego ważne i jak mu pomagać – jego słowami i Twoimi.
child-part-goals = Co wszyscy chcecie zmienić i co w tym pomoże.
child-part-reviews = Jak idzie każdy cel, trzy razy w roku szkolnym.
child-part-progress = Oceny każdego celu w czasie, na wykresie i w tabeli.
child-part-prepare = Przygotuj się do następnego przeglądu i wydrukuj pakiet, żeby zabrać go na spotkanie.
child-part-next-steps = Co powinno się stać dalej i do kiedy.
child-nav-label = Karta dziecka: { $name }
child-nav-overview = Podsumowanie
child-nav-about-me = Wszystko o mnie
child-nav-goals = Cele
child-nav-reviews = Przeglądy w szkole
child-nav-progress = Postępy
child-nav-prepare = Przygotowanie do przeglądu
child-nav-next-steps = Co dalej
family-add-child = Dodaj dziecko

## What happens next, the page
next-steps-title = Co dalej: { $name }

## Getting ready for a review, and the review pack
prepare-title = Przygotowanie do przeglądu
prepare-coming = Następny przegląd: { $point }, dnia { $date }.
prepare-change-date = Zmień datę
prepare-open-pack = Otwórz pakiet na przegląd do wydruku
prepare-changed-title = Co się zmieniło
prepare-since = Od ostatniego przeglądu ({ $date }):
prepare-since-start = Na żadnym przeglądzie nic jeszcze nie zapisano. Wszystko w karcie dziecka jest nowe.
prepare-nothing-changed = Od tego czasu nic się w karcie dziecka nie zmieniło.
prepare-entry-changed = Nowy tekst lub zmiana w części „{ $part }”. Autor: { $author }.
prepare-read-it = Przeczytaj: { $part }
prepare-questions-saved = Twoje pytania są zapisane. Są w pakiecie na przegląd.
prepare-questions-title = Twoje pytania na spotkanie
prepare-questions-label = O co chcesz zapytać albo co chcesz powiedzieć na spotkaniu?
prepare-questions-hint = Każde pytanie napisz w osobnym wierszu. Trafią do pakietu na przegląd, więc o nich nie zapomnisz.
prepare-save-questions = Zapisz pytania
prepare-conflict-title = Ktoś inny zmienił pytania
prepare-conflict-body = W tym samym czasie ktoś z Twojej rodziny zapisał te pytania. To, co zostało tu wpisane, nadal jest w polu poniżej. Połącz to, co chcesz zachować, i zapisz.
goal-state-active = Nadal nad tym pracujemy
goal-state-achieved = Osiągnięty
goal-state-stopped = Przerwany
pack-title = Pakiet na przegląd: { $name }
pack-back = Wróć do przygotowań
pack-how-to-print = Aby wydrukować, użyj menu Drukuj w przeglądarce. Na telefonie wybierz Udostępnij, a potem Drukuj. Pakiet mieści się na papierze A4 i dobrze wygląda w czerni i bieli.
pack-for-school-link = Po angielsku, dla szkoły
pack-for-school-here = To jest pakiet po angielsku, dla pracowników szkoły. Twoje słowa są w nim tak, jak je zapisano.
pack-in-own-language = Zobacz pakiet w swoim języku
pack-print = Drukuj
pack-meeting = Przegląd: { $point }, { $date }
pack-about-me = Wszystko o mnie
pack-goals = Cele i jak idą
pack-questions = Nasze pytania
pack-nothing-yet = Nic jeszcze nie napisano.
pack-goal-number = Cel { $number }:
pack-goal-theme = Obszar
pack-goal-support = Co pomoże
pack-goal-measure = Po czym poznamy
pack-goal-by-when = Do kiedy
pack-share-link = Udostępnij pakiet przez link
pack-share-title = Udostępnij przez link pakiet na przegląd: { $name }
pack-share-back = Wróć do pakietu na przegląd
pack-share-lead = Zrób link dla jednej osoby, na przykład nauczyciela. Ta osoba otworzy pakiet bez konta. Ty wybierasz, jak długo link działa, i możesz go zatrzymać w każdej chwili.
pack-share-made-title = Oto link dla: { $who }
pack-share-made-lead = Skopiuj go teraz i wyślij tej osobie. Pokazujemy go tylko ten jeden raz. Działa do { $date }.
pack-share-made-label = Link
pack-share-withdraw-ask = Zatrzymać link dla: { $who }?
pack-share-withdraw-hint = Link od razu przestanie działać. Później możesz zrobić nowy.
pack-share-withdraw-yes = Tak, zatrzymaj link
pack-share-withdraw-no = Nie, zostaw go
pack-share-live-title = Linki, które teraz działają
pack-share-none = Nie ma linków, które teraz działają.
pack-share-live-item = działa do { $date }, { $count ->
    [one] otwarty raz
    [few] otwarty { $count } razy
    [many] otwarty { $count } razy
   *[other] otwarty { $count } razy
}.
pack-share-withdraw = Zatrzymaj
pack-share-withdraw-named = Zatrzymaj link dla: { $who }
pack-share-in-english = Po angielsku, dla szkoły
pack-share-in-own = W języku: { $language }
pack-share-make-title = Zrób nowy link
pack-share-for-name = Dla kogo jest link?
pack-share-for-name-hint = Imię i nazwisko oraz praca tej osoby, na przykład: Mr Jones (class teacher).
pack-share-how-long = Jak długo link ma działać?
pack-share-days = { $days } dni
pack-share-until-date = Do dnia, który wybiorę
pack-share-until = Ostatni dzień, w którym link działa
pack-share-until-hint = Tylko jeśli wybierzesz „Do dnia, który wybiorę”. Na przykład 27 3 2027.
pack-share-language = W jakim języku ma być pakiet?
pack-share-make = Zrób link
pack-share-documents = Które dokumenty mają iść razem z pakietem?
pack-share-documents-hint = Zaznacz tylko te, których ta osoba potrzebuje. Może je pobrać, dopóki link działa. Nie musisz nic zaznaczać.
pack-share-document = { $kind }, { $date }: { $file }
pack-share-documents-not-on-list = Wybierz tylko dokumenty z tej listy.
pack-share-live-documents = { $count ->
    [one] Idzie z nim 1 dokument.
    [few] Idą z nim { $count } dokumenty.
    [many] Idzie z nim { $count } dokumentów.
   *[other] Idzie z nim { $count } dokumentu.
}
pack-link-shared-by = { $who } udostępnia ci ten pakiet. Link działa do { $date }.
pack-link-ended-title = Ten link już nie działa
pack-link-ended-body = Rodzina go zatrzymała albo minął jego czas. Jeśli nadal potrzebujesz pakietu, poproś rodzinę o nowy link.
pack-link-unknown-title = Nie możemy znaleźć tego linku
pack-link-unknown-body = Sprawdź, czy masz cały link. Jeśli nadal nie działa, poproś rodzinę o nowy.
pack-link-documents = Dokumenty udostępnione tobie

## Goals (outcomes)
adulthood-employment = Praca, college lub studia
adulthood-independent-living = Życie jak najbardziej samodzielne
adulthood-friends-community = Przyjaciele, bliskie relacje i bycie częścią społeczności
adulthood-good-health = Dobre zdrowie
goals-theme-adulthood = Przygotowanie do dorosłości (Preparing for Adulthood): { $theme }
goals-title = Cele: { $name }
goals-intro = Cel mówi, co się zmieni, gdy { $name } dostanie odpowiednią pomoc, i jaka to będzie pomoc. Szkoły i urzędy nazywają cele „outcomes”.
goals-outcome-explained = Outcome to zmiana, którą będzie widać dzięki pomocy, jaką dostaje { $name }.
goals-aspiration-note = Nadzieja albo marzenie, na przykład „Chcę pracować ze zwierzętami”, bardzo się liczy. Ale to nie jest cel. Cel jest mniejszy i dokładny: to zmiana, którą widać, na przykład „Codziennie karmię kota bez niczyjej pomocy”. Nadzieje i marzenia możesz zapisać w części Wszystko o mnie.
goals-adulthood-explained = Od Year 9 cele mogą też dotyczyć przygotowania do dorosłego życia. Nazywa się to Preparing for Adulthood (przygotowanie do dorosłości). Chodzi o pracę lub naukę, życie jak najbardziej samodzielne, przyjaciół i społeczność oraz dobre zdrowie.
goals-add = Dodaj cel
goals-active-title = Cele, nad którymi teraz pracujemy
goals-active-order = Najważniejszy cel jest na górze. Możesz przesuwać cele w górę i w dół.
goals-none-active = Nie ma jeszcze żadnych celów. Dodaj pierwszy.
goals-number = Cel { $number }
goals-row-outcome = Co się zmieni
goals-row-theme = Czego dotyczy
goals-row-support = Co pomoże
goals-row-measure = Po czym poznamy
goals-row-by-when = Do kiedy
goals-not-written = Jeszcze nie napisano
goals-no-date = Bez terminu
goals-change = Zmień
goals-change-named = Zmień ten cel: { $outcome }
goals-move-up = Przesuń w górę
goals-move-up-named = Przesuń w górę: { $outcome }
goals-move-down = Przesuń w dół
goals-move-down-named = Przesuń w dół: { $outcome }
goals-mark-achieved = Oznacz jako osiągnięty
goals-mark-achieved-named = Oznacz jako osiągnięty: { $outcome }
goals-stop = Przerwij ten cel
goals-stop-named = Przerwij ten cel: { $outcome }
goals-finished-title = Cele osiągnięte i przerwane
goals-finished-intro = Zakończone cele zostają tutaj, razem ze wszystkim, co o nich napisano, i z ich ocenami. W każdej chwili możesz przywrócić cel do pracy.
goals-none-finished = Żaden cel nie został jeszcze osiągnięty ani przerwany.
goals-achieved-on = Osiągnięty { $date }
goals-stopped-on = Przerwany { $date }
goals-state-achieved = Osiągnięty
goals-state-stopped = Przerwany
goals-make-active = Przywróć do pracy
goals-make-active-named = Przywróć do pracy: { $outcome }
goals-back = Wróć do celów
goals-add-title = Dodaj cel
goals-edit-title = Zmień cel
goals-form-intro = Pisz jeden cel naraz, własnymi słowami. Cel to zmiana, którą będzie można zobaczyć.
goals-outcome = Co się zmieni?
goals-outcome-hint = Napisz jedną zmianę, którą chcesz zobaczyć. Na przykład: „Umiem poprosić o pomoc na lekcji, kiedy utknę”.
goals-theme = Czego głównie dotyczy ten cel?
goals-theme-hint = Wybierz to, co pasuje najlepiej. To cztery obszary potrzeb, których używają szkoły i urzędy.
goals-theme-hint-adulthood = Wybierz to, co pasuje najlepiej. Od Year 9 cel może też dotyczyć przygotowania do dorosłego życia. Szkoły i urzędy nazywają to Preparing for Adulthood.
goals-support = Co pomoże?
goals-support-hint = Pomoc, dzięki której to się uda, i kto jej udzieli. Na przykład: plan dnia w obrazkach i codziennie rano 10 minut z asystentem nauczyciela (teaching assistant).
goals-measure = Po czym poznamy, że to się udało?
goals-measure-hint = Co zobaczysz albo usłyszysz, gdy to działa. Na przykład: „Prosi o pomoc co najmniej raz dziennie, przez dwa tygodnie”.
goals-by-when = Do kiedy? (możesz zostawić puste)
goals-by-when-hint = Na przykład: 31 7 2027
goals-save = Zapisz cel
goals-conflict-title = Ktoś inny zmienił ten cel
goals-conflict-body = W tym samym czasie ktoś z Twojej rodziny zapisał zmianę w tym celu. Nic nie zginęło. Formularz poniżej pokazuje to, co zostało tu wpisane. W tej ramce widać to, co zapisała druga osoba. Sprawdź obie wersje i zapisz jeszcze raz, żeby zachować swoją.
goals-newest-title = Co zapisano ostatnio

## All about me: the one-page profile in six parts
about-me-title = Wszystko o mnie
about-me-intro = Ta strona mówi, kim jest { $name }, co jest ważne i jak najlepiej pomagać. Ma sześć części.
about-me-intro-plan = Możesz z niej korzystać, gdy powstają plany. Na przykład może trafić do sekcji A planu EHC. (Plan EHC to prawny plan wsparcia w edukacji, zdrowiu i opiece. Sekcja A to część o zdaniu i nadziejach dziecka oraz o tym, co jest dla niego ważne).
about-me-intro-who = Młoda osoba może tu pisać własnymi słowami. Może też pisać rodzic lub opiekun albo rzecznik (advocate) razem z młodą osobą. Przy każdym tekście widać, od kogo jest. Gdy coś zmienisz, wcześniejsza wersja zostaje zachowana.
about-me-liked-and-admired = Co ludzie we mnie lubią i podziwiają
about-me-liked-and-admired-hint = Co mi dobrze wychodzi? Co lubią we mnie przyjaciele i rodzina? Co sprawia, że czuję dumę?
about-me-important-to-me = Co jest dla mnie ważne teraz i w przyszłości
about-me-important-to-me-hint = Kto i co się dla mnie liczy: ludzie, miejsca, zajęcia, stałe zwyczaje. Co chcę dalej robić? Co jest ważne dla mojej przyszłości?
about-me-how-to-support-me = Jak najlepiej mi pomagać
about-me-how-to-support-me-hint = Co mi pomaga, a co nie? Jak tłumaczyć mi nowe rzeczy? Co robić, kiedy jest mi trudno?
about-me-how-i-communicate = Jak się porozumiewam i jak poznać, co czuję
about-me-how-i-communicate-hint = Jak przekazuję coś innym: słowami, znakami, obrazkami, dźwiękami czy tym, co robię? Po czym poznać, że czuję radość, niepokój albo złość?
about-me-hopes-and-dreams = Moje nadzieje i marzenia
about-me-hopes-and-dreams-hint = Czego chcę w przyszłości? Pomyśl o szkole lub college'u, pracy, miejscu do życia, przyjaciołach i zdrowiu. Duża czy mała – każda nadzieja się liczy.
about-me-working-and-not-working = Co teraz działa, a co nie działa
about-me-working-and-not-working-hint = Co idzie mi teraz dobrze – w szkole, w domu albo gdzie indziej? Co jest trudne albo nie idzie dobrze? Napisz to przed każdym spotkaniem w sprawie przeglądu.
about-me-nothing-yet = Nic tu jeszcze nie napisano.
about-me-written-by = Autor: { $author } · zapisano { $date }
about-me-change = Zmień
about-me-change-which = { $part }, tekst { $number }
about-me-earlier-versions = Wcześniejsze wersje ({ $count })
about-me-add = Dodaj coś do tej części
author-young-person = młoda osoba, własnymi słowami
author-parent-or-carer = rodzic lub opiekun
author-advocate = rzecznik (advocate) razem z młodą osobą
about-me-add-caption = Dodaj do części Wszystko o mnie
about-me-edit-caption = Zmień to, co napisano
about-me-text-label = Co chcesz powiedzieć?
about-me-text-label-yours = Twój tekst (jeszcze niezapisany)
about-me-text-more = Napisz tyle, ile chcesz – dużo albo mało. Krótkie notatki też są w porządku. Możesz to później zmienić.
about-me-author = Czyje to słowa?
about-me-author-hint = Wybierz, czyje to słowa, a nie kto je wpisał.
about-me-author-young-person = Młoda osoba, własnymi słowami
about-me-author-young-person-hint = Jej własne słowa, nawet jeśli wpisał je ktoś inny.
about-me-author-parent-or-carer = Rodzic lub opiekun
about-me-author-parent-or-carer-hint = Ty albo inny rodzic lub opiekun w rodzinie.
about-me-author-advocate = Rzecznik (advocate) razem z młodą osobą
about-me-author-advocate-hint = Rzecznik (advocate) to ktoś, kto pomaga rodzinie powiedzieć, czego chce, na przykład pracownik SENDIASS (bezpłatnych porad w sprawach SEND). Wybierz to, jeśli to wspólny tekst rzecznika i młodej osoby.
about-me-save = Zapisz
about-me-back = Wróć do części Wszystko o mnie
about-me-edit-keeps = Gdy zapiszesz, wcześniejsza wersja zostanie zachowana. Możesz ją przeczytać w każdej chwili.
about-me-conflict-title = Ktoś inny zapisał zmianę
about-me-conflict-body = W tym samym czasie ktoś z Twojej rodziny zapisał nową wersję. Twój tekst nadal jest w polu. Przeczytaj też tamtą wersję. Potem zapisz, żeby zachować swoją, albo najpierw ją zmień. Tamta wersja i tak zostanie zachowana jako wcześniejsza.
about-me-newest-title = Najnowsza zapisana wersja
about-me-version-by = Autor: { $author }. Kto zapisał: { $who }, { $date }.
about-me-saved-by-unknown = osoba, która nie ma już konta
about-me-history-link = Przeczytaj wszystkie wersje
about-me-history-title = Wszystkie wersje
about-me-history-intro = Najnowsza wersja jest na górze. Wcześniejsze wersje nigdy nie giną.
about-me-version = Wersja { $number }
about-me-version-newest = Wersja { $number }, najnowsza

## Review points (pages/reviews.rs)
# Terms are shown alone ("Jesień 2025/26"), so they are nouns in the nominative.
term-autumn = Jesień
term-spring = Wiosna
term-summer = Lato
reviews-title = Przeglądy w szkole
reviews-intro = Przegląd w szkole (review point) to spotkanie, na którym sprawdza się, jak idzie każdy cel i co robić dalej. W każdym roku szkolnym są trzy: jeden w trymestrze jesiennym, jeden w wiosennym i jeden w letnim.
reviews-intro-sen-support = Jeśli Twoje dziecko ma SEN support (dodatkową pomoc w szkole bez planu EHC), szkoła powinna spotykać się z Tobą trzy razy w roku, raz w każdym trymestrze.
reviews-intro-ehc-plan = Jeśli Twoje dziecko ma plan EHC (prawny plan wsparcia), jednym z tych trzech spotkań jest przegląd roczny (annual review).
reviews-intro-dates = Wpisaliśmy zwykły termin dla każdego trymestru. Zmień go na prawdziwą datę, gdy ją poznasz.
reviews-school-year = Rok szkolny { $year }
reviews-term-heading = Trymestr: { $term }
reviews-held-on = Data: { $date }
reviews-recorded = Zapisany
reviews-not-recorded = Jeszcze nic nie zapisano
reviews-coming-up = Wkrótce: jeszcze nic nie zapisano
reviews-record-link = Zapisz ten przegląd
reviews-change-link = Zobacz lub zmień
review-title = Przegląd: { $point }
review-back = Wróć do przeglądów
review-intro = Wypełnij, co możesz. W każdej chwili możesz tu wrócić i coś zmienić. Widzi to tylko Twoja rodzina.
review-held-on = Data spotkania
review-held-on-hint = Wpisaliśmy zwykły termin dla tego trymestru. Zmień go na prawdziwą datę. Na przykład: 10 11 2025.
review-goals-title = Jak idzie każdy cel
review-goals-hint = Przy każdym celu wybierz, jak idzie teraz. Jeśli nie masz pewności, zostaw „Jeszcze bez oceny”.
review-no-goals = Nie ma jeszcze żadnych celów. Najpierw dodaj cele, a potem wróć tu i napisz, jak idą.
review-add-goals = Dodaj cele
review-goal-achieved = Ten cel został osiągnięty.
review-goal-stopped = Ten cel został przerwany.
review-rating = Jak idzie, zdaniem Twojej rodziny?
review-school-rating = Jak idzie, zdaniem szkoły?
review-school-rating-hint = Tak, jak powiedziała szkoła na spotkaniu. Jeśli nie wiesz, zostaw „Jeszcze bez oceny”.
school-view-link = Dodaj zdanie szkoły
school-view-title = Zdanie szkoły: { $point }
school-view-intro = Powiedz, jak idzie każdy cel według szkoły. Rodzina zobaczy obok twoje imię, twoją pracę i twoją szkołę.
school-view-rating = Jak idzie według szkoły?
school-view-comment = Co mówi szkoła
school-view-comment-hint = Krótko i prosto. Możesz zostawić puste.
school-view-save = Zapisz zdanie szkoły
written-by-professional = Autor: { $name } ({ $job }, { $organisation }).
review-school-view-theirs = Tylko osoba, która to napisała, może to zmienić.
review-not-rated = Jeszcze bez oceny
review-family-comment = Co mówi rodzina (nieobowiązkowe)
review-family-comment-hint = Co się zmieniło? Co pomogło, a co nie?
review-young-person-comment = Co mówi { $name }, własnymi słowami (nieobowiązkowe)
review-young-person-comment-hint = { $name } może pisać tutaj. Możesz też zapisać te słowa za dziecko, dokładnie tak, jak padły.
review-overall-title = W tej chwili
review-what-is-working = Co działa dobrze? (nieobowiązkowe)
review-what-is-working-hint = W szkole, w domu albo gdzie indziej.
review-what-is-not-working = Co nie działa? (nieobowiązkowe)
review-what-is-not-working-hint = Co jest trudne albo co trzeba zmienić.
review-save = Zapisz ten przegląd
review-conflict-title = Ktoś inny zapisał ten przegląd
review-conflict-body = W tym samym czasie ktoś z Twojej rodziny zapisał zmiany. Najnowsza zapisana wersja jest pokazana na górze. Formularz poniżej nadal zawiera to, co zostało tu wpisane. Sprawdź obie wersje i zapisz jeszcze raz, żeby zachować swoją.
review-saved-title = Najnowsza zapisana wersja
review-saved-rating = Ocena rodziny
review-saved-school-rating = Ocena szkoły
review-saved-family-comment = Co mówi rodzina
review-saved-young-person-comment = Co mówi { $name }
review-saved-what-is-working = Co działa dobrze
review-saved-what-is-not-working = Co nie działa
review-saved-nothing = Nic nie napisano

## Progress (pages/progress.rs)
progress-page-title = Postępy
progress-page-intro = Ta strona pokazuje, jak szedł każdy cel na każdym przeglądzie. Oceny idą od ○ jeszcze nie zaczęte do ● osiągnięte. Każdy cel ma wykres i tabelę z tymi samymi ocenami, więc możesz wybrać to, co jest dla Ciebie łatwiejsze.
progress-year-title = Ten rok szkolny ({ $year })
progress-year-intro = Które cele poszły do przodu, które są bez zmian, a które się cofnęły. Porównujemy pierwszą ocenę rodziny w tym roku szkolnym z najnowszą.
progress-year-none = Żeby zobaczyć, jak idzie cel w tym roku szkolnym, potrzebne są oceny z dwóch przeglądów w tym roku.
progress-latest-rating = Ostatnia ocena: { $point }
progress-last-year = Poprzedni rok szkolny: { $movement }
progress-not-rated-yet = Jeszcze bez oceny
progress-goal-achieved = Osiągnięty
progress-goal-achieved-on = Osiągnięty { $date }
progress-goal-stopped = Przerwany
progress-goal-stopped-on = Przerwany { $date }
progress-goal-no-ratings = Ten cel nie dostał jeszcze oceny na żadnym przeglądzie.
progress-go-to-reviews = Przejdź do przeglądów
progress-no-goals = Nie ma jeszcze żadnych celów. Dodaj cele, a potem na każdym przeglądzie oceń, jak idą.
progress-go-to-goals = Przejdź do celów

## Text kept while typing
drafts-restored = Przywróciliśmy to, co było pisane ostatnim razem. To jeszcze nie jest zapisane: sprawdź i zapisz.

## Changing a child's details at the same time as someone else
child-conflict-saved = Co jest teraz zapisane

## Local Offer: search problems
error-age-not-valid = Wpisz wiek w latach, od 0 do 25. Na przykład: 7.
error-postcode-not-valid = Wpisz pierwszą część kodu pocztowego (postcode), na przykład DE22, albo cały kod.
error-postcode-not-known = Nie wiemy, gdzie jest ten kod pocztowy. Sprawdź go albo zostaw to pole puste.

## Local Offer pages
nav-local-offer = Znajdź usługi
home-local-offer-link = Znajdź usługi w Local Offer
local-offer-title = Znajdź usługi: Local Offer
local-offer-intro = Local Offer to lista pomocy, którą prowadzi Twój urząd (council), dla dzieci i młodych ludzi z SEND (specjalnymi potrzebami edukacyjnymi i niepełnosprawnościami), od urodzenia do 25 lat. Nie musisz się logować, żeby w niej szukać.
local-offer-q = Czego szukasz?
local-offer-q-hint = Możesz pisać po polsku albo po angielsku. Na przykład: logopeda, autyzm, pływanie
local-offer-filters = Zawęź wyszukiwanie
local-offer-filters-chosen = { $count ->
    [one] Zawęź wyszukiwanie (wybrany { $count } filtr)
    [few] Zawęź wyszukiwanie (wybrane { $count } filtry)
    [many] Zawęź wyszukiwanie (wybranych { $count } filtrów)
   *[other] Zawęź wyszukiwanie (wybrane filtry: { $count })
}
local-offer-child = Szukaj dla jednego ze swoich dzieci
local-offer-child-hint = Bierzemy pod uwagę wiek dziecka. Możesz też nikogo nie wybierać i wpisać wiek poniżej.
local-offer-child-none = Nikogo nie wybrano
local-offer-child-choice = { $name }, wiek: { $age }
local-offer-age = Wiek dziecka lub młodej osoby
local-offer-age-hint = W latach, od 0 do 25.
local-offer-need = Obszar potrzeb
local-offer-need-hint = 4 obszary potrzeb, których używają szkoły i urzędy.
local-offer-need-any = Wszystkie obszary
local-offer-category = Rodzaj usługi
local-offer-category-any = Każdy rodzaj
local-offer-category-education = Edukacja
local-offer-category-health = Zdrowie
local-offer-category-social-care = Opieka społeczna
local-offer-category-leisure = Zajęcia i kluby
local-offer-category-advice = Porady i wsparcie
local-offer-cost = Koszt
local-offer-free-only = Tylko bezpłatne usługi
local-offer-near = W pobliżu kodu pocztowego (postcode)
local-offer-near-hint = Wystarczy pierwsza część, na przykład DE22.
local-offer-within = Jak daleko
local-offer-within-miles = { $miles ->
    [one] Do { $miles } mili
    [few] Do { $miles } mil
    [many] Do { $miles } mil
   *[other] Do { $miles } mili
}
local-offer-use-location = Użyj mojej lokalizacji
local-offer-location-refused = Nie udało się ustalić Twojej lokalizacji. Wpisz kod pocztowy.
local-offer-location-in-use = Mierzymy odległość od miejsca, w którym teraz jesteś.
local-offer-search = Szukaj
local-offer-results-title = Usługi
local-offer-count = { $count ->
    [one] Znaleziono { $count } usługę
    [few] Znaleziono { $count } usługi
    [many] Znaleziono { $count } usług
   *[other] Znaleziono { $count } usługi
}
local-offer-count-none = Nie znaleziono żadnych usług
local-offer-tips = Spróbuj tak:
local-offer-tip-spelling = Sprawdź pisownię.
local-offer-tip-words = Użyj mniej słów albo innych słów na to samo.
local-offer-tip-filters = Usuń niektóre filtry.
local-offer-see-all = Zobacz wszystkie usługi
local-offer-corrected = Odczytaliśmy „{ $typed }” jako „{ $read_as }”.
local-offer-searched-for = Pokazujemy usługi dla: { $words }
local-offer-some-words = Żadna usługa nie ma wszystkich Twoich słów. Te usługi mają niektóre z nich.
local-offer-all-services = Wszystkie usługi, od A do Z. Wpisz, czego szukasz, a najlepsze wyniki pojawią się na początku.
local-offer-popular = Częste wyszukiwania:
local-offer-popular-speech = terapia mowy (speech therapy)
local-offer-popular-autism = autyzm (autism)
local-offer-popular-short-breaks = krótkie wytchnienie dla rodziny (short breaks)
local-offer-popular-swimming = pływanie (swimming)
local-offer-popular-advice = bezpłatne porady w sprawach SEND
local-offer-fix-problems = Nie udało się jeszcze wyszukać. Sprawdź, co zostało wpisane:
local-offer-unavailable = Nie udało się teraz wyszukać. Spróbuj ponownie za kilka minut.
local-offer-update-failed = Nie udało się odświeżyć wyników. Naciśnij Szukaj, żeby spróbować jeszcze raz.
local-offer-from = Prowadzi: { $organisation }
local-offer-ages-range = { $max ->
    [one] Wiek: od { $min } do { $max } roku
    [few] Wiek: od { $min } do { $max } lat
    [many] Wiek: od { $min } do { $max } lat
   *[other] Wiek: od { $min } do { $max } lat
}
local-offer-ages-from = { $min ->
    [one] Wiek: od { $min } roku
    [few] Wiek: od { $min } lat
    [many] Wiek: od { $min } lat
   *[other] Wiek: od { $min } lat
}
local-offer-ages-up-to = { $max ->
    [one] Wiek: do { $max } roku
    [few] Wiek: do { $max } lat
    [many] Wiek: do { $max } lat
   *[other] Wiek: do { $max } lat
}
local-offer-ages-any = Bez ograniczeń wieku
local-offer-free = Bezpłatne
local-offer-may-cost = Może być płatne
local-offer-cost-not-said = Nie podano kosztu
local-offer-miles-away = { $miles ->
    [one] { $miles } mila stąd
    [few] { $miles } mile stąd
    [many] { $miles } mil stąd
   *[other] { $miles } mili stąd
}
local-offer-why = Dlaczego to jest na liście:
local-offer-reason-word = zawiera słowo „{ $word }”
local-offer-reason-corrected = wpisano „{ $typed }”; odczytaliśmy to jako „{ $read_as }”
local-offer-reason-also-known = „{ $typed }” znaczy to samo co „{ $found }”
local-offer-reason-age = wiek: { $age }
local-offer-reason-all-needs = dla wszystkich potrzeb
local-offer-reason-need = dla tej potrzeby: { $need }
local-offer-reason-category = rodzaj: { $category }
local-offer-reason-free = bezpłatne
local-offer-pages = Strony wyników
local-offer-page-of = Strona { $page } z { $pages }
local-offer-previous = Poprzednia strona
local-offer-next = Następna strona
list-and = { $first } i { $last }
list-separator = {", "}
service-back = Wróć do wyszukiwania
service-not-found-title = Nie udało się znaleźć tej usługi
service-not-found-body = Link może być błędny albo urząd mógł zmienić tę usługę. Poszukaj jeszcze raz w Local Offer.
service-search-again = Szukaj w Local Offer
service-not-listed-title = Urząd nie ma już tej usługi na liście
service-not-listed = Mogła zostać zamknięta albo zmieniona. Trzymamy ją tutaj, bo rodziny ją zapisały. Zanim się tam wybierzesz, upewnij się u nich.
service-closed = Ta usługa jest na razie zamknięta.
service-about = Co to jest
service-for-whom = Dla kogo
service-row-ages = Wiek
service-row-needs = Obszary potrzeb
service-needs-all = Wszystkie potrzeby. Urząd nie podał konkretnych.
service-row-adulthood = Przygotowanie do dorosłego życia
service-row-kind = Rodzaj usługi
service-cost = Koszt
service-how-to-get = Jak skorzystać
service-referral-needed = Potrzebne jest skierowanie (referral). To znaczy, że ktoś, na przykład lekarz, szkoła albo pracownik socjalny, prosi o tę usługę w Twoim imieniu.
service-referral-not-needed = Możesz skontaktować się z nimi samodzielnie. Skierowanie (referral) nie jest potrzebne.
service-referral-not-said = Urząd nie podał, czy potrzebne jest skierowanie (referral). Skierowanie jest wtedy, gdy ktoś, na przykład lekarz albo szkoła, prosi o usługę w Twoim imieniu.
service-contact = Kontakt
service-phone = Telefon
service-email = E-mail
service-website = Strona internetowa
service-people = Kogo pytać
service-no-contact = Urząd nie podał danych kontaktowych.
service-where-when = Gdzie i kiedy
service-place = Miejsce
service-accessibility = Wejście i poruszanie się na miejscu
service-access-not-said = Urząd nie podał, jak łatwo jest wejść do tego miejsca i się w nim poruszać.
service-times = Godziny otwarcia
service-times-not-said = Urząd nie podał godzin otwarcia.
service-no-place = Urząd nie podał miejsca.
service-days-range = { $first }–{ $last }
service-time-range = { $opens }–{ $closes }
service-days-and-times = { $days }, { $times }
service-day-monday = poniedziałek
service-day-tuesday = wtorek
service-day-wednesday = środa
service-day-thursday = czwartek
service-day-friday = piątek
service-day-saturday = sobota
service-day-sunday = niedziela
service-languages = Języki
service-languages-not-said = Urząd nie podał, w jakich językach pracuje ta usługa.
service-last-updated = Ostatnia aktualizacja: { $date }
service-updated-unknown = Urząd nie podał, kiedy ostatnio to sprawdzano.
service-updated-old-title = To może być nieaktualne
service-updated-old = Urząd ostatnio aktualizował te informacje ponad rok temu. Niektóre dane mogły się zmienić. Zanim się tam wybierzesz, upewnij się u nich.
service-save-title = Zapisz w karcie dziecka
service-save-intro = Zachowaj tę usługę w karcie dziecka, z notatką dla siebie.
service-save-child = Które dziecko?
service-save-note = Twoja notatka (możesz zostawić puste)
service-save-note-hint = Na przykład: Dzwoniliśmy 3 marca. Oddzwonią.
service-save-button = Zapisz w karcie dziecka
service-save-no-children = Najpierw dodaj dziecko. Potem możesz zapisywać usługi w jego karcie.
service-add-child = Dodaj dziecko
service-sign-in-to-save = Zaloguj się, żeby zapisać tę usługę w karcie dziecka
saved-services-title = Zapisane usługi
saved-services-none = { $name } nie ma jeszcze żadnych zapisanych usług.
saved-services-find = Znajdź usługi w Local Offer
saved-services-saved-on = Zapisano { $date }
saved-services-note = Twoja notatka:
saved-services-not-listed = Urząd nie ma jej już na liście
saved-services-remove = Usuń
saved-services-remove-named = Usuń { $service } z karty dziecka
service-save-child-choose = Wybierz dziecko

## Languages on every page, read aloud, words explained
footer-languages = Języki
read-aloud-start = Czytaj na głos
read-aloud-pause = Pauza
read-aloud-resume = Czytaj dalej
read-aloud-stop = Zatrzymaj
read-aloud-no-voice = To urządzenie nie ma głosu dla języka: { $language }. Dlatego nie może przeczytać tej strony na głos. Być może uda się dodać głos w ustawieniach urządzenia.
read-aloud-no-speech = Ta przeglądarka nie umie czytać stron na głos.
glossary-see-all = Zobacz wszystkie słowa, które wyjaśniamy
glossary-close = Zamknij
info-more-title = Więcej pomocy

## Glossary: every term
# glossary-ID is the term as families meet it; glossary-ID-meaning says what it means, in plain words.
# glossary-ID-also lists the ways the term is written in Polish running text (with its case endings), longest
# first, separated by " | ". The English forms from en-GB are matched as well, so they are not repeated here.
glossary-ehc-needs-assessment = Ocena potrzeb EHC (EHC needs assessment, EHCNA)
glossary-ehc-needs-assessment-meaning = Urząd sprawdza, czy Twoje dziecko potrzebuje planu EHC. Możesz o to poprosić Ty albo szkoła. Od 16 lat może o to poprosić także młoda osoba. Urząd musi w ciągu 6 tygodni powiedzieć, czy przeprowadzi ocenę.
glossary-annual-review = Przegląd roczny (annual review)
glossary-annual-review-meaning = Spotkanie, na którym co najmniej raz w roku sprawdza się plan EHC. Ty i Twoje dziecko mówicie, co działa, a co trzeba zmienić.
glossary-graduated-approach = Podejście stopniowe (graduated approach)
glossary-graduated-approach-meaning = Sposób, w jaki szkoła daje SEN support, w czterech krokach: ocena, plan, działanie, przegląd (assess, plan, do, review). Szkoła próbuje jakiejś pomocy i sprawdza, czy działa. Potem, jeśli trzeba, zmienia pomoc.
glossary-senco = SENCO (albo SENDCO)
glossary-senco-meaning = Nauczyciel, który w szkole odpowiada za SEND. Porozmawiaj z tą osobą, jeśli martwisz się o potrzeby swojego dziecka.
glossary-advocate = Rzecznik (advocate)
glossary-advocate-meaning = Ktoś, kto pomaga Ci powiedzieć, czego chcesz, i dba o to, żeby Cię wysłuchano. Jest po Twojej stronie.
glossary-personal-budget = Budżet osobisty (personal budget)
glossary-personal-budget-meaning = Pieniądze przeznaczone na część pomocy z planu EHC. Możesz o nie poprosić. Dzięki temu masz wpływ na to, jak pomoc jest dawana, albo możesz ją zorganizować samodzielnie.
glossary-tribunal = Trybunał SEND (SEND Tribunal)
glossary-tribunal-meaning = Zespół, który nie pracuje dla urzędu. Jeśli nie zgadzasz się z niektórymi decyzjami urzędu w sprawach SEND, możesz poprosić go o rozstrzygnięcie. To się nazywa odwołanie (appeal).
glossary-mediation = Mediacja (mediation)
glossary-mediation-meaning = Spotkanie, żeby rozwiązać problem z urzędem. Osoba, która nie staje po niczyjej stronie, pomaga Ci spokojnie o tym porozmawiać. Mediacja jest bezpłatna i to Ty decydujesz, czy jej chcesz.
glossary-ep = Psycholog edukacyjny (educational psychologist, EP)
glossary-ep-meaning = Specjalista od tego, jak dzieci się uczą, myślą i czują. Spotyka się z Twoim dzieckiem. Potem pisze, czego dziecko potrzebuje i co mu pomoże.
glossary-salt = Terapia mowy i języka (speech and language therapy, SALT)
glossary-salt-meaning = Pomoc w mówieniu, słuchaniu i rozumieniu. Może też pomóc w jedzeniu i piciu. Prowadzi ją terapeuta mowy i języka (w Polsce: logopeda).
glossary-ot = Terapia zajęciowa (occupational therapy, OT)
glossary-ot-meaning = Pomoc w codziennych czynnościach, takich jak ubieranie się, jedzenie, pisanie czy poruszanie się. Prowadzi ją terapeuta zajęciowy (occupational therapist).
glossary-camhs = CAMHS
glossary-camhs-meaning = Służba NHS, która zajmuje się zdrowiem psychicznym dzieci i młodych ludzi. Skrót oznacza Child and Adolescent Mental Health Services. Pomaga na przykład przy silnym lęku albo przygnębieniu.
glossary-semh = SEMH (zdrowie społeczne, emocjonalne i psychiczne)
glossary-semh-meaning = Jeden z czterech obszarów potrzeb. Dotyczy uczuć, zachowania i dogadywania się z innymi.
glossary-ap = Edukacja alternatywna (alternative provision, AP)
glossary-ap-meaning = Szkoła dla dzieci, które przez jakiś czas nie mogą chodzić do zwykłej szkoły. Na przykład dlatego, że chorują albo że kazano im odejść ze szkoły.
glossary-eotas = Edukacja poza szkołą (education other than at school, EOTAS)
glossary-eotas-meaning = Nauka poza szkołą lub college'em, zapisana w planie EHC. Urząd ją organizuje i za nią płaci, gdy szkoła nie jest odpowiednia dla Twojego dziecka. To nie to samo co uczenie dziecka w domu z własnego wyboru.
glossary-ebsna = Nieobecność w szkole z powodów emocjonalnych (EBSNA)
glossary-ebsna-meaning = Gdy lęk albo inne silne uczucia sprawiają, że dziecku bardzo trudno jest pójść do szkoły. To nie to samo co opuszczanie szkoły z wyboru.
glossary-pfa = Przygotowanie do dorosłości (Preparing for Adulthood, PfA)
glossary-pfa-meaning = Przygotowanie do dorosłego życia, od Year 9 (w wieku 13–14 lat). Obejmuje pracę lub naukę, miejsce do życia, przyjaciół i dobre zdrowie.
glossary-phase-transfer = Zmiana etapu edukacji (phase transfer)
glossary-phase-transfer-meaning = Gdy Twoje dziecko przechodzi na kolejny etap nauki. Na przykład ze szkoły podstawowej (primary school) do średniej (secondary school) albo ze szkoły do college'u. Jeśli ma plan EHC, urząd musi go zmienić na czas.
glossary-review-point = Przegląd w szkole (review point)
glossary-review-point-meaning = Czas, żeby sprawdzić, jak idzie każdy cel, i zaplanować, co dalej. W Heard są trzy w każdym roku szkolnym, po jednym w każdym trymestrze.
glossary-outcome = Outcome (cel)
glossary-outcome-meaning = Słowo, którego szkoły i urzędy używają na cel. Mówi, co zmieni się dla Twojego dziecka dzięki pomocy, jaką dostaje.
glossary-send-also = specjalnymi potrzebami edukacyjnymi i niepełnosprawnościami | specjalnych potrzeb edukacyjnych i niepełnosprawności | specjalne potrzeby edukacyjne lub niepełnosprawność | specjalne potrzeby edukacyjne i niepełnosprawności | SEND
glossary-sen-support-also = SEN support
glossary-ehc-plan-also = planów EHC | planami EHC | planem EHC | planie EHC | planu EHC | plany EHC | plan EHC | EHCP
glossary-local-offer-also = Local Offer
glossary-sendiass-also = SENDIASS
glossary-ehc-needs-assessment-also = oceną potrzeb EHC | ocenie potrzeb EHC | oceny potrzeb EHC | ocenę potrzeb EHC | ocena potrzeb EHC | EHCNA
glossary-annual-review-also = przeglądów rocznych | przeglądzie rocznym | przeglądem rocznym | przeglądu rocznego | przeglądy roczne | przegląd roczny
glossary-graduated-approach-also = podejściem stopniowym | podejścia stopniowego | podejście stopniowe | graduated approach
glossary-senco-also = SENDCO | SENCO
glossary-advocate-also = rzecznikiem | rzecznika | rzecznicy | rzecznik
glossary-personal-budget-also = budżetem osobistym | budżetu osobistego | budżety osobiste | budżet osobisty
glossary-tribunal-also = Trybunałem SEND | Trybunału SEND | Trybunale SEND | Trybunał SEND | SEND Tribunal
glossary-mediation-also = mediacji | mediację | mediacja | mediacją
glossary-ep-also = psychologiem edukacyjnym | psychologa edukacyjnego | psycholog edukacyjny | EP
glossary-salt-also = terapeuty mowy i języka | terapeuta mowy i języka | terapii mowy i języka | terapię mowy i języka | terapia mowy i języka | terapii mowy | terapia mowy | logopedy | logopeda | SALT
glossary-ot-also = terapeuty zajęciowego | terapeuta zajęciowy | terapii zajęciowej | terapię zajęciową | terapia zajęciowa | OT
glossary-camhs-also = CAMHS
glossary-semh-also = zdrowia społecznego, emocjonalnego i psychicznego | zdrowie społeczne, emocjonalne i psychiczne | SEMH
glossary-ap-also = edukacji alternatywnej | edukację alternatywną | edukacja alternatywna | AP
glossary-eotas-also = edukacji poza szkołą | edukację poza szkołą | edukacja poza szkołą | EOTAS
glossary-ebsna-also = nieobecności w szkole z powodów emocjonalnych | nieobecność w szkole z powodów emocjonalnych | EBSNA | EBSA
glossary-pfa-also = przygotowania do dorosłego życia | przygotowanie do dorosłego życia | przygotowaniu do dorosłości | przygotowania do dorosłości | przygotowanie do dorosłości | Preparing for Adulthood | PfA
glossary-phase-transfer-also = zmianą etapu edukacji | zmiany etapu edukacji | zmianę etapu edukacji | zmiana etapu edukacji | phase transfer
glossary-review-point-also = przeglądów w szkole | przeglądzie w szkole | przeglądu w szkole | przeglądy w szkole | przegląd w szkole
glossary-outcome-also = outcomes | outcome

## Help and information pages
# Each info-ID-body has one block per line: "## " starts a heading, "- " starts a list item, any other line is a paragraph.
info-list-title = Pomoc i informacje
info-list-lead = Krótkie strony o pomocy dla dzieci z SEND w Anglii. Możesz je czytać w dowolnej kolejności.
glossary-page-title = Słowa i ich znaczenie
glossary-page-lead = Szkoły i urzędy używają wielu specjalnych słów. Tutaj wyjaśniamy każde z nich prostymi słowami.
info-related-words = Słowa na tej stronie
info-back-to-help = Wróć do pomocy i informacji
info-sen-support-title = Co to jest SEN support?
info-sen-support-summary = Dodatkowa pomoc, jaką Twoje dziecko może dostać w szkole, i jak to działa.
info-sen-support-body =
    SEN support to dodatkowa pomoc w szkole dla dziecka z SEND. SEND to specjalne potrzeby edukacyjne i niepełnosprawności.
    Twoje dziecko nie potrzebuje planu EHC, żeby ją dostać. Plan EHC to prawny plan pomocy od urzędu.
    ## Kto jej udziela
    Szkoły, college'e i przedszkola muszą robić dla Twojego dziecka wszystko, co w ich mocy.
    Kieruje tym SENCO. SENCO to nauczyciel, który w szkole odpowiada za SEND.
    Szkoła musi Ci powiedzieć, jeśli Twoje dziecko dostaje SEN support.
    ## Jak to działa
    Szkoła przechodzi przez cztery kroki. Nazywa się to podejściem stopniowym (graduated approach).
    - Ocena (assess): szkoła sprawdza, czego potrzebuje Twoje dziecko.
    - Plan (plan): Ty i szkoła ustalacie, jaką pomoc dać i co ma się zmienić.
    - Działanie (do): szkoła daje pomoc.
    - Przegląd (review): razem sprawdzacie, czy pomoc działa.
    Potem kroki zaczynają się od nowa. Za każdym razem pomoc może się zmienić.
    ## Jak może wyglądać pomoc
    - Praca w małej grupie.
    - Czas z asystentem nauczyciela (teaching assistant).
    - Pomoce, na przykład plan dnia w obrazkach albo laptop.
    - Rada specjalisty, na przykład terapeuty mowy i języka.
    ## Twoja rola
    Szkoła powinna spotykać się z Tobą trzy razy w roku, raz w każdym trymestrze.
    Znasz swoje dziecko najlepiej, więc Twoje zdanie się liczy. Zdanie dziecka też się liczy.
    Poproś o kopię planu wsparcia dziecka, żeby wiedzieć, jakiej pomocy się spodziewać.
    ## Jeśli to nie wystarcza
    Niektóre dzieci potrzebują więcej pomocy, niż szkoła może dać.
    Wtedy możesz poprosić urząd o ocenę potrzeb EHC (EHC needs assessment). To sprawdzenie przez urząd, czy Twoje dziecko potrzebuje planu EHC.
    Możesz poprosić o nią samodzielnie. Szkoła nie musi się na to najpierw zgodzić.
info-ehc-plan-title = Co to jest plan EHC?
info-ehc-plan-summary = Prawny plan pomocy, którą Twoje dziecko musi dostać, i jak o niego poprosić.
info-ehc-plan-body =
    Plan EHC (EHC plan) to dokument prawny. EHC to skrót od education, health and care, czyli edukacja, zdrowie i opieka.
    Plan mówi, czego potrzebuje Twoje dziecko i jaką pomoc musi dostać.
    Urząd musi dopilnować, żeby dziecko dostało pomoc w nauce zapisaną w planie. NHS musi zapewnić pomoc zdrowotną, która jest w planie.
    ## Kto może go dostać
    - Dzieci i młodzi ludzie od urodzenia do 25 lat.
    - Ci, którzy potrzebują więcej pomocy, niż może dać ich szkoła lub college.
    Plan może trwać do 25 lat, dopóki Twoje dziecko się uczy. Kończy się, gdy dziecko idzie na studia.
    ## Jak o niego poprosić
    Najpierw urząd musi sprawdzić potrzeby dziecka. Nazywa się to oceną potrzeb EHC (EHC needs assessment).
    - Możesz o nią poprosić. Napisz list albo e-mail do urzędu.
    - Szkoła też może o nią poprosić.
    - Od 16 lat młoda osoba może sama o nią poprosić.
    Urząd musi się zgodzić, jeśli Twoje dziecko może mieć specjalne potrzeby i może potrzebować planu. Nie musisz tego udowadniać.
    Urząd pyta o zdanie Ciebie, Twoje dziecko, szkołę i specjalistów.
    ## Ile to trwa
    - W ciągu 6 tygodni urząd mówi, czy przeprowadzi ocenę.
    - W ciągu 16 tygodni mówi, czy sporządzi plan.
    - Potem dostajesz projekt planu (draft plan). To pierwsza wersja, zanim plan będzie ostateczny.
    - Masz 15 dni, żeby powiedzieć, co o nim myślisz. Możesz też powiedzieć, jaką szkołę lub jaki college wybierasz.
    - W ciągu 20 tygodni od Twojej prośby urząd musi wysłać ostateczny plan.
    ## Co jest w planie
    - Co Twoje dziecko myśli, na co ma nadzieję i co lubi.
    - Jego potrzeby w nauce, zdrowiu i opiece.
    - Outcomes, czyli cele. Mówią, co zmieni się dla Twojego dziecka dzięki pomocy.
    - Pomoc, którą dziecko musi dostać. Plan powinien mówić, co to za pomoc, kto jej udziela i jak często.
    - Nazwa szkoły lub college'u.
    ## Co potem
    Plan trzeba sprawdzać co najmniej raz w roku. Nazywa się to przeglądem rocznym (annual review).
    Jeśli nie zgadzasz się z planem, możesz poprosić niezależny zespół, Trybunał SEND (SEND Tribunal), żeby go zmienił. To się nazywa odwołanie (appeal).
info-rights-title = Twoje prawa i ważne terminy
info-rights-summary = Co według prawa możesz zrobić i ile powinien trwać każdy krok.
info-rights-body =
    SEND to specjalne potrzeby edukacyjne i niepełnosprawności.
    Prawo dotyczące SEND w Anglii to ustawa Children and Families Act 2014. Wyjaśniają ją wytyczne SEND Code of Practice. Szkoły i urzędy muszą ich przestrzegać.
    ## Twoje prawa
    - Ty i Twoje dziecko macie prawo, żeby pytano Was o zdanie i żeby Was słuchano.
    - Możesz poprosić urząd, żeby sprawdził, czy Twoje dziecko potrzebuje planu EHC. To prawny plan pomocy. To sprawdzenie nazywa się oceną potrzeb EHC (EHC needs assessment).
    - Możesz wskazać, jaką szkołę lub jaki college chcesz mieć w planie. Urząd musi się zgodzić, chyba że ma ważny powód, żeby odmówić.
    - Możesz poprosić o budżet osobisty (personal budget). To pieniądze na część pomocy z planu.
    - Jeśli nie zgadzasz się z niektórymi decyzjami urzędu, możesz się odwołać. To znaczy, że prosisz niezależny zespół, Trybunał SEND (SEND Tribunal), o rozstrzygnięcie.
    Po Year 11, mniej więcej w wieku 16 lat, te prawa przechodzą na Twoje dziecko. Nadal możesz mu pomagać.
    ## Terminy przy ocenie potrzeb EHC
    Liczą się od dnia, w którym urząd dostanie Twoją prośbę.
    - 6 tygodni: urząd mówi, czy przeprowadzi ocenę dziecka.
    - 16 tygodni: urząd mówi, czy sporządzi plan.
    - 20 tygodni: dostajesz ostateczny plan.
    Na odpowiedź na projekt planu masz 15 dni.
    ## Terminy przy przeglądzie rocznym
    - Plan trzeba sprawdzać na spotkaniu co najmniej raz na 12 miesięcy. U dziecka poniżej 5 lat powinno to być co 3 do 6 miesięcy.
    - Raporty powinny do Ciebie dotrzeć co najmniej 2 tygodnie przed spotkaniem.
    - Sprawozdanie ze spotkania powinno do Ciebie dotrzeć w ciągu 2 tygodni po nim.
    - W ciągu 4 tygodni od spotkania urząd musi powiedzieć, co zrobi. Może zostawić plan, zmienić go albo zakończyć.
    ## Zmiana szkoły
    Gdy Twoje dziecko przechodzi na nowy etap nauki, plan trzeba zmienić. Nazywa się to zmianą etapu edukacji (phase transfer).
    - Do 15 lutego, jeśli dziecko przechodzi na nowy etap szkoły.
    - Do 31 marca, jeśli w wieku 16 lat przechodzi ze szkoły do college'u.
    ## Jeśli urząd się spóźnia
    Urząd musi dotrzymywać tych terminów. Jeśli się spóźnia, możesz złożyć skargę.
    SENDIASS daje bezpłatne porady i nie staje po niczyjej stronie.
info-adulthood-title = Przygotowanie do dorosłego życia
info-adulthood-summary = Jak zmienia się pomoc od Year 9, w wieku 16 lat i aż do 25 lat.
info-adulthood-body =
    Twoje dziecko dorośnie. Warto wcześnie zacząć planować dorosłe życie.
    Szkoły i urzędy nazywają to Preparing for Adulthood (przygotowanie do dorosłości).
    ## Kiedy to się zaczyna
    Od Year 9, gdy dziecko ma 13 lub 14 lat, jest to częścią każdego przeglądu rocznego (annual review). To coroczne spotkanie, na którym sprawdza się plan EHC dziecka. Plan EHC to prawny plan pomocy od urzędu.
    ## Czego to dotyczy
    - Praca, college lub studia.
    - Życie jak najbardziej samodzielne.
    - Przyjaciele, bliskie relacje i bycie częścią społeczności.
    - Dobre zdrowie.
    ## W wieku 16 lat
    Pod koniec Year 11 Twoje dziecko staje się w świetle prawa „młodą osobą” (young person).
    Od tej pory może samo podejmować wiele decyzji. Na przykład może samo poprosić urząd o ocenę potrzeb.
    Nadal możesz mu pomagać, jeśli tego chce.
    Jeśli nie jest w stanie podjąć jakiejś decyzji, nadal możesz podjąć ją razem z nim albo w jego imieniu.
    ## Po Year 11
    W Anglii młodzi ludzie muszą się uczyć do 18. roku życia. Mogą wybrać:
    - Sixth form (dwie ostatnie klasy szkoły średniej) albo college.
    - Praktykę zawodową (apprenticeship). To praca połączona z nauką zawodu.
    - Staż z dodatkowym wsparciem (supported internship). To praca z dodatkową pomocą, dla młodych ludzi z planem EHC.
    - Pracę albo wolontariat, razem z jakąś nauką.
    ## Plan EHC po 16. roku życia
    Plan EHC może trwać do 25 lat, dopóki młoda osoba się uczy.
    Plan kończy się, gdy młoda osoba idzie na studia. Uczelnie mają własną pomoc dla studentów z niepełnosprawnością.
    ## Zdrowie i opieka
    W wieku 18 lat niektóre usługi zdrowotne zmieniają się z usług dla dzieci na usługi dla dorosłych.
    Zapytaj wcześnie, jak to będzie wyglądać, żeby nie było przerwy w pomocy.
    ## Co możesz zrobić
    - Porozmawiaj z dzieckiem o jego nadziejach i marzeniach.
    - Na każdym przeglądzie pytaj, jakiej pomocy dziecko potrzebuje przed kolejnym krokiem.
    - Zapisz jego nadzieje w części Wszystko o mnie w Heard.
info-complain-title = Jak złożyć skargę lub odwołanie
info-complain-summary = Co zrobić, jeśli nie zgadzasz się ze szkołą lub urzędem.
info-complain-body =
    Są różne sposoby, żeby rozwiązać problem. Zacznij od najłatwiejszego.
    ## Najpierw porozmawiaj
    - Porozmawiaj z nauczycielem prowadzącym klasę (class teacher) albo z SENCO. SENCO to nauczyciel, który w szkole odpowiada za specjalne potrzeby.
    - Poproś o spotkanie. Zapisz, co zostało ustalone.
    ## Złóż skargę
    - Każda szkoła ma swój sposób składania skarg. Zapytaj o niego albo poszukaj go na stronie internetowej szkoły.
    - Urząd też ma swój sposób składania skarg.
    - Jeśli urząd nie naprawi sprawy, możesz zwrócić się do Ombudsmana. To bezpłatna instytucja, która rozpatruje skargi na urzędy.
    ## Spotkanie, żeby rozwiązać problem
    Urząd musi zaproponować bezpłatne spotkanie, żeby rozwiązać problem ze szkołą lub urzędem. Prowadzi je osoba, która nie staje po niczyjej stronie.
    Możesz z niego skorzystać, nawet jeśli Twoje dziecko nie ma planu EHC.
    ## Odwołanie do Trybunału SEND
    Trybunał SEND (SEND Tribunal) to zespół, który nie pracuje dla urzędu. Prośba do niego o zmianę decyzji urzędu to odwołanie (appeal).
    Możesz się odwołać, jeśli urząd:
    - nie chce przeprowadzić oceny potrzeb EHC, czyli sprawdzenia potrzeb Twojego dziecka.
    - nie chce sporządzić planu EHC, czyli prawnego planu pomocy.
    - sporządza plan, z którym się nie zgadzasz, albo wpisuje szkołę, której nie chcesz.
    - postanawia zakończyć plan.
    Odwołanie jest bezpłatne. Nie potrzebujesz prawnika.
    ## Najpierw rozmowa o mediacji
    Podczas mediacji osoba, która nie staje po niczyjej stronie, pomaga Tobie i urzędowi porozmawiać.
    Przed większością odwołań musisz porozmawiać z doradcą do spraw mediacji. Potem dostajesz zaświadczenie (certificate).
    Nie musisz brać udziału w mediacji. Ale zaświadczenie jest potrzebne, żeby się odwołać.
    Jeśli chcesz się odwołać tylko w sprawie szkoły wpisanej w planie, zaświadczenie nie jest potrzebne.
    ## Terminy
    - Masz 2 miesiące od daty na piśmie, w którym urząd podał swoją decyzję.
    - Albo 1 miesiąc od daty na zaświadczeniu o mediacji, jeśli ten termin jest późniejszy.
    ## Niesprawiedliwe traktowanie
    Szkoła nie może traktować Twojego dziecka niesprawiedliwie z powodu niepełnosprawności. Jeśli tak robi, też możesz zwrócić się do Trybunału SEND. Masz na to 6 miesięcy.
    ## Gdzie szukać pomocy
    SENDIASS i IPSEA dają bezpłatne porady. Przeczytaj stronę „Gdzie dostać bezpłatną poradę”.
info-advice-title = Gdzie dostać bezpłatną poradę
info-advice-summary = Bezpłatne organizacje, które pomagają rodzinom dzieci z SEND.
info-advice-body =
    Nie musisz przechodzić przez to w pojedynkę. Te organizacje dają bezpłatne porady w sprawach SEND. SEND to specjalne potrzeby edukacyjne i niepełnosprawności.
    ## SENDIASS
    Każdy urząd ma swój SENDIASS. Daje bezpłatne porady i nie staje po niczyjej stronie.
    Może pomóc wypełnić formularze i zrozumieć raporty. Ktoś może też przyjść z Tobą na spotkania.
    Żeby go znaleźć, wyszukaj w internecie SENDIASS i nazwę swojego urzędu.
    ## IPSEA
    IPSEA to organizacja charytatywna. Daje bezpłatne porady prawne.
    Na jej stronie internetowej Twoje prawa są wyjaśnione prostymi słowami. Są tam też wzory listów, które możesz wykorzystać.
    Może pomóc, jeśli chcesz zakwestionować decyzję urzędu.
    ## SOS!SEN
    SOS!SEN to też organizacja charytatywna. Ma bezpłatną infolinię w sprawach prawnych.
    Może Ci pomóc przygotować się do zakwestionowania decyzji urzędu.
    ## Contact
    Contact to organizacja charytatywna dla rodzin dzieci z niepełnosprawnością.
    Ma bezpłatną infolinię. Może pomóc w sprawach pieniędzy, zasiłków (benefits), szkoły i zdrowia.
    ## Local Offer
    Local Offer to lista pomocy, którą prowadzi urząd, dla dzieci i młodych ludzi z SEND, od urodzenia do 25 lat.
    Znajdziesz w niej usługi, kluby i wsparcie w pobliżu. Możesz w niej szukać w Heard.
    ## Kogo jeszcze możesz zapytać
    - SENCO. To nauczyciel, który w szkole odpowiada za SEND.
    - Swojego lekarza rodzinnego (GP) albo pielęgniarkę środowiskową (health visitor).
    - Forum rodziców i opiekunów (parent carer forum). To lokalna grupa rodziców dzieci z SEND. Współpracuje z urzędem, żeby usługi były lepsze.
    ## Porady
    - Zachowuj kopie listów i e-maili.
    - Zapisuj daty i to, kto co powiedział.
    - Jeśli czegoś nie rozumiesz, zapytaj jeszcze raz. Pytanie to nic złego.

## Easy Read symbols: the text alternative of each picture
symbol-home = Dom
symbol-family = Rodzina
symbol-child = Dziecko z balonikiem
symbol-about-me = Karta z informacjami o osobie
symbol-goal = Tarcza strzelnicza
symbol-review = Lista z ptaszkami
symbol-progress = Słupki, które rosną
symbol-next-steps = Schody w górę
symbol-prepare = Notes i ołówek
symbol-local-offer = Pinezka na mapie
symbol-service = Witryna sklepu
symbol-help = Znak zapytania
symbol-language = Dwa dymki z rozmową
symbol-reading = Otwarta książka
symbol-privacy = Kłódka
symbol-sign-in = Strzałka wchodząca do drzwi
symbol-account = Osoba w kółku
symbol-warning = Znak ostrzegawczy
symbol-done = Ptaszek
symbol-save = Przycisk zapisywania
symbol-search = Lupa
symbol-phone = Telefon
symbol-money = Pieniądze
symbol-school = Szkoła
symbol-health = Bijące serce
symbol-advice = Żarówka
symbol-rights = Waga – znak sprawiedliwości
symbol-adulthood = Dziecko, które dorasta
symbol-complain = Dymek z wykrzyknikiem
symbol-words = Dymek z tekstem
symbol-read-aloud = Głośnik, z którego płynie dźwięk
symbol-calendar = Kalendarz
symbol-like = Wesoła buzia
symbol-dislike = Smutna buzia
symbol-not-sure = Niepewna buzia

## People and consent: who can see a record, invitations, sharing with advocates, who has seen what

error-date-in-past = To musi być data dzisiejsza albo późniejsza.
error-date-too-far = Ta data musi przypadać w ciągu roku od dziś.
error-tick-at-least-one = Zaznacz co najmniej jedną opcję.
child-nav-my-page = Moja strona
child-nav-people = Kto widzi kartę
child-nav-documents = Dokumenty
child-nav-notes = Notatki ze szkoły
role-parent-or-carer = rodzic lub opiekun
role-young-person = młoda osoba
role-advocate = rzecznik
role-professional = specjalista
job-senco = SENCO
job-teacher = Nauczyciel
job-therapist = Terapeuta
job-social-worker = Pracownik socjalny
job-other = Inny specjalista
professional-job-at = { $job }, { $organisation }
record-part-details = imię i ważne daty
record-part-about-me = Wszystko o mnie
record-part-goals = cele i postępy
record-part-saved-services = zapisane usługi
record-part-documents = dokumenty
record-part-notes = notatki ze szkoły i od innych
record-part-people = kto widzi kartę
share-sees = Widzi: { $parts }.
share-read-only = Może czytać, ale nie może niczego zmieniać
share-may-change = Może czytać i pisać razem z Tobą
share-until = Do { $date }
share-until-stopped = Dopóki nie zakończysz udostępniania
people-title = Kto widzi kartę: { $name }
people-lead = Ty decydujesz, kto widzi tę kartę. W każdej chwili możesz zakończyć udostępnianie. Kończy się ono od razu.
people-not-yours-to-change = Teraz to młoda osoba decyduje, kto widzi tę kartę.
people-family-title = Rodzina
people-advocates-title = Rzecznicy (advocates)
people-no-advocates = Żaden rzecznik nie widzi tej karty.
people-stop-sharing = Zakończ udostępnianie
people-stop-sharing-named = Zakończ udostępnianie: { $name }
people-invite = Zaproś kogoś
people-waiting-title = Zaproszenia, których jeszcze nikt nie użył
people-show-link = Pokaż link
people-cancel-invitation = Anuluj to zaproszenie
people-seen-title = Kto oglądał kartę
people-seen-lead = Za każdym razem, gdy ktoś ogląda albo zmienia tę kartę, zapisujemy to.
people-seen-link = Zobacz, kto oglądał kartę: { $name }
people-pack-links-title = Linki do pakietu na przegląd
people-pack-links-lead = Możesz udostępnić pakiet na przegląd jednej osobie, na przykład nauczycielowi, przez link. Ta osoba nie potrzebuje konta.
people-ended-title = Zakończone udostępnianie
people-ended-item = udostępniono: { $parts }. To już się skończyło.
invitation-works-until = Link działa tylko raz, do { $date }.
invite-title = Zaproś kogoś
invite-back = Wróć do listy osób, które widzą kartę: { $name }
invite-lead = { $days ->
    [one] Dostaniesz link, który wyślesz tej osobie. Działa tylko raz, przez { $days } dzień.
    [few] Dostaniesz link, który wyślesz tej osobie. Działa tylko raz, przez { $days } dni.
    [many] Dostaniesz link, który wyślesz tej osobie. Działa tylko raz, przez { $days } dni.
   *[other] Dostaniesz link, który wyślesz tej osobie. Działa tylko raz, przez { $days } dnia.
}
invite-role-legend = Kogo zapraszasz?
invite-role-hint = Wybierz jedną osobę. { $name } też może mieć własne konto.
invite-role-parent-or-carer = Innego rodzica lub opiekuna. Może oglądać i zmieniać karty wszystkich Twoich dzieci.
invite-role-young-person = Młodą osobę, której dotyczy karta. Może pisać własnymi słowami i widzieć swoje cele.
invite-role-advocate = Rzecznika (advocate). Widzi tylko to, co wybierzesz.
invite-role-professional = Kogoś ze szkoły lub innej służby, na przykład SENCO albo terapeutę. Widzi tylko to, co wybierzesz, i może dodać zdanie szkoły przy przeglądzie.
invite-for-name = Imię tej osoby (możesz zostawić puste)
invite-for-name-hint = Żeby wiedzieć, który link jest dla kogo.
invite-advocate-legend = Tylko dla rzecznika
invite-advocate-hint = Rzecznik (advocate) to ktoś, kto pomaga Ci powiedzieć, czego chcesz. Wybierz, co może widzieć.
invite-professional-legend = Tylko dla kogoś ze szkoły lub innej służby
invite-professional-hint = Potem wybierz niżej, co może widzieć, tak jak dla rzecznika. Jeśli może pisać, może dodać tylko zdanie szkoły przy przeglądzie.
invite-job-legend = Czym się zajmuje?
invite-organisation = Jego szkoła lub służba
invite-organisation-hint = Na przykład Riverside Academy. Każdy, kto widzi kartę, zobaczy to obok jego imienia.
invite-parts-legend = Co może widzieć?
invite-may-change-legend = Czy może pisać w karcie?
invite-until-legend = Do kiedy? (możesz zostawić puste)
invite-until-hint = Udostępnianie skończy się pod koniec tego dnia. Zostaw puste, żeby udostępniać, dopóki tego nie zakończysz. Na przykład: 31 3 2027.
invite-button = Utwórz link
invitation-link-title = Wyślij ten link
invitation-back = Wróć do listy osób, które widzą kartę
invitation-link-lead = Wyślij go tylko osobie, którą zapraszasz. Każdy, kto ma ten link, może go użyć.
invitation-link-label = Link
invitation-link-hint = Skopiuj go i wyślij w dowolny sposób.
invitation-send-text = Wyślij SMS-em
invitation-send-email = Wyślij e-mailem
invitation-email-subject = Zaproszenie do Heard
invitation-message = Masz zaproszenie, żeby zobaczyć kartę w Heard. Otwórz ten link, żeby je przyjąć: { $link }
invitation-qr-title = Albo pokaż ten kod
invitation-qr-lead = Jeśli ta osoba jest obok Ciebie, może skierować aparat telefonu na ten kod.
invitation-qr-label = Kod QR z linkiem
invitation-expired-title = Ten link jest już nieaktualny
invitation-expired-body = Linki działają przez 7 dni. Poproś rodzinę, żeby wysłała Ci nowy.
invitation-used-title = Ten link został już użyty
invitation-used-body = Każdy link działa tylko raz. Poproś rodzinę, żeby wysłała Ci nowy.
invitation-unknown-title = Nie możemy znaleźć tego zaproszenia
invitation-unknown-body = Sprawdź, czy masz cały link. Możliwe też, że rodzina anulowała zaproszenie.
invitation-already-young-person-title = To konto ma już swoją kartę
invitation-already-young-person-body = Konto młodej osoby jest tylko do jednej karty. Zaloguj się na inne konto albo załóż nowe.
invitation-already-with-family-title = Ten link nie jest dla Twojego konta
invitation-already-with-family-body = Twoje konto ma już swoje miejsce w tej rodzinie, więc nie może użyć też tego linku. Nic się nie zmieniło. Link nadal działa dla osoby, do której został wysłany.
accept-title = Masz zaproszenie
accept-as-parent = { $from } zaprasza Cię do wspólnego prowadzenia kart w Heard. Dzieci: { $children }.
accept-as-young-person = { $name }, { $from } zaprasza Cię do Heard. Dostaniesz własne konto do swojej karty.
accept-as-advocate = { $from } zaprasza Cię do pomocy przy karcie: { $name }. Twoja rola: { $role }.
accept-your-name = Twoje imię
accept-your-name-hint = Rodzina zobaczy to imię.
accept-signed-in-as = Zalogowano jako { $email }.
accept-button = Tak, przyjmuję
accept-sign-in-first = Żeby przyjąć zaproszenie, zaloguj się albo załóż konto. Jest bezpłatne.
accept-create-account = Załóż konto
accept-sign-in = Zaloguj się
seen-title = Kto oglądał kartę: { $name }
seen-lead = Tu widać wszystkie osoby, które oglądały albo zmieniały tę kartę. Najnowsze wpisy są na górze. Twoich własnych wizyt tu nie pokazujemy.
seen-none = Nikt inny jeszcze nie oglądał tej karty.
seen-read = { $who } ({ $role }) – oglądanie: { $part }.
seen-change = { $who } ({ $role }) – zmiana: { $part }.
seen-download = { $who } ({ $role }) – pobranie całej karty.
seen-download-document = { $who } ({ $role }) – pobranie dokumentu.
seen-link-opened = Link dla: { $who } – otwarto pakiet na przegląd.
seen-link-downloaded = Link dla: { $who } – pobrano dokument.
seen-when = { $date }, godz. { $time }
seen-back = Wróć do listy osób, które widzą kartę: { $name }
advocate-title = Rodziny, którym pomagasz
advocate-lead = Te rodziny poprosiły Cię o pomoc. Widzisz tylko to, co każda z nich postanowiła Ci udostępnić.
advocate-none = Żadna rodzina nie udostępniła Ci jeszcze karty. Gdy rodzina wyśle Ci link, otwórz go, żeby zacząć.
advocate-shared-by = Kto udostępnił: { $family }.
advocate-coming-up = Najbliższe terminy
advocate-nothing-coming = Na razie nie ma żadnych dat.
professional-title = Dzieci, których karty ci udostępniono
professional-lead = Rodziny udostępniły ci te karty. Widzisz tylko to, co każda rodzina chciała udostępnić.
professional-none = Żadna rodzina nie udostępniła ci jeszcze karty. Gdy rodzina wyśle ci link, otwórz go, aby zacząć.
professional-you-are = Jesteś tu jako: { $job_at }.
advocate-next-review = Przegląd w szkole ({ $term }): { $date }
advocate-next-step = { $step }: { $date }
child-part-people = Kto widzi tę kartę i kto ją oglądał.
child-part-documents = Plan EHC, raporty i listy w jednym miejscu.
child-part-notes = Notatki od szkoły i innych osób, które zaprosiłeś.

## Documents kept on the record
documents-title = Dokumenty: { $name }
documents-title-own = Moje dokumenty
documents-lead = Tutaj możesz przechowywać plan EHC, raporty i listy. Pobrać je mogą tylko osoby, które widzą tę kartę.
documents-saved = Twój dokument jest zapisany.
documents-list-title = Zapisane dokumenty
documents-none = Nie ma tu jeszcze żadnych dokumentów.
documents-named = { $kind } z dnia { $date }
documents-added-by = Dodał(a): { $who }, { $date }
documents-added-on = Dodano { $date }
documents-size-kb = { $kilobytes } KB
documents-size-mb = { $megabytes } MB
documents-file-size-separator = {", "}
documents-download = Pobierz
documents-download-named = Pobierz: { $name }
documents-delete = Usuń
documents-delete-sure = Usunąć na zawsze: { $name }? Nie da się tego cofnąć.
documents-delete-confirm = Tak, usuń
documents-delete-named = Tak, usuń: { $name }
documents-add-title = Dodaj dokument
documents-kind-label = Co to jest?
documents-date-label = Data na dokumencie
documents-date-hint = Na przykład 27 3 2025
documents-note-label = Notatka (nie musisz jej pisać)
documents-note-hint = Na przykład kto go napisał albo czego dotyczy.
documents-file-label = Wybierz plik albo zrób zdjęcie
documents-file-hint = Plik PDF, zdjęcie (JPEG, PNG lub HEIC) albo plik Word. Może mieć do { $megabytes } MB.
documents-add-button = Dodaj dokument
documents-kind-needed = Wybierz, czym jest ten dokument.
documents-date-needed = Wpisz datę z dokumentu, na przykład 27 3 2025.
documents-note-too-long = Notatka jest za długa. Może mieć najwyżej { $max } znaków.
documents-no-file = Najpierw wybierz plik.
documents-not-a-document = To nie jest plik PDF, zdjęcie ani plik Word, więc Heard nie może go zapisać. Sprawdź, czy to właściwy plik.
documents-too-big = Ten plik jest za duży. Plik może mieć do { $megabytes } MB.
documents-no-room = Na tej karcie nie ma już miejsca na dokumenty. Heard przechowuje do { $megabytes } MB. Usuń niepotrzebny dokument, aby zrobić miejsce.
documents-failed = Nie udało się zapisać dokumentu. Spróbuj ponownie.
document-kind-ehc-plan = Plan EHC
document-kind-draft-plan = Projekt planu EHC
document-kind-report = Raport
document-kind-letter = List
document-kind-other = Coś innego

## Notes from school and others (pages/notes.rs)
notes-title = Notatki ze szkoły i od innych
notes-lead = Notatki od szkoły i innych osób zaproszonych przez rodzinę. Przy każdej notatce widać, kto ją napisał.
notes-family-hint = Możesz usunąć notatkę. Tylko osoba, która ją napisała, może zmienić jej treść.
notes-list-title = Notatki
notes-none = Nie ma jeszcze żadnych notatek.
notes-about = Dzień: { $date }
notes-about-child = Notatki ze szkoły i od innych: { $name }
notes-change = Zmień tę notatkę
notes-change-named = Zmień notatkę z dnia { $date }
notes-delete = Usuń tę notatkę
notes-delete-sure = Usunąć notatkę z dnia { $date }? Nie da się jej odzyskać.
notes-delete-confirm = Tak, usuń
notes-delete-named = Tak, usuń notatkę z dnia { $date }
notes-add-title = Dodaj notatkę
notes-about-label = Jakiego dnia dotyczy ta notatka?
notes-about-hint = Na przykład 3 12 2026.
notes-text-label = Twoja notatka
notes-text-hint = Pisz prosto. Rodzina to przeczyta, razem z Twoim imieniem i nazwiskiem, stanowiskiem i szkołą.
notes-add-button = Dodaj notatkę
notes-edit-title = Zmień swoją notatkę
notes-save-button = Zapisz notatkę
notes-back = Wróć do notatek

# written-with-* are only used inside "razem z { $with }", so they are in the instrumental case.
written-with-young-person = młodą osobą
written-with-family = rodziną
written-by-advocate-with = Autor: { $who }, rzecznik (advocate), razem z { $with }, { $date }.
about-me-your-own-words = Piszesz własnymi słowami.
goals-written-by-advocate = Autor: { $who }, rzecznik (advocate), razem z { $with }.
my-page-title = Moja strona
my-page-title-theirs = Własna strona: { $name }
my-page-words-title = Moje słowa
my-page-words-none = Na razie nic tu nie ma. Możesz coś napisać poniżej albo poukładać karty z obrazkami.
my-page-write-label = Napisz coś o sobie
my-page-write-hint = Co jest dla Ciebie ważne, co lubisz albo czego chcesz. Pisz własnymi słowami.
my-page-write-save = Zapisz mój tekst
my-page-goals-title = Moje cele
my-page-goals-none = Nie ma jeszcze żadnych celów.
my-page-goal-latest = Ostatnio: { $rating }
my-page-goal-not-rated = Jeszcze bez oceny.
my-page-progress-link = Zobacz, jak idą moje cele
my-page-cards-title = Karty z obrazkami
my-page-cards-lead = Połóż każdą kartę tam, gdzie do Ciebie pasuje: Lubię, Nie wiem albo Nie lubię.
my-page-voice-title = Notatki głosowe
my-page-voice-lead = Możesz powiedzieć na głos, co myślisz. Nagranie zostaje zapisane w Twojej karcie w Heard.
my-page-voice-typed = Zamiast mówić, możesz też napisać w polu powyżej.
my-page-voice-needs-js = Nagrywanie na tej stronie wymaga JavaScriptu, a w tej przeglądarce jest on wyłączony. Możesz nagrać się telefonem i wysłać nagranie tutaj.
my-page-voice-upload-label = Wyślij nagranie
my-page-voice-upload-hint = Nagranie z dyktafonu w telefonie. Może mieć najwyżej { $megabytes } MB.
my-page-voice-upload-button = Wyślij
my-page-voice-upload-saved = Twoje nagranie jest zapisane. Możesz go posłuchać poniżej.
my-page-voice-upload-none = Najpierw wybierz nagranie, potem naciśnij „Wyślij”.
pile-like = Lubię
pile-not-sure = Nie wiem
pile-dont-like = Nie lubię
pile-unsorted = Jeszcze nieułożone
pile-count = { $count ->
    [one] { $count } karta
    [few] { $count } karty
    [many] { $count } kart
   *[other] { $count } karty
}
card-put-in = { $card }: { $pile }
card-put-back = Odłóż z powrotem
card-put-back-named = Odłóż z powrotem: { $card }
card-number = Karta { $number } z { $total }
card-skip = Pomiń tę kartę
card-sorted = Karta „{ $card }” jest teraz w kupce: { $pile }.
card-unsorted = Karta „{ $card }” wróciła do kart do ułożenia.
cards-all-sorted = Wszystkie karty są już ułożone.
cards-piles-title = Kupki do tej pory
cards-piles-hint = Aby przełożyć kartę na inną kupkę, naciśnij jej nazwę.
voice-note-start = Nagraj notatkę głosową
voice-note-stop = Zatrzymaj
voice-note-save = Zapisz
voice-note-again = Zacznij od nowa
voice-note-recording = Trwa nagrywanie. Naciśnij Zatrzymaj, gdy skończysz.
voice-note-saving = Zapisywanie…
voice-note-saved = Zapisane.
voice-note-not-supported = Ta przeglądarka nie umie nagrywać dźwięku. Możesz zamiast tego napisać.
voice-note-microphone-refused = Nie udało się użyć mikrofonu. Sprawdź, czy przeglądarka ma na niego zgodę, albo napisz zamiast tego.
voice-note-write-link = Napisz to w polu powyżej
voice-note-failed = Nie udało się zapisać. Nic nie zginęło. Spróbuj jeszcze raz.
voice-note-not-audio = To nie jest nagranie dźwięku, które Heard może zapisać. Spróbuj nagrać jeszcze raz.
voice-note-too-big = Ta notatka głosowa jest za duża, żeby ją zapisać. Spróbuj nagrać krótszą.
voice-note-no-room = Nie ma już miejsca na nowe notatki głosowe. Usuń jakąś starą, a potem zapisz tę jeszcze raz.
voice-note-too-often = { $minutes ->
    [one] W tej godzinie zapisano już dużo notatek głosowych. Odczekaj { $minutes } minutę, a potem zapisz tę jeszcze raz.
    [few] W tej godzinie zapisano już dużo notatek głosowych. Odczekaj { $minutes } minuty, a potem zapisz tę jeszcze raz.
    [many] W tej godzinie zapisano już dużo notatek głosowych. Odczekaj { $minutes } minut, a potem zapisz tę jeszcze raz.
   *[other] W tej godzinie zapisano już dużo notatek głosowych. Odczekaj { $minutes } minuty, a potem zapisz tę jeszcze raz.
}
voice-note-listen-back = Posłuchaj swojego nagrania
voice-note-from = Notatka głosowa z { $date }
voice-note-delete = Usuń
voice-note-delete-named = Usuń notatkę głosową z { $date }
rights-16-title = Kto decyduje, kto widzi kartę
rights-16-you-can = Możesz już decydować, kto widzi Twoją kartę. Prawo mówi, że zaczyna się to pod koniec Year 11, gdy masz około 16 lat.
rights-16-help = Jeśli chcesz, możesz wybrać, kto ją widzi. Twoja rodzina nadal może Ci pomagać.
rights-16-take-control = Chcę decydować, kto widzi moją kartę
rights-16-you-decide = To Ty decydujesz, kto widzi Twoją kartę.
rights-16-who-can-see = Zobacz i zmień, kto ją widzi
rights-16-they-can = { $name } jest już w wieku, w którym może decydować, kto widzi tę kartę. Jeśli zechce, może to zrobić na swojej stronie.
rights-16-they-decide = Teraz { $name } decyduje, kto widzi tę kartę.
card-music = Muzyka
card-music-picture = Słuchawki
card-drawing = Rysowanie
card-drawing-picture = Ołówek, który rysuje linię
card-sport = Sport
card-sport-picture = Piłka futbolowa
card-swimming = Pływanie
card-swimming-picture = Osoba, która płynie wśród fal
card-animals = Zwierzęta
card-animals-picture = Głowa psa
card-outdoors = Bycie na świeżym powietrzu
card-outdoors-picture = Drzewo i słońce
card-games = Gry komputerowe
card-games-picture = Pad do gier
card-books = Książki
card-books-picture = Otwarta książka
card-cooking = Gotowanie
card-cooking-picture = Miska i łyżka
card-dancing = Taniec
card-dancing-picture = Osoba, która tańczy do muzyki
card-building = Budowanie
card-building-picture = Wieża z klocków
card-trains = Pociągi
card-trains-picture = Pociąg
card-friends = Czas z przyjaciółmi
card-friends-picture = Dwie osoby obok siebie
card-quiet-place = Ciche miejsce
card-quiet-place-picture = Mały namiot pod księżycem
card-loud-noise = Głośny hałas
card-loud-noise-picture = Głośnik, z którego płyną duże fale dźwięku
card-crowds = Tłum
card-crowds-picture = Dużo ludzi blisko siebie
your-data-title = Dane: { $name }
your-data-lead = Ta karta należy do Ciebie. W każdej chwili możesz zrobić jej kopię albo ją usunąć.
your-data-download-title = Zrób kopię
your-data-download-lead = Plik zawiera wszystko, co przechowujemy o tym dziecku. Inne serwisy mogą go odczytać. Kopia do czytania ma to samo, gotowe do wydruku.
your-data-download = Pobierz wszystko jako plik
your-data-copy = Przeczytaj i wydrukuj kopię
your-data-delete-title = Usuń tę kartę
your-data-delete-lead = To usuwa na zawsze całą kartę: { $name }.
your-data-delete = Usuń kartę: { $name }
your-data-account-title = Twoje konto
your-data-account-link = Usuń swoje konto
record-copy-title = Wszystkie dane: { $name }
record-copy-back = Wróć do strony z danymi
record-copy-print = Użyj przycisku drukowania w przeglądarce, żeby wydrukować tę stronę albo zapisać ją jako PDF.
record-copy-details = Dane
record-copy-voice-notes = { $count ->
    [one] { $count } notatka głosowa. Dźwięk jest w pliku, który możesz pobrać.
    [few] { $count } notatki głosowe. Dźwięk jest w pliku, który możesz pobrać.
    [many] { $count } notatek głosowych. Dźwięk jest w pliku, który możesz pobrać.
   *[other] { $count } notatki głosowej. Dźwięk jest w pliku, który możesz pobrać.
}
delete-not-confirmed = Zaznacz pole, żeby potwierdzić, że rozumiesz.
delete-wrong-password = To nie jest Twoje hasło. Wpisz je jeszcze raz.
delete-cannot-undo = Tego nie da się cofnąć.
delete-child-title = Usuń kartę: { $name }
delete-child-what = Usuniemy całą kartę: { $name }. To znaczy: Wszystko o mnie, cele, przeglądy w szkole, zapisane usługi, karty z obrazkami, notatki głosowe, to, kto widzi kartę, i to, kto ją oglądał. Nikt nie będzie mógł tego odzyskać, nawet my.
delete-child-first = Może warto najpierw zrobić kopię.
delete-child-confirm = Rozumiem, że karta „{ $name }” zostanie usunięta na zawsze.
delete-child-button = Usuń kartę: { $name }
delete-keep = Nie, nie usuwaj
delete-account-title = Usuń swoje konto
delete-account-what = Twoje konto zostanie usunięte. Nie zalogujesz się już na nie.
delete-account-family = Jeśli jesteś jedynym rodzicem lub opiekunem w rodzinie, karty Twoich dzieci też zostaną usunięte. Jeśli w rodzinie jest inny rodzic lub opiekun, karty zostaną u tej osoby.
delete-account-first = Może warto najpierw zrobić kopię karty każdego dziecka. Możesz to zrobić na stronie „Kto widzi kartę” przy każdym dziecku.
delete-account-password = Twoje hasło
delete-account-confirm = Rozumiem, że moje konto zostanie usunięte na zawsze.
delete-account-button = Usuń moje konto
account-deleted-title = Twoje konto jest usunięte
account-deleted-body = Usunęliśmy Twoje konto i wszystko, co w nim było.
account-deleted-home = Przejdź do strony głównej
account-title = Twoje konto
account-lead = Twoje imię, Twój e-mail i jak Heard wygląda dla Ciebie.
account-you = O Tobie
account-name = Twoje imię i nazwisko
account-name-not-given = Jeszcze nie podane
account-name-change = Zmień imię i nazwisko
account-email = Adres e-mail
account-reading = Język i czytanie
account-language-change = Zmień język
account-reading-change = Zmień wygląd stron
account-leaving = Odejście z Heard
account-name-title = Twoje imię i nazwisko
account-name-hint = Osoby, które widzą kartę Twojego dziecka, widzą to imię. Na przykład szkoła Twojego dziecka albo Twój rzecznik.
account-name-save = Zapisz imię i nazwisko
account-emails-change = Wybierz, jakie e-maile chcesz dostawać
account-signing-in = Jak się logujesz
account-passkeys = Logowanie bez hasła: Twoje klucze dostępu
account-back = Wróć do swojego konta
account-name-saved = Twoje imię i nazwisko są zapisane.
people-your-data = Zrób kopię tej karty albo ją usuń
family-my-page = Przejdź do mojej strony
family-families-you-help = { $count ->
    [one] Rodzina, której pomagasz
    [few] { $count } rodziny, którym pomagasz
    [many] { $count } rodzin, którym pomagasz
   *[other] { $count } rodziny, którym pomagasz
}
people-stop-parent = Niech już nie widzi mojej karty
people-stop-parent-named = { $name } ma już nie widzieć mojej karty
saved-services-saved-by-advocate = Zapisał(a): { $who }, rzecznik (advocate), razem z { $with }.

## Email
# The test email an operator sends with `heard mail-test`.
mail-test-subject = Heard może wysyłać e-maile
mail-test-body = To jest test od Heard. Pokazuje, że Heard może wysyłać e-maile. Nie musisz nic robić.

## Reminders by email, and which emails a person wants
coming-up-prepare-for = Przygotuj się do przeglądu: { $name }
invite-email = Adres e-mail tej osoby (możesz zostawić puste)
invite-email-hint = Jeśli go podasz, Heard wyśle tej osobie link e-mailem. Link zobaczysz też na następnej stronie.
error-invite-email-invalid = Wpisz adres e-mail w poprawnej formie, na przykład imie@example.com, albo zostaw puste.
email-choices-title = E-maile od Heard
email-choices-lead = Heard może wysłać ci e-mail, gdy coś się zbliża albo gdy coś się zmienia. Wybierz, jakie e-maile chcesz dostawać.
email-choices-legend = Wyślij mi e-mail, gdy
email-choices-hint = Odznacz te, których nie chcesz. Nigdy nie piszemy imienia dziecka w temacie e-maila.
email-choice-review-soon = do przeglądu w szkole zostały dwa tygodnie
email-choice-deadline = do terminu, który wyznacza prawo, został tydzień albo ten termin minął
email-choice-invitation = ktoś zaprasza mnie, żebym zobaczył(a) kartę dziecka
email-choice-record-changed = ktoś spoza rodziny zmienia kartę dziecka
email-choice-access-ending = rzecznik (advocate) może widzieć kartę jeszcze tylko tydzień
email-choices-button = Zapisz moje wybory
email-choices-saved = Twoje wybory są zapisane.
email-choices-not-saved = Twoje wybory nie zostały zapisane. Spróbuj jeszcze raz.
reminder-hello = Dzień dobry, { $name },
reminder-hello-no-name = Dzień dobry,
reminder-footer = Tutaj możesz wybrać, jakie e-maile wysyła ci Heard: { $link }
reminder-review-subject = Za dwa tygodnie jest przegląd w szkole
reminder-review-body = Przegląd w szkole ({ $term }) dla: { $name } jest { $date }.
reminder-review-prepare = Tutaj możesz się do niego przygotować. Zapisz, co działa, co nie działa i o co chcesz zapytać: { $link }
reminder-deadline-soon-subject = Za tydzień mija termin, który wyznacza prawo
reminder-deadline-soon-body = Dla: { $name }: { $step }. To powinno się stać do { $date }.
reminder-deadline-passed-subject = Minął termin, który wyznacza prawo
reminder-deadline-passed-body = Dla: { $name }: { $step }. To powinno się stać do { $date }.
reminder-deadline-more = Tutaj zobaczysz, co to znaczy i co możesz zrobić: { $link }
reminder-invitation-subject = Zaproszenie do zobaczenia karty w Heard
reminder-invitation-someone = Ktoś
reminder-invitation-body = { $who } zaprasza cię, żebyś zobaczył(a) kartę dziecka w Heard.
reminder-invitation-link = Żeby się zgodzić, otwórz ten link. Działa raz, do { $date }: { $link }
reminder-invitation-not-you = Jeśli nie znasz osoby { $who }, nie musisz nic robić.
reminder-changed-subject = Ktoś zmienił kartę, którą się opiekujesz
reminder-changed-body = { $who } zmienił(a) kartę: { $name }, dnia { $date }. Zmiany w: { $parts }.
reminder-changed-look = Tutaj zobaczysz, kto oglądał i zmieniał kartę: { $link }
reminder-ending-advocate-subject = Możesz widzieć kartę jeszcze tydzień
reminder-ending-advocate-body = Możesz widzieć kartę: { $name } do { $date }. Potem już jej nie zobaczysz.
reminder-ending-advocate-ask = Jeśli nadal jej potrzebujesz, poproś rodzinę, żeby znów ci ją udostępniła.
reminder-ending-family-subject = Rzecznik może widzieć kartę jeszcze tydzień
reminder-ending-family-body = { $who } może widzieć kartę: { $name } do { $date }. Potem już jej nie zobaczy.
reminder-ending-family-share = Jeśli ta osoba nadal jej potrzebuje, możesz ją znów udostępnić tutaj: { $link }
invitation-emailed = Heard wysyła też ten link e-mailem na adres { $address }.
# The account's email address and password, and the emails about them. DRAFT, not yet reviewed.
error-email-same-as-now = To już jest Twój adres e-mail. Wpisz nowy.
error-current-password-wrong = To nie jest Twoje hasło. Wpisz hasło, którego używasz teraz.
error-too-many-emails = { $minutes ->
    [one] Wysłaliśmy dużo e-maili na ten adres. Odczekaj { $minutes } minutę i spróbuj jeszcze raz.
    [few] Wysłaliśmy dużo e-maili na ten adres. Odczekaj { $minutes } minuty i spróbuj jeszcze raz.
    [many] Wysłaliśmy dużo e-maili na ten adres. Odczekaj { $minutes } minut i spróbuj jeszcze raz.
   *[other] Wysłaliśmy dużo e-maili na ten adres. Odczekaj { $minutes } minuty i spróbuj jeszcze raz.
}
field-new-email = Nowy adres e-mail
field-new-password = Nowe hasło
field-current-password = Twoje obecne hasło
sign-in-forgot-link = Nie pamiętasz hasła?
confirm-banner-title = Potwierdź swój adres e-mail
confirm-banner-sent = Wysłaliśmy link na adres { $email }. Otwórz go, żeby potwierdzić swój adres e-mail.
confirm-banner-deleted-on = Jeśli go nie potwierdzisz, { $date } usuniemy to konto i wszystko, co w nim jest.
confirm-banner-again = Wyślij link jeszcze raz
confirm-banner-wrong-address = To zły adres e-mail? Zmień go
confirm-first = Możesz udostępnić zapis, kiedy potwierdzisz swój adres e-mail. Poszukaj naszego e-maila albo wyślij link jeszcze raz.
confirm-email-title = Potwierdź swój adres e-mail
confirm-email-intro = Naciśnij przycisk, żeby potwierdzić, że to Twój adres e-mail.
confirm-email-button = Potwierdzam mój adres e-mail
confirm-email-done = Dziękujemy. Twój adres e-mail jest potwierdzony.
confirm-email-continue = Dalej
confirm-email-taken = Inne konto ma teraz ten adres e-mail, więc nic nie zmieniliśmy. Zaloguj się na tamto konto albo użyj innego adresu e-mail.
confirm-again-title = Wyślij link jeszcze raz
confirm-again-intro = Wyślemy nowy link na adres { $email }.
confirm-again-sent = Wysłaliśmy nowy link na adres { $email }. Sprawdź pocztę. Może być w folderze spam.
link-spent = Ten link już nie działa. Został już użyty albo jest za stary.
link-spent-new-password = Dostań nowy link, żeby ustawić nowe hasło
forgot-title = Nie pamiętasz hasła?
forgot-intro = Wpisz swój adres e-mail. Jeśli masz konto, wyślemy Ci link do ustawienia nowego hasła.
forgot-button = Wyślij mi link
forgot-sent = Jeśli jest konto z tym adresem e-mail, wysłaliśmy na nie link. Sprawdź pocztę. Może być w folderze spam.
forgot-sent-hour = Link działa przez godzinę i tylko raz.
reset-title = Ustaw nowe hasło
reset-intro = Wybierz nowe hasło. Wylogujemy Cię na wszystkich innych urządzeniach.
reset-button = Zapisz moje nowe hasło
change-email-title = Zmień swój adres e-mail
change-email-now = Twój obecny adres e-mail to { $email }.
change-email-intro = Wyślemy link na Twój nowy adres e-mail. Nic się nie zmieni, dopóki go nie otworzysz.
change-email-button = Wyślij mi link
change-email-sent = Wysłaliśmy link na adres { $email }. Otwórz go, żeby potwierdzić nowy adres e-mail.
change-email-until = Link działa przez 24 godziny. Do tego czasu Twój adres e-mail się nie zmienia.
change-password-title = Zmień hasło
change-password-button = Zapisz moje nowe hasło
change-password-done = Twoje hasło jest zmienione. Wylogowaliśmy Cię na wszystkich innych urządzeniach.
sign-out-everywhere-title = Wyloguj się na wszystkich urządzeniach
sign-out-everywhere-intro = Użyj tego, jeśli logowałeś się na telefonie lub komputerze, którego już nie używasz, albo myślisz, że ktoś inny może wejść na Twoje konto. Tutaj też trzeba będzie zalogować się jeszcze raz.
sign-out-everywhere-button = Wyloguj się na wszystkich urządzeniach
mail-hello = Dzień dobry,
mail-not-you-nothing-to-do = Jeśli to nie Ty, nie musisz nic robić.
mail-confirm-subject = Potwierdź swój adres e-mail w Heard
mail-confirm-why = Założyłeś konto w Heard z tym adresem e-mail.
mail-confirm-open = Żeby potwierdzić, że to Twój adres, otwórz ten link:
mail-confirm-deleted-on = Jeśli go nie potwierdzisz, { $date } usuniemy konto i wszystko, co w nim jest.
mail-taken-subject = Ktoś próbował założyć konto Heard z Twoim adresem e-mail
mail-taken-why = Ktoś próbował założyć nowe konto w Heard z tym adresem e-mail. Masz już konto z tym adresem, więc nic się nie zmieniło.
mail-taken-sign-in = Jeśli to byłeś Ty, zaloguj się tutaj:
mail-taken-forgot = Jeśli nie pamiętasz hasła, możesz ustawić nowe tutaj:
mail-taken-not-you = Jeśli to nie byłeś Ty, nie musisz nic robić. Twoje konto jest bezpieczne.
mail-new-email-subject = Potwierdź swój nowy adres e-mail w Heard
mail-new-email-why = Poprosiłeś o zmianę adresu e-mail Twojego konta Heard na ten adres.
mail-new-email-open = Żeby to potwierdzić, otwórz ten link. Działa przez 24 godziny:
mail-new-email-until = Dopóki go nie otworzysz, Twoje konto ma stary adres e-mail.
mail-email-changed-subject = Adres e-mail Twojego konta Heard się zmienił
mail-email-changed-body = Adres e-mail Twojego konta Heard to teraz { $email }. Od teraz będziemy wysyłać e-maile tam.
mail-email-changed-not-you = Jeśli to nie Ty, odpowiedz na ten e-mail i daj nam znać.
mail-reset-subject = Ustaw nowe hasło w Heard
mail-reset-why = Ktoś poprosił o nowe hasło do Twojego konta Heard.
mail-reset-open = Żeby ustawić nowe hasło, otwórz ten link. Działa przez godzinę i tylko raz:
mail-reset-not-you = Jeśli to nie Ty, nie musisz nic robić. Twoje hasło się nie zmieniło.
