# Heard: Central Kurdish (ckb), کوردی (سۆرانی). Sorani, in Arabic script, written right to left (RTL).
# Standard Sorani orthography: ڕ ڵ ۆ ێ ە, with Kurdish ی and ک.
# DRAFT translation, awaiting review by a native speaker. Not yet reviewed.
# Legal SEND terms must be checked against a reviewed SEND glossary before live use.
# Plain words: short sentences, everyday Sorani, as a kind caseworker would speak. School and council terms families
# hear (SEND, SEN support, EHC plan, SENCO, SENDIASS, Local Offer) stay in English letters, explained in Sorani.

## Every page
service-name = Heard
skip-to-content = ڕاستەوخۆ بڕۆ بۆ ناوەڕۆکی سەرەکی
nav-label = لیستی سەرەکی
nav-family = خێزانەکەت
nav-language = زمان
nav-reading-options = هەڵبژاردنەکانی خوێندنەوە
nav-sign-out = چوونەدەرەوە
nav-account = هەژمارەکەت
footer-help = یارمەتی
footer-privacy = تایبەتێتی
footer-about = Heard بۆ خێزانی ئەو منداڵ و گەنجانەیە لە ئینگلتەرا کە پێداویستیی پەروەردەیی تایبەت یان کەمئەندامییان هەیە (SEND).
title-error-prefix = هەڵە:
link-about = { $action }: { $about }

## Forms and errors
error-summary-title = کێشەیەک هەیە
field-email = ناونیشانی ئیمەیڵ (email)
field-password = وشەی نهێنی (password)
error-email-missing = ناونیشانی ئیمەیڵەکەت بنووسە.
error-email-invalid = ئیمەیڵەکەت بە شێوەی دروست بنووسە، وەک name@example.com.
error-password-missing = وشەی نهێنییەکەت بنووسە.
error-password-too-short = وشەی نهێنییەکەت دەبێت لانیکەم { $min } پیتی هەبێت.
error-password-too-long = وشەی نهێنییەکەت دەبێت { $max } پیت یان کەمتر بێت.
error-wrong-email-or-password = ئیمەیڵ یان وشەی نهێنی دروست نییە. بیانپشکنە و دووبارە هەوڵ بدەوە.
error-too-many-tries = زۆر جار هەوڵی چوونەژوورەوە دراوە. { $minutes } خولەک چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەوە.
error-too-many-new-accounts = لە کاتژمێری ڕابردوودا زۆر هەژماری نوێ لەم پەیوەندییە ئینتەرنێتییەوە دروست کراون. { $minutes } خولەک چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەوە.
error-unavailable = لە لای ئێمە شتێک تێکچوو. ئەوەی نووسیوتە هێشتا لێرەیە. تکایە چەند خولەکێکی تر دووبارە هەوڵ بدەوە.
error-cross-site = ئەم فۆرمە لە ماڵپەڕێکی ترەوە هات، بۆیە Heard وەری نەگرت. بگەڕێوە بۆ Heard و دووبارە هەوڵ بدەوە.
error-too-long-title = نووسینەکەت زۆر درێژە بۆ پاشەکەوتکردن
error-too-long-body = هیچ شتێکمان پاشەکەوت نەکرد. نووسینەکە زۆرە بۆ ئەوەی بە یەکجار پاشەکەوت بکرێت.
error-too-long-back = دوگمەی گەڕانەوە (Back) لە وێبگەڕەکەتدا بەکاربهێنە بۆ گەڕانەوە. نووسینەکەت هێشتا لەوێ دەبێت. هەندێکی کورتتر بکەرەوە، پاشان دووبارە پاشەکەوتی بکە.

## Home
home-title = Heard: بیروڕا، ئامانج و یارمەتیی منداڵەکەت
home-lead = Heard یارمەتیت دەدات ئەوە بنووسیت کە بۆ منداڵەکەت گرنگە، و ئاگات لەو یارمەتییە بێت کە وەریدەگرێت.
home-what-title = چی دەتوانیت بکەیت
home-what-views = بیروڕا و ئارەزووەکانی منداڵەکەت بنووسە، ئەگەر بیەوێت بە وشەکانی خۆی.
home-what-goals = ئامانج دابنێ و ببینە هەر یەکێکیان چۆن دەڕوات، لە سێ خاڵی پێداچوونەوەی ساڵی خوێندندا.
home-what-services = یارمەتی لە نزیک خۆت بدۆزەوە لە Local Offer. ئەوە لیستی شارەوانییە (council) بۆ ئەو یارمەتییانەی بۆ منداڵ و گەنجانی خاوەن SEND هەن.
home-send-explained = SEND واتە پێداویستیی پەروەردەیی تایبەت و کەمئەندامی.
home-yours = ئەوەی دەینووسیت هی خێزانەکەتە. خۆت هەڵدەبژێریت کێ بیبینێت.
home-create-account = هەژمارێک دروست بکە
home-sign-in = چوونەژوورەوە
home-go-to-family = بڕۆ بۆ لاپەڕەی خێزانەکەت

## Create an account
create-account-title = دروستکردنی هەژمار
create-account-intro = پێویستت بە هەژمارێکە (account) بۆ ئەوەی تۆماری منداڵەکەت پارێزراو بێت. بێبەرامبەرە.
create-account-email-hint = تەنها بۆ چوونەژوورەوەت بەکاری دەهێنین.
create-account-password-hint = لانیکەم { $min } پیت بەکاربهێنە. چەند وشەیەک پێکەوە بە ئاسانی لەبیرت دەمێنن، بەڵام کەسی تر بە ئاسانی نایاندۆزێتەوە.
create-account-button = هەژمار دروست بکە
create-account-have-one = پێشتر هەژمارت هەیە؟
create-account-sign-in-link = بچۆ ژوورەوە

## Sign in
sign-in-title = چوونەژوورەوە
sign-in-button = بچۆ ژوورەوە
sign-in-no-account = هێشتا هەژمارت نییە؟
sign-in-create-link = هەژمارێک دروست بکە

## Passkeys: signing in with a phone's or computer's lock (sign-in page and /account/passkeys)
passkey-sign-in-title = یان پاسکی بەکاربهێنە
passkey-sign-in-what = پاسکی ڕێگەت پێدەدات بە قوفڵی مۆبایل یان کۆمپیوتەرەکەت بچیتە ژوورەوە. پێویستت بە وشەی نهێنی نییە.
passkey-sign-in-button = بە پاسکی بچۆ ژوورەوە
passkeys-title = پاسکییەکان
passkeys-lead = پاسکی ڕێگەت پێدەدات بەبێ وشەی نهێنی بچیتە ژوورەوە. ئەو ڕێگەیە بەکاردەهێنێت کە مۆبایل یان کۆمپیوتەرەکەتی پێ دەکەیتەوە: ڕوخسارت، پەنجەمۆرت یان PIN. وشەی نهێنییەکەشت هەر کار دەکات.
passkeys-none = هێشتا هیچ پاسکییەکت نییە.
passkeys-yours = پاسکییەکانت
passkeys-added = لە { $date } زیاد کرا.
passkeys-last-used = دوایین جار لە { $date } بەکارهات.
passkeys-not-used = هێشتا بەکارنەهاتووە.
passkeys-remove-link = { $name } لابەرە
passkeys-remove-title = پاسکیی “{ $name }” لاببرێت؟
passkeys-remove-what = چیتر ناتوانیت پێی بچیتە ژوورەوە. هێشتا دەتوانیت بە وشەی نهێنییەکەت بچیتە ژوورەوە.
passkeys-remove-button = بەڵێ، لای ببە
passkeys-keep = نەخێر، بیهێڵەوە
passkeys-need-browser = بۆ زیادکردنی پاسکی، وێبگەڕێک بەکاربهێنە کە بتوانێت پاسکی دروست بکات، و JavaScript هەڵکراو بێت.
passkeys-add-title = پاسکییەک زیاد بکە
passkeys-add-what = مۆبایل یان کۆمپیوتەرەکەت داوات لێدەکات بیکەیتەوە. دوایی دەتوانیت پێی لێرە بچیتە ژوورەوە.
passkeys-name-label = ناوێک بۆ ئەم پاسکییە
passkeys-name-hint = بۆ ئەوەی بزانیت کامەیە. بۆ نموونە: مۆبایلەکەم
passkeys-add-button = پاسکییەک زیاد بکە
passkey-error-signed-out = تۆ چوویتە دەرەوە. دووبارە بچۆ ژوورەوە، پاشان پاسکییەکە زیاد بکە.
passkey-error-name-missing = ناوێک بە پاسکییەکە بدە، بۆ ئەوەی بزانیت کامەیە.
passkey-error-name-too-long = ناوەکە زۆر درێژە. { $max } پیت یان کەمتر بەکاربهێنە.
passkey-error-not-started = زۆری خایاند، یان پەڕەکە کۆن بوو. تکایە دووبارە هەوڵ بدەرەوە.
passkey-error-not-recognised = ئێمە ئەم پاسکییە ناناسین. دووبارە هەوڵ بدەرەوە، یان بە ئیمەیڵ و وشەی نهێنییەکەت بچۆ ژوورەوە.
passkey-error-already-added = ئەم مۆبایل یان کۆمپیوتەرە پێشتر پاسکیی هەژمارەکەتی تێدایە.
passkey-error-cancelled = پاسکییەکە بەکارنەهات. دەتوانیت دووبارە هەوڵ بدەیتەوە، یان وشەی نهێنییەکەت بەکاربهێنە.

## Your family
family-title = خێزانەکەت
family-signed-in-as = تۆ بەم ئیمەیڵە چوویتە ژوورەوە: { $email }.
family-children-title = منداڵەکانت
family-no-children = هێشتا هیچ منداڵێکت زیاد نەکردووە. هەر منداڵێک لێرە زیاد بکە، پاشان ئەوە بنووسە کە بۆی گرنگە.
family-signed-out = تکایە بچۆ ژوورەوە بۆ ئەوەی خێزانەکەت ببینیت.

## Reading options
reading-title = هەڵبژاردنەکانی خوێندنەوە
reading-intro = شێوەی لاپەڕەکان بگۆڕە، تا خوێندنەوەیان بۆت ئاسانتر بێت. هەر کاتێک بتەوێت دەتوانیت دیسان بیانگۆڕیت.
reading-text-size = قەبارەی نووسین
reading-text-size-standard = ئاسایی
reading-text-size-large = گەورە
reading-text-size-largest = گەورەترین
reading-spacing = بۆشایی نێوان دێڕ و پیتەکان
reading-spacing-hint = بە بۆشایی زیاتر، لەوانەیە خوێندنەوەی نووسین ئاسانتر بێت.
reading-spacing-standard = ئاسایی
reading-spacing-wide = فراوانتر
reading-font = فۆنت (شێوەی پیت)
reading-font-standard = ئاسایی
reading-font-dyslexia = فۆنتێک کە هەندێک کەسی خاوەن دیسلێکسیا (dyslexia، کێشەی خوێندنەوە) بە ئاسانتری دەزانن (OpenDyslexic)
reading-theme = ڕەنگەکان
reading-theme-auto = وەک ئامێرەکەم
reading-theme-light = ڕووناک
reading-theme-dark = تاریک
reading-theme-contrast = جیاوازیی زۆری ڕەنگ (high contrast)
reading-motion = جووڵە لە لاپەڕەدا
reading-motion-auto = وەک ئامێرەکەم
reading-motion-reduce = جووڵەی کەمتر
reading-kept = هەڵبژاردنەکەت لەسەر ئەم ئامێرە هەڵدەگرین. کاتێک چوویتە ژوورەوە، لەگەڵ هەژمارەکەشتدا هەڵیدەگرین.
reading-save = هەڵبژاردنەکانی خوێندنەوە پاشەکەوت بکە
reading-saved = هەڵبژاردنەکانی خوێندنەوەت پاشەکەوت کران.
reading-back = بگەڕێوە بۆ ئەو شوێنەی لێی بوویت

## Language
language-title = زمان
language-legend = دەتەوێت کام زمان بەکاربهێنیت؟
language-hint = هەر زمانێک بە وشەکانی خۆی نیشان دراوە.
language-button = ئەم زمانە بەکاربهێنە

## Privacy
privacy-title = تایبەتێتی
privacy-lead = زانیارییەکانی خێزانەکەت تایبەتن. ئەم لاپەڕەیە دەڵێت چی هەڵدەگرین و بۆچی.
privacy-what-title = چی هەڵدەگرین
privacy-what = ئیمەیڵەکەت، و شێوەیەکی تێکدراوی وشەی نهێنییەکەت کە کەس ناتوانێت بیخوێنێتەوە. هەروەها ئەوەی دەربارەی منداڵەکەت دەینووسیت.
privacy-who-title = کێ دەتوانێت بیبینێت
privacy-who = تەنها خێزانەکەت. قوتابخانە، شارەوانی یان داکۆکیکار تەنها ئەو شتە دەبینن کە خۆت هەڵیدەبژێریت و لەگەڵیان هاوبەشی دەکەیت.
privacy-cookies-title = کووکییەکان (Cookies)
privacy-cookie-session = یەک کووکی وات لێدەکات لە ژوورەوە بمێنیتەوە. کاتێک دەچیتە دەرەوە، نامێنێت.
privacy-cookie-language = یەک کووکی زمانەکەت هەڵدەگرێت.
privacy-cookie-reading = یەک کووکی هەڵبژاردنەکانی خوێندنەوەت هەڵدەگرێت.
privacy-cookie-device = یەک کووکی ئەوە هەڵدەگرێت کە پێشتر لەم ئامێرەوە چوویتە ژوورەوە. ئەگەر کەسێکی تر هەوڵ بدات وشەی نهێنییەکەت بدۆزێتەوە، هێشتا دەتوانیت لێرەوە بچیتە ژوورەوە.
privacy-no-tracking = کووکی بەکارناهێنین بۆ چاودێریکردنی تۆ، و هیچ شتێک لە ماڵپەڕەکانی ترەوە بار ناکەین.
privacy-on-this-phone = Heard فایلەکانی خۆی (وێنە، شێواز و کۆد) لەسەر ئەم مۆبایلە هەڵدەگرێت تا پەڕەکان خێراتر بکرێنەوە، و پەڕەیەک بۆ کاتێک ئینتەرنێت نییە. تۆماری منداڵەکەت تەنها ئەو کاتە لەوێ هەڵدەگیرێت کە لەسەر تۆمارەکەی "لەسەر ئەم مۆبایلە هەڵیبگرە" هەڵبژێریت، و کاتێک دەچیتە دەرەوە دەسڕدرێتەوە. ئەوەی دەینووسیت هەڵدەگیرێت، تا پاشەکەوت دەکرێت.
privacy-rights-title = مافەکانت
privacy-rights = دەتوانیت داوا بکەیت هەموو ئەو شتانە ببینیت کە دەربارەی تۆ هەڵمانگرتووە، یان بیانگۆڕیت، یان بیانسڕیتەوە.

## Offline (the page the service worker shows without a connection)
offline-title = تۆ بێ ئینتەرنێتیت
offline-lead = ئەم پەڕەیە پێویستی بە ئینتەرنێتە. مۆبایلەکەت ئێستا پەیوەست نییە.
offline-kept = هەرچییەک لە Heard دەتنووسی لەسەر ئەم مۆبایلە هەڵگیراوە. کاتێک پەڕەکە دووبارە دەکەیتەوە لەوێ دەبێت.
offline-try-again = دووبارە هەوڵ بدەرەوە

## Help
help-title = یارمەتی
help-using-title = بەکارهێنانی Heard
help-reading-options = نووسین گەورەتر بکە، ڕەنگەکان یان فۆنت بگۆڕە
help-language = زمان بگۆڕە
help-advice-title = ئامۆژگاریی بێبەرامبەر
help-sendiass = هەموو شارەوانییەک (council) خزمەتگوزارییەکی بە ناوی SENDIASS هەیە. ئامۆژگاریی بێبەرامبەر دەربارەی SEND دەدات و لایەنگیری هیچ لایەک ناکات. بە «SENDIASS» و ناوی شارەوانییەکەت بگەڕێ.
help-words-title = ئەو وشانەی لەوانەیە بیانبیستیت
glossary-send = SEND
glossary-send-meaning = پێداویستیی پەروەردەیی تایبەت و کەمئەندامی.
glossary-sen-support = SEN support
glossary-sen-support-meaning = یارمەتیی زیادە لە قوتابخانە، بەبێ EHC plan.
glossary-ehc-plan = EHC plan
glossary-ehc-plan-meaning = پلانی پەروەردە، تەندروستی و چاودێری. پلانێکی یاساییە بۆ ئەو یارمەتییەی منداڵ یان گەنجێک دەبێت وەریبگرێت.
glossary-local-offer = Local Offer
glossary-local-offer-meaning = لیستی شارەوانی بۆ یارمەتیی ناوچەیی بۆ منداڵ و گەنجانی خاوەن SEND، لە لەدایکبوونەوە تا تەمەنی 25 ساڵ.
glossary-sendiass = SENDIASS
glossary-sendiass-meaning = خزمەتگوزارییەکی بێبەرامبەرە کە ئامۆژگاری دەربارەی SEND دەدات و لایەنگیری هیچ لایەک ناکات.

## Page not found
not-found-title = لاپەڕەکە نەدۆزرایەوە
not-found-body = نەمانتوانی ئەو لاپەڕەیە بدۆزینەوە. ئەگەر ناونیشانەکەت خۆت نووسیوە، بپشکنە کە دروستە.
not-found-home = بڕۆ بۆ لاپەڕەی سەرەکی

## Dates typed in three boxes
date-day = ڕۆژ
date-month = مانگ
date-year = ساڵ

## What happens next
month-1 = کانوونی دووەم
month-2 = شوبات
month-3 = ئازار
month-4 = نیسان
month-5 = ئایار
month-6 = حوزەیران
month-7 = تەممووز
month-8 = ئاب
month-9 = ئەیلوول
month-10 = تشرینی یەکەم
month-11 = تشرینی دووەم
month-12 = کانوونی یەکەم
date-long = { $day }ی { $month }ی { $year }
timeline-title = دواتر چی ڕوودەدات
timeline-intro = یاسا بۆ هەر هەنگاوێک بەروارێک دیاری دەکات. هەر هەنگاوێک دەبێت لانیدرەنگ تا ئەو بەروارە ڕووبدات.
timeline-next-summary = هەنگاوی داهاتوو: { $step }. ئەمە دەبێت تا { $date } ڕووبدات.
timeline-next-when = { $days ->
    [0] واتە ئەمڕۆ.
    [1] واتە سبەینێ.
   *[other] واتە { $days } ڕۆژی تر.
}
timeline-by = تا { $date }
timeline-state-done = کراوە
timeline-state-overdue = دواکەوتووە
timeline-state-next = داهاتوو
timeline-state-later = دواتر
timeline-step-decide-assess = شارەوانی بڕیار دەدات ئایا هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment) بکات یان نا
timeline-step-decide-assess-detail = هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment) واتە شارەوانی دەپشکنێت ئایا منداڵەکەت پێویستی بە EHC plan هەیە. شارەوانی دەبێت لە ماوەی 6 هەفتەدا لە ڕۆژی داواکردنەکەتەوە پێت بڵێت ئایا ئەم هەڵسەنگاندنە دەکات یان نا.
timeline-step-decide-plan = شارەوانی بڕیار دەدات ئایا EHC plan دروست بکات یان نا
timeline-step-decide-plan-detail = EHC plan پلانێکی یاساییە بۆ ئەو یارمەتییەی منداڵەکەت دەبێت وەریبگرێت. شارەوانی دەبێت لە ماوەی 16 هەفتەدا لە ڕۆژی داواکردنی هەڵسەنگاندنەکەوە پێت بڵێت ئایا پلانێک دروست دەکات یان نا.
timeline-step-comment-draft = تۆ بۆچوونی خۆت دەربارەی ڕەشنووسی پلانەکە دەڵێیت
timeline-step-comment-draft-detail = لە ڕۆژی وەرگرتنی ڕەشنووسی پلانەکەوە 15 ڕۆژت هەیە بۆ ئەوەی بە شارەوانی بڵێیت بۆچوونت دەربارەی چییە. هەر لەم کاتەدا دەڵێیت کام قوتابخانە یان کۆلێژت دەوێت.
timeline-step-final-plan = شارەوانی وەشانی کۆتایی EHC plan بۆت دەنێرێت
timeline-step-final-plan-detail = پلانی کۆتایی دەبێت لە ماوەی 20 هەفتەدا لە ڕۆژی داواکردنی هەڵسەنگاندنەکەوە بگات.
timeline-step-review-papers = کاغەزەکانی پێداچوونەوەی ساڵانە دەنێردرێن
timeline-step-review-papers-detail = پێداچوونەوەی ساڵانە (annual review) کۆبوونەوەیەکە بۆ پشکنینی EHC plan، لانیکەم ساڵی جارێک. دەبێت لانیکەم 2 هەفتە پێش کۆبوونەوەکە ڕاپۆرتەکان وەربگریت، تا کاتت هەبێت بیانخوێنیتەوە.
timeline-step-review-meeting = کۆبوونەوەی پێداچوونەوەی ساڵانە
timeline-step-review-meeting-detail = EHC plan دەبێت لانیکەم هەر 12 مانگ جارێک لە کۆبوونەوەیەکدا بپشکنرێت. بۆ منداڵی خوار 5 ساڵ، لانیکەم هەر 6 مانگ جارێکە.
timeline-step-review-report = ڕاپۆرتی کۆبوونەوەکە دەنێردرێت
timeline-step-review-report-detail = هەموو ئەوانەی لە کۆبوونەوەکەدا بوون، تۆش، دەبێت لە ماوەی 2 هەفتەدا ڕاپۆرتێکی نووسراوی وەربگرن.
timeline-step-review-decision = شارەوانی بڕیار دەدات چی بە پلانەکە بکرێت
timeline-step-review-decision-detail = لە ماوەی 4 هەفتەدا دوای کۆبوونەوەکە، شارەوانی دەبێت پێت بڵێت ئایا پلانەکە وەک خۆی دەهێڵێتەوە، دەیگۆڕێت، یان کۆتایی پێدەهێنێت.
timeline-step-phase-transfer = پلانەکە بۆ قوتابخانە یان کۆلێژی داهاتووی منداڵەکەت دەگۆڕدرێت
timeline-step-phase-transfer-detail = ئەیلوولی داهاتوو منداڵەکەت قۆناغێکی نوێی خوێندن دەست پێدەکات، وەک قوتابخانەی ناوەندی (secondary school) یان کۆلێژ. تا ئەم بەروارە، شارەوانی دەبێت EHC plan بگۆڕێت بۆ ئەوەی بڵێت منداڵەکەت بۆ کوێ دەچێت.
timeline-late-title = شارەوانی دواکەوتووە
timeline-late-body = لانیکەم یەکێک لەم هەنگاوانەی خوارەوە دەبوو تا ئێستا ڕووی دابا. دەتوانیت ئامۆژگاریی بێبەرامبەر لە SENDIASS لە ناوچەکەت وەربگریت. SENDIASS ئامۆژگاری دەربارەی SEND دەدات و لایەنگیری هیچ لایەک ناکات.
timeline-late-link = چۆن SENDIASS لە ناوچەکەت بدۆزیتەوە
timeline-step-late = ئەمە دەبوو تا ئێستا ڕووی دابا. شارەوانی دواکەوتووە.
timeline-step-late-link = ئامۆژگاریی بێبەرامبەر لە SENDIASS وەربگرە
timeline-step-comment-passed = 15 ڕۆژەکە تێپەڕیوە. ئەگەر هێشتا دەتەوێت شتێک دەربارەی پلانەکە بڵێیت، ئێستا بە شارەوانی بڵێ. SENDIASS لە ناوچەکەت دەتوانێت یارمەتیت بدات.
timeline-sen-support = کاتێک منداڵەکەت SEN support وەردەگرێت، قوتابخانە دەبێت هەر وەرزێکی خوێندن جارێک، واتە ساڵی سێ جار، لەگەڵت کۆببێتەوە. پێکەوە دەپشکنن یارمەتییەکە چۆن دەڕوات و پلان بۆ هەنگاوی داهاتوو دادەنێن.
timeline-none-yet = ئەگەر پێت وایە منداڵەکەت پێویستی بە یارمەتیی زیادە هەیە، لەگەڵ مامۆستاکەی یان SENCO قسە بکە. SENCO ئەو مامۆستایەیە کە لە قوتابخانەدا سەرپەرشتی SEND دەکات. یارمەتیی زیادە لە قوتابخانە پێی دەوترێت SEN support.
timeline-ask-assessment-title = ئەگەر منداڵەکەت پێویستی بە یارمەتیی زیاتر هەیە
timeline-ask-assessment = ئەگەر یارمەتیی قوتابخانە بەس نییە، دەتوانیت داوای هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment) لە شارەوانی بکەیت. ئەوە کاتێکە شارەوانی دەپشکنێت ئایا منداڵەکەت پێویستی بە EHC plan هەیە. خۆت دەتوانیت داوا بکەیت، بە نامە یان ئیمەیڵ بۆ شارەوانی. شارەوانی دەبێت لە ماوەی 6 هەفتەدا پێت بڵێت ئایا هەڵسەنگاندنەکە دەکات یان نا.
timeline-ask-assessment-then = کاتێک داوات کرد، لە زانیارییەکانی منداڵەکەتدا جۆری یارمەتییەکە بگۆڕە و ئەو بەروارەی داوات کرد زیاد بکە. پاشان Heard نیشانت دەدات چی دەبێت تا کەی ڕووبدات.
timeline-missing-request = ئەو بەروارەی داوای هەڵسەنگاندنی پێداویستییەکانت (EHC needs assessment) کرد زیاد بکە، ئینجا Heard نیشانت دەدات چی دەبێت تا کەی ڕووبدات.
timeline-missing-plan = ئەو بەروارەی EHC plan دەرچوو زیاد بکە، یان بەرواری دوایین پێداچوونەوەی ساڵانە، ئینجا Heard نیشانت دەدات کەی کاتی پێداچوونەوەی داهاتووە.
timeline-missing-last-review = ئەگەر کۆبوونەوەی پێداچوونەوەی ساڵانە کراوە، بەروارەکەی وەک دوایین پێداچوونەوەی ساڵانە زیاد بکە. پاشان Heard نیشانت دەدات کەی کاتی پێداچوونەوەی داهاتووە.
timeline-add-dates = بەروار زیاد بکە

## Progress chart
# The steps of the rating scale, shown after their symbol: "◑ getting there".
rating-not-started = دەستی پێنەکردووە
rating-just-starting = تازە دەستی پێکردووە
rating-getting-there = بەرەو پێش دەچێت
rating-nearly-there = نزیکە
rating-achieved = بەدیهاتووە
# Which way a goal went, from its first rating to its last.
movement-moved-on = چووە پێشەوە
movement-stayed = وەک خۆی ماوەتەوە
movement-went-back = گەڕاوەتەوە دواوە
movement-not-enough = نمرەی پێویست نییە بۆ بەراوردکردن
progress-summary-family = نمرەی خێزان لە { $first_point } «{ $first }» بوو، و لە { $last_point } «{ $last }» بوو. چۆن ڕۆیشت: { $movement }.
progress-summary-school = نمرەی قوتابخانە لە { $first_point } «{ $first }» بوو، و لە { $last_point } «{ $last }» بوو. چۆن ڕۆیشت: { $movement }.
progress-summary-family-one = نمرەی خێزان لە { $point } «{ $rating }» بوو. تا ئێستا تەنها یەک نمرە هەیە.
progress-summary-school-one = نمرەی قوتابخانە لە { $point } «{ $rating }» بوو. تا ئێستا تەنها یەک نمرە هەیە.
progress-summary-family-none = خێزان هێشتا نمرەی نەداوە.
progress-summary-school-none = قوتابخانە هێشتا نمرەی نەداوە.
progress-not-enough = هێشتا نمرەی پێویست نییە بۆ کێشانی چارت. خشتەکە ئەو نمرانە نیشان دەدات کە تا ئێستا دراون.
progress-legend-family = نمرەی خێزان: هێڵی پڕ لەگەڵ خاڵ
progress-legend-school = نمرەی قوتابخانە: هێڵی پچڕپچڕ لەگەڵ چوارگۆشە
progress-column-point = خاڵی پێداچوونەوە
progress-column-family = نمرەی خێزان
progress-column-school = نمرەی قوتابخانە
progress-not-rated = نمرەی نەدراوە

## Problems with what was typed in the record
error-name-missing = ئەو ناوە بنووسە کە حەز دەکات پێی بانگ بکرێت.
error-text-missing = لێرە شتێک بنووسە، یان بەبێ پاشەکەوتکردن بگەڕێوە.
error-too-long = ئەمە زۆر درێژە. { $max } پیت یان کەمتر بەکاربهێنە.
error-date-missing = بەروارێک بنووسە.
error-date-incomplete = بەروار پێویستی بە ڕۆژ، مانگ و ساڵ هەیە.
error-date-not-real = ئەمە بەروارێکی ڕاستەقینە نییە. ژمارە بەکاربهێنە، وەک 27 3 2014.
error-birth-date-in-future = بەرواری لەدایکبوون دەبێت لە ڕابردوودا بێت.
error-older-than-25 = Heard بۆ منداڵ و گەنجانە تا تەمەنی 25 ساڵ.
error-date-in-future = ئەم بەروارە دەبێت ئەمڕۆ بێت یان لە ڕابردوودا بێت.
error-choose-one = یەکێک لە هەڵبژاردنەکان هەڵبژێرە.
error-changed-meanwhile = لە کاتێکدا تۆ دەتنووسی، کەسێکی تر گۆڕانکارییەکی پاشەکەوت کرد. هیچ شتێک لەدەست نەچووە. هەردوو وەشانەکەی خوارەوە بپشکنە، پاشان دووبارە پاشەکەوتی بکە.
error-hidden-character = ڕاستەوخۆ دوای «{ $after }» پیتێکی شاراوە هەیە. Heard ناتوانێت پاشەکەوتی بکات. زۆرجار لە کۆپی و پەیستکردنەوە دێت. بیسڕەوە، یان ئەو بەشە دووبارە بنووسەوە.
error-hidden-character-at-start = ڕێک لە سەرەتادا پیتێکی شاراوە هەیە. Heard ناتوانێت پاشەکەوتی بکات. زۆرجار لە کۆپی و پەیستکردنەوە دێت. بیسڕەوە، یان ئەو بەشە دووبارە بنووسەوە.

## A record that cannot be shown
record-not-found-title = نەمانتوانی ئەمە بدۆزینەوە
record-not-found-body = لەوانەیە سڕابێتەوە، یان بەستەرەکە هەڵە بێت. یان خێزانەکە هاوبەشکردنی لەگەڵ تۆ ڕاگرتبێت.
record-unavailable-title = ببورە، شتێک تێکچوو
record-unavailable-body = ئێستا نەمانتوانی ئەمە بار بکەین. هیچ شتێک لەوەی پاشەکەوتت کردووە لەدەست نەچووە. تکایە چەند خولەکێکی تر دووبارە هەوڵ بدەوە.
record-back-to-start = بڕۆ بۆ پەڕەی دەستپێکی خۆت

## Adding a child and changing their details
child-add-title = منداڵێک زیاد بکە
child-edit-title = گۆڕینی زانیارییەکانی { $name }
child-form-intro = دەربارەی منداڵەکەت یان گەنجەکەت پێمان بڵێ. تەنها کەسانی خێزانەکەت دەتوانن ئەمە ببینن.
child-back-to-record = بگەڕێوە بۆ تۆمارەکە
child-called-name = ئەو ناوەی حەز دەکات پێی بانگ بکرێت
child-called-name-hint = دەکرێت نازناو بێت. پێویست ناکات ناوی تەواوی بنووسیت.
child-date-of-birth = بەرواری لەدایکبوون
child-date-of-birth-hint = بۆ نموونە، 27 3 2014
child-setting = قوتابخانە، کۆلێژ یان باخچەی ساوایان
child-setting-hint = ئەگەر لە هیچ کامیان نییە، ئەمە بەتاڵ بهێڵەوە.
child-year-group = پۆل (Year group)
child-year-group-hint = ئێمە لە بەرواری لەدایکبوونەوە دیاری دەکەین. ئەگەر لە پۆلێکی تردایە، بیگۆڕە.
child-year-group-auto = لە بەرواری لەدایکبوونەوە دیاری بکە
child-year-group-auto-known = لە بەرواری لەدایکبوونەوە دیاری بکە ({ $year })
child-support-status = ئێستا چ یارمەتییەکی هەیە؟
child-support-status-hint = هەر کاتێک بتەوێت دەتوانیت ئەمە بگۆڕیت.
child-key-dates = بەروارە گرنگەکان، ئەگەر دەیانزانیت
child-key-dates-hint = بەم بەروارانە دەتوانین پێت بڵێین دواتر چی دەبێت ڕووبدات، و تا کەی. هەر بەروارێک نایزانیت بەتاڵی بهێڵەوە.
child-assessment-requested-on = کەی داوای هەڵسەنگاندنی پێداویستییەکانت (EHC needs assessment) کرد
child-assessment-requested-on-hint = هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment) واتە شارەوانی دەپشکنێت ئایا منداڵەکەت پێویستی بە EHC plan هەیە.
child-draft-plan-received-on = کەی ڕەشنووسی EHC plan گەیشتە دەستت
child-draft-plan-received-on-hint = ڕەشنووس (draft) یەکەم وەشانی پلانەکەیە، پێش ئەوەی کۆتایی بێت.
child-plan-issued-on = کەی وەشانی کۆتایی EHC plan دەرچوو
child-plan-issued-on-hint = ئەمە ئەو بەروارەیە کە لەسەر پلانی کۆتایی نووسراوە.
child-last-annual-review-on = دوایین کۆبوونەوەی پێداچوونەوەی ساڵانە
child-last-annual-review-on-hint = پێداچوونەوەی ساڵانە (annual review) ئەو کۆبوونەوەیەیە کە ساڵی جارێک بۆ پشکنینی EHC plan دەکرێت.
child-next-annual-review-on = کۆبوونەوەی داهاتووی پێداچوونەوەی ساڵانە
child-next-annual-review-on-hint = تەنها ئەگەر بەروارێک دیاری کرابێت.
child-areas-of-need = بوارەکانی پێداویستی
child-areas-of-need-hint = هەموو ئەوانەی دەگونجێن نیشانە بکە. ئەمانە ئەو چوار بوارەن کە قوتابخانە و شارەوانییەکان بەکاریان دەهێنن.
child-save = پاشەکەوت بکە
child-conflict-title = کەسێکی تر ئەم زانیاریانەی گۆڕی
child-conflict-body = لە کاتێکدا تۆ دەتنووسی، کەسێک لە خێزانەکەت گۆڕانکارییەکی پاشەکەوت کرد. فۆرمەکە ئەوە نیشان دەدات کە تۆ نووسیوتە. بیپشکنە، پاشان دووبارە پاشەکەوتی بکە بۆ ئەوەی وەشانەکەی خۆت بمێنێتەوە.

support-status-none = هێشتا هیچ یارمەتییەکی زیادە نییە
support-status-sen-support = SEN support (یارمەتیی زیادە لە قوتابخانە، بەبێ EHC plan)
support-status-assessment-requested = داوای هەڵسەنگاندنی پێداویستییەکانمان (EHC needs assessment) کردووە
support-status-ehc-plan = EHC plan (پلانێکی یاسایی بۆ یارمەتیی پەروەردە، تەندروستی و چاودێری)

area-communication = پەیوەندی و تێکەڵاوی لەگەڵ خەڵک
area-learning = توانای هزری و فێربوون (بیرکردنەوە و فێربوون)
area-semh = تەندروستیی کۆمەڵایەتی، سۆزداری و دەروونی
area-sensory-physical = هەستەکان و جەستە

year-group-early-years = هێشتا نەچووەتە قوتابخانە (باخچەی ساوایان یان لە ماڵەوە)
year-group-reception = Reception (پۆلی ئامادەیی)
year-group-year = پۆلی { $number } (Year { $number })
year-group-post-school = دوای Year 13 (کۆلێژ، ڕاهێنان یان کار)

## A child's record at a glance
child-not-given = نەدراوە
child-change-details = گۆڕینی زانیارییەکان
child-parts-title = تۆمارەکەی
keep-on-phone-title = بەبێ ئینتەرنێت بیخوێنەوە
keep-on-phone-about = دەتوانیت تۆماری { $name } لەسەر ئەم مۆبایلە هەڵبگریت، بۆ ئەوەی کاتێک ئینتەرنێت نییە بیخوێنیتەوە. تەنها لەسەر مۆبایلی خۆت ئەمە بکە. کاتێک دەچیتە دەرەوە دەسڕدرێتەوە.
keep-on-phone-keep = لەسەر ئەم مۆبایلە هەڵیبگرە
keep-on-phone-stop = چیتر لەسەر ئەم مۆبایلە هەڵی مەگرە
keep-on-phone-kept = تۆماری { $name } لەسەر ئەم مۆبایلە هەڵگیراوە. هەر جارێک بە ئینتەرنێتەوە بیکەیتەوە نوێ دەبێتەوە.
keep-on-phone-forgotten = تۆماری { $name } چیتر لەسەر ئەم مۆبایلە هەڵنەگیراوە.
keep-on-phone-failed = سەرکەوتوو نەبوو. سەیر بکە ئینتەرنێتت هەیە، و دووبارە هەوڵ بدەرەوە.
child-part-about-me = کێیە، چی بۆی گرنگە و چۆن یارمەتی بدرێت، بە وشەکانی خۆی و وشەکانی تۆ.
child-part-goals = ئەوەی هەمووتان دەتانەوێت بگۆڕێت، و ئەوەی یارمەتی دەدات.
child-part-reviews = هەر ئامانجێک چۆن دەڕوات، سێ جار لە هەر ساڵێکی خوێندندا.
child-part-progress = نمرەکانی هەر ئامانجێک بە درێژایی کات، وەک چارت و خشتە.
child-part-prepare = خۆت ئامادە بکە بۆ کۆبوونەوەی پێداچوونەوەی داهاتوو، و پاکەتێک چاپ بکە بۆ ئەوەی لەگەڵ خۆت بیبەیت.
child-part-next-steps = دواتر چی دەبێت ڕووبدات، و تا کەی.
child-nav-label = تۆماری { $name }
child-nav-overview = کورتە
child-nav-about-me = هەموو شتێک دەربارەی من
child-nav-goals = ئامانجەکان
child-nav-reviews = خاڵەکانی پێداچوونەوە
child-nav-progress = پێشکەوتن
child-nav-prepare = خۆئامادەکردن بۆ پێداچوونەوە
child-nav-next-steps = دواتر چی ڕوودەدات
family-add-child = منداڵێک زیاد بکە

## What happens next, the page
next-steps-title = دواتر چی ڕوودەدات بۆ { $name }

## Getting ready for a review, and the review pack
prepare-title = خۆئامادەکردن بۆ پێداچوونەوە
prepare-coming = خاڵی پێداچوونەوەی داهاتوو: { $point }، لە { $date }.
prepare-change-date = بەروارەکە بگۆڕە
prepare-open-pack = پاکەتی پێداچوونەوە بکەرەوە بۆ چاپکردن
prepare-changed-title = چی گۆڕاوە
prepare-since = لە دوایین خاڵی پێداچوونەوەوە، لە { $date }:
prepare-since-start = هێشتا هیچ شتێک لە خاڵێکی پێداچوونەوەدا تۆمار نەکراوە. هەموو شتێکی ناو تۆمارەکە نوێیە.
prepare-nothing-changed = لەو کاتەوە هیچ شتێک لە تۆمارەکەدا نەگۆڕاوە.
prepare-entry-changed = «{ $part }» لەلایەن { $author } نووسرا یان گۆڕدرا.
prepare-read-it = { $part } بخوێنەوە
prepare-questions-saved = پرسیارەکانت پاشەکەوت کران. لە پاکێتی پێداچوونەوەدان.
prepare-questions-title = پرسیارەکانت بۆ کۆبوونەوەکە
prepare-questions-label = دەتەوێت چی لە کۆبوونەوەکەدا بپرسیت یان بڵێیت؟
prepare-questions-hint = لە هەر دێڕێکدا یەک پرسیار بنووسە. دەچنە ناو پاکەتی پێداچوونەوە، بۆ ئەوەی لەبیرت نەچن.
prepare-save-questions = پرسیارەکان پاشەکەوت بکە
prepare-conflict-title = کەسێکی تر پرسیارەکانی گۆڕی
prepare-conflict-body = لە کاتێکدا تۆ دەتنووسی، کەسێک لە خێزانەکەت ئەم پرسیارانەی پاشەکەوت کرد. ئەوەی تۆ نووسیوتە هێشتا لە سندووقەکەی خوارەوەدایە. ئەوەی دەتەوێت بیهێڵیتەوە پێکەوە کۆ بکەرەوە، پاشان پاشەکەوتی بکە.
goal-state-active = هێشتا کاری لەسەر دەکرێت
goal-state-achieved = بەدیهاتووە
goal-state-stopped = ڕاگیراوە
pack-title = پاکەتی پێداچوونەوە بۆ { $name }
pack-back = بگەڕێوە بۆ خۆئامادەکردن
pack-how-to-print = بۆ چاپکردن، لە وێبگەڕەکەتدا (browser) لیستی چاپکردن (Print) بەکاربهێنە. لە مۆبایلدا، هاوبەشکردن (Share) دابگرە، پاشان چاپکردن (Print). لەسەر کاغەزی A4 جێی دەبێتەوە و بە ڕەش و سپیش باش دەخوێنرێتەوە.
pack-for-school-link = بە ئینگلیزی، بۆ قوتابخانە
pack-for-school-here = ئەمە پاکێجەکەیە بە ئینگلیزی، بۆ کارمەندانی قوتابخانە. وشەکانی خۆت وەک خۆیان ماون کە نووسیوتن.
pack-in-own-language = پاکێجەکە بە زمانی خۆت ببینە
pack-print = چاپ بکە
pack-meeting = خاڵی پێداچوونەوە: { $point }، { $date }
pack-about-me = هەموو شتێک دەربارەی من
pack-goals = ئامانجەکان و چۆن دەڕۆن
pack-questions = پرسیارەکانمان
pack-nothing-yet = هێشتا هیچ نەنووسراوە.
pack-goal-number = ئامانجی { $number }:
pack-goal-theme = بوار
pack-goal-support = چی یارمەتی دەدات
pack-goal-measure = چۆن دەزانین
pack-goal-by-when = تا کەی
pack-share-link = پاکەتەکە بە بەستەرێک بنێرە
pack-share-title = پاکەتی پێداچوونەوەی { $name } بە بەستەرێک بنێرە
pack-share-back = گەڕانەوە بۆ پاکەتی پێداچوونەوە
pack-share-lead = بەستەرێک بۆ یەک کەس دروست بکە، وەک مامۆستایەک. دەتوانێت بەبێ هەژمار پاکەتەکە بکاتەوە. تۆ هەڵدەبژێریت بەستەرەکە چەند کار بکات، و دەتوانیت هەر کاتێک بیوەستێنیت.
pack-share-made-title = ئەمە بەستەرەکەیە بۆ { $who }
pack-share-made-lead = ئێستا کۆپی بکە و بۆی بنێرە. تەنها ئەم جارە پیشانی دەدەین. تا { $date } کار دەکات.
pack-share-made-label = بەستەرەکە
pack-share-withdraw-ask = بەستەرەکەی { $who } بوەستێنیت؟
pack-share-withdraw-hint = یەکسەر لە کار دەکەوێت. دواتر دەتوانیت بەستەرێکی نوێ دروست بکەیت.
pack-share-withdraw-yes = بەڵێ، بەستەرەکە بوەستێنە
pack-share-withdraw-no = نەخێر، بیهێڵەوە
pack-share-live-title = ئەو بەستەرانەی ئێستا کار دەکەن
pack-share-none = هیچ بەستەرێک ئێستا کار ناکات.
pack-share-live-item = تا { $date } کار دەکات، { $count ->
    [one] یەک جار کراوەتەوە
   *[other] { $count } جار کراوەتەوە
}.
pack-share-withdraw = بیوەستێنە
pack-share-withdraw-named = بەستەرەکەی { $who } بوەستێنە
pack-share-in-english = بە ئینگلیزی، بۆ قوتابخانە
pack-share-in-own = بە { $language }
pack-share-make-title = بەستەرێکی نوێ دروست بکە
pack-share-for-name = بەستەرەکە بۆ کێیە؟
pack-share-for-name-hint = ناو و کارەکەی، بۆ نموونە: بەڕێز جۆنز (مامۆستای پۆل).
pack-share-how-long = بەستەرەکە چەند کار بکات؟
pack-share-days = { $days } ڕۆژ
pack-share-until-date = تا ڕۆژێک کە خۆم هەڵیدەبژێرم
pack-share-until = دوایین ڕۆژ کە بەستەرەکە کار دەکات
pack-share-until-hint = تەنها ئەگەر «تا ڕۆژێک کە خۆم هەڵیدەبژێرم»ت هەڵبژاردبێت. بۆ نموونە 27 3 2027.
pack-share-language = پاکەتەکە بە چ زمانێک بێت؟
pack-share-make = بەستەرەکە دروست بکە
pack-share-documents = کام بەڵگەنامانە لەگەڵ پاکەتەکە بچن؟
pack-share-documents-hint = تەنها ئەوانە دیاری بکە کە ئەم کەسە پێویستی پێیانە. تا بەستەرەکە کار بکات دەتوانێت دایانبگرێت. پێویست نییە هیچ دیاری بکەیت.
pack-share-document = { $kind }، { $date }: { $file }
pack-share-documents-not-on-list = تەنها بەڵگەنامەکانی ئەم لیستە هەڵبژێرە.
pack-share-live-documents = { $count ->
    [one] 1 بەڵگەنامە لەگەڵیدایە.
   *[other] { $count } بەڵگەنامە لەگەڵیدان.
}
pack-link-shared-by = { $who } ئەم پاکەتەی لەگەڵ تۆ بەش کردووە. بەستەرەکە تا { $date } کار دەکات.
pack-link-ended-title = ئەم بەستەرە چیتر کار ناکات
pack-link-ended-body = خێزانەکە وەستاندوویەتی، یان کاتەکەی تەواو بووە. ئەگەر هێشتا پاکەتەکەت پێویستە، داوای بەستەرێکی نوێ لە خێزانەکە بکە.
pack-link-unknown-title = ئەم بەستەرە نادۆزینەوە
pack-link-unknown-body = دڵنیابە کە هەموو بەستەرەکەت هەیە. ئەگەر هێشتا کار ناکات، داوای بەستەرێکی نوێ لە خێزانەکە بکە.
pack-link-documents = ئەو بەڵگەنامانەی لەگەڵ تۆ بەش کراون

## Goals (outcomes)
adulthood-employment = کار، کۆلێژ یان زانکۆ
adulthood-independent-living = ژیان بە سەربەخۆیی، تا ئەو جێیەی دەکرێت
adulthood-friends-community = هاوڕێ، پەیوەندی و بەشداری لە کۆمەڵگادا
adulthood-good-health = تەندروستیی باش
goals-theme-adulthood = خۆئامادەکردن بۆ ژیانی گەورەیی (Preparing for Adulthood): { $theme }
goals-title = ئامانجەکانی { $name }
goals-intro = ئامانج دەڵێت چی بۆ { $name } جیاواز دەبێت، و چی یارمەتی دەدات. قوتابخانە و شارەوانییەکان بە ئامانج دەڵێن «outcomes» (ئەنجامەکان).
goals-outcome-explained = ئەنجام (outcome) گۆڕانکارییەکە کە دەتوانیت ببینیت، بەهۆی ئەو یارمەتییەی { $name } وەریدەگرێت.
goals-aspiration-note = هیوا یان خەونێک، وەک «دەمەوێت لەگەڵ ئاژەڵان کار بکەم»، زۆر گرنگە. بەڵام ئامانج نییە. ئامانج بچووکتر و وردترە: گۆڕانکارییەک کە دەتوانیت ببینیت، وەک «دەتوانم هەموو ڕۆژێک خۆم خواردن بدەم بە پشیلەکە». دەتوانیت هیوا و خەونەکان لە بەشی «هەموو شتێک دەربارەی من» بنووسیت.
goals-adulthood-explained = لە پۆلی 9 (Year 9) بەدواوە، ئامانجەکان دەتوانن دەربارەی خۆئامادەکردن بن بۆ ژیانی گەورەیی. ئەمە پێی دەوترێت Preparing for Adulthood. ئەمانە دەگرێتەوە: کار یان خوێندن، ژیان بە سەربەخۆیی تا ئەو جێیەی دەکرێت، هاوڕێ و کۆمەڵگا، و تەندروستیی باش.
goals-add = ئامانجێک زیاد بکە
goals-active-title = ئەو ئامانجانەی ئێستا کاریان لەسەر دەکەین
goals-active-order = گرنگترین ئامانج یەکەم دێت. دەتوانیت ئامانجەکان بەرەو سەرەوە و خوارەوە ببەیت.
goals-none-active = هێشتا هیچ ئامانجێک نییە. یەکەمیان زیاد بکە.
goals-number = ئامانجی { $number }
goals-row-outcome = چی جیاواز دەبێت
goals-row-theme = دەربارەی چییە
goals-row-support = چی یارمەتی دەدات
goals-row-measure = چۆن دەزانین
goals-row-by-when = تا کەی
goals-not-written = هێشتا نەنووسراوە
goals-no-date = هیچ بەروارێک دیاری نەکراوە
goals-change = گۆڕین
goals-change-named = ئەم ئامانجە بگۆڕە: { $outcome }
goals-move-up = بۆ سەرەوە
goals-move-up-named = بۆ سەرەوە: { $outcome }
goals-move-down = بۆ خوارەوە
goals-move-down-named = بۆ خوارەوە: { $outcome }
goals-mark-achieved = وەک بەدیهاتوو نیشانەی بکە
goals-mark-achieved-named = وەک بەدیهاتوو نیشانەی بکە: { $outcome }
goals-stop = ئەم ئامانجە ڕابگرە
goals-stop-named = ئەم ئامانجە ڕابگرە: { $outcome }
goals-finished-title = ئامانجە بەدیهاتوو و ڕاگیراوەکان
goals-finished-intro = ئامانجە تەواوبووەکان لێرە دەمێننەوە، لەگەڵ هەموو ئەوەی دەربارەیان نووسراوە و نمرەکانیان. هەر کاتێک بتەوێت دەتوانیت ئامانجێک دووبارە چالاک بکەیتەوە.
goals-none-finished = هێشتا هیچ ئامانجێک بەدی نەهاتووە یان ڕانەگیراوە.
goals-achieved-on = لە { $date } بەدیهات
goals-stopped-on = لە { $date } ڕاگیرا
goals-state-achieved = بەدیهاتووە
goals-state-stopped = ڕاگیراوە
goals-make-active = دووبارە چالاکی بکەرەوە
goals-make-active-named = دووبارە چالاکی بکەرەوە: { $outcome }
goals-back = بگەڕێوە بۆ ئامانجەکان
goals-add-title = ئامانجێک زیاد بکە
goals-edit-title = گۆڕینی ئامانجێک
goals-form-intro = هەر جارە یەک ئامانج بنووسە، بە وشەکانی خۆت. ئامانج گۆڕانکارییەکە کە دەتوانیت ببینیت.
goals-outcome = چی جیاواز دەبێت؟
goals-outcome-hint = یەک گۆڕانکاری بنووسە کە دەتەوێت ببینیت. بۆ نموونە: «کاتێک لە پۆلدا گیر دەخۆم، دەتوانم داوای یارمەتی بکەم.»
goals-theme = ئەم ئامانجە زیاتر دەربارەی چییە؟
goals-theme-hint = ئەوەیان هەڵبژێرە کە باشتر دەگونجێت. ئەمانە ئەو چوار بوارەی پێداویستین کە قوتابخانە و شارەوانییەکان بەکاریان دەهێنن.
goals-theme-hint-adulthood = ئەوەیان هەڵبژێرە کە باشتر دەگونجێت. لە پۆلی 9 (Year 9) بەدواوە، ئامانج دەتوانێت دەربارەی خۆئامادەکردن بێت بۆ ژیانی گەورەیی. قوتابخانە و شارەوانییەکان پێی دەڵێن Preparing for Adulthood.
goals-support = چی یارمەتی دەدات؟
goals-support-hint = ئەو یارمەتییەی وا دەکات ئەمە ڕووبدات، و کێ دەیدات. بۆ نموونە: خشتەی کاتەکان بە وێنە، و هەموو بەیانییەک 10 خولەک لەگەڵ یاریدەدەری مامۆستا (teaching assistant).
goals-measure = چۆن دەزانین ڕوویداوە؟
goals-measure-hint = ئەوەی دەیبینیت یان دەیبیستیت کاتێک یارمەتییەکە سوودی هەیە. بۆ نموونە: «بۆ ماوەی دوو هەفتە، لانیکەم ڕۆژی جارێک داوای یارمەتی دەکات.»
goals-by-when = تا کەی؟ (دەتوانیت بەتاڵی بهێڵیتەوە)
goals-by-when-hint = بۆ نموونە، 31 7 2027
goals-save = ئامانجەکە پاشەکەوت بکە
goals-conflict-title = کەسێکی تر ئەم ئامانجەی گۆڕی
goals-conflict-body = لە کاتێکدا تۆ دەتنووسی، کەسێک لە خێزانەکەت گۆڕانکارییەکی لەم ئامانجەدا پاشەکەوت کرد. هیچ شتێک لەدەست نەچووە. فۆرمەکەی خوارەوە ئەوە نیشان دەدات کە تۆ نووسیوتە. ئەم سندووقە ئەوە نیشان دەدات کە ئەوان پاشەکەوتیان کرد. هەردووکیان بپشکنە، پاشان دووبارە پاشەکەوت بکە بۆ ئەوەی وەشانەکەی خۆت بمێنێتەوە.
goals-newest-title = ئەوەی کە دوایین جار پاشەکەوت کرا

## All about me: the one-page profile in six parts
about-me-title = هەموو شتێک دەربارەی من
about-me-intro = ئەم لاپەڕەیە تایبەتە بە { $name }: کێیە، چی بۆی گرنگە، و باشترین ڕێگا بۆ یارمەتیدانی چییە. شەش بەشی هەیە.
about-me-intro-plan = دەتوانیت کاتی دانانی پلانەکان بەکاری بهێنیت. بۆ نموونە، دەکرێت بخرێتە ناو بەشی A (Section A) لە EHC plan. (EHC plan پلانێکی یاساییە بۆ یارمەتیی پەروەردە، تەندروستی و چاودێری. بەشی A ئەو بەشەیە کە دەربارەی بیروڕا و هیواکانی خودی منداڵەکەیە، و ئەوەی بۆی گرنگە.)
about-me-intro-who = گەنجەکە دەتوانێت لێرە بە وشەکانی خۆی بنووسێت. دایک، باوک یان چاودێریش دەتوانن، یان داکۆکیکارێک (advocate) لەگەڵیدا. هەر نووسینێک نیشان دەدات لە کێیەوەیە. کاتێک شتێک دەگۆڕیت، وەشانی پێشوو هەڵدەگیرێت.
about-me-liked-and-admired = ئەوەی خەڵک لە مندا بەدڵیانە و پێی سەرسامن
about-me-liked-and-admired-hint = لە چیدا باشم؟ هاوڕێ و خێزانەکەم چییان لە من بەدڵە؟ چی وام لێدەکات شانازی بە خۆمەوە بکەم؟
about-me-important-to-me = ئەوەی بۆ من گرنگە، ئێستا و لە داهاتوودا
about-me-important-to-me-hint = کێ و چی بۆ من گرنگە: خەڵک، شوێن، ئەو شتانەی دەیانکەم، کارە ڕۆژانەکانم. دەمەوێت بەردەوام چی بکەم؟ چی بۆ داهاتووم گرنگە؟
about-me-how-to-support-me = باشترین ڕێگا بۆ یارمەتیدانم
about-me-how-to-support-me-hint = چی یارمەتیم دەدات، و چی یارمەتیم نادات؟ شتە نوێیەکان دەبێت چۆن بۆم ڕوون بکرێنەوە؟ کاتێک شتەکان بۆم قورس دەبن، خەڵک دەبێت چی بکەن؟
about-me-how-i-communicate = چۆن پەیوەندی دەکەم، و چۆن بزانیت هەستم چۆنە
about-me-how-i-communicate-hint = چۆن شت بە خەڵک دەڵێم: بە وشە، بە ئاماژە، بە وێنە، بە دەنگ یان بە کردارەکانم؟ چۆن دەزانیت کە دڵخۆشم، نیگەرانم یان ناڕەحەتم؟
about-me-hopes-and-dreams = هیوا و خەونەکانم
about-me-hopes-and-dreams-hint = چیم بۆ داهاتووم دەوێت؟ بیر لە قوتابخانە یان کۆلێژ، کار، شوێنی ژیان، هاوڕێ و تەندروستی بکەرەوە. گەورە بێت یان بچووک، هەموو هیوایەک گرنگە.
about-me-working-and-not-working = ئەوەی ئێستا باش دەڕوات و ئەوەی باش ناڕوات
about-me-working-and-not-working-hint = ئێستا چی بۆ من باش دەڕوات، لە قوتابخانە، لە ماڵەوە یان لە هەر شوێنێکی تر؟ چی قورسە، یان باش ناڕوات؟ ئەمە پێش هەر کۆبوونەوەیەکی پێداچوونەوە بنووسە.
about-me-nothing-yet = هێشتا هیچ شتێک لێرە نەنووسراوە.
about-me-written-by = نووسینی { $author } · پاشەکەوت کرا لە { $date }
about-me-change = گۆڕین
about-me-change-which = { $part }، نووسینی ژمارە { $number }
about-me-earlier-versions = وەشانە پێشووەکان ({ $count })
about-me-add = شتێک بۆ ئەم بەشە زیاد بکە
author-young-person = گەنجەکە، بە وشەکانی خۆی
author-parent-or-carer = دایک، باوک یان چاودێرێک
author-advocate = داکۆکیکارێک، لەگەڵ گەنجەکە
about-me-add-caption = زیادکردن بۆ «هەموو شتێک دەربارەی من»
about-me-edit-caption = گۆڕینی ئەوەی نووسراوە
about-me-text-label = دەتەوێت چی بڵێیت؟
about-me-text-label-yours = نووسینەکەی تۆ (هێشتا پاشەکەوت نەکراوە)
about-me-text-more = زۆر یان کەم، چەندت دەوێت بنووسە. تێبینیی کورت باشە. دواتر دەتوانیت بیگۆڕیت.
about-me-author = ئەمانە وشەی کێن؟
about-me-author-hint = هەڵبژێرە ئەمانە وشەی کێن، نەک کێ تایپی کردوون.
about-me-author-young-person = گەنجەکە، بە وشەکانی خۆی
about-me-author-young-person-hint = وشەکانی خۆیەتی، تەنانەت ئەگەر کەسێکی تر تایپی کردبێت.
about-me-author-parent-or-carer = دایک، باوک یان چاودێرێک
about-me-author-parent-or-carer-hint = خۆت، یان دایک یان باوک یان چاودێرێکی تر لە خێزانەکەدا.
about-me-author-advocate = داکۆکیکارێک، لەگەڵ گەنجەکە
about-me-author-advocate-hint = داکۆکیکار (advocate) کەسێکە یارمەتی خێزان دەدات بۆ ئەوەی بڵێن چییان دەوێت، وەک کارمەندێکی SENDIASS. ئەمە هەڵبژێرە ئەگەر لەگەڵ گەنجەکەدا پێکەوە نووسیویانە.
about-me-save = پاشەکەوت بکە
about-me-back = بگەڕێوە بۆ «هەموو شتێک دەربارەی من»
about-me-edit-keeps = کاتێک پاشەکەوت دەکەیت، وەشانی پێشوو هەڵدەگیرێت. هەر کاتێک بتەوێت دەتوانیت بیخوێنیتەوە.
about-me-conflict-title = کەسێکی تر گۆڕانکارییەکی پاشەکەوت کرد
about-me-conflict-body = لە کاتێکدا تۆ دەتنووسی، کەسێک لە خێزانەکەت وەشانێکی نوێی پاشەکەوت کرد. نووسینەکەی تۆ هێشتا لە سندووقەکەدایە. وەشانەکەی ئەوانیش بخوێنەوە. پاشان پاشەکەوتی بکە بۆ ئەوەی هی خۆت بمێنێتەوە، یان سەرەتا بیگۆڕە. وەشانەکەی ئەوانیش هەر وەک وەشانێکی پێشوو هەڵدەگیرێت.
about-me-newest-title = نوێترین وەشانی پاشەکەوتکراو
about-me-version-by = نووسینی { $author }. { $who } لە { $date } پاشەکەوتی کرد.
about-me-saved-by-unknown = کەسێک کە ئیتر هەژماری نییە
about-me-history-link = هەموو وەشانەکان بخوێنەوە
about-me-history-title = هەموو وەشانەکان
about-me-history-intro = نوێترین وەشان یەکەمە. وەشانە پێشووەکان هەرگیز لەدەست ناچن.
about-me-version = وەشانی { $number }
about-me-version-newest = وەشانی { $number }، نوێترینیان

## Review points (pages/reviews.rs)
term-autumn = پایز
term-spring = بەهار
term-summer = هاوین
reviews-title = خاڵەکانی پێداچوونەوە
reviews-intro = خاڵی پێداچوونەوە (review point) کۆبوونەوەیەکە بۆ ئەوەی بزانن هەر ئامانجێک چۆن دەڕوات، و دواتر چی بکرێت. لە هەر ساڵێکی خوێندندا سێ دانە هەن: یەکێک لە وەرزی پایز، یەکێک لە وەرزی بەهار و یەکێک لە وەرزی هاوین.
reviews-intro-sen-support = ئەگەر منداڵەکەت SEN support (یارمەتیی زیادە لە قوتابخانە، بەبێ EHC plan) وەردەگرێت، قوتابخانە دەبێت ساڵی سێ جار، هەر وەرزێک جارێک، لەگەڵت کۆببێتەوە.
reviews-intro-ehc-plan = ئەگەر منداڵەکەت خاوەنی EHC plan بێت (پلانێکی یاسایی بۆ یارمەتی)، کۆبوونەوەی پێداچوونەوەی ساڵانە یەکێکە لەو سێیە.
reviews-intro-dates = بەرواری ئاسایی هەر وەرزێکمان داناوە. کاتێک بەرواری ڕاستەقینە دەزانیت، بیگۆڕە.
reviews-school-year = ساڵی خوێندنی { $year }
reviews-term-heading = وەرزی { $term }
reviews-held-on = بەروار: { $date }
reviews-recorded = تۆمارکراوە
reviews-not-recorded = هێشتا هیچ تۆمار نەکراوە
reviews-coming-up = بەم زووانە: هێشتا هیچ تۆمار نەکراوە
reviews-record-link = ئەم خاڵی پێداچوونەوەیە تۆمار بکە
reviews-change-link = بیبینە یان بیگۆڕە
review-title = خاڵی پێداچوونەوە: { $point }
review-back = بگەڕێوە بۆ خاڵەکانی پێداچوونەوە
review-intro = ئەوەی دەتوانیت پڕی بکەرەوە. هەر کاتێک بتەوێت دەتوانیت بگەڕێیتەوە و بیگۆڕیت. تەنها خێزانەکەت دەتوانێت بیبینێت.
review-held-on = بەرواری کۆبوونەوەی پێداچوونەوە
review-held-on-hint = بەرواری ئاسایی ئەم وەرزەمان داناوە. بیگۆڕە بۆ بەرواری ڕاستەقینە. بۆ نموونە، 10 11 2025.
review-goals-title = هەر ئامانجێک چۆن دەڕوات
review-goals-hint = بۆ هەر ئامانجێک، هەڵبژێرە ئێستا چۆن دەڕوات. ئەگەر دڵنیا نیت، وەک «هێشتا نمرەی نەدراوە» بیهێڵەوە.
review-no-goals = هێشتا هیچ ئامانجێک نییە. سەرەتا ئامانج زیاد بکە، پاشان بگەڕێوە بۆ ئەوەی بڵێیت چۆن دەڕۆن.
review-add-goals = ئامانج زیاد بکە
review-goal-achieved = ئەم ئامانجە بەدیهاتووە.
review-goal-stopped = ئەم ئامانجە ڕاگیراوە.
review-rating = بە بۆچوونی خێزانەکەت، چۆن دەڕوات؟
review-school-rating = بە بۆچوونی قوتابخانە، چۆن دەڕوات؟
review-school-rating-hint = وەک قوتابخانە لە کۆبوونەوەکەدا گوتی. ئەگەر نایزانیت، وەک «هێشتا نمرەی نەدراوە» بیهێڵەوە.
school-view-link = بۆچوونی قوتابخانە زیاد بکە
school-view-title = بۆچوونی قوتابخانە: { $point }
school-view-intro = بڵێ هەر ئامانجێک بە بۆچوونی قوتابخانە چۆن دەڕوات. خێزانەکە ناو و کار و قوتابخانەکەت لە تەنیشتیەوە دەبینێت.
school-view-rating = بە بۆچوونی قوتابخانە چۆن دەڕوات؟
school-view-comment = قوتابخانە چی دەڵێت
school-view-comment-hint = کورت و سادە. دەتوانیت بەتاڵی بهێڵیتەوە.
school-view-save = بۆچوونی قوتابخانە پاشەکەوت بکە
written-by-professional = نووسینی { $name } ({ $job }، { $organisation }).
review-school-view-theirs = تەنها ئەو کەسەی ئەمەی نووسیوە دەتوانێت بیگۆڕێت.
review-not-rated = هێشتا نمرەی نەدراوە
review-family-comment = خێزان چی دەڵێت (ئەگەر بتەوێت)
review-family-comment-hint = چی گۆڕاوە؟ چی یارمەتی دا، و چی یارمەتی نەدا؟
review-young-person-comment = { $name } چی دەڵێت، بە وشەکانی خۆی (ئەگەر بتەوێت)
review-young-person-comment-hint = { $name } دەتوانێت خۆی لێرە بنووسێت، یان تۆ دەتوانیت ئەوەی گوتی بنووسیت، هەر وەک خۆی گوتی.
review-overall-title = لە ئێستادا
review-what-is-working = چی باش دەڕوات؟ (ئەگەر بتەوێت)
review-what-is-working-hint = لە قوتابخانە، لە ماڵەوە یان لە هەر شوێنێکی تر.
review-what-is-not-working = چی باش ناڕوات؟ (ئەگەر بتەوێت)
review-what-is-not-working-hint = چی قورسە، یان چی پێویستە بگۆڕێت.
review-save = ئەم خاڵی پێداچوونەوەیە پاشەکەوت بکە
review-conflict-title = کەسێکی تر ئەم خاڵی پێداچوونەوەیەی پاشەکەوت کرد
review-conflict-body = لە کاتێکدا تۆ دەتنووسی، کەسێک لە خێزانەکەت گۆڕانکاریی پاشەکەوت کرد. نوێترین وەشانی پاشەکەوتکراو لە سەرەوە نیشان دراوە. فۆرمەکەی خوارەوە هێشتا ئەوەی تێدایە کە تۆ نووسیوتە. هەردووکیان بپشکنە، پاشان دووبارە پاشەکەوت بکە بۆ ئەوەی هی خۆت بمێنێتەوە.
review-saved-title = نوێترین وەشانی پاشەکەوتکراو
review-saved-rating = نمرەی خێزان
review-saved-school-rating = نمرەی قوتابخانە
review-saved-family-comment = خێزان چی دەڵێت
review-saved-young-person-comment = { $name } چی دەڵێت
review-saved-what-is-working = چی باش دەڕوات
review-saved-what-is-not-working = چی باش ناڕوات
review-saved-nothing = هیچ نەنووسراوە

## Progress (pages/progress.rs)
progress-page-title = پێشکەوتن
progress-page-intro = ئەم لاپەڕەیە نیشان دەدات هەر ئامانجێک لە هەر خاڵێکی پێداچوونەوەدا چۆن ڕۆیشتووە. نمرەکان لە ○ دەستی پێنەکردووە دەست پێدەکەن تا ● بەدیهاتووە. هەر ئامانجێک چارتێک و خشتەیەکی هەیە بە هەمان نمرەوە، بۆیە دەتوانیت هەرکامیان بۆت ئاسانترە بەکاری بهێنیت.
progress-year-title = ئەم ساڵی خوێندنە ({ $year })
progress-year-intro = کام ئامانج چووە پێشەوە، وەک خۆی ماوەتەوە یان گەڕاوەتەوە دواوە. یەکەم نمرەی خێزان لەم ساڵی خوێندنەدا لەگەڵ دوایین نمرەدا بەراورد دەکەین.
progress-year-none = بۆ ئەوەی ببینیت ئامانجێک لەم ساڵی خوێندنەدا چۆن ڕۆیشت، پێویستی بە نمرەی دوو خاڵی پێداچوونەوە هەیە لەم ساڵەدا.
progress-latest-rating = دوایین نمرە: { $point }
progress-last-year = ساڵی خوێندنی پێشوو: { $movement }
progress-not-rated-yet = هێشتا نمرەی نییە
progress-goal-achieved = بەدیهاتووە
progress-goal-achieved-on = لە { $date } بەدیهات
progress-goal-stopped = ڕاگیراوە
progress-goal-stopped-on = لە { $date } ڕاگیرا
progress-goal-no-ratings = هێشتا لە هیچ خاڵێکی پێداچوونەوەدا نمرە بەم ئامانجە نەدراوە.
progress-go-to-reviews = بڕۆ بۆ خاڵەکانی پێداچوونەوە
progress-no-goals = هێشتا هیچ ئامانجێک نییە. ئامانج زیاد بکە، پاشان لە هەر خاڵێکی پێداچوونەوەدا بڵێ چۆن دەڕۆن.
progress-go-to-goals = بڕۆ بۆ ئامانجەکان

## Text kept while typing
drafts-restored = ئەوەی جاری پێشوو دەتنووسی گەڕاندمانەوە. هێشتا پاشەکەوت نەکراوە: بیپشکنە، پاشان پاشەکەوتی بکە.

## Changing a child's details at the same time as someone else
child-conflict-saved = ئەوەی ئێستا پاشەکەوت کراوە

## Local Offer: search problems
error-age-not-valid = تەمەنێک بە ساڵ بنووسە، لە 0 تا 25. بۆ نموونە، 7.
error-postcode-not-valid = بەشی یەکەمی پۆستکۆد (postcode) بنووسە، وەک DE22، یان هەموو پۆستکۆدەکە.
error-postcode-not-known = نازانین ئەو پۆستکۆدە لە کوێیە. بیپشکنە، یان ئەم سندووقە بەتاڵ بهێڵەوە.

## Local Offer pages
nav-local-offer = دۆزینەوەی خزمەتگوزاری
home-local-offer-link = خزمەتگوزاری لە Local Offer بدۆزەوە
local-offer-title = دۆزینەوەی خزمەتگوزاری: Local Offer
local-offer-intro = Local Offer لیستی شارەوانییەکەتە بۆ ئەو یارمەتییانەی بۆ منداڵ و گەنجانی خاوەن SEND هەن، لە لەدایکبوونەوە تا تەمەنی 25 ساڵ. بۆ گەڕان تێیدا پێویست ناکات بچیتە ژوورەوە.
local-offer-q = بەدوای چیدا دەگەڕێیت؟
local-offer-q-hint = بۆ نموونە: چارەسەری قسەکردن، ئۆتیزم، مەلەکردن
local-offer-filters = گەڕانەکەت وردتر بکە
local-offer-filters-chosen = { $count ->
    [one] گەڕانەکەت وردتر بکە (1 فلتەر هەڵبژێردراوە)
   *[other] گەڕانەکەت وردتر بکە ({ $count } فلتەر هەڵبژێردراون)
}
local-offer-child = بۆ یەکێک لە منداڵەکانت بگەڕێ
local-offer-child-hint = تەمەنەکەی بەکاردەهێنین. یان کەس هەڵمەبژێرە و لە خوارەوە تەمەنێک بنووسە.
local-offer-child-none = کەس هەڵنەبژێردراوە
local-offer-child-choice = { $name }، تەمەن { $age }
local-offer-age = تەمەنی منداڵەکە یان گەنجەکە
local-offer-age-hint = بە ساڵ، لە 0 تا 25.
local-offer-need = بواری پێداویستی
local-offer-need-hint = ئەو 4 بوارەی پێداویستی کە قوتابخانە و شارەوانییەکان بەکاریان دەهێنن.
local-offer-need-any = هەر پێداویستییەک
local-offer-category = جۆری خزمەتگوزاری
local-offer-category-any = هەر جۆرێک
local-offer-category-education = پەروەردە و خوێندن
local-offer-category-health = تەندروستی
local-offer-category-social-care = چاودێریی کۆمەڵایەتی
local-offer-category-leisure = چالاکی و یانەکان
local-offer-category-advice = ئامۆژگاری و پاڵپشتی
local-offer-cost = تێچوون
local-offer-free-only = تەنها خزمەتگوزارییە بێبەرامبەرەکان
local-offer-near = نزیک پۆستکۆدێک
local-offer-near-hint = بەشی یەکەم بەسە، وەک DE22.
local-offer-within = چەند دوور
local-offer-within-miles = { $miles ->
    [one] لە ماوەی 1 میلدا
   *[other] لە ماوەی { $miles } میلدا
}
local-offer-use-location = شوێنەکەم بەکاربهێنە
local-offer-location-refused = نەمانتوانی شوێنەکەت بزانین. لە جیاتی ئەوە پۆستکۆدێک بنووسە.
local-offer-location-in-use = دووری لەو شوێنەوە دەپێوین کە ئێستا تێیدایت.
local-offer-search = گەڕان
local-offer-results-title = خزمەتگوزارییەکان
local-offer-count = { $count ->
    [one] 1 خزمەتگوزاری دۆزرایەوە
   *[other] { $count } خزمەتگوزاری دۆزرانەوە
}
local-offer-count-none = هیچ خزمەتگوزارییەک نەدۆزرایەوە
local-offer-tips = ئەمانە تاقی بکەرەوە:
local-offer-tip-spelling = ڕێنووسی وشەکان بپشکنە.
local-offer-tip-words = وشەی کەمتر بەکاربهێنە، یان وشەی تر بۆ هەمان شت.
local-offer-tip-filters = هەندێک لە فلتەرەکان لابدە.
local-offer-see-all = هەموو خزمەتگوزارییەکان ببینە
local-offer-corrected = وامان دانا کە { $typed } واتە { $read_as }.
local-offer-searched-for = خزمەتگوزارییەکان نیشان دەدەین بۆ: { $words }
local-offer-some-words = هیچ خزمەتگوزارییەک هەموو وشەکانی تۆی تێدا نییە. ئەم خزمەتگوزارییانە هەندێکیان تێدایە.
local-offer-all-services = هەموو خزمەتگوزارییەکان، لە A تا Z. بنووسە بەدوای چیدا دەگەڕێیت، بۆ ئەوەی باشترینەکان لە سەرەوە ببینیت.
local-offer-popular = گەڕانە باوەکان:
local-offer-popular-speech = چارەسەری قسەکردن
local-offer-popular-autism = ئۆتیزم
local-offer-popular-short-breaks = پشووی کورت (short breaks)
local-offer-popular-swimming = مەلەکردن
local-offer-popular-advice = ئامۆژگاریی بێبەرامبەر دەربارەی SEND
local-offer-fix-problems = هێشتا نەمانتوانی بگەڕێین. ئەوەی نووسیوتە بپشکنە:
local-offer-unavailable = ئێستا نەمانتوانی بگەڕێین. تکایە چەند خولەکێکی تر دووبارە هەوڵ بدەوە.
local-offer-update-failed = ئەنجامەکان نوێ نەکرانەوە. بۆ دووبارە هەوڵدانەوە، «گەڕان» دابگرە.
local-offer-from = دابینکەر: { $organisation }
local-offer-ages-range = تەمەن { $min } تا { $max }
local-offer-ages-from = لە تەمەنی { $min } بەدواوە
local-offer-ages-up-to = تا تەمەنی { $max }
local-offer-ages-any = هەموو تەمەنێک
local-offer-free = بێبەرامبەر
local-offer-may-cost = لەوانەیە پارەی تێبچێت
local-offer-cost-not-said = تێچوون نەگوتراوە
local-offer-miles-away = { $miles } میل دوورە
local-offer-why = بۆچی ئەمە لێرەیە:
local-offer-reason-word = وشەی «{ $word }» تێدایە
local-offer-reason-corrected = تۆ نووسیت «{ $typed }»؛ ئێمە وەک «{ $read_as }» خوێندمانەوە
local-offer-reason-also-known = «{ $typed }» ناوێکی ترە بۆ «{ $found }»
local-offer-reason-age = بۆ تەمەنی { $age }
local-offer-reason-all-needs = بۆ هەموو پێداویستییەکان
local-offer-reason-need = بۆ ئەم پێداویستییە: { $need }
local-offer-reason-category = جۆر: { $category }
local-offer-reason-free = بێبەرامبەر
local-offer-pages = لاپەڕەکانی ئەنجام
local-offer-page-of = لاپەڕەی { $page } لە { $pages }
local-offer-previous = لاپەڕەی پێشوو
local-offer-next = لاپەڕەی داهاتوو
list-and = { $first } و { $last }
list-separator = {"، "}
service-back = بگەڕێوە بۆ گەڕانەکە
service-not-found-title = نەمانتوانی ئەم خزمەتگوزارییە بدۆزینەوە
service-not-found-body = لەوانەیە بەستەرەکە هەڵە بێت، یان شارەوانی گۆڕیبێتی. دووبارە لە Local Offer بگەڕێ.
service-search-again = لە Local Offer بگەڕێ
service-not-listed-title = ئەم خزمەتگوزارییە ئیتر لە لیستی شارەوانیدا نییە
service-not-listed = لەوانەیە داخرابێت یان گۆڕابێت. لێرە هەڵیدەگرین چونکە خێزانەکان پاشەکەوتیان کردووە. پێش ئەوەی بچیت، لەگەڵ خزمەتگوزارییەکە دڵنیا بەرەوە.
service-closed = ئەم خزمەتگوزارییە بۆ ئێستا داخراوە.
service-about = چییە
service-for-whom = بۆ کێیە
service-row-ages = تەمەن
service-row-needs = بوارەکانی پێداویستی
service-needs-all = هەموو پێداویستییەکان. شارەوانی هیچ یەکێکی دیاری نەکردووە.
service-row-adulthood = خۆئامادەکردن بۆ ژیانی گەورەیی
service-row-kind = جۆری خزمەتگوزاری
service-cost = تێچوون
service-how-to-get = چۆن دەستت دەکەوێت
service-referral-needed = پێویستت بە ڕەوانەکردن (referral) هەیە. واتە کەسێکی وەک دکتۆر، قوتابخانەکەت یان کارمەندی کۆمەڵایەتی بۆ تۆ داوای خزمەتگوزارییەکە دەکات.
service-referral-not-needed = خۆت دەتوانیت پەیوەندییان پێوە بکەیت. پێویستت بە ڕەوانەکردن (referral) نییە.
service-referral-not-said = شارەوانی نەیگوتووە ئایا پێویستت بە ڕەوانەکردن (referral) هەیە یان نا. ڕەوانەکردن واتە کەسێکی وەک دکتۆر یان قوتابخانەکەت بۆ تۆ داوای خزمەتگوزارییەکە دەکات.
service-contact = پەیوەندی
service-phone = تەلەفۆن
service-email = ئیمەیڵ
service-website = ماڵپەڕ
service-people = لەگەڵ کێ قسە بکەیت
service-no-contact = شارەوانی زانیاریی پەیوەندیی نەداوە.
service-where-when = لە کوێ و کەی
service-place = شوێن
service-accessibility = چوونە ژوورەوە و هاتوچۆ لەناو شوێنەکەدا
service-access-not-said = شارەوانی نەیگوتووە چوونە ناو ئەو شوێنە و هاتوچۆ تێیدا چەند ئاسانە.
service-times = کاتەکانی کردنەوە
service-times-not-said = شارەوانی کاتەکانی کردنەوەی نەداوە.
service-no-place = شارەوانی هیچ شوێنێکی نەداوە.
service-days-range = { $first } تا { $last }
service-time-range = { $opens } تا { $closes }
service-days-and-times = { $days }، { $times }
service-day-monday = دووشەممە
service-day-tuesday = سێشەممە
service-day-wednesday = چوارشەممە
service-day-thursday = پێنجشەممە
service-day-friday = هەینی
service-day-saturday = شەممە
service-day-sunday = یەکشەممە
service-languages = زمانەکان
service-languages-not-said = شارەوانی نەیگوتووە کام زمانانە بەکاردەهێنن.
service-last-updated = دوایین نوێکردنەوە: { $date }
service-updated-unknown = شارەوانی نەیگوتووە دوایین جار کەی ئەمە پشکنراوە.
service-updated-old-title = لەوانەیە ئەمە کۆن بووبێت
service-updated-old = شارەوانی زیاتر لە ساڵێک لەمەوبەر دوایین جار ئەمەی نوێ کردۆتەوە. لەوانەیە هەندێک زانیاری گۆڕابن. پێش ئەوەی بچیت، لەگەڵ خزمەتگوزارییەکە دڵنیا بەرەوە.
service-save-title = لە تۆماری منداڵەکەتدا پاشەکەوتی بکە
service-save-intro = ئەم خزمەتگوزارییە لەگەڵ تۆماری منداڵەکەتدا هەڵبگرە، لەگەڵ تێبینییەک بۆ خۆت.
service-save-child = کام منداڵ؟
service-save-note = تێبینییەکەت (دەتوانیت بەتاڵی بهێڵیتەوە)
service-save-note-hint = بۆ نموونە: لە 3ی ئازار تەلەفۆنمان بۆ کردن. دەڵێن پەیوەندیمان پێوە دەکەنەوە.
service-save-button = لە تۆمارەکەدا پاشەکەوت بکە
service-save-no-children = سەرەتا منداڵێک زیاد بکە. پاشان دەتوانیت خزمەتگوزارییەکان لە تۆمارەکەیدا پاشەکەوت بکەیت.
service-add-child = منداڵێک زیاد بکە
service-sign-in-to-save = بچۆ ژوورەوە بۆ ئەوەی ئەم خزمەتگوزارییە لە تۆماری منداڵەکەتدا پاشەکەوت بکەیت
saved-services-title = ئەو خزمەتگوزارییانەی پاشەکەوتت کردوون
saved-services-none = هێشتا هیچ خزمەتگوزارییەکت بۆ { $name } پاشەکەوت نەکردووە.
saved-services-find = خزمەتگوزاری لە Local Offer بدۆزەوە
saved-services-saved-on = لە { $date } پاشەکەوت کرا
saved-services-note = تێبینییەکەت:
saved-services-not-listed = ئیتر لە لیستی شارەوانیدا نییە
saved-services-remove = لابردن
saved-services-remove-named = { $service } لەم تۆمارە لابە
service-save-child-choose = منداڵێک هەڵبژێرە

## Languages on every page, read aloud, words explained
footer-languages = زمانەکان
read-aloud-start = بە دەنگ بیخوێنەوە
read-aloud-pause = ڕاوەستە
read-aloud-resume = درێژە بە خوێندنەوە بدە
read-aloud-stop = کۆتایی پێبهێنە
read-aloud-no-voice = ئەم ئامێرە دەنگی بۆ { $language } نییە. بۆیە ناتوانێت ئەم لاپەڕەیە بە دەنگ بخوێنێتەوە. لەوانەیە بتوانیت لە ڕێکخستنەکانی (settings) ئامێرەکەتدا دەنگێک زیاد بکەیت.
read-aloud-no-speech = ئەم وێبگەڕە (browser) ناتوانێت لاپەڕەکان بە دەنگ بخوێنێتەوە.
glossary-see-all = هەموو ئەو وشانە ببینە کە ڕوونیان دەکەینەوە
glossary-close = داخستن
info-more-title = یارمەتیی زیاتر

## Glossary: every term
# glossary-ID is the term as families meet it; glossary-ID-meaning says what it means, in plain words.
# glossary-ID-also lists the ways the term is written in running text, longest first, separated by " | ".
# In ckb, -also lists the Sorani forms used in this file; the code adds the English forms itself.
glossary-ehc-needs-assessment = هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment، EHCNA)
glossary-ehc-needs-assessment-meaning = شارەوانی دەپشکنێت ئایا منداڵەکەت پێویستی بە EHC plan هەیە. تۆ یان قوتابخانە دەتوانن داوای بکەن. لە تەمەنی 16 ساڵییەوە، گەنجەکە خۆیشی دەتوانێت داوای بکات. شارەوانی دەبێت لە ماوەی 6 هەفتەدا پێت بڵێت ئایا دەیکات یان نا.
glossary-annual-review = پێداچوونەوەی ساڵانە (Annual review)
glossary-annual-review-meaning = کۆبوونەوەیەکە بۆ پشکنینی EHC plan، لانیکەم ساڵی جارێک. تۆ و منداڵەکەت دەڵێن چی باش دەڕوات و چی پێویستە بگۆڕێت.
glossary-graduated-approach = ڕێبازی قۆناغ بە قۆناغ (Graduated approach)
glossary-graduated-approach-meaning = ئەو ڕێگایەیە کە قوتابخانە پێی SEN support دەدات، بە چوار هەنگاو: هەڵسەنگاندن، پلاندانان، جێبەجێکردن، پێداچوونەوە (assess, plan, do, review). قوتابخانە یارمەتییەک تاقی دەکاتەوە، پاشان دەپشکنێت ئایا سوودی هەیە. ئینجا ئەگەر پێویست بێت، یارمەتییەکە دەگۆڕێت.
glossary-senco = SENCO (یان SENDCO)
glossary-senco-meaning = ئەو مامۆستایەی لە قوتابخانەدا سەرپەرشتی SEND دەکات. ئەگەر نیگەرانی پێداویستییەکانی منداڵەکەتیت، قسەی لەگەڵ بکە.
glossary-advocate = داکۆکیکار (Advocate)
glossary-advocate-meaning = کەسێکە یارمەتیت دەدات ئەوە بڵێیت کە دەتەوێت، و دڵنیا دەبێتەوە کە گوێت لێدەگیرێت. ئەو لە لایەنی تۆیە.
glossary-personal-budget = بودجەی کەسی (Personal budget)
glossary-personal-budget-meaning = پارەیەکە کە بۆ هەندێک لە یارمەتییەکانی ناو EHC plan تەرخان دەکرێت. دەتوانیت داوای بکەیت. دەتوانێت ڕێگات بدات ڕات هەبێت لەسەر ئەوەی یارمەتییەکە چۆن بدرێت، یان خۆت ڕێکی بخەیت.
glossary-tribunal = SEND Tribunal (دادگای SEND)
glossary-tribunal-meaning = دەستەیەکە کە بۆ شارەوانی کار ناکات. ئەگەر لەگەڵ هەندێک لە بڕیارەکانی شارەوانی دەربارەی SEND ڕازی نیت، دەتوانیت داوای لێبکەیت بڕیار بدات. ئەمە پێی دەوترێت تانەدان (appeal).
glossary-mediation = ناوبژیوانی (Mediation)
glossary-mediation-meaning = کۆبوونەوەیەکە بۆ چارەسەرکردنی کێشەیەک لەگەڵ شارەوانی. کەسێکی بێلایەن یارمەتیتان دەدات قسەی لەسەر بکەن. بێبەرامبەرە، و خۆت هەڵدەبژێریت ئایا دەتەوێت یان نا.
glossary-ep = دەروونناسی پەروەردەیی (Educational psychologist، EP)
glossary-ep-meaning = پسپۆڕێکە لەوەی منداڵان چۆن فێر دەبن، بیر دەکەنەوە و هەست دەکەن. منداڵەکەت دەبینێت. پاشان دەنووسێت منداڵەکەت پێویستی بە چییە و چی یارمەتی دەدات.
glossary-salt = چارەسەری قسەکردن و زمان (Speech and language therapy، SALT)
glossary-salt-meaning = یارمەتی بۆ قسەکردن، گوێگرتن و تێگەیشتن. دەشتوانێت یارمەتی خواردن و خواردنەوە بدات. چارەسەرکاری قسەکردن و زمان (speech and language therapist) پێشکەشی دەکات.
glossary-ot = چارەسەری پیشەیی (Occupational therapy، OT)
glossary-ot-meaning = یارمەتی بۆ کارامەییەکانی ژیانی ڕۆژانە، وەک جل لەبەرکردن، نانخواردن، نووسین یان جووڵە و هاتوچۆ. چارەسەرکاری پیشەیی (occupational therapist) پێشکەشی دەکات.
glossary-camhs = CAMHS
glossary-camhs-meaning = خزمەتگوزاریی NHS بۆ تەندروستیی دەروونیی منداڵان و گەنجان. CAMHS کورتکراوەی ئەمەیە: Child and Adolescent Mental Health Services (خزمەتگوزارییەکانی تەندروستیی دەروونیی منداڵان و هەرزەکاران). یارمەتی دەدات بۆ شتی وەک دڵەڕاوکێی زۆر یان دڵتەنگی.
glossary-semh = SEMH (تەندروستیی کۆمەڵایەتی، سۆزداری و دەروونی)
glossary-semh-meaning = یەکێکە لە چوار بوارەکەی پێداویستی. دەربارەی هەست، ڕەفتار و هەڵکردن لەگەڵ خەڵکی ترە.
glossary-ap = خوێندنی جێگرەوە (Alternative provision، AP)
glossary-ap-meaning = قوتابخانەیە بۆ ئەو منداڵانەی بۆ ماوەیەک ناتوانن بچنە قوتابخانەی ئاسایی. بۆ نموونە، لەبەر ئەوەی نەخۆشن، یان پێیان گوتراوە قوتابخانەکە بەجێبهێڵن.
glossary-eotas = خوێندن لە دەرەوەی قوتابخانە (Education other than at school، EOTAS)
glossary-eotas-meaning = فێربوونە لە دەرەوەی قوتابخانە یان کۆلێژ، کە EHC plan دیاری دەکات. شارەوانی ڕێکی دەخات و پارەکەی دەدات، کاتێک قوتابخانە بۆ منداڵەکەت گونجاو نییە. ئەمە هەمان شت نییە وەک ئەوەی خۆت بە ویستی خۆت منداڵەکەت لە ماڵەوە فێر بکەیت.
glossary-ebsna = نەچوونە قوتابخانە بەهۆی هەستەکانەوە (Emotionally based school non-attendance، EBSNA)
glossary-ebsna-meaning = کاتێک دڵەڕاوکێ یان هەستی بەهێزی تر وا دەکەن چوونە قوتابخانە بۆ منداڵێک زۆر قورس بێت. ئەمە هەمان شت نییە وەک ئەوەی بە ویستی خۆی قوتابخانە نەچێت.
glossary-pfa = خۆئامادەکردن بۆ ژیانی گەورەیی (Preparing for Adulthood، PfA)
glossary-pfa-meaning = خۆئامادەکردنە بۆ ژیانی گەورەیی، لە پۆلی 9 (Year 9، تەمەنی 13 بۆ 14 ساڵ) بەدواوە. کار یان خوێندن، شوێنی ژیان، هاوڕێ و تەندروستیی باش دەگرێتەوە.
glossary-phase-transfer = گواستنەوەی قۆناغ (Phase transfer)
glossary-phase-transfer-meaning = کاتێک منداڵەکەت دەچێتە قۆناغی داهاتووی خوێندن. بۆ نموونە، لە قوتابخانەی سەرەتاییەوە بۆ قوتابخانەی ناوەندی، یان لە قوتابخانەوە بۆ کۆلێژ. ئەگەر منداڵەکەت خاوەنی EHC plan بێت، شارەوانی دەبێت لە کاتی خۆیدا بیگۆڕێت.
glossary-review-point = خاڵی پێداچوونەوە (Review point)
glossary-review-point-meaning = کاتێکە بۆ پشکنینی ئەوەی هەر ئامانجێک چۆن دەڕوات، و پلاندانان بۆ هەنگاوی داهاتوو. Heard لە هەر ساڵێکی خوێندندا سێ دانەی هەیە، هەر وەرزێک یەکێک.
glossary-outcome = ئەنجام (Outcome)
glossary-outcome-meaning = ئەو وشەیەیە کە قوتابخانە و شارەوانییەکان بۆ ئامانج بەکاری دەهێنن. دەڵێت چی بۆ منداڵەکەت جیاواز دەبێت، بەهۆی ئەو یارمەتییەی وەریدەگرێت.
glossary-send-also = پێداویستیی پەروەردەیی تایبەت و کەمئەندامی | SEND
glossary-sen-support-also = SEN support
glossary-ehc-plan-also = EHC plan | EHCP
glossary-local-offer-also = Local Offer
glossary-sendiass-also = SENDIASS
glossary-ehc-needs-assessment-also = هەڵسەنگاندنی پێداویستییەکان | EHC needs assessment
glossary-annual-review-also = پێداچوونەوەی ساڵانە
glossary-graduated-approach-also = ڕێبازی قۆناغ بە قۆناغ
glossary-senco-also = SENDCO | SENCO
glossary-advocate-also = داکۆکیکارێک | داکۆکیکار
glossary-personal-budget-also = بودجەی کەسی
glossary-tribunal-also = SEND Tribunal
glossary-mediation-also = ناوبژیوانی
glossary-ep-also = دەروونناسی پەروەردەیی
glossary-salt-also = چارەسەرکاری قسەکردن و زمان | چارەسەری قسەکردن و زمان
glossary-ot-also = چارەسەرکاری پیشەیی | چارەسەری پیشەیی
glossary-camhs-also = CAMHS
glossary-semh-also = تەندروستیی کۆمەڵایەتی، سۆزداری و دەروونی | SEMH
glossary-ap-also = خوێندنی جێگرەوە
glossary-eotas-also = خوێندن لە دەرەوەی قوتابخانە
glossary-ebsna-also = نەچوونە قوتابخانە بەهۆی هەستەکانەوە
glossary-pfa-also = خۆئامادەکردن بۆ ژیانی گەورەیی
glossary-phase-transfer-also = گواستنەوەی قۆناغ
glossary-review-point-also = خاڵەکانی پێداچوونەوە | خاڵی پێداچوونەوە
glossary-outcome-also = outcomes | outcome

## Help and information pages
# Each info-ID-body has one block per line: "## " starts a heading, "- " starts a list item, any other line is a paragraph.
info-list-title = یارمەتی و زانیاری
info-list-lead = چەند لاپەڕەیەکی کورت دەربارەی یارمەتی بۆ منداڵانی خاوەن SEND لە ئینگلتەرا. بە هەر ڕیزێک بتەوێت بیانخوێنەوە.
glossary-page-title = وشەکان و واتاکانیان
glossary-page-lead = قوتابخانە و شارەوانییەکان زۆر وشەی تایبەت بەکاردەهێنن. لێرەدا واتای هەر یەکێکیان بە وشەی سادە نووسراوە.
info-related-words = وشەکانی ئەم لاپەڕەیە
info-back-to-help = بگەڕێوە بۆ یارمەتی و زانیاری
info-sen-support-title = SEN support چییە؟
info-sen-support-summary = ئەو یارمەتییە زیادەیەی منداڵەکەت دەتوانێت لە قوتابخانە وەریبگرێت، و چۆن کار دەکات.
info-sen-support-body =
    SEN support یارمەتیی زیادەیە لە قوتابخانە بۆ منداڵێکی خاوەن SEND. SEND واتە پێداویستیی پەروەردەیی تایبەت و کەمئەندامی.
    منداڵەکەت بۆ وەرگرتنی پێویستی بە EHC plan نییە. EHC plan پلانێکی یاسایی یارمەتییە لە شارەوانییەوە.
    ## کێ دەیدات
    قوتابخانە، کۆلێژ و باخچەی ساوایان دەبێت هەموو هەوڵی خۆیان بۆ منداڵەکەت بدەن.
    SENCO سەرپەرشتی ئەمە دەکات. SENCO ئەو مامۆستایەیە کە لە قوتابخانەدا بەرپرسیارە لە SEND.
    قوتابخانە دەبێت پێت بڵێت ئەگەر منداڵەکەت SEN support وەردەگرێت.
    ## چۆن کار دەکات
    قوتابخانە چوار هەنگاو دەگرێتەبەر. ئەمە پێی دەوترێت ڕێبازی قۆناغ بە قۆناغ (graduated approach).
    - هەڵسەنگاندن (assess): قوتابخانە دەزانێت منداڵەکەت پێویستی بە چییە.
    - پلاندانان (plan): تۆ و قوتابخانە ڕێک دەکەون چ یارمەتییەک بدرێت، و چی دەبێت بگۆڕێت.
    - جێبەجێکردن (do): قوتابخانە یارمەتییەکە دەدات.
    - پێداچوونەوە (review): پێکەوە دەپشکنن ئایا یارمەتییەکە سوودی هەیە.
    پاشان هەنگاوەکان دووبارە دەست پێدەکەنەوە. هەر جارێک، دەکرێت یارمەتییەکە بگۆڕێت.
    ## یارمەتییەکە چۆن دەبێت
    - کارکردن لە گرووپێکی بچووکدا.
    - کات لەگەڵ یاریدەدەری مامۆستا (teaching assistant).
    - ئامراز، وەک خشتەی کاتەکان بە وێنە یان لاپتۆپ.
    - ئامۆژگاری لە پسپۆڕێکەوە، وەک چارەسەرکاری قسەکردن و زمان.
    ## بەشی تۆ
    قوتابخانە دەبێت ساڵی سێ جار لەگەڵت کۆببێتەوە، هەر وەرزێک جارێک.
    تۆ لە هەموو کەس باشتر منداڵەکەت دەناسیت، بۆیە بۆچوونەکانت گرنگن. بۆچوونەکانی منداڵەکەشت گرنگن.
    داوای کۆپییەک لە پلانی یارمەتیی منداڵەکەت بکە، بۆ ئەوەی بزانیت چاوەڕێی چ یارمەتییەک بیت.
    ## ئەگەر بەس نەبوو
    هەندێک منداڵ پێویستیان بە یارمەتیی زیاترە لەوەی قوتابخانە دەتوانێت بیدات.
    ئینجا دەتوانیت داوای هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment) لە شارەوانی بکەیت. ئەمە کاتێکە شارەوانی دەپشکنێت ئایا منداڵەکەت پێویستی بە EHC plan هەیە.
    خۆت دەتوانیت داوای بکەیت. پێویست ناکات قوتابخانە سەرەتا ڕازی بێت.
info-ehc-plan-title = EHC plan چییە؟
info-ehc-plan-summary = پلانێکی یاسایی بۆ ئەو یارمەتییەی منداڵەکەت دەبێت وەریبگرێت، و چۆن داوای بکەیت.
info-ehc-plan-body =
    EHC plan پلانێکی یاساییە. EHC واتە پەروەردە، تەندروستی و چاودێری (education, health and care).
    دەڵێت منداڵەکەت پێویستی بە چییە، و دەبێت چ یارمەتییەک وەربگرێت.
    شارەوانی دەبێت دڵنیا بێتەوە کە منداڵەکەت ئەو یارمەتییەی فێربوون وەردەگرێت کە لە پلانەکەدایە. NHS (خزمەتگوزاریی تەندروستیی گشتی) دەبێت ئەو یارمەتییە تەندروستییە بدات کە لە پلانەکەدایە.
    ## کێ دەتوانێت وەریبگرێت
    - منداڵ و گەنجان، لە لەدایکبوونەوە تا تەمەنی 25 ساڵ.
    - ئەوانەی پێویستیان بە یارمەتیی زیاترە لەوەی قوتابخانە یان کۆلێژەکەیان دەتوانێت بیدات.
    پلان دەتوانێت تا تەمەنی 25 ساڵ بەردەوام بێت، تا کاتێک منداڵەکەت هێشتا دەخوێنێت. ئەگەر بچێتە زانکۆ، کۆتایی دێت.
    ## چۆن داوای بکەیت
    سەرەتا شارەوانی دەبێت پێداویستییەکانی منداڵەکەت بپشکنێت. ئەمە پێی دەوترێت هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment).
    - خۆت دەتوانیت داوای بکەیت. نامەیەک یان ئیمەیڵێک بۆ شارەوانی بنووسە.
    - قوتابخانەش دەتوانێت داوای بکات.
    - لە تەمەنی 16 ساڵییەوە، گەنج خۆی دەتوانێت داوای بکات.
    ئەگەر لەوانەیە منداڵەکەت پێداویستیی تایبەتی هەبێت و لەوانەیە پێویستی بە پلان هەبێت، شارەوانی دەبێت بڵێت بەڵێ. پێویست ناکات تۆ بیسەلمێنیت.
    شارەوانی داوای بۆچوون لە تۆ، منداڵەکەت، قوتابخانە و پسپۆڕان دەکات.
    ## چەندی پێدەچێت
    - لە ماوەی 6 هەفتەدا، شارەوانی دەڵێت ئایا هەڵسەنگاندنەکە دەکات یان نا.
    - لە ماوەی 16 هەفتەدا، دەڵێت ئایا پلانێک دروست دەکات یان نا.
    - پاشان ڕەشنووسی پلانەکە (draft plan) وەردەگریت. ئەمە یەکەم وەشانە، پێش ئەوەی کۆتایی بێت.
    - 15 ڕۆژت هەیە بۆ ئەوەی بڵێیت بۆچوونت دەربارەی چییە. هەروەها دەتوانیت بڵێیت کام قوتابخانە یان کۆلێژت دەوێت.
    - لە ماوەی 20 هەفتەدا لە ڕۆژی داواکردنەکەتەوە، شارەوانی دەبێت پلانی کۆتایی بنێرێت.
    ## چی لە پلانەکەدایە
    - منداڵەکەت چی بیر دەکاتەوە، هیوای بە چییە و حەزی لە چییە.
    - پێداویستییەکانی لە فێربوون، تەندروستی و چاودێریدا.
    - ئەنجامەکان (outcomes). ئەمانە ئەو شتانەن کە بەهۆی یارمەتییەکەوە بۆ منداڵەکەت جیاواز دەبن.
    - ئەو یارمەتییەی دەبێت وەریبگرێت. دەبێت بڵێت یارمەتییەکە چییە، کێ دەیدات و چەند جار.
    - ناوی قوتابخانە یان کۆلێژەکە.
    ## دوای ئەوە
    پلانەکە دەبێت لانیکەم ساڵی جارێک بپشکنرێت. ئەمە پێی دەوترێت پێداچوونەوەی ساڵانە (annual review).
    ئەگەر لەگەڵ پلانەکە ڕازی نیت، دەتوانیت داوا لە دەستەیەک بە ناوی SEND Tribunal بکەیت کە بیگۆڕێت. ئەمە پێی دەوترێت تانەدان (appeal).
info-rights-title = مافەکانت و ئەو بەروارانەی گرنگن
info-rights-summary = یاسا دەڵێت چی دەتوانیت بکەیت، و هەر هەنگاوێک دەبێت چەندی پێبچێت.
info-rights-body =
    SEND واتە پێداویستیی پەروەردەیی تایبەت و کەمئەندامی.
    یاسای SEND لە ئینگلتەرا بریتییە لە Children and Families Act 2014 (یاسای منداڵان و خێزانەکان). SEND Code of Practice (ڕێنمایی کارکردنی SEND) ڕوونی دەکاتەوە. قوتابخانە و شارەوانییەکان دەبێت پەیڕەوی بکەن.
    ## مافەکانت
    - دەبێت بۆچوونی تۆ و منداڵەکەت وەربگیرێت، و گوێتان لێ بگیرێت.
    - دەتوانیت داوا لە شارەوانی بکەیت بپشکنێت ئایا منداڵەکەت پێویستی بە EHC plan هەیە. ئەمە پلانێکی یاسایی یارمەتییە. ئەم پشکنینە پێی دەوترێت هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment).
    - دەتوانیت بڵێیت کام قوتابخانە یان کۆلێژت دەوێت لە پلانەکەدا بنووسرێت. شارەوانی دەبێت ڕازی بێت، مەگەر هۆیەکی باشی هەبێت بۆ ڕازی نەبوون.
    - دەتوانیت داوای بودجەی کەسی (personal budget) بکەیت. ئەمە پارەیە بۆ هەندێک لە یارمەتییەکانی ناو پلانەکە.
    - ئەگەر لەگەڵ هەندێک لە بڕیارەکانی شارەوانی ڕازی نیت، دەتوانیت تانە بدەیت (appeal). واتە داوا لە دەستەیەک بە ناوی SEND Tribunal دەکەیت کە بڕیار بدات.
    دوای پۆلی 11 (Year 11)، لە تەمەنی نزیکەی 16 ساڵیدا، ئەم مافانە دەگوازرێنەوە بۆ منداڵەکەت. هێشتا دەتوانیت یارمەتی بدەیت.
    ## بەروارەکانی هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment)
    ئەمانە لەو ڕۆژەوە دەژمێردرێن کە داواکارییەکەت دەگاتە دەستی شارەوانی.
    - 6 هەفتە: شارەوانی دەڵێت ئایا منداڵەکەت هەڵدەسەنگێنێت یان نا.
    - 16 هەفتە: شارەوانی دەڵێت ئایا پلانێک دروست دەکات یان نا.
    - 20 هەفتە: پلانی کۆتایی وەردەگریت.
    15 ڕۆژت هەیە بۆ وەڵامدانەوەی ڕەشنووسی پلانەکە.
    ## بەروارەکانی پێداچوونەوەی ساڵانە
    - پلانەکە دەبێت لانیکەم هەر 12 مانگ جارێک لە کۆبوونەوەیەکدا بپشکنرێت. بۆ منداڵی خوار 5 ساڵ، دەبێت هەر 3 بۆ 6 مانگ جارێک بێت.
    - دەبێت ڕاپۆرتەکان لانیکەم 2 هەفتە پێش کۆبوونەوەکە وەربگریت.
    - دەبێت لە ماوەی 2 هەفتەدا دوای کۆبوونەوەکە، ڕاپۆرتێکی کۆبوونەوەکە وەربگریت.
    - لە ماوەی 4 هەفتەدا دوای کۆبوونەوەکە، شارەوانی دەبێت بڵێت چی دەکات. دەتوانێت پلانەکە وەک خۆی بهێڵێتەوە، بیگۆڕێت یان کۆتایی پێبهێنێت.
    ## گۆڕینی قوتابخانە
    کاتێک منداڵەکەت دەچێتە قۆناغێکی نوێ، پلانەکە دەبێت بگۆڕدرێت. ئەمە پێی دەوترێت گواستنەوەی قۆناغ (phase transfer).
    - تا 15ی شوبات، بۆ چوونە قۆناغێکی نوێی قوتابخانە.
    - تا 31ی ئازار، بۆ چوون لە قوتابخانەوە بۆ کۆلێژ لە تەمەنی 16 ساڵیدا.
    ## ئەگەر شارەوانی دواکەوت
    شارەوانی دەبێت پابەندی ئەم بەروارانە بێت. ئەگەر دوابکەوێت، دەتوانیت سکاڵا بکەیت.
    SENDIASS ئامۆژگاریی بێبەرامبەر دەدات و لایەنگیری هیچ لایەک ناکات.
info-adulthood-title = خۆئامادەکردن بۆ ژیانی گەورەیی
info-adulthood-summary = یارمەتی چۆن دەگۆڕێت: لە پۆلی 9 (Year 9) بەدواوە، لە تەمەنی 16 ساڵیدا، و تا تەمەنی 25 ساڵ.
info-adulthood-body =
    منداڵەکەت گەورە دەبێت. باشە زوو پلان بۆ ژیانی گەورەیی دابنێیت.
    قوتابخانە و شارەوانییەکان بەمە دەڵێن Preparing for Adulthood (خۆئامادەکردن بۆ ژیانی گەورەیی).
    ## کەی دەست پێدەکات
    لە پۆلی 9 (Year 9) بەدواوە، کاتێک منداڵەکەت 13 یان 14 ساڵانە، بەشێکە لە هەر پێداچوونەوەی ساڵانە (annual review). لەو کۆبوونەوەیەدا، ساڵی جارێک EHC plan دەپشکنرێت. EHC plan پلانێکی یاسایی یارمەتییە لە شارەوانییەوە.
    ## چی دەگرێتەوە
    - کار، کۆلێژ یان زانکۆ.
    - ژیان بە سەربەخۆیی، تا ئەو جێیەی دەتوانن.
    - هاوڕێ، پەیوەندی و بەشداری لە کۆمەڵگادا.
    - تەندروستیی باش.
    ## لە تەمەنی 16 ساڵیدا
    لە کۆتایی پۆلی 11 (Year 11)، منداڵەکەت بە پێی یاسا دەبێتە «گەنج» (young person).
    ئیتر دەتوانێت زۆر بڕیار بۆ خۆی بدات. بۆ نموونە، دەتوانێت خۆی داوای هەڵسەنگاندن لە شارەوانی بکات.
    هێشتا دەتوانیت یارمەتی بدەیت، ئەگەر خۆی بیەوێت.
    ئەگەر ناتوانێت بڕیارێک بدات، هێشتا دەتوانیت لەگەڵیدا یان لە جیاتی ئەو بڕیارەکە بدەیت.
    ## دوای پۆلی 11 (Year 11)
    لە ئینگلتەرا، گەنجان دەبێت تا تەمەنی 18 ساڵ بەردەوام بن لە فێربوون. دەتوانن یەکێک لەمانە هەڵبژێرن:
    - Sixth form (پۆلەکانی 12 و 13) یان کۆلێژ.
    - Apprenticeship. ئەمە کارێکە لەگەڵ ڕاهێنان.
    - Supported internship. ئەمە کارێکە لەگەڵ یارمەتیی زیادە، بۆ گەنجانی خاوەن EHC plan.
    - کار یان کاری خۆبەخشانە، لەگەڵ هەندێک خوێندنیش.
    ## EHC plan دوای تەمەنی 16 ساڵ
    EHC plan دەتوانێت تا تەمەنی 25 ساڵ بەردەوام بێت، تا کاتێک هێشتا فێر دەبن.
    ئەگەر بچنە زانکۆ، کۆتایی دێت. زانکۆکان یارمەتیی تایبەتی خۆیان بۆ خوێندکارانی کەمئەندام هەیە.
    ## تەندروستی و چاودێری
    لە تەمەنی 18 ساڵیدا، هەندێک خزمەتگوزاریی تەندروستی لە خزمەتگوزاریی منداڵانەوە دەگۆڕێن بۆ خزمەتگوزاریی گەورەسالان.
    زوو بپرسە ئەمە چۆن دەبێت، بۆ ئەوەی یارمەتییەکە نەپچڕێت.
    ## چی دەتوانیت بکەیت
    - لەگەڵ منداڵەکەت دەربارەی هیوا و خەونەکانی قسە بکە.
    - لە هەر پێداچوونەوەیەکدا، بپرسە بۆ هەنگاوی داهاتوو پێویستی بە چ یارمەتییەک هەیە.
    - هیواکانی لە بەشی «هەموو شتێک دەربارەی من» لە Heard بنووسە.
info-complain-title = چۆن سکاڵا بکەیت یان تانە بدەیت
info-complain-summary = چی بکەیت ئەگەر لەگەڵ قوتابخانە یان شارەوانی ڕازی نیت.
info-complain-body =
    چەند ڕێگایەک هەیە بۆ چارەسەرکردنی کێشە. بە ئاسانترینیان دەست پێبکە.
    ## سەرەتا قسە بکە
    - لەگەڵ مامۆستای پۆلەکە یان SENCO قسە بکە. SENCO ئەو مامۆستایەیە کە بەرپرسیارە لە پێداویستییە تایبەتەکان.
    - داوای کۆبوونەوەیەک بکە. ئەوەی لەسەری ڕێککەوتن بنووسەوە.
    ## سکاڵا بکە
    - هەموو قوتابخانەیەک ڕێگایەکی هەیە بۆ سکاڵاکردن. داوای بکە، یان لە ماڵپەڕەکەیدا بگەڕێ.
    - شارەوانیش ڕێگایەکی هەیە بۆ سکاڵاکردن.
    - ئەگەر شارەوانی کێشەکە چارەسەر نەکات، دەتوانیت بچیت بۆ Ombudsman. ئەمە خزمەتگوزارییەکی بێبەرامبەرە کە سەیری ئەو سکاڵایانە دەکات کە لەسەر شارەوانییەکانن.
    ## کۆبوونەوەیەک بۆ چارەسەرکردنی کێشەکە
    شارەوانی دەبێت کۆبوونەوەیەکی بێبەرامبەر پێشکەش بکات بۆ چارەسەرکردنی کێشەیەک لەگەڵ قوتابخانە یان شارەوانی. کەسێکی بێلایەن بەڕێوەی دەبات.
    دەتوانیت بەکاری بهێنیت، تەنانەت ئەگەر منداڵەکەت خاوەنی EHC plan نەبێت.
    ## تانەدان لای SEND Tribunal
    SEND Tribunal دەستەیەکە کە بۆ شارەوانی کار ناکات. داوالێکردنی ئەو دەستەیە بۆ گۆڕینی بڕیارێکی شارەوانی پێی دەوترێت تانەدان (appeal).
    دەتوانیت تانە بدەیت ئەگەر شارەوانی:
    - هەڵسەنگاندنی پێداویستییەکان (EHC needs assessment) نەکات، واتە پشکنینی پێداویستییەکانی منداڵەکەت.
    - EHC plan دروست نەکات، واتە پلانێکی یاسایی یارمەتی.
    - پلانێک دروست بکات کە تۆ لەگەڵی ڕازی نیت، یان ناوی قوتابخانەیەک بنووسێت کە نایەوێت.
    - بڕیار بدات کۆتایی بە پلانەکە بهێنێت.
    تانەدان بێبەرامبەرە. پێویستت بە پارێزەر نییە.
    ## سەرەتا ئامۆژگاریی ناوبژیوانی
    ناوبژیوانی (mediation) واتە کەسێکی بێلایەن یارمەتی تۆ و شارەوانی دەدات پێکەوە قسە بکەن.
    پێش زۆربەی تانەدانەکان، دەبێت لەگەڵ ڕاوێژکارێکی ناوبژیوانی (mediation adviser) قسە بکەیت. پاشان بڕوانامەیەک (certificate) وەردەگریت.
    پێویست ناکات ناوبژیوانی بکەیت. بەڵام بۆ تانەدان پێویستت بە بڕوانامەکە هەیە.
    ئەگەر تەنها دەتەوێت دەربارەی ئەو قوتابخانەیەی لە پلانەکەدا ناوی هاتووە تانە بدەیت، پێویستت بە بڕوانامەکە نییە.
    ## ماوەی دیاریکراو
    - 2 مانگت هەیە لە بەرواری سەر نامەی شارەوانییەوە دەربارەی بڕیارەکەی.
    - یان 1 مانگ لە بەرواری سەر بڕوانامەی ناوبژیوانییەکەتەوە، ئەگەر ئەمیان دواتر بێت.
    ## مامەڵەی نادادپەروەرانە
    قوتابخانە نابێت بەهۆی کەمئەندامییەوە مامەڵەیەکی نادادپەروەرانە لەگەڵ منداڵەکەت بکات. ئەگەر وا بکات، دەتوانیت ئەمەش بەرێتە بەردەم SEND Tribunal. 6 مانگت هەیە بۆ ئەمە.
    ## یارمەتی وەربگرە
    SENDIASS و IPSEA ئامۆژگاریی بێبەرامبەر دەدەن. لاپەڕەی «لە کوێ ئامۆژگاریی بێبەرامبەر وەربگریت» بخوێنەوە.
info-advice-title = لە کوێ ئامۆژگاریی بێبەرامبەر وەربگریت
info-advice-summary = ئەو خزمەتگوزارییە بێبەرامبەرانەی یارمەتی خێزانی منداڵانی خاوەن SEND دەدەن.
info-advice-body =
    پێویست ناکات بە تەنها ئەمە بکەیت. ئەم خزمەتگوزارییانە ئامۆژگاریی بێبەرامبەر دەربارەی SEND دەدەن. SEND واتە پێداویستیی پەروەردەیی تایبەت و کەمئەندامی.
    ## SENDIASS
    هەموو شارەوانییەک یەکێکی هەیە. ئامۆژگاریی بێبەرامبەر دەدات و لایەنگیری هیچ لایەک ناکات.
    دەتوانێت یارمەتیت بدات فۆرم پڕ بکەیتەوە و ڕاپۆرت بخوێنیتەوە. لەوانەیە کەسێک لەگەڵت بێتە کۆبوونەوەکان.
    بۆ دۆزینەوەی، بە SENDIASS و ناوی شارەوانییەکەت بگەڕێ.
    ## IPSEA
    IPSEA ڕێکخراوێکی خێرخوازییە. ئامۆژگاریی بێبەرامبەر دەربارەی یاسا دەدات.
    ماڵپەڕەکەی بە وشەی سادە مافەکانت ڕوون دەکاتەوە. نموونەی نامەشی هەیە کە دەتوانیت کۆپییان بکەیت.
    دەتوانێت یارمەتیت بدات ئەگەر دەتەوێت بەرەنگاری بڕیارێکی شارەوانی ببیتەوە.
    ## SOS!SEN
    SOS!SEN هەروەها ڕێکخراوێکی خێرخوازییە. هێڵێکی تەلەفۆنی بێبەرامبەری (helpline) هەیە بۆ پرسیاری یاسایی.
    دەتوانێت یارمەتیت بدات خۆت ئامادە بکەیت بۆ بەرەنگاربوونەوەی بڕیارێکی شارەوانی.
    ## Contact
    Contact ڕێکخراوێکی خێرخوازییە بۆ خێزانی منداڵانی کەمئەندام.
    هێڵێکی تەلەفۆنی بێبەرامبەری هەیە. دەتوانێت یارمەتیت بدات لە بارەی پارە، یارمەتییە داراییەکانی حکومەت (benefits)، قوتابخانە و تەندروستی.
    ## Local Offer
    Local Offer لیستی شارەوانییە بۆ ئەو یارمەتییانەی بۆ منداڵ و گەنجانی خاوەن SEND هەن، لە لەدایکبوونەوە تا تەمەنی 25 ساڵ.
    باسی ئەو خزمەتگوزاری، یانە و یارمەتییانەت بۆ دەکات کە لە نزیکتن. دەتوانیت لە Heard تێیدا بگەڕێیت.
    ## کەسانی تر کە دەتوانیت لێیان بپرسیت
    - SENCO. ئەمە ئەو مامۆستایەیە کە لە قوتابخانەدا سەرپەرشتی SEND دەکات.
    - دکتۆرەکەت (GP) یان سەردانکەری تەندروستی (health visitor).
    - کۆڕی دایکان و باوکانی چاودێر (parent carer forum). ئەمە گرووپێکی ناوچەییە لە دایکان و باوکانی منداڵانی خاوەن SEND. لەگەڵ شارەوانی کار دەکات بۆ باشترکردنی خزمەتگوزارییەکان.
    ## چەند ئامۆژگارییەک
    - کۆپیی نامە و ئیمەیڵەکان هەڵبگرە.
    - بەروارەکان بنووسە، و کێ چی گوت.
    - ئەگەر لە شتێک تێنەگەیشتیت، دووبارە بپرسە. پرسیارکردن هیچ کێشەی نییە.

## Easy Read symbols: the text alternative of each picture
symbol-home = خانوویەک
symbol-family = خێزانێک
symbol-child = منداڵێک بالۆنێکی بەدەستەوەیە
symbol-about-me = کارتێک دەربارەی کەسێک
symbol-goal = تەختەی نیشانەگرتن (ئامانج)
symbol-review = لیستێک بە نیشانەی ڕاستەوە (✓)
symbol-progress = چەند ستوونێک کە بەرزتر و بەرزتر دەبن
symbol-next-steps = پلیکانە بەرەو سەرەوە
symbol-prepare = دەفتەرێکی تێبینی و قەڵەمڕەساسێک
symbol-local-offer = نیشانەی شوێنێک لەسەر نەخشە
symbol-service = پێشەوەی دووکانێک
symbol-help = نیشانەی پرسیار
symbol-language = دوو بڵقی قسەکردن
symbol-reading = کتێبێکی کراوە
symbol-privacy = قفڵێک
symbol-sign-in = تیرێک کە دەچێتە ناو دەرگایەکەوە
symbol-account = کەسێک لەناو بازنەیەکدا
symbol-warning = نیشانەی ئاگادارکردنەوە
symbol-done = نیشانەی ڕاست (✓)
symbol-save = دوگمەی پاشەکەوتکردن
symbol-search = زەڕەبینێک (شووشەی گەورەکەر)
symbol-phone = تەلەفۆنێک
symbol-money = پارە
symbol-school = قوتابخانەیەک
symbol-health = دڵێک کە لێدەدات
symbol-advice = گڵۆپێک
symbol-rights = تەرازووی دادپەروەری
symbol-adulthood = منداڵێک کە گەورە دەبێت
symbol-complain = بڵقی قسەکردن لەگەڵ نیشانەی ئاگادارکردنەوە
symbol-words = بڵقی قسەکردن
symbol-read-aloud = بڵندگۆیەک کە دەنگ دەردەکات
symbol-calendar = ڕۆژژمێرێک
symbol-like = دەموچاوێکی دڵخۆش
symbol-dislike = دەموچاوێکی خەمبار
symbol-not-sure = دەموچاوێکی دوودڵ

## People and consent: who can see a record, invitations, sharing with advocates, who has seen what

error-date-in-past = ئەم بەروارە دەبێت ئەمڕۆ بێت یان دواتر.
error-date-too-far = ئەم بەروارە دەبێت لە ماوەی ساڵێک لە ئەمڕۆوە بێت.
error-tick-at-least-one = لانیکەم یەکێکیان نیشانە بکە.
child-nav-my-page = لاپەڕەکەی من
child-nav-people = کێ دەتوانێت ببینێت
child-nav-documents = بەڵگەنامەکان
child-nav-notes = تێبینییەکانی قوتابخانە
role-parent-or-carer = دایک، باوک یان چاودێر
role-young-person = گەنج
role-advocate = داکۆکیکار
role-professional = پسپۆڕ
job-senco = SENCo
job-teacher = مامۆستا
job-therapist = چارەسەرکار
job-social-worker = توێژەری کۆمەڵایەتی
job-other = پسپۆڕێکی تر
professional-job-at = { $job }، { $organisation }
record-part-details = ناو و بەروارە گرنگەکان
record-part-about-me = «هەموو شتێک دەربارەی من»
record-part-goals = ئامانجەکان و پێشکەوتن
record-part-saved-services = خزمەتگوزارییە پاشەکەوتکراوەکان
record-part-documents = بەڵگەنامەکان
record-part-notes = تێبینییەکانی قوتابخانە و کەسانی تر
record-part-people = کێ دەتوانێت تۆمارەکە ببینێت
share-sees = دەتوانێت ئەمانە ببینێت: { $parts }.
share-read-only = دەتوانێت بیخوێنێتەوە، بەڵام ناتوانێت هیچ شتێک بگۆڕێت
share-may-change = دەتوانێت بیخوێنێتەوە، و لەگەڵ تۆدا تێیدا بنووسێت
share-until = تا { $date }
share-until-stopped = تا ئەو کاتەی خۆت ڕایدەگریت
people-title = کێ دەتوانێت تۆماری { $name } ببینێت
people-lead = خۆت بڕیار دەدەیت کێ ئەم تۆمارە ببینێت. هەر کاتێک بتەوێت دەتوانیت هاوبەشیکردن ڕابگریت. یەکسەر ڕادەگیرێت.
people-not-yours-to-change = ئێستا گەنجەکە خۆی بڕیار دەدات کێ ئەم تۆمارە ببینێت.
people-family-title = خێزان
people-advocates-title = داکۆکیکاران
people-no-advocates = هیچ داکۆکیکارێک ناتوانێت ئەم تۆمارە ببینێت.
people-stop-sharing = هاوبەشیکردن ڕابگرە
people-stop-sharing-named = هاوبەشیکردن لەگەڵ { $name } ڕابگرە
people-invite = کەسێک بانگهێشت بکە
people-waiting-title = ئەو بانگهێشتانەی هێشتا بەکارنەهاتوون
people-show-link = بەستەرەکە نیشان بدە
people-cancel-invitation = ئەم بانگهێشتە هەڵبوەشێنەوە
people-seen-title = کێ سەیری کردووە
people-seen-lead = هەر جارێک کەسێک سەیری ئەم تۆمارە بکات یان شتێکی تێدا بگۆڕێت، دەینووسینەوە.
people-seen-link = ببینە کێ سەیری تۆماری { $name } کردووە
people-pack-links-title = بەستەرەکانی پاکەتی پێداچوونەوە
people-pack-links-lead = دەتوانیت پاکەتی پێداچوونەوە بە بەستەرێک لەگەڵ یەک کەس بەش بکەیت، وەک مامۆستایەک. پێویستی بە هەژمار نییە.
people-ended-title = ئەو هاوبەشیکردنانەی کۆتاییان هاتووە
people-ended-item = دەیتوانی ئەمانە ببینێت: { $parts }. ئەمە کۆتایی هاتووە.
invitation-works-until = بەستەرەکە تەنها یەک جار کار دەکات، تا { $date }.
invite-title = کەسێک بانگهێشت بکە
invite-back = بگەڕێوە بۆ «کێ دەتوانێت تۆماری { $name } ببینێت»
invite-lead = بەستەرێک وەردەگریت بۆ ئەوەی بۆیانی بنێریت. تەنها یەک جار کار دەکات، بۆ ماوەی { $days ->
    [one] { $days } ڕۆژ
   *[other] { $days } ڕۆژ
}.
invite-role-legend = کێ بانگهێشت دەکەیت؟
invite-role-hint = یەکێکیان هەڵبژێرە. { $name } خۆیشی دەتوانێت هەژماری خۆی هەبێت.
invite-role-parent-or-carer = دایک، باوک یان چاودێرێکی تر. دەتوانن تۆماری هەموو منداڵەکانت ببینن و بیگۆڕن.
invite-role-young-person = خودی گەنجەکە. دەتوانێت بە وشەکانی خۆی بنووسێت و ئامانجەکانی ببینێت.
invite-role-advocate = داکۆکیکارێک. تەنها ئەوە دەبینێت کە تۆ هەڵیدەبژێریت.
invite-role-professional = کەسێک لە قوتابخانە یان خزمەتگوزارییەکی تر، وەک SENCo یان چارەسەرکارێک. تەنها ئەوە دەبینێت کە تۆ هەڵیدەبژێریت، و دەتوانێت بۆچوونی قوتابخانە لە خاڵی پێداچوونەوەدا زیاد بکات.
invite-for-name = ناوی ئەو کەسە (دەتوانیت بەتاڵی بهێڵیتەوە)
invite-for-name-hint = بۆ ئەوەی بزانیت کام بەستەر هی کێیە.
invite-advocate-legend = تەنها بۆ داکۆکیکار
invite-advocate-hint = داکۆکیکار کەسێکە یارمەتیت دەدات ئەوە بڵێیت کە دەتەوێت. هەڵبژێرە چی ببینێت.
invite-professional-legend = تەنها بۆ کەسێک لە قوتابخانە یان خزمەتگوزارییەکی تر
invite-professional-hint = پاشان لە خوارەوە هەڵبژێرە چی دەبینێت، وەک بۆ داکۆکیکار. ئەگەر بتوانێت بنووسێت، تەنها دەتوانێت بۆچوونی قوتابخانە لە خاڵی پێداچوونەوەدا زیاد بکات.
invite-job-legend = کاری چییە؟
invite-organisation = قوتابخانە یان خزمەتگوزارییەکەی
invite-organisation-hint = بۆ نموونە Riverside Academy. هەرکەسێک تۆمارەکە ببینێت ئەمە لەگەڵ ناوەکەیدا دەبینێت.
invite-parts-legend = چی دەتوانێت ببینێت؟
invite-may-change-legend = دەتوانێت لە تۆمارەکەدا بنووسێت؟
invite-until-legend = تا کەی؟ (دەتوانیت بەتاڵی بهێڵیتەوە)
invite-until-hint = هاوبەشیکردن لە کۆتایی ئەم ڕۆژەدا ڕادەگیرێت. ئەگەر بەتاڵی بهێڵیتەوە، بەردەوام دەبێت تا خۆت ڕایدەگریت. بۆ نموونە، 31 3 2027.
invite-button = بەستەرەکە دروست بکە
invitation-link-title = ئەم بەستەرە بنێرە
invitation-back = بگەڕێوە بۆ «کێ دەتوانێت تۆمارەکە ببینێت»
invitation-link-lead = تەنها بۆ ئەو کەسەی بنێرە کە بانگهێشتی دەکەیت. هەر کەسێک بەستەرەکەی هەبێت دەتوانێت بەکاری بهێنێت.
invitation-link-label = بەستەرەکە
invitation-link-hint = کۆپیی بکە و بە هەر ڕێگایەک بتەوێت بینێرە.
invitation-send-text = بە نامەی مۆبایل بینێرە
invitation-send-email = بە ئیمەیڵ بینێرە
invitation-email-subject = بانگهێشتێک بۆ Heard
invitation-message = بانگهێشت کراویت بۆ بینینی تۆمارێک لە Heard. ئەم بەستەرە بکەرەوە بۆ ئەوەی بڵێیت بەڵێ: { $link }
invitation-qr-title = یان ئەم کۆدە نیشان بدە
invitation-qr-lead = ئەگەر لەگەڵتدان، دەتوانن کامێرای مۆبایلەکەیان ڕووەو ئەم کۆدە بگرن.
invitation-qr-label = کۆدێکی QR بۆ بەستەرەکە
invitation-expired-title = کاتی ئەم بەستەرە بەسەرچووە
invitation-expired-body = بەستەرەکان 7 ڕۆژ کار دەکەن. داوا لە خێزانەکە بکە بەستەرێکی نوێت بۆ بنێرن.
invitation-used-title = ئەم بەستەرە پێشتر بەکارهاتووە
invitation-used-body = هەر بەستەرێک تەنها یەک جار کار دەکات. داوا لە خێزانەکە بکە بەستەرێکی نوێت بۆ بنێرن.
invitation-unknown-title = ناتوانین ئەم بانگهێشتە بدۆزینەوە
invitation-unknown-body = دڵنیابەرەوە کە هەموو بەستەرەکەت هەیە. لەوانەیە خێزانەکە هەڵیانوەشاندبێتەوە.
invitation-already-young-person-title = ئەم هەژمارە پێشتر تۆمارێکی تایبەت بە خۆی هەیە
invitation-already-young-person-body = هەژماری گەنج تەنها بۆ یەک تۆمارە. بە هەژمارێکی تر بچۆ ژوورەوە، یان هەژمارێکی نوێ دروست بکە.
invitation-already-with-family-title = ئەم بەستەرە بۆ هەژمارەکەی تۆ نییە
invitation-already-with-family-body = هەژمارەکەت پێشتر شوێنی خۆی لەگەڵ ئەم خێزانەدا هەیە، بۆیە ناتوانێت ئەم بەستەرەش بەکاربهێنێت. هیچ شتێک نەگۆڕاوە. بەستەرەکە هێشتا بۆ ئەو کەسە کار دەکات کە بۆی نێردراوە.
accept-title = بانگهێشتێکت هەیە
accept-as-parent = { $from } بانگهێشتت دەکات بۆ ئەوەی لەگەڵیدا ئاگاداری تۆمارەکانی { $children } بیت.
accept-as-young-person = { $from } بانگهێشتت دەکات بۆ ئەوەی هەژماری خۆت هەبێت بۆ تۆمارەکەت، { $name }.
accept-as-advocate = { $from } بانگهێشتت دەکات بۆ ئەوەی وەک { $role }، یارمەتییان بدەیت لەبارەی تۆماری { $name }.
accept-your-name = ناوەکەت
accept-your-name-hint = خێزانەکە ئەم ناوە دەبینن.
accept-signed-in-as = تۆ بەم ئیمەیڵە چوویتە ژوورەوە: { $email }.
accept-button = بەڵێ، قبووڵی دەکەم
accept-sign-in-first = بۆ ئەوەی بڵێیت بەڵێ، بچۆ ژوورەوە یان هەژمارێک دروست بکە. بێبەرامبەرە.
accept-create-account = هەژمارێک دروست بکە
accept-sign-in = بچۆ ژوورەوە
seen-title = کێ سەیری تۆماری { $name } کردووە
seen-lead = ئەمانە هەموو ئەو کەسانەن کە سەیری ئەم تۆمارەیان کردووە یان گۆڕیویانە، نوێترینیان یەکەمە. سەردانەکانی خۆت لێرە نیشان نادرێن.
seen-none = هێشتا هیچ کەسێکی تر سەیری ئەم تۆمارەی نەکردووە.
seen-read = { $who } ({ $role }) سەیری { $part } کرد.
seen-change = { $who } ({ $role }) گۆڕانکاریی لە { $part } کرد.
seen-download = { $who } ({ $role }) هەموو تۆمارەکەی داگرت.
seen-download-document = { $who } ({ $role }) بەڵگەنامەیەکی داگرت.
seen-link-opened = بەستەرێک بۆ { $who } پاکەتی پێداچوونەوەی کردەوە.
seen-link-downloaded = بەستەرێک بۆ { $who } بەڵگەنامەیەکی داگرت.
seen-when = { $date }، کاتژمێر { $time }
seen-back = بگەڕێوە بۆ «کێ دەتوانێت تۆماری { $name } ببینێت»
advocate-title = ئەو خێزانانەی یارمەتییان دەدەیت
advocate-lead = ئەم خێزانانە داوایان لێکردوویت یارمەتییان بدەیت. تەنها ئەوە دەبینیت کە هەر خێزانێک هەڵیبژاردووە لەگەڵت هاوبەشی بکات.
advocate-none = هێشتا هیچ خێزانێک تۆمارێکی لەگەڵ تۆ هاوبەش نەکردووە. کاتێک خێزانێک بەستەرێکت بۆ دەنێرێت، بیکەرەوە بۆ ئەوەی دەست پێبکەیت.
advocate-shared-by = لەلایەن { $family } هاوبەش کراوە.
advocate-coming-up = بەم زووانە
advocate-nothing-coming = هێشتا هیچ بەروارێک نییە.
professional-title = ئەو منداڵانەی تۆمارەکانیان لەگەڵت بەشکراوە
professional-lead = خێزانەکان ئەم تۆمارانەیان لەگەڵت بەش کردووە. تەنها ئەوە دەبینیت کە هەر خێزانێک هەڵیبژاردووە.
professional-none = هێشتا هیچ خێزانێک تۆمارێکی لەگەڵت بەش نەکردووە. کاتێک خێزانێک بەستەرێکت بۆ دەنێرێت، بیکەرەوە بۆ دەستپێکردن.
professional-you-are = تۆ لێرەیت وەک: { $job_at }.
advocate-next-review = خاڵی پێداچوونەوەی وەرزی { $term }: { $date }
advocate-next-step = { $step }: { $date }
child-part-people = کێ دەتوانێت ئەم تۆمارە ببینێت، و کێ سەیری کردووە.
child-part-documents = پلانی EHC، ڕاپۆرت و نامەکان، لە یەک شوێندا.
child-part-notes = ئەو تێبینییانەی قوتابخانە و کەسانی تر کە بانگهێشتت کردوون نووسیویانە.

## Documents kept on the record
documents-title = بەڵگەنامەکانی { $name }
documents-title-own = بەڵگەنامەکانم
documents-lead = پلانی EHC، ڕاپۆرت و نامەکان لێرە هەڵبگرە. تەنها ئەو کەسانەی دەتوانن ئەم تۆمارە ببینن دەتوانن دایانبگرن.
documents-saved = بەڵگەنامەکەت پاشەکەوت کرا.
documents-list-title = بەڵگەنامە هەڵگیراوەکان
documents-none = هێشتا هیچ بەڵگەنامەیەک لێرە نییە.
documents-named = { $kind }، بەرواری { $date }
documents-added-by = { $who } لە { $date } زیادی کرد
documents-added-on = لە { $date } زیادکرا
documents-size-kb = { $kilobytes } KB
documents-size-mb = { $megabytes } MB
documents-file-size-separator = {"، "}
documents-download = داگرتن
documents-download-named = داگرتنی { $name }
documents-delete = سڕینەوە
documents-delete-sure = { $name } بە یەکجاری بسڕدرێتەوە؟ ناتوانیت بیگەڕێنیتەوە.
documents-delete-confirm = بەڵێ، بیسڕەوە
documents-delete-named = بەڵێ، { $name } بسڕەوە
documents-add-title = بەڵگەنامەیەک زیاد بکە
documents-kind-label = ئەمە چییە؟
documents-date-label = بەرواری سەر بەڵگەنامەکە
documents-date-hint = بۆ نموونە، 27 3 2025
documents-note-label = تێبینییەک (پێویست نییە بینووسیت)
documents-note-hint = بۆ نموونە، کێ نووسیویەتی یان دەربارەی چییە.
documents-file-label = فایلەکە هەڵبژێرە، یان وێنەیەک بگرە
documents-file-hint = PDF، وێنە (JPEG، PNG یان HEIC) یان فایلی Word. دەتوانێت تا { $megabytes } MB بێت.
documents-add-button = بەڵگەنامەکە زیاد بکە
documents-kind-needed = هەڵبژێرە بەڵگەنامەکە چییە.
documents-date-needed = بەرواری سەر بەڵگەنامەکە بنووسە، بۆ نموونە 27 3 2025.
documents-note-too-long = تێبینییەکە زۆر درێژە. با { $max } پیت یان کەمتر بێت.
documents-no-file = سەرەتا فایلێک هەڵبژێرە.
documents-not-a-document = ئەمە PDF یان وێنە یان فایلی Word نییە، بۆیە Heard ناتوانێت هەڵیبگرێت. دڵنیابە کە فایلی دروستە.
documents-too-big = ئەم فایلە زۆر گەورەیە. فایلێک دەتوانێت تا { $megabytes } MB بێت.
documents-no-room = جێگا بۆ بەڵگەنامەی زیاتر لەم تۆمارەدا نەماوە. Heard تا { $megabytes } MB هەڵدەگرێت. بەڵگەنامەیەک کە پێویستت پێی نییە بسڕەوە بۆ ئەوەی جێگا بکەیتەوە.
documents-failed = بەڵگەنامەکە پاشەکەوت نەکرا. تکایە دووبارە هەوڵ بدەرەوە.
document-kind-ehc-plan = پلانی EHC
document-kind-draft-plan = ڕەشنووسی پلانی EHC
document-kind-report = ڕاپۆرت
document-kind-letter = نامە
document-kind-other = شتێکی تر

## Notes from school and others (pages/notes.rs)
notes-title = تێبینییەکانی قوتابخانە و کەسانی تر
notes-lead = ئەو تێبینییانەی قوتابخانە و کەسانی تر کە خێزانەکە بانگهێشتی کردوون نووسیویانە. هەر تێبینییەک دەڵێت کێ نووسیویەتی.
notes-family-hint = دەتوانیت تێبینییەک بسڕیتەوە. تەنها ئەو کەسەی نووسیویەتی دەتوانێت وشەکانی بگۆڕێت.
notes-list-title = تێبینییەکان
notes-none = هێشتا هیچ تێبینییەک نییە.
notes-about = دەربارەی { $date }
notes-about-child = تێبینییەکانی قوتابخانە و کەسانی تر دەربارەی { $name }
notes-change = ئەم تێبینییە بگۆڕە
notes-change-named = تێبینییەکەی { $date } بگۆڕە
notes-delete = ئەم تێبینییە بسڕەوە
notes-delete-sure = تێبینییەکەی { $date } بسڕیتەوە؟ ناتوانیت بیگەڕێنیتەوە.
notes-delete-confirm = بەڵێ، بیسڕەوە
notes-delete-named = بەڵێ، تێبینییەکەی { $date } بسڕەوە
notes-add-title = تێبینییەک زیاد بکە
notes-about-label = ئەم تێبینییە دەربارەی کام ڕۆژە؟
notes-about-hint = بۆ نموونە، 3 12 2026.
notes-text-label = تێبینییەکەت
notes-text-hint = بە ساکاری بینووسە. خێزانەکە دەیخوێنێتەوە، لەگەڵ ناو و کار و قوتابخانەکەت.
notes-add-button = تێبینییەکە زیاد بکە
notes-edit-title = تێبینییەکەت بگۆڕە
notes-save-button = تێبینییەکە پاشەکەوت بکە
notes-back = بگەڕێوە بۆ تێبینییەکان

written-with-young-person = گەنجەکە
written-with-family = خێزانەکە
written-by-advocate-with = نووسینی { $who }، کە داکۆکیکارە، لەگەڵ { $with }، لە { $date }.
about-me-your-own-words = تۆ بە وشەکانی خۆت دەنووسیت.
goals-written-by-advocate = نووسینی { $who }، کە داکۆکیکارە، لەگەڵ { $with }.
my-page-title = لاپەڕەکەی من
my-page-title-theirs = لاپەڕەی تایبەتی { $name }
my-page-words-title = ئەوەی گوتوومە
my-page-words-none = هێشتا هیچ شتێک نییە. دەتوانیت لە خوارەوە شتێک بنووسیت، یان کارتە وێنەدارەکان ڕیز بکەیت.
my-page-write-label = شتێک دەربارەی خۆت بنووسە
my-page-write-hint = چی بۆت گرنگە، حەزت لە چییە، یان چیت دەوێت. بە وشەکانی خۆت بینووسە.
my-page-write-save = ئەوەی نووسیم پاشەکەوت بکە
my-page-goals-title = ئامانجەکانم
my-page-goals-none = هێشتا هیچ ئامانجێک نییە.
my-page-goal-latest = دوایین جار: { $rating }
my-page-goal-not-rated = هێشتا نەپشکنراوە.
my-page-progress-link = ببینە ئامانجەکانم چۆن دەڕۆن
my-page-cards-title = کارتە وێنەدارەکان
my-page-cards-lead = هەر کارتێک لەو شوێنە دابنێ کە بۆ تۆ دەگونجێت: حەزم لێیەتی، دڵنیا نیم، یان حەزم لێی نییە.
my-page-voice-title = نامەی دەنگی
my-page-voice-lead = دەتوانیت بە دەنگی خۆت بڵێیت چی بیر دەکەیتەوە. لەگەڵ تۆمارەکەتدا هەڵدەگیرێت.
my-page-voice-typed = دەتوانیت لە جیاتی ئەوە لە سندووقەکەی سەرەوە بنووسیت.
my-page-voice-needs-js = تۆمارکردن لەم پەڕەیەدا پێویستی بە JavaScript هەیە، و لەم وێبگەڕەدا کوژاوەتەوە. دەتوانیت بە مۆبایلەکەت تۆمار بکەیت و تۆمارەکە لێرە باربکەیت.
my-page-voice-upload-label = تۆمارێک باربکە
my-page-voice-upload-hint = تۆمارێک لە تۆمارکەری دەنگی مۆبایلەکەت. دەتوانێت تا { $megabytes } MB بێت.
my-page-voice-upload-button = باری بکە
my-page-voice-upload-saved = تۆمارەکەت هەڵگیرا. دەتوانیت لە خوارەوە گوێی لێ بگریت.
my-page-voice-upload-none = سەرەتا تۆمارێک هەڵبژێرە، پاشان «باری بکە» دابگرە.
pile-like = حەزم لێیەتی
pile-not-sure = دڵنیا نیم
pile-dont-like = حەزم لێی نییە
pile-unsorted = هێشتا ڕیز نەکراون
pile-count = { $count ->
    [one] 1 کارت
   *[other] { $count } کارت
}
card-put-in = { $card }: { $pile }
card-put-back = بیگەڕێنەوە
card-put-back-named = { $card } بگەڕێنەوە شوێنی خۆی
card-number = کارتی { $number } لە { $total }
card-skip = ئەم کارتە تێپەڕێنە
card-sorted = { $card } ئێستا لەم کۆمەڵەیەدایە: { $pile }.
card-unsorted = { $card } گەڕایەوە بۆ ناو ئەو کارتانەی هێشتا ڕیز نەکراون.
cards-all-sorted = هەموو کارتەکانت ڕیز کرد.
cards-piles-title = کۆمەڵەکان تا ئێستا
cards-piles-hint = بۆ گواستنەوەی کارتێک بۆ کۆمەڵەیەکی تر، ناوەکەی دابگرە.
voice-note-start = نامەیەکی دەنگی تۆمار بکە
voice-note-stop = ڕایبگرە
voice-note-save = پاشەکەوتی بکە
voice-note-again = لە سەرەتاوە دەست پێبکەرەوە
voice-note-recording = تۆمار دەکرێت. کاتێک تەواو بوویت، «ڕایبگرە» دابگرە.
voice-note-saving = پاشەکەوت دەکرێت…
voice-note-saved = پاشەکەوت کرا.
voice-note-not-supported = ئەم وێبگەڕە ناتوانێت دەنگ تۆمار بکات. دەتوانیت لە جیاتی ئەوە بنووسیت.
voice-note-microphone-refused = نەمانتوانی مایکرۆفۆنەکە بەکاربهێنین. دڵنیابەرەوە کە ڕێگەی پێدراوە، یان لە جیاتی ئەوە بنووسە.
voice-note-write-link = لە جیاتی ئەوە لە سندووقەکەی سەرەوە بینووسە
voice-note-failed = پاشەکەوت نەکرا. هیچ شتێک لەدەست نەچووە. دووبارە هەوڵ بدەوە.
voice-note-not-audio = ئەمە تۆمارێکی دەنگی نییە کە Heard بتوانێت پاشەکەوتی بکات. دووبارە هەوڵی تۆمارکردن بدەوە.
voice-note-too-big = ئەم نامە دەنگییە زۆر گەورەیە بۆ پاشەکەوتکردن. هەوڵی نامەیەکی کورتتر بدە.
voice-note-no-room = شوێن نەماوە بۆ نامەی دەنگیی زیاتر. نامەیەکی کۆن بسڕەوە، پاشان ئەمە دووبارە پاشەکەوت بکە.
voice-note-too-often = لەم کاتژمێرەدا زۆر نامەی دەنگیت پاشەکەوت کردووە. { $minutes } خولەک چاوەڕێ بکە، پاشان ئەمە دووبارە پاشەکەوت بکە.
voice-note-listen-back = گوێ لە دەنگە تۆمارکراوەکەت بگرە
voice-note-from = نامەی دەنگی لە { $date }
voice-note-delete = بیسڕەوە
voice-note-delete-named = نامە دەنگییەکەی { $date } بسڕەوە
rights-16-title = بڕیاردان لەسەر ئەوەی کێ تۆمارەکە ببینێت
rights-16-you-can = ئێستا ئەوەندە گەورە بوویت کە خۆت بڕیار بدەیت کێ تۆمارەکەت ببینێت. یاسا دەڵێت ئەمە لە کۆتایی پۆلی 11 (Year 11) دەست پێدەکات، کاتێک نزیکەی 16 ساڵانیت.
rights-16-help = ئەگەر بتەوێت، دەتوانیت خۆت هەڵبژێریت کێ بیبینێت. خێزانەکەت هێشتا دەتوانن یارمەتیت بدەن.
rights-16-take-control = دەمەوێت خۆم بڕیار بدەم کێ تۆمارەکەم ببینێت
rights-16-you-decide = تۆ بڕیار دەدەیت کێ تۆمارەکەت ببینێت.
rights-16-who-can-see = ببینە و بگۆڕە کێ دەتوانێت بیبینێت
rights-16-they-can = { $name } ئێستا ئەوەندە گەورە بووە کە خۆی بڕیار بدات کێ ئەم تۆمارە ببینێت. دەتوانێت لە لاپەڕەی تایبەتی خۆیدا ئەمە هەڵبژێرێت.
rights-16-they-decide = ئێستا { $name } بڕیار دەدات کێ ئەم تۆمارە ببینێت.
card-music = مۆسیقا
card-music-picture = هێدفۆنێک
card-drawing = وێنەکێشان
card-drawing-picture = قەڵەمڕەساسێک هێڵێک دەکێشێت
card-sport = وەرزش
card-sport-picture = تۆپێکی پێ
card-swimming = مەلەکردن
card-swimming-picture = کەسێک لەناو شەپۆلەکاندا مەلە دەکات
card-animals = ئاژەڵان
card-animals-picture = دەموچاوی سەگێک
card-outdoors = بوون لە دەرەوە
card-outdoors-picture = دارێک و خۆر
card-games = یارییە کۆمپیوتەرییەکان
card-games-picture = کۆنترۆڵی یاری
card-books = کتێب
card-books-picture = کتێبێکی کراوە
card-cooking = چێشتلێنان
card-cooking-picture = قاپێک و کەوچکێک
card-dancing = سەما
card-dancing-picture = کەسێک لەگەڵ مۆسیقادا سەما دەکات
card-building = دروستکردنی شت
card-building-picture = چەند پارچەیەکی یاریی بیناسازی کە لەسەر یەک دانراون
card-trains = شەمەندەفەر
card-trains-picture = شەمەندەفەرێک
card-friends = بوون لەگەڵ هاوڕێکان
card-friends-picture = دوو کەس لە تەنیشت یەکەوە
card-quiet-place = شوێنێکی ئارام
card-quiet-place-picture = چادرێکی بچووک لە ژێر مانگدا
card-loud-noise = دەنگی بەرز
card-loud-noise-picture = بڵندگۆیەک بە شەپۆلی دەنگی گەورەوە
card-crowds = قەرەباڵغی
card-crowds-picture = زۆر کەس کە لە یەکەوە نزیکن
your-data-title = زانیارییەکانی { $name }
your-data-lead = ئەم تۆمارە هی تۆیە. هەر کاتێک بتەوێت دەتوانیت کۆپییەکی وەربگریت، یان بیسڕیتەوە.
your-data-download-title = کۆپییەک وەربگرە
your-data-download-lead = ئەم فایلە هەموو ئەو شتانەی تێدایە کە دەربارەی ئەم منداڵە هەڵیدەگرین. خزمەتگوزارییەکانی تر دەتوانن بیخوێننەوە. کۆپییەکەی بۆ خوێندنەوە هەمان شتی تێدایە، ئامادەیە بۆ چاپکردن.
your-data-download = هەموو شتێک وەک فایلێک دابگرە
your-data-copy = کۆپییەک بخوێنەوە و چاپی بکە
your-data-delete-title = ئەم تۆمارە بسڕەوە
your-data-delete-lead = ئەمە هەموو شتێک دەربارەی { $name } بە یەکجاری دەسڕێتەوە.
your-data-delete = تۆماری { $name } بسڕەوە
your-data-account-title = هەژمارەکەت
your-data-account-link = هەژمارەکەت بسڕەوە
record-copy-title = هەموو شتێک دەربارەی { $name }
record-copy-back = بگەڕێوە بۆ زانیارییەکانت
record-copy-print = دوگمەی چاپکردنی وێبگەڕەکەت بەکاربهێنە بۆ ئەوەی ئەم لاپەڕەیە چاپ بکەیت یان وەک PDF پاشەکەوتی بکەیت.
record-copy-details = زانیارییەکان
record-copy-voice-notes = { $count ->
    [one] 1 نامەی دەنگی. دەنگەکە لەو فایلەدایە کە دەتوانیت دایبگریت.
   *[other] { $count } نامەی دەنگی. دەنگەکان لەو فایلەدان کە دەتوانیت دایبگریت.
}
delete-not-confirmed = نیشانە لە سندووقەکە بکە بۆ ئەوەی بڵێیت تێدەگەیت.
delete-wrong-password = ئەمە وشەی نهێنییەکەت نییە. دووبارە بینووسەوە.
delete-cannot-undo = ناتوانیت ئەمە بگەڕێنیتەوە.
delete-child-title = تۆماری { $name } بسڕەوە
delete-child-what = هەموو شتێک دەربارەی { $name } دەسڕێتەوە: «هەموو شتێک دەربارەی من»، ئامانجەکان، خاڵەکانی پێداچوونەوە، خزمەتگوزارییە پاشەکەوتکراوەکان، کارتە وێنەدارەکان، نامە دەنگییەکان، کێ دەتوانێت بیبینێت و کێ سەیری کردووە. هیچ کەسێک ناتوانێت بیگەڕێنێتەوە، تەنانەت ئێمەش.
delete-child-first = لەوانەیە بتەوێت سەرەتا کۆپییەک وەربگریت.
delete-child-confirm = تێدەگەم کە تۆماری { $name } بە یەکجاری دەسڕێتەوە.
delete-child-button = تۆماری { $name } بسڕەوە
delete-keep = نەخێر، با بمێنێت
delete-account-title = هەژمارەکەت بسڕەوە
delete-account-what = هەژمارەکەت نامێنێت: ئیتر ناتوانیت پێی بچیتە ژوورەوە.
delete-account-family = ئەگەر تۆ تاکە دایک، باوک یان چاودێری خێزانەکەت بیت، تۆماری منداڵەکانیشت دەسڕێنەوە. ئەگەر دایک، باوک یان چاودێرێکی تر لە خێزانەکەدا هەبێت، تۆمارەکان لای ئەو دەمێننەوە.
delete-account-first = لەوانەیە بتەوێت سەرەتا کۆپییەک لە تۆماری هەر منداڵێک وەربگریت. دەتوانیت ئەمە لە لاپەڕەی «کێ دەتوانێت ببینێت»ی هەر منداڵێک بکەیت.
delete-account-password = وشەی نهێنییەکەت
delete-account-confirm = تێدەگەم کە هەژمارەکەم بە یەکجاری دەسڕێتەوە.
delete-account-button = هەژمارەکەم بسڕەوە
account-deleted-title = هەژمارەکەت سڕایەوە
account-deleted-body = هەژمارەکەت و هەموو ئەوەی تێیدا بوو سڕیمانەوە.
account-deleted-home = بڕۆ بۆ لاپەڕەی سەرەتا
account-title = هەژمارەکەت
account-lead = ناوت، ئیمەیڵەکەت، و Heard چۆن بۆ تۆ دەردەکەوێت.
account-you = دەربارەی تۆ
account-name = ناوت
account-name-not-given = هێشتا نەدراوە
account-name-change = ناوت بگۆڕە
account-email = ناونیشانی ئیمەیڵ
account-reading = زمان و خوێندنەوە
account-language-change = زمان بگۆڕە
account-reading-change = شێوەی پەڕەکان بگۆڕە
account-leaving = جێهێشتنی Heard
account-name-title = ناوت
account-name-hint = ئەو کەسانەی تۆماری منداڵەکەت دەبینن ئەم ناوە دەبینن. بۆ نموونە قوتابخانەی منداڵەکەت یان پارێزەرەکەت.
account-name-save = ناوت پاشەکەوت بکە
account-emails-change = هەڵبژێرە کام ئیمەیڵانە وەربگریت
account-signing-in = چۆن دەچیتە ژوورەوە
account-passkeys = بەبێ وشەی نهێنی بچۆ ژوورەوە: کلیلە تێپەڕەکانت
account-back = بگەڕێوە بۆ هەژمارەکەت
account-name-saved = ناوت پاشەکەوت کرا.
people-your-data = کۆپییەک لەم تۆمارە وەربگرە، یان بیسڕەوە
family-my-page = بڕۆ بۆ پەڕەکەی من
family-families-you-help = { $count ->
    [one] ئەو خێزانەی یارمەتی دەدەیت
   *[other] ئەو { $count } خێزانەی یارمەتییان دەدەیت
}
people-stop-parent = با ئیتر تۆمارەکەم نەبینێت
people-stop-parent-named = با { $name } ئیتر تۆمارەکەم نەبینێت
saved-services-saved-by-advocate = پاشەکەوتکراوە لەلایەن { $who }، کە داکۆکیکارە، لەگەڵ { $with }.

## Email
# The test email an operator sends with `heard mail-test`.
mail-test-subject = Heard دەتوانێت ئیمەیڵ بنێرێت
mail-test-body = ئەمە نامەیەکی تاقیکردنەوەیە لە Heard. پیشان دەدات کە Heard دەتوانێت ئیمەیڵ بنێرێت. پێویست ناکات هیچ بکەیت.

## Reminders by email, and which emails a person wants
coming-up-prepare-for = خۆت ئامادە بکە بۆ پێداچوونەوە: { $name }
invite-email = ئیمەیڵی ئەو کەسە (دەتوانیت بەتاڵی بهێڵیتەوە)
invite-email-hint = ئەگەر بینووسیت، Heard بەستەرەکەی بۆ دەنێرێت بە ئیمەیڵ. بەستەرەکە لە پەڕەی داهاتووش دەبینیت.
error-invite-email-invalid = ئیمەیڵەکە بە شێوەی دروست بنووسە، وەک name@example.com، یان بەتاڵی بهێڵەوە.
email-choices-title = ئیمەیڵەکانی Heard
email-choices-lead = Heard دەتوانێت ئیمەیڵت بۆ بنێرێت کاتێک شتێک نزیک دەبێتەوە، یان کاتێک شتێک دەگۆڕێت. هەڵیبژێرە کام ئیمەیڵانەت دەوێت.
email-choices-legend = ئیمەیڵم بۆ بنێرە کاتێک
email-choices-hint = نیشانەی ئەوانە لابە کە ناتەوێت. هەرگیز ناوی منداڵ لە سەردێڕی ئیمەیڵدا نانووسین.
email-choice-review-soon = دوو هەفتە ماوە بۆ خاڵی پێداچوونەوە
email-choice-deadline = هەفتەیەک ماوە بۆ وادەیەک کە یاسا دایناوە، یان وادەکە تێپەڕیوە
email-choice-invitation = کەسێک بانگهێشتم دەکات بۆ بینینی تۆماری منداڵێک
email-choice-record-changed = کەسێک لە دەرەوەی خێزان تۆماری منداڵێک دەگۆڕێت
email-choice-access-ending = داکۆکیکارێک تەنها یەک هەفتەی تر دەتوانێت تۆمارێک ببینێت
email-choices-button = هەڵبژاردنەکانم پاشەکەوت بکە
email-choices-saved = هەڵبژاردنەکانت پاشەکەوت کران.
email-choices-not-saved = هەڵبژاردنەکانت پاشەکەوت نەکران. تکایە دووبارە هەوڵ بدەرەوە.
reminder-hello = سڵاو { $name }،
reminder-hello-no-name = سڵاو،
reminder-footer = لێرە دەتوانیت هەڵیبژێریت Heard کام ئیمەیڵانەت بۆ بنێرێت: { $link }
reminder-review-subject = دوو هەفتەی تر خاڵی پێداچوونەوە هەیە
reminder-review-body = خاڵی پێداچوونەوەی وەرزی { $term } بۆ { $name } لە { $date } دایە.
reminder-review-prepare = لێرە دەتوانیت خۆت بۆی ئامادە بکەیت. بنووسە چی باش دەڕوات، چی باش ناڕوات، و چیت دەوێت بپرسیت: { $link }
reminder-deadline-soon-subject = هەفتەیەکی تر وادەیەک هەیە کە یاسا دایناوە
reminder-deadline-soon-body = بۆ { $name }: { $step }. دەبێت ئەمە تا { $date } ڕوو بدات.
reminder-deadline-passed-subject = وادەیەک کە یاسا دایناوە تێپەڕیوە
reminder-deadline-passed-body = بۆ { $name }: { $step }. دەبوو ئەمە تا { $date } ڕووی دابا.
reminder-deadline-more = لێرە دەبینیت ئەمە واتای چییە، و چی دەتوانیت بکەیت: { $link }
reminder-invitation-subject = بانگهێشت کراویت بۆ بینینی تۆمارێک لە Heard
reminder-invitation-someone = کەسێک
reminder-invitation-body = { $who } بانگهێشتی کردوویت بۆ بینینی تۆماری منداڵێک لە Heard.
reminder-invitation-link = بۆ ئەوەی بڵێیت بەڵێ، ئەم بەستەرە بکەرەوە. تەنها یەک جار کار دەکات، تا { $date }: { $link }
reminder-invitation-not-you = ئەگەر { $who } ناناسیت، پێویست ناکات هیچ بکەیت.
reminder-changed-subject = کەسێک تۆمارێکی گۆڕی کە تۆ ئاگاداری
reminder-changed-body = { $who } تۆماری { $name }ی لە { $date } گۆڕی. ئەمەی گۆڕی: { $parts }.
reminder-changed-look = لێرە دەبینیت کێ سەیری تۆمارەکەی کردووە و گۆڕیویەتی: { $link }
reminder-ending-advocate-subject = تەنها یەک هەفتەی تر دەتوانیت تۆمارێک ببینیت
reminder-ending-advocate-body = دەتوانیت تۆماری { $name } تا { $date } ببینیت. دوای ئەوە ناتوانیت بیبینیت.
reminder-ending-advocate-ask = ئەگەر هێشتا پێویستت پێیەتی، داوا لە خێزانەکە بکە دووبارە لەگەڵت هاوبەشی بکەن.
reminder-ending-family-subject = داکۆکیکارێک تەنها یەک هەفتەی تر دەتوانێت تۆمارێک ببینێت
reminder-ending-family-body = { $who } دەتوانێت تۆماری { $name } تا { $date } ببینێت. دوای ئەوە ناتوانێت بیبینێت.
reminder-ending-family-share = ئەگەر هێشتا پێویستی پێیەتی، دەتوانیت لێرە دووبارە هاوبەشی بکەیت: { $link }
invitation-emailed = Heard ئەم بەستەرە بە ئیمەیڵیش دەنێرێت بۆ { $address }.
# ئیمەیڵ و وشەی نهێنیی هەژمار، و ئەو ئیمەیڵانەی دەربارەیان. DRAFT، هێشتا پێدا نەچوونەتەوە.
error-email-same-as-now = ئەمە پێشتر ئیمەیڵەکەی تۆیە. ئیمەیڵێکی نوێ بنووسە.
error-current-password-wrong = ئەمە وشەی نهێنیی تۆ نییە. ئەو وشە نهێنییە بنووسە کە ئێستا بەکاری دەهێنیت.
error-too-many-emails = زۆر ئیمەیڵمان بۆ ئەم ناونیشانە ناردووە. { $minutes } خولەک چاوەڕێ بکە، پاشان دووبارە هەوڵ بدەوە.
field-new-email = ئیمەیڵی نوێ
field-new-password = وشەی نهێنیی نوێ
field-current-password = وشەی نهێنیی ئێستات
sign-in-forgot-link = وشەی نهێنیت لەبیر چووە؟
confirm-banner-title = ئیمەیڵەکەت پشتڕاست بکەوە
confirm-banner-sent = بەستەرێکمان بۆ { $email } نارد. بیکەرەوە بۆ ئەوەی ئیمەیڵەکەت پشتڕاست بکەیتەوە.
confirm-banner-deleted-on = ئەگەر پشتڕاستی نەکەیتەوە، لە { $date } ئەم هەژمارە و هەموو شتێکی ناوی دەسڕینەوە.
confirm-banner-again = بەستەرەکە دووبارە بنێرە
confirm-banner-wrong-address = ئەمە ئیمەیڵێکی هەڵەیە؟ بیگۆڕە
confirm-first = دوای ئەوەی ئیمەیڵەکەت پشتڕاست کردەوە، دەتوانیت تۆمار بەش بکەیت. بەدوای ئیمەیڵەکەماندا بگەڕێ، یان بەستەرەکە دووبارە بنێرە.
confirm-email-title = ئیمەیڵەکەت پشتڕاست بکەوە
confirm-email-intro = دوگمەکە دابگرە بۆ ئەوەی پشتڕاستی بکەیتەوە کە ئەمە ئیمەیڵەکەی تۆیە.
confirm-email-button = ئیمەیڵەکەم پشتڕاست دەکەمەوە
confirm-email-done = سوپاس. ئیمەیڵەکەت پشتڕاست کرایەوە.
confirm-email-continue = بەردەوام بە
confirm-email-taken = ئێستا هەژمارێکی تر ئەم ئیمەیڵەی هەیە، بۆیە هیچمان نەگۆڕی. بچۆ ژوورەوەی ئەو هەژمارە، یان ئیمەیڵێکی تر بەکاربهێنە.
confirm-again-title = بەستەرەکە دووبارە بنێرە
confirm-again-intro = بەستەرێکی نوێ بۆ { $email } دەنێرین.
confirm-again-sent = بەستەرێکی نوێمان بۆ { $email } نارد. سەیری ئیمەیڵەکەت بکە. لەوانەیە لە بوخچەی سپامدا بێت.
link-spent = ئەم بەستەرە چیتر کار ناکات. پێشتر بەکارهاتووە، یان زۆر کۆنە.
link-spent-new-password = بەستەرێکی نوێ وەربگرە بۆ دروستکردنی وشەی نهێنیی نوێ
forgot-title = وشەی نهێنیت لەبیر چووە؟
forgot-intro = ئیمەیڵەکەت بنووسە. ئەگەر هەژمارت هەبێت، بەستەرێکت بۆ دەنێرین بۆ دروستکردنی وشەی نهێنیی نوێ.
forgot-button = بەستەرێکم بۆ بنێرە
forgot-sent = ئەگەر هەژمارێک بەم ئیمەیڵە هەبێت، بەستەرێکمان بۆی ناردووە. سەیری ئیمەیڵەکەت بکە. لەوانەیە لە بوخچەی سپامدا بێت.
forgot-sent-hour = بەستەرەکە بۆ یەک کاتژمێر و تەنها یەک جار کار دەکات.
reset-title = وشەی نهێنیی نوێ دروست بکە
reset-intro = وشەی نهێنییەکی نوێ هەڵبژێرە. لە هەموو ئامێرەکانی ترەوە دەرت دەکەین.
reset-button = وشەی نهێنیی نوێم پاشەکەوت بکە
change-email-title = ئیمەیڵەکەت بگۆڕە
change-email-now = ئیمەیڵی ئێستات { $email }ە.
change-email-intro = بەستەرێک بۆ ئیمەیڵە نوێیەکەت دەنێرین. تا نەیکەیتەوە هیچ ناگۆڕێت.
change-email-button = بەستەرێکم بۆ بنێرە
change-email-sent = بەستەرێکمان بۆ { $email } نارد. بیکەرەوە بۆ پشتڕاستکردنەوەی ئیمەیڵە نوێیەکەت.
change-email-until = بەستەرەکە بۆ 24 کاتژمێر کار دەکات. تا ئەو کاتە ئیمەیڵەکەت وەک خۆی دەمێنێتەوە.
change-password-title = وشەی نهێنیت بگۆڕە
change-password-button = وشەی نهێنیی نوێم پاشەکەوت بکە
change-password-done = وشەی نهێنیت گۆڕدرا. لە هەموو ئامێرەکانی ترەوە دەرمان کردیت.
sign-out-everywhere-title = لە هەموو ئامێرەکان بچۆ دەرەوە
sign-out-everywhere-intro = ئەمە بەکاربهێنە ئەگەر لەسەر مۆبایل یان کۆمپیوتەرێک چوویتە ژوورەوە کە چیتر بەکاری ناهێنیت، یان پێت وایە کەسێکی تر دەتوانێت بچێتە ژوورەوە. لێرەش دەبێت دووبارە بچیتە ژوورەوە.
sign-out-everywhere-button = لە هەموو ئامێرەکان بچۆ دەرەوە
mail-hello = سڵاو،
mail-not-you-nothing-to-do = ئەگەر تۆ نەبوویت، پێویست ناکات هیچ بکەیت.
mail-confirm-subject = ئیمەیڵەکەت بۆ Heard پشتڕاست بکەوە
mail-confirm-why = تۆ بەم ئیمەیڵە هەژمارێکت لە Heard دروست کرد.
mail-confirm-open = بۆ ئەوەی پشتڕاستی بکەیتەوە کە هی تۆیە، ئەم بەستەرە بکەرەوە:
mail-confirm-deleted-on = ئەگەر پشتڕاستی نەکەیتەوە، لە { $date } هەژمارەکە و هەموو شتێکی ناوی دەسڕینەوە.
mail-taken-subject = کەسێک هەوڵی دا بە ئیمەیڵەکەت هەژماری Heard دروست بکات
mail-taken-why = کەسێک هەوڵی دا بەم ئیمەیڵە هەژمارێکی نوێ لە Heard دروست بکات. تۆ پێشتر هەژمارێکت پێی هەیە، بۆیە هیچ نەگۆڕا.
mail-taken-sign-in = ئەگەر تۆ بوویت، لێرە بچۆ ژوورەوە:
mail-taken-forgot = ئەگەر وشەی نهێنیت لەبیر چووە، دەتوانیت لێرە یەکێکی نوێ دروست بکەیت:
mail-taken-not-you = ئەگەر تۆ نەبوویت، پێویست ناکات هیچ بکەیت. هەژمارەکەت پارێزراوە.
mail-new-email-subject = ئیمەیڵە نوێیەکەت بۆ Heard پشتڕاست بکەوە
mail-new-email-why = داوات کرد ئیمەیڵی هەژمارەکەت لە Heard بگۆڕدرێت بۆ ئەم ئیمەیڵە.
mail-new-email-open = بۆ پشتڕاستکردنەوە، ئەم بەستەرە بکەرەوە. بۆ 24 کاتژمێر کار دەکات:
mail-new-email-until = تا نەیکەیتەوە، هەژمارەکەت ئیمەیڵە کۆنەکەی دەمێنێت.
mail-email-changed-subject = ئیمەیڵی هەژمارەکەت لە Heard گۆڕا
mail-email-changed-body = ئیمەیڵی هەژمارەکەت لە Heard ئێستا { $email }ە. لەمەودوا ئیمەیڵەکان بۆ ئەوێ دەنێرین.
mail-email-changed-not-you = ئەگەر تۆ ئەمەت نەکردووە، وەڵامی ئەم ئیمەیڵە بدەوە و پێمان بڵێ.
mail-reset-subject = وشەی نهێنیی نوێ بۆ Heard دروست بکە
mail-reset-why = کەسێک داوای کرد وشەی نهێنیی نوێ بۆ هەژمارەکەت لە Heard دروست بکرێت.
mail-reset-open = بۆ دروستکردنی وشەی نهێنیی نوێ، ئەم بەستەرە بکەرەوە. بۆ یەک کاتژمێر و تەنها یەک جار کار دەکات:
mail-reset-not-you = ئەگەر تۆ داوات نەکردووە، پێویست ناکات هیچ بکەیت. وشەی نهێنیت نەگۆڕاوە.
