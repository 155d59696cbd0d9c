# Heard: Urdu (ur), اردو. Written right-to-left (RTL), in Nastaliq script.
# DRAFT awaiting review by a native speaker: not yet reviewed by a qualified translator; legal terms must be checked against a reviewed SEND glossary before live use.
# Plain words: short sentences, everyday Urdu, as a kind caseworker would speak. School terms families hear
# (SEND, SEN support, EHC plan, SENDIASS, Local Offer) stay in English letters, explained in Urdu.

## Every page
service-name = Heard
skip-to-content = سیدھا اصل مواد پر جائیں
nav-label = مرکزی مینیو
nav-family = آپ کا خاندان
nav-language = زبان
nav-reading-options = پڑھنے کی سہولتیں
nav-sign-out = سائن آؤٹ کریں
nav-account = آپ کا اکاؤنٹ
footer-help = مدد
footer-privacy = رازداری
footer-about = Heard انگلینڈ میں اُن خاندانوں کے لیے ہے جن کے بچوں یا نوجوانوں کو SEND ہے، یعنی خصوصی تعلیمی ضروریات یا معذوری۔
title-error-prefix = غلطی:
link-about = { $action }: { $about }

## Forms and errors
error-summary-title = ایک مسئلہ ہے
field-email = ای میل ایڈریس
field-password = پاس ورڈ
error-email-missing = اپنا ای میل ایڈریس لکھیں۔
error-email-invalid = اپنا ای میل ایڈریس صحیح طریقے سے لکھیں، جیسے name@example.com
error-password-missing = اپنا پاس ورڈ لکھیں۔
error-password-too-short = آپ کے پاس ورڈ میں کم از کم { $min } حروف ہونے چاہئیں۔
error-password-too-long = آپ کے پاس ورڈ میں { $max } یا اس سے کم حروف ہونے چاہئیں۔
error-wrong-email-or-password = ای میل ایڈریس یا پاس ورڈ صحیح نہیں ہے۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔
error-too-many-tries = سائن اِن کرنے کی بہت زیادہ کوششیں ہو چکی ہیں۔ { $minutes } منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
error-too-many-new-accounts = پچھلے ایک گھنٹے میں اس انٹرنیٹ کنکشن سے بہت سے نئے اکاؤنٹ بنائے گئے ہیں۔ { $minutes } منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
error-unavailable = ہماری طرف کچھ گڑبڑ ہو گئی۔ آپ نے جو لکھا تھا وہ ابھی بھی یہیں ہے۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔
error-cross-site = یہ فارم کسی دوسری ویب سائٹ سے آیا تھا، اس لیے Heard نے اسے قبول نہیں کیا۔ Heard پر واپس جائیں اور دوبارہ کوشش کریں۔
error-too-long-title = آپ کی تحریر محفوظ کرنے کے لیے بہت لمبی ہے
error-too-long-body = ہم نے کچھ بھی محفوظ نہیں کیا۔ ایک ساتھ محفوظ کرنے کے لیے تحریر بہت زیادہ ہے۔
error-too-long-back = واپس جانے کے لیے اپنے براؤزر کا 'واپس' (Back) بٹن استعمال کریں۔ آپ کی تحریر وہیں موجود ہوگی۔ اس کا کچھ حصہ چھوٹا کریں، پھر دوبارہ محفوظ کریں۔

## Home
home-title = Heard: آپ کے بچے کی رائے، اہداف اور مدد
home-lead = Heard کی مدد سے آپ لکھ سکتے ہیں کہ آپ کے بچے کے لیے کیا اہم ہے۔ آپ یہ بھی دیکھتے رہ سکتے ہیں کہ اسے کون سی مدد مل رہی ہے۔
home-what-title = آپ کیا کر سکتے ہیں
home-what-views = اپنے بچے کی رائے اور خواہشیں لکھیں۔ اگر بچہ چاہے تو اُس کے اپنے الفاظ میں۔
home-what-goals = اہداف طے کریں۔ اسکول کے سال میں تین بار جائزہ ہوتا ہے۔ ہر بار دیکھیں کہ ہر ہدف کیسا چل رہا ہے۔
home-what-services = اپنی کونسل کے Local Offer میں اپنے قریب مدد تلاش کریں۔ Local Offer کونسل کی وہ فہرست ہے جس میں لکھا ہوتا ہے کہ SEND والے بچوں اور نوجوانوں کے لیے کون سی مدد ملتی ہے۔
home-send-explained = SEND کا مطلب ہے خصوصی تعلیمی ضروریات اور معذوریاں۔
home-yours = آپ جو کچھ لکھتے ہیں وہ آپ کے خاندان کا ہے۔ اسے کون دیکھے، یہ آپ طے کرتے ہیں۔
home-create-account = اکاؤنٹ بنائیں
home-sign-in = سائن اِن کریں
home-go-to-family = اپنے خاندان کے صفحے پر جائیں

## Create an account
create-account-title = اکاؤنٹ بنائیں
create-account-intro = اپنے بچے کا ریکارڈ محفوظ رکھنے کے لیے آپ کو ایک اکاؤنٹ چاہیے۔ یہ مفت ہے۔
create-account-email-hint = ہم اسے صرف آپ کو سائن اِن کرنے کے لیے استعمال کرتے ہیں۔
create-account-password-hint = کم از کم { $min } حروف استعمال کریں۔ چند الفاظ ملا کر لکھیں۔ انہیں یاد رکھنا آسان ہوتا ہے، اور دوسروں کے لیے اندازہ لگانا مشکل۔
create-account-button = اکاؤنٹ بنائیں
create-account-have-one = کیا آپ کا پہلے سے اکاؤنٹ ہے؟
create-account-sign-in-link = سائن اِن کریں

## Sign in
sign-in-title = سائن اِن کریں
sign-in-button = سائن اِن کریں
sign-in-no-account = ابھی تک اکاؤنٹ نہیں ہے؟
sign-in-create-link = اکاؤنٹ بنائیں

## Passkeys: signing in with a phone's or computer's lock (sign-in page and /account/passkeys)
passkey-sign-in-title = یا پاس کی استعمال کریں
passkey-sign-in-what = پاس کی سے آپ اپنے فون یا کمپیوٹر کے لاک سے سائن ان کر سکتے ہیں۔ آپ کو پاس ورڈ کی ضرورت نہیں۔
passkey-sign-in-button = پاس کی سے سائن ان کریں
passkeys-title = پاس کیز
passkeys-lead = پاس کی سے آپ پاس ورڈ کے بغیر سائن ان کر سکتے ہیں۔ یہ وہی طریقہ استعمال کرتی ہے جس سے آپ اپنا فون یا کمپیوٹر کھولتے ہیں: آپ کا چہرہ، انگلی کا نشان یا PIN۔ آپ کا پاس ورڈ بھی کام کرتا رہے گا۔
passkeys-none = ابھی آپ کی کوئی پاس کی نہیں ہے۔
passkeys-yours = آپ کی پاس کیز
passkeys-added = { $date } کو شامل کی گئی۔
passkeys-last-used = آخری بار { $date } کو استعمال ہوئی۔
passkeys-not-used = ابھی استعمال نہیں ہوئی۔
passkeys-remove-link = { $name } ہٹائیں
passkeys-remove-title = کیا پاس کی “{ $name }” ہٹا دیں؟
passkeys-remove-what = آپ اس سے دوبارہ سائن ان نہیں کر سکیں گے۔ آپ پھر بھی اپنے پاس ورڈ سے سائن ان کر سکتے ہیں۔
passkeys-remove-button = ہاں، اسے ہٹا دیں
passkeys-keep = نہیں، اسے رکھیں
passkeys-need-browser = پاس کی شامل کرنے کے لیے ایسا براؤزر استعمال کریں جو پاس کی بنا سکے، اور JavaScript آن رکھیں۔
passkeys-add-title = پاس کی شامل کریں
passkeys-add-what = آپ کا فون یا کمپیوٹر آپ سے اسے کھولنے کو کہے گا۔ پھر آپ اس سے یہاں سائن ان کر سکیں گے۔
passkeys-name-label = اس پاس کی کا نام
passkeys-name-hint = تاکہ آپ کو پتا ہو کہ یہ کون سی ہے۔ مثال کے طور پر: میرا فون
passkeys-add-button = پاس کی شامل کریں
passkey-error-signed-out = آپ سائن آؤٹ ہو گئے ہیں۔ دوبارہ سائن ان کریں، پھر پاس کی شامل کریں۔
passkey-error-name-missing = پاس کی کو نام دیں، تاکہ آپ کو پتا ہو کہ یہ کون سی ہے۔
passkey-error-name-too-long = نام بہت لمبا ہے۔ { $max } حروف یا اس سے کم استعمال کریں۔
passkey-error-not-started = اس میں بہت دیر لگ گئی، یا صفحہ پرانا تھا۔ براہ کرم دوبارہ کوشش کریں۔
passkey-error-not-recognised = ہم اس پاس کی کو نہیں جانتے۔ دوبارہ کوشش کریں، یا اپنی ای میل اور پاس ورڈ سے سائن ان کریں۔
passkey-error-already-added = اس فون یا کمپیوٹر میں آپ کے اکاؤنٹ کی پاس کی پہلے سے موجود ہے۔
passkey-error-cancelled = پاس کی استعمال نہیں ہوئی۔ آپ دوبارہ کوشش کر سکتے ہیں، یا اپنا پاس ورڈ استعمال کریں۔

## Your family
family-title = آپ کا خاندان
family-signed-in-as = آپ { $email } سے سائن اِن ہیں۔
family-children-title = آپ کے بچے
family-no-children = آپ نے ابھی تک کوئی بچہ شامل نہیں کیا۔ اپنے ہر بچے کو یہاں شامل کریں، پھر لکھیں کہ اُس کے لیے کیا اہم ہے۔
family-signed-out = اپنے خاندان کا صفحہ دیکھنے کے لیے براہِ کرم سائن اِن کریں۔

## Reading options
reading-title = پڑھنے کی سہولتیں
reading-intro = صفحوں کی شکل بدلیں، تاکہ آپ کے لیے پڑھنا آسان ہو۔ آپ انہیں کسی بھی وقت دوبارہ بدل سکتے ہیں۔
reading-text-size = لکھائی کا سائز
reading-text-size-standard = عام
reading-text-size-large = بڑا
reading-text-size-largest = سب سے بڑا
reading-spacing = لائنوں اور حروف کے درمیان جگہ
reading-spacing-hint = زیادہ جگہ ہو تو لکھائی پڑھنا آسان ہو سکتا ہے۔
reading-spacing-standard = عام
reading-spacing-wide = زیادہ
reading-font = فونٹ (لکھائی کا انداز)
reading-font-standard = عام
reading-font-dyslexia = ایسا فونٹ جو ڈسلیکسیا (پڑھنے میں مشکل) والے کچھ لوگوں کو آسان لگتا ہے (OpenDyslexic)
reading-theme = رنگ
reading-theme-auto = جیسے میرے فون یا کمپیوٹر پر ہے
reading-theme-light = روشن
reading-theme-dark = گہرا
reading-theme-contrast = رنگوں میں زیادہ فرق (ہائی کنٹراسٹ)
reading-motion = صفحے پر حرکت
reading-motion-auto = جیسے میرے فون یا کمپیوٹر پر ہے
reading-motion-reduce = کم حرکت
reading-kept = ہم آپ کی پسند اس فون یا کمپیوٹر پر محفوظ رکھتے ہیں۔ جب آپ سائن اِن ہوں تو ہم اسے آپ کے اکاؤنٹ میں بھی محفوظ رکھتے ہیں۔
reading-save = پڑھنے کی سہولتیں محفوظ کریں
reading-saved = آپ کی پڑھنے کی سہولتیں محفوظ ہو گئی ہیں۔
reading-back = جہاں آپ تھے، وہاں واپس جائیں

## Language
language-title = زبان
language-legend = آپ کون سی زبان استعمال کرنا چاہتے ہیں؟
language-hint = ہر زبان کا نام اُسی زبان میں لکھا ہے۔
language-button = یہ زبان استعمال کریں

## Privacy
privacy-title = رازداری
privacy-lead = آپ کے خاندان کی معلومات نجی ہیں۔ اس صفحے پر لکھا ہے کہ ہم کیا رکھتے ہیں اور کیوں۔
privacy-what-title = ہم کیا رکھتے ہیں
privacy-what = آپ کا ای میل ایڈریس، اور آپ کے پاس ورڈ کی ایک بدلی ہوئی شکل، جسے کوئی واپس پڑھ نہیں سکتا۔ اور وہ باتیں بھی جو آپ اپنے بچے کے بارے میں لکھتے ہیں۔
privacy-who-title = اسے کون دیکھ سکتا ہے
privacy-who = صرف آپ کا خاندان۔ اسکول، کونسل یا ایڈووکیٹ (آپ کی طرف سے بات کرنے والا مددگار) کوئی چیز صرف تب دیکھتا ہے جب آپ خود اسے اُن کے ساتھ شیئر کرنا چاہیں۔
privacy-cookies-title = کوکیز
privacy-cookie-session = ایک کوکی آپ کو سائن اِن رکھتی ہے۔ جب آپ سائن آؤٹ کرتے ہیں تو یہ ختم ہو جاتی ہے۔
privacy-cookie-language = ایک کوکی آپ کی زبان یاد رکھتی ہے۔
privacy-cookie-reading = ایک کوکی آپ کی پڑھنے کی سہولتیں یاد رکھتی ہے۔
privacy-cookie-device = ایک کوکی یاد رکھتی ہے کہ آپ پہلے اس ڈیوائس پر سائن اِن کر چکے ہیں۔ اگر کوئی اور آپ کا پاس ورڈ اندازے سے ڈالنے کی کوشش کرے، تب بھی آپ یہاں سائن اِن کر سکتے ہیں۔
privacy-no-tracking = ہم آپ پر نظر رکھنے کے لیے کوکیز استعمال نہیں کرتے، اور دوسری ویب سائٹوں سے کچھ بھی لوڈ نہیں کرتے۔
privacy-on-this-phone = Heard اس فون پر اپنی فائلیں (تصویریں، انداز اور کوڈ) رکھتا ہے تاکہ صفحے جلدی کھلیں، اور ایک صفحہ جو انٹرنیٹ نہ ہونے پر دکھایا جائے۔ آپ کے بچے کا ریکارڈ وہاں صرف تب رکھا جاتا ہے جب آپ ان کے ریکارڈ پر "اس فون پر رکھیں" چنیں، اور سائن آؤٹ کرنے پر ہٹا دیا جاتا ہے۔ جو آپ لکھ رہے ہیں وہ بھی رکھا جاتا ہے، جب تک وہ محفوظ نہ ہو جائے۔
privacy-rights-title = آپ کے حقوق
privacy-rights = آپ کہہ سکتے ہیں کہ ہم نے آپ کے بارے میں جو کچھ رکھا ہے وہ آپ کو دکھائیں، اسے بدل دیں، یا اسے مٹا دیں۔

## Offline (the page the service worker shows without a connection)
offline-title = آپ آف لائن ہیں
offline-lead = اس صفحے کو انٹرنیٹ کی ضرورت ہے۔ آپ کا فون اس وقت جڑا ہوا نہیں ہے۔
offline-kept = Heard میں جو کچھ آپ لکھ رہے تھے وہ اس فون پر محفوظ ہے۔ جب آپ صفحہ دوبارہ کھولیں گے تو وہ وہیں ہوگا۔
offline-try-again = دوبارہ کوشش کریں

## Help
help-title = مدد
help-using-title = Heard کیسے استعمال کریں
help-reading-options = لکھائی بڑی کریں، رنگ یا فونٹ بدلیں
help-language = زبان بدلیں
help-advice-title = مفت مشورہ
help-sendiass = ہر کونسل کی ایک SENDIASS ہوتی ہے (SEND کے بارے میں معلومات، مشورے اور مدد کی سروس)۔ یہ SEND کے بارے میں مفت مشورہ دیتی ہے، اور کسی کی طرف داری نہیں کرتی۔ "SENDIASS" اور اپنی کونسل کا نام لکھ کر تلاش کریں۔
help-words-title = کچھ الفاظ جو آپ سن سکتے ہیں
glossary-send = SEND
glossary-send-meaning = خصوصی تعلیمی ضروریات اور معذوریاں۔
glossary-sen-support = SEN support
glossary-sen-support-meaning = اسکول میں ملنے والی اضافی مدد، جب بچے کے پاس EHC plan (تعلیم، صحت اور دیکھ بھال کا منصوبہ) نہ ہو۔
glossary-ehc-plan = EHC plan
glossary-ehc-plan-meaning = تعلیم، صحت اور دیکھ بھال کا منصوبہ۔ یہ ایک قانونی منصوبہ ہے۔ اس میں وہ مدد لکھی ہوتی ہے جو بچے یا نوجوان کو لازمی ملنی چاہیے۔
glossary-local-offer = Local Offer
glossary-local-offer-meaning = کونسل کی فہرست، جس میں SEND والے بچوں اور نوجوانوں کے لیے مقامی مدد لکھی ہوتی ہے، پیدائش سے 25 سال کی عمر تک۔
glossary-sendiass = SENDIASS
glossary-sendiass-meaning = ایک مفت سروس جو SEND کے بارے میں مشورہ دیتی ہے، اور کسی کی طرف داری نہیں کرتی۔

## Page not found
not-found-title = صفحہ نہیں ملا
not-found-body = ہمیں یہ صفحہ نہیں ملا۔ اگر آپ نے ایڈریس خود لکھا تھا، تو چیک کریں کہ وہ صحیح ہے۔
not-found-home = ہوم پیج پر جائیں

## Dates typed in three boxes
date-day = دن
date-month = مہینہ
date-year = سال

## What happens next
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
date-long = { $day } { $month } { $year }
timeline-title = آگے کیا ہو گا
timeline-intro = قانون نے ہر قدم کے لیے ایک تاریخ طے کی ہے۔ ہر قدم زیادہ سے زیادہ اپنی تاریخ تک ہو جانا چاہیے۔
timeline-next-summary = اگلا قدم: { $step }۔ یہ { $date } تک ہو جانا چاہیے۔
timeline-next-when = { $days ->
    [0] یعنی آج۔
    [1] یعنی کل، ایک دن بعد۔
   *[other] یعنی آج سے { $days } دن بعد۔
}
timeline-by = { $date } تک
timeline-state-done = ہو گیا
timeline-state-overdue = دیر ہو گئی
timeline-state-next = اگلا
timeline-state-later = بعد میں
timeline-step-decide-assess = کونسل فیصلہ کرتی ہے کہ EHC needs assessment کرے یا نہیں
timeline-step-decide-assess-detail = EHC needs assessment میں کونسل جانچ کرتی ہے کہ آپ کے بچے کو EHC plan کی ضرورت ہے یا نہیں۔ آپ کے کہنے کے 6 ہفتوں کے اندر کونسل کو آپ کو بتانا ہوتا ہے کہ وہ یہ جانچ کرے گی یا نہیں۔
timeline-step-decide-plan = کونسل فیصلہ کرتی ہے کہ EHC plan بنائے یا نہیں
timeline-step-decide-plan-detail = EHC plan ایک قانونی منصوبہ ہے، جس میں وہ مدد لکھی ہوتی ہے جو آپ کے بچے کو لازمی ملنی چاہیے۔ جانچ کے لیے کہنے کے 16 ہفتوں کے اندر کونسل کو آپ کو بتانا ہوتا ہے کہ وہ یہ منصوبہ بنائے گی یا نہیں۔
timeline-step-comment-draft = آپ منصوبے کے مسودے (draft plan) پر اپنی رائے دیتے ہیں
timeline-step-comment-draft-detail = مسودہ ملنے کے بعد آپ کے پاس 15 دن ہیں، کونسل کو یہ بتانے کے لیے کہ آپ اس کے بارے میں کیا سوچتے ہیں۔ اسی وقت آپ یہ بھی بتاتے ہیں کہ آپ کون سا اسکول یا کالج چاہتے ہیں۔
timeline-step-final-plan = کونسل آپ کو آخری EHC plan بھیجتی ہے
timeline-step-final-plan-detail = جانچ کے لیے کہنے کے 20 ہفتوں کے اندر آخری منصوبہ آ جانا چاہیے۔
timeline-step-review-papers = سالانہ جائزے (annual review) کے کاغذات بھیجے جاتے ہیں
timeline-step-review-papers-detail = سالانہ جائزہ ایک میٹنگ ہے جس میں EHC plan کو کم از کم سال میں ایک بار جانچا جاتا ہے۔ آپ کو رپورٹیں میٹنگ سے کم از کم 2 ہفتے پہلے مل جانی چاہئیں، تاکہ آپ کے پاس انہیں پڑھنے کا وقت ہو۔
timeline-step-review-meeting = سالانہ جائزے کی میٹنگ
timeline-step-review-meeting-detail = EHC plan کو کم از کم ہر 12 مہینے میں ایک میٹنگ میں جانچنا ضروری ہے۔ 5 سال سے چھوٹے بچے کے لیے یہ کم از کم ہر 6 مہینے میں ہوتا ہے۔
timeline-step-review-report = میٹنگ کی رپورٹ بھیجی جاتی ہے
timeline-step-review-report-detail = میٹنگ میں شامل سب لوگوں کو، آپ کو بھی، 2 ہفتوں کے اندر میٹنگ کی لکھی ہوئی رپورٹ مل جانی چاہیے۔
timeline-step-review-decision = کونسل فیصلہ کرتی ہے کہ منصوبے کا کیا ہو گا
timeline-step-review-decision-detail = میٹنگ کے 4 ہفتوں کے اندر کونسل کو آپ کو بتانا ہوتا ہے کہ وہ منصوبہ ویسا ہی رکھے گی، اسے بدلے گی، یا اسے ختم کرے گی۔
timeline-step-phase-transfer = بچے کے اگلے اسکول یا کالج کے لیے منصوبہ بدلا جاتا ہے
timeline-step-phase-transfer-detail = اگلے ستمبر میں آپ کا بچہ تعلیم کے نئے مرحلے میں جائے گا، جیسے سیکنڈری اسکول یا کالج۔ اس تاریخ تک کونسل کو EHC plan بدل کر اس میں لکھنا ہوتا ہے کہ بچہ کہاں جائے گا۔
timeline-late-title = کونسل دیر کر رہی ہے
timeline-late-body = نیچے دیا گیا کم از کم ایک قدم اب تک ہو جانا چاہیے تھا۔ آپ اپنی SENDIASS سے مفت مشورہ لے سکتے ہیں۔ SENDIASS، SEND کے بارے میں مشورہ دیتی ہے اور کسی کی طرف داری نہیں کرتی۔
timeline-late-link = اپنی SENDIASS کیسے تلاش کریں
timeline-step-late = یہ اب تک ہو جانا چاہیے تھا۔ کونسل دیر کر رہی ہے۔
timeline-step-late-link = SENDIASS سے مفت مشورہ لیں
timeline-step-comment-passed = 15 دن گزر چکے ہیں۔ اگر آپ اب بھی منصوبے کے بارے میں کچھ کہنا چاہتے ہیں، تو ابھی کونسل کو بتائیں۔ آپ کی SENDIASS مدد کر سکتی ہے۔
timeline-sen-support = SEN support میں اسکول کو ہر ٹرم میں ایک بار، یعنی سال میں تین بار، آپ سے ملنا چاہیے۔ مل کر آپ دیکھتے ہیں کہ مدد کیسی چل رہی ہے، اور آگے کیا کرنا ہے۔
timeline-none-yet = اگر آپ کو لگتا ہے کہ آپ کے بچے کو اضافی مدد چاہیے، تو اس کے ٹیچر یا SENCO سے بات کریں۔ SENCO وہ ٹیچر ہے جو اسکول میں SEND کی ذمہ داری سنبھالتا ہے۔ اسکول میں ملنے والی اضافی مدد کو SEN support کہتے ہیں۔
timeline-ask-assessment-title = اگر آپ کے بچے کو زیادہ مدد چاہیے
timeline-ask-assessment = اگر اسکول کی مدد کافی نہیں ہے، تو آپ کونسل سے EHC needs assessment کے لیے کہہ سکتے ہیں۔ اس میں کونسل جانچ کرتی ہے کہ آپ کے بچے کو EHC plan کی ضرورت ہے یا نہیں۔ آپ خود کونسل کو خط یا ای میل لکھ کر کہہ سکتے ہیں۔ کونسل کو 6 ہفتوں کے اندر بتانا ہوتا ہے کہ وہ یہ جانچ کرے گی یا نہیں۔
timeline-ask-assessment-then = جب آپ کہہ دیں، تو اپنے بچے کی تفصیلات میں مدد کی صورتِ حال بدلیں، اور وہ تاریخ لکھیں جب آپ نے کہا تھا۔ پھر Heard دکھائے گا کہ کب تک کیا ہونا چاہیے۔
timeline-missing-request = وہ تاریخ لکھیں جب آپ نے EHC needs assessment کے لیے کہا تھا۔ پھر Heard دکھائے گا کہ کب تک کیا ہونا چاہیے۔
timeline-missing-plan = وہ تاریخ لکھیں جب EHC plan جاری ہوا تھا، یا پچھلے سالانہ جائزے کی تاریخ۔ پھر Heard دکھائے گا کہ اگلا جائزہ کب ہونا چاہیے۔
timeline-missing-last-review = اگر سالانہ جائزے کی میٹنگ ہو چکی ہے، تو اس کی تاریخ پچھلے سالانہ جائزے کے طور پر لکھیں۔ پھر Heard دکھائے گا کہ اگلا جائزہ کب ہونا چاہیے۔
timeline-add-dates = تاریخیں لکھیں

## Progress chart
# ریٹنگ کے درجے، اپنے نشان کے بعد: "◑ آگے بڑھ رہا ہے"۔
rating-not-started = شروع نہیں ہوا
rating-just-starting = ابھی شروع ہوا ہے
rating-getting-there = آگے بڑھ رہا ہے
rating-nearly-there = تقریباً پورا ہو گیا
rating-achieved = پورا ہو گیا
# ہدف پہلی ریٹنگ سے آخری ریٹنگ تک کس طرف گیا۔
movement-moved-on = آگے بڑھا
movement-stayed = پہلے جیسا رہا
movement-went-back = پیچھے گیا
movement-not-enough = موازنے کے لیے کافی ریٹنگز نہیں ہیں
progress-summary-family = { $first_point } میں خاندان کی ریٹنگ { $first } تھی، اور { $last_point } میں { $last }۔ کیسا رہا: { $movement }۔
progress-summary-school = { $first_point } میں اسکول کی ریٹنگ { $first } تھی، اور { $last_point } میں { $last }۔ کیسا رہا: { $movement }۔
progress-summary-family-one = { $point } میں خاندان کی ریٹنگ { $rating } تھی۔ ابھی تک صرف ایک ریٹنگ ہے۔
progress-summary-school-one = { $point } میں اسکول کی ریٹنگ { $rating } تھی۔ ابھی تک صرف ایک ریٹنگ ہے۔
progress-summary-family-none = خاندان نے ابھی تک کوئی ریٹنگ نہیں دی۔
progress-summary-school-none = اسکول نے ابھی تک کوئی ریٹنگ نہیں دی۔
progress-not-enough = چارٹ بنانے کے لیے ابھی کافی ریٹنگز نہیں ہیں۔ اب تک کی ریٹنگز جدول میں ہیں۔
progress-legend-family = خاندان کی ریٹنگ: مسلسل لکیر، گول نشان
progress-legend-school = اسکول کی ریٹنگ: ٹوٹی ٹوٹی لکیر، چوکور نشان
progress-column-point = جائزہ
progress-column-family = خاندان کی ریٹنگ
progress-column-school = اسکول کی ریٹنگ
progress-not-rated = ریٹنگ نہیں دی گئی

## Problems with what was typed in the record
error-name-missing = وہ نام لکھیں جس سے بچہ پکارا جانا پسند کرتا ہے۔
error-text-missing = یہاں کچھ لکھیں، یا محفوظ کیے بغیر واپس جائیں۔
error-too-long = یہ بہت لمبا ہے۔ { $max } حروف یا اس سے کم استعمال کریں۔
error-date-missing = تاریخ لکھیں۔
error-date-incomplete = تاریخ میں دن، مہینہ اور سال تینوں ہونے چاہئیں۔
error-date-not-real = یہ اصل تاریخ نہیں ہے۔ ہندسے استعمال کریں، جیسے 27 3 2014۔
error-birth-date-in-future = تاریخِ پیدائش گزرا ہوا دن ہونی چاہیے۔
error-older-than-25 = Heard پیدائش سے 25 سال کی عمر تک کے بچوں اور نوجوانوں کے لیے ہے۔
error-date-in-future = یہ تاریخ آج یا اس سے پہلے کی ہونی چاہیے۔
error-choose-one = دیے گئے اختیارات میں سے ایک چنیں۔
error-changed-meanwhile = آپ کے لکھتے ہوئے کسی اور نے تبدیلی محفوظ کی۔ کچھ ضائع نہیں ہوا۔ نیچے دونوں نسخے دیکھیں، پھر دوبارہ محفوظ کریں۔
error-hidden-character = “{ $after }” کے فوراً بعد ایک چھپا ہوا حرف ہے۔ Heard اسے محفوظ نہیں کر سکتا۔ یہ اکثر کاپی اور پیسٹ کرنے سے آ جاتا ہے۔ اسے مٹا دیں، یا وہ حصہ دوبارہ ٹائپ کریں۔
error-hidden-character-at-start = بالکل شروع میں ایک چھپا ہوا حرف ہے۔ Heard اسے محفوظ نہیں کر سکتا۔ یہ اکثر کاپی اور پیسٹ کرنے سے آ جاتا ہے۔ اسے مٹا دیں، یا وہ حصہ دوبارہ ٹائپ کریں۔

## A record that cannot be shown
record-not-found-title = ہمیں یہ نہیں ملا
record-not-found-body = ہو سکتا ہے اسے ہٹا دیا گیا ہو، یا لنک غلط ہو۔ یا خاندان نے اسے آپ کے ساتھ شیئر کرنا بند کر دیا ہو۔
record-unavailable-title = معاف کیجیے، کچھ غلط ہو گیا
record-unavailable-body = ہم ابھی اسے نہیں کھول سکے۔ آپ کا محفوظ کیا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔
record-back-to-start = اپنے شروع کے صفحے پر جائیں

## Adding a child and changing their details
child-add-title = بچے کو شامل کریں
child-edit-title = { $name } کی تفصیلات بدلیں
child-form-intro = اپنے بچے یا نوجوان کے بارے میں بتائیں۔ اسے صرف آپ کے خاندان کے لوگ دیکھ سکتے ہیں۔
child-back-to-record = ریکارڈ پر واپس جائیں
child-called-name = وہ نام جس سے وہ پکارا جانا پسند کرتے ہیں
child-called-name-hint = یہ پیار کا نام بھی ہو سکتا ہے۔ پورا نام ضروری نہیں۔
child-date-of-birth = تاریخِ پیدائش
child-date-of-birth-hint = مثال کے طور پر، 27 3 2014
child-setting = اسکول، کالج یا نرسری
child-setting-hint = اگر وہ کہیں نہیں جاتے تو اسے خالی چھوڑ دیں۔
child-year-group = سال کا درجہ (Year group)
child-year-group-hint = ہم اسے تاریخِ پیدائش سے نکالتے ہیں۔ اگر وہ کسی اور سال میں ہیں تو اسے بدل دیں۔
child-year-group-auto = تاریخِ پیدائش سے نکالیں
child-year-group-auto-known = تاریخِ پیدائش سے نکالیں ({ $year })
child-support-status = اس وقت انہیں کون سی مدد ملتی ہے؟
child-support-status-hint = آپ اسے کسی بھی وقت بدل سکتے ہیں۔
child-key-dates = اہم تاریخیں، اگر آپ کو معلوم ہوں
child-key-dates-hint = ان تاریخوں سے ہم بتا سکتے ہیں کہ آگے کیا ہونا چاہیے، اور کب تک۔ جو تاریخ معلوم نہ ہو اسے خالی چھوڑ دیں۔
child-assessment-requested-on = آپ نے EHC needs assessment کب مانگی
child-assessment-requested-on-hint = EHC needs assessment میں کونسل دیکھتی ہے کہ کیا آپ کے بچے کو EHC plan کی ضرورت ہے۔
child-draft-plan-received-on = آپ کو EHC plan کا مسودہ (draft) کب ملا
child-draft-plan-received-on-hint = مسودہ پلان کا پہلا نسخہ ہوتا ہے، حتمی ہونے سے پہلے۔
child-plan-issued-on = حتمی EHC plan کب جاری ہوا
child-plan-issued-on-hint = یہ حتمی پلان پر لکھی تاریخ ہے۔
child-last-annual-review-on = پچھلی سالانہ جائزہ میٹنگ (annual review)
child-last-annual-review-on-hint = سالانہ جائزہ EHC plan کو جانچنے کی سال میں ایک بار ہونے والی میٹنگ ہے۔
child-next-annual-review-on = اگلی سالانہ جائزہ میٹنگ
child-next-annual-review-on-hint = صرف اگر تاریخ طے ہو چکی ہو۔
child-areas-of-need = ضرورت کے شعبے
child-areas-of-need-hint = جو بھی مناسب ہوں ان سب پر نشان لگائیں۔ اسکول اور کونسل یہی چار شعبے استعمال کرتے ہیں۔
child-save = محفوظ کریں
child-conflict-title = کسی اور نے یہ تفصیلات بدل دیں
child-conflict-body = آپ کے لکھتے ہوئے آپ کے خاندان میں کسی نے تبدیلی محفوظ کی۔ فارم میں وہی ہے جو آپ نے لکھا۔ اسے دیکھیں، پھر اپنا نسخہ رکھنے کے لیے دوبارہ محفوظ کریں۔

support-status-none = ابھی کوئی اضافی مدد نہیں
support-status-sen-support = SEN support (اسکول میں اضافی مدد، EHC plan کے بغیر)
support-status-assessment-requested = ہم نے EHC needs assessment مانگی ہے
support-status-ehc-plan = EHC plan (تعلیم، صحت اور دیکھ بھال کی مدد کا قانونی پلان)

area-communication = بات چیت اور میل جول
area-learning = سوچنا اور سیکھنا
area-semh = سماجی، جذباتی اور ذہنی صحت
area-sensory-physical = حسی اور جسمانی

year-group-early-years = ابھی اسکول نہیں جاتے (نرسری یا گھر پر)
year-group-reception = ریسیپشن (Reception)
year-group-year = سال { $number } (Year { $number })
year-group-post-school = سال 13 کے بعد (کالج، تربیت یا کام)

## A child's record at a glance
child-not-given = نہیں بتایا گیا
child-change-details = تفصیلات بدلیں
child-parts-title = ان کا ریکارڈ
keep-on-phone-title = انٹرنیٹ کے بغیر پڑھیں
keep-on-phone-about = آپ { $name } کا ریکارڈ اس فون پر رکھ سکتے ہیں، تاکہ انٹرنیٹ نہ ہونے پر بھی پڑھ سکیں۔ یہ صرف اپنے فون پر کریں۔ سائن آؤٹ کرنے پر یہ ہٹا دیا جاتا ہے۔
keep-on-phone-keep = اس فون پر رکھیں
keep-on-phone-stop = اس فون پر رکھنا بند کریں
keep-on-phone-kept = { $name } کا ریکارڈ اس فون پر رکھا ہوا ہے۔ جب بھی آپ اسے انٹرنیٹ کے ساتھ کھولیں، یہ تازہ ہو جاتا ہے۔
keep-on-phone-forgotten = { $name } کا ریکارڈ اب اس فون پر نہیں رکھا ہوا۔
keep-on-phone-failed = یہ نہیں ہو سکا۔ دیکھیں کہ انٹرنیٹ ہے، اور دوبارہ کوشش کریں۔
child-part-about-me = وہ کون ہیں، ان کے لیے کیا اہم ہے اور ان کی مدد کیسے کی جائے، ان کے اور آپ کے الفاظ میں۔
child-part-goals = آپ سب کیا بدلنا چاہتے ہیں، اور کس چیز سے مدد ملے گی۔
child-part-reviews = ہر ہدف کیسا جا رہا ہے، اسکول کے سال میں تین بار۔
child-part-prepare = اگلی جائزہ میٹنگ کی تیاری کریں، اور ساتھ لے جانے کے لیے ایک پیک پرنٹ کریں۔
child-part-progress = وقت کے ساتھ ہر ہدف کی درجہ بندی، چارٹ اور جدول میں۔
child-part-next-steps = آگے کیا ہونا چاہیے، اور کب تک۔
child-nav-label = { $name } کا ریکارڈ
child-nav-overview = خلاصہ
child-nav-about-me = میرے بارے میں سب کچھ
child-nav-goals = اہداف
child-nav-reviews = جائزے کے مواقع
child-nav-progress = پیش رفت
child-nav-prepare = جائزے کی تیاری
child-nav-next-steps = آگے کیا ہوگا
family-add-child = بچے کو شامل کریں

## What happens next, the page
next-steps-title = { $name } کے لیے آگے کیا ہوگا

## Getting ready for a review, and the review pack
prepare-title = جائزے کی تیاری
prepare-coming = اگلا جائزہ { $point } ہے، { $date } کو۔
prepare-change-date = تاریخ بدلیں
prepare-open-pack = پرنٹ کرنے کے لیے جائزہ پیک کھولیں
prepare-changed-title = کیا بدلا ہے
prepare-since = پچھلے جائزے ({ $date }) کے بعد سے:
prepare-since-start = ابھی تک کسی جائزے میں کچھ درج نہیں ہوا۔ ریکارڈ میں سب کچھ نیا ہے۔
prepare-nothing-changed = اس کے بعد ریکارڈ میں کچھ نہیں بدلا۔
prepare-entry-changed = "{ $part }" کو { $author } نے لکھا یا بدلا۔
prepare-read-it = { $part } پڑھیں
prepare-questions-saved = آپ کے سوالات محفوظ ہو گئے ہیں۔ یہ جائزے کے پیک میں ہیں۔
prepare-questions-title = میٹنگ کے لیے آپ کے سوال
prepare-questions-label = آپ میٹنگ میں کیا پوچھنا یا کہنا چاہتے ہیں؟
prepare-questions-hint = ہر سطر پر ایک سوال لکھیں۔ یہ جائزہ پیک میں جاتے ہیں، تاکہ آپ انہیں نہ بھولیں۔
prepare-save-questions = سوال محفوظ کریں
prepare-conflict-title = کسی اور نے سوال بدل دیے
prepare-conflict-body = آپ کے لکھتے ہوئے آپ کے خاندان میں کسی نے یہ سوال محفوظ کیے۔ آپ نے جو لکھا وہ نیچے خانے میں موجود ہے۔ جو رکھنا چاہتے ہیں اسے ملا کر محفوظ کریں۔
goal-state-active = ابھی اس پر کام جاری ہے
goal-state-achieved = حاصل ہو گیا
goal-state-stopped = روک دیا گیا
pack-title = { $name } کا جائزہ پیک
pack-back = جائزے کی تیاری پر واپس
pack-how-to-print = پرنٹ کرنے کے لیے اپنے براؤزر کا Print مینیو استعمال کریں۔ فون پر Share، پھر Print دبائیں۔ یہ A4 کاغذ پر آتا ہے اور بلیک اینڈ وائٹ میں بھی صاف پڑھا جاتا ہے۔
pack-for-school-link = انگریزی میں، اسکول کے لیے
pack-for-school-here = یہ انگریزی میں پیک ہے، اسکول کے عملے کے لیے۔ آپ کے اپنے الفاظ ویسے ہی ہیں جیسے آپ نے لکھے۔
pack-in-own-language = پیک اپنی زبان میں دیکھیں
pack-print = پرنٹ کریں
pack-meeting = جائزہ: { $point }، { $date }
pack-about-me = میرے بارے میں سب کچھ
pack-goals = اہداف اور ان کی پیش رفت
pack-questions = ہمارے سوال
pack-nothing-yet = ابھی کچھ نہیں لکھا گیا۔
pack-goal-number = ہدف { $number }:
pack-goal-theme = شعبہ
pack-goal-support = کس چیز سے مدد ملے گی
pack-goal-measure = ہمیں کیسے پتا چلے گا
pack-goal-by-when = کب تک
pack-share-link = پیک لنک کے ذریعے بھیجیں
pack-share-title = { $name } کا ریویو پیک لنک کے ذریعے بھیجیں
pack-share-back = ریویو پیک پر واپس جائیں
pack-share-lead = ایک شخص کے لیے لنک بنائیں، جیسے کوئی استاد۔ وہ اکاؤنٹ کے بغیر پیک کھول سکتے ہیں۔ آپ چنتے ہیں کہ لنک کتنی دیر چلے، اور آپ اسے کسی بھی وقت روک سکتے ہیں۔
pack-share-made-title = یہ { $who } کے لیے لنک ہے
pack-share-made-lead = اسے ابھی کاپی کریں اور انہیں بھیج دیں۔ ہم اسے صرف اسی ایک بار دکھاتے ہیں۔ یہ { $date } تک چلے گا۔
pack-share-made-label = لنک
pack-share-withdraw-ask = کیا { $who } کے لیے لنک روک دیں؟
pack-share-withdraw-hint = یہ فوراً کام کرنا بند کر دے گا۔ آپ بعد میں نیا لنک بنا سکتے ہیں۔
pack-share-withdraw-yes = ہاں، لنک روک دیں
pack-share-withdraw-no = نہیں، اسے رہنے دیں
pack-share-live-title = وہ لنک جو ابھی چل رہے ہیں
pack-share-none = ابھی کوئی لنک نہیں چل رہا۔
pack-share-live-item = { $date } تک چلے گا، { $count ->
    [one] ایک بار کھولا گیا
   *[other] { $count } بار کھولا گیا
}۔
pack-share-withdraw = روکیں
pack-share-withdraw-named = { $who } کے لیے لنک روکیں
pack-share-in-english = انگریزی میں، اسکول کے لیے
pack-share-in-own = { $language } میں
pack-share-make-title = نیا لنک بنائیں
pack-share-for-name = یہ لنک کس کے لیے ہے؟
pack-share-for-name-hint = ان کا نام اور کام، مثلاً: مسٹر جونز (کلاس ٹیچر)۔
pack-share-how-long = لنک کتنی دیر چلے؟
pack-share-days = { $days } دن
pack-share-until-date = اس دن تک جو میں چنوں
pack-share-until = آخری دن جب لنک چلے گا
pack-share-until-hint = صرف اگر آپ نے "اس دن تک جو میں چنوں" چنا ہو۔ مثلاً 27 3 2027۔
pack-share-language = پیک کس زبان میں ہو؟
pack-share-make = لنک بنائیں
pack-share-documents = پیک کے ساتھ کون سی دستاویزات جائیں؟
pack-share-documents-hint = صرف وہ چنیں جن کی اس شخص کو ضرورت ہے۔ جب تک لنک چلے گا وہ انہیں ڈاؤن لوڈ کر سکتے ہیں۔ کوئی بھی چننا ضروری نہیں۔
pack-share-document = { $kind }، { $date }: { $file }
pack-share-documents-not-on-list = صرف اس فہرست میں سے دستاویزات چنیں۔
pack-share-live-documents = { $count ->
    [one] اس کے ساتھ 1 دستاویز ہے۔
   *[other] اس کے ساتھ { $count } دستاویزات ہیں۔
}
pack-link-shared-by = { $who } نے یہ پیک آپ کے ساتھ شیئر کیا ہے۔ لنک { $date } تک چلے گا۔
pack-link-ended-title = یہ لنک اب کام نہیں کرتا
pack-link-ended-body = خاندان نے اسے روک دیا، یا اس کا وقت ختم ہو گیا۔ اگر آپ کو ابھی بھی پیک چاہیے تو خاندان سے نیا لنک مانگیں۔
pack-link-unknown-title = ہمیں یہ لنک نہیں ملا
pack-link-unknown-body = دیکھیں کہ آپ کے پاس پورا لنک ہے۔ اگر پھر بھی کام نہ کرے تو خاندان سے نیا لنک مانگیں۔
pack-link-documents = آپ کے ساتھ شیئر کی گئی دستاویزات

## Goals (outcomes)
adulthood-employment = کام، کالج یا یونیورسٹی
adulthood-independent-living = جتنا ہو سکے اپنے بل پر رہنا
adulthood-friends-community = دوست، رشتے اور اپنے محلے کا حصہ بننا
adulthood-good-health = اچھی صحت
goals-theme-adulthood = Preparing for Adulthood (بڑوں کی زندگی کی تیاری): { $theme }
goals-title = { $name } کے اہداف
goals-intro = ہدف بتاتا ہے کہ { $name } کے لیے کیا بدلے گا، اور کس چیز سے مدد ملے گی۔ اسکول اور کونسل اہداف کو "outcomes" کہتے ہیں۔
goals-outcome-explained = outcome ایک ایسی تبدیلی ہے جو آپ دیکھ سکیں گے، اُس مدد کی وجہ سے جو { $name } کو ملتی ہے۔
goals-aspiration-note = کوئی امید یا خواب، جیسے "میں جانوروں کے ساتھ کام کرنا چاہتا ہوں"، بہت اہم ہے۔ لیکن یہ ہدف نہیں ہے۔ ہدف چھوٹا اور واضح ہوتا ہے: ایک ایسی تبدیلی جو نظر آئے، جیسے "میں ہر روز خود بلی کو کھانا دیتا ہوں"۔ امیدیں اور خواب آپ "میرے بارے میں سب کچھ" میں لکھ سکتے ہیں۔
goals-adulthood-explained = Year 9 سے، اہداف بڑوں کی زندگی کی تیاری کے بارے میں بھی ہو سکتے ہیں۔ اسے Preparing for Adulthood کہتے ہیں۔ اس میں کام یا پڑھائی، جتنا ہو سکے اپنے بل پر رہنا، دوست اور محلہ، اور اچھی صحت شامل ہیں۔
goals-add = ہدف شامل کریں
goals-active-title = وہ اہداف جن پر ابھی کام ہو رہا ہے
goals-active-order = سب سے اہم ہدف سب سے پہلے ہے۔ آپ اہداف کو اوپر اور نیچے کر سکتے ہیں۔
goals-none-active = ابھی کوئی ہدف نہیں ہے۔ پہلا ہدف شامل کریں۔
goals-number = ہدف { $number }
goals-row-outcome = کیا بدلے گا
goals-row-theme = یہ کس بارے میں ہے
goals-row-support = کس چیز سے مدد ملے گی
goals-row-measure = ہمیں کیسے پتا چلے گا
goals-row-by-when = کب تک
goals-not-written = ابھی نہیں لکھا گیا
goals-no-date = کوئی تاریخ نہیں رکھی گئی
goals-change = بدلیں
goals-change-named = یہ ہدف بدلیں: { $outcome }
goals-move-up = اوپر کریں
goals-move-up-named = اوپر کریں: { $outcome }
goals-move-down = نیچے کریں
goals-move-down-named = نیچے کریں: { $outcome }
goals-mark-achieved = پورا ہو گیا
goals-mark-achieved-named = پورا ہو گیا: { $outcome }
goals-stop = یہ ہدف روک دیں
goals-stop-named = یہ ہدف روک دیں: { $outcome }
goals-finished-title = پورے ہوئے اور روکے گئے اہداف
goals-finished-intro = ختم ہونے والے اہداف یہیں رہتے ہیں، اُن کے بارے میں لکھی ہر بات اور اُن کی درجہ بندی کے ساتھ۔ آپ کسی بھی وقت کسی ہدف کو دوبارہ شروع کر سکتے ہیں۔
goals-none-finished = ابھی کوئی ہدف پورا یا روکا نہیں گیا۔
goals-achieved-on = { $date } کو پورا ہوا
goals-stopped-on = { $date } کو روکا گیا
goals-state-achieved = پورا ہو گیا
goals-state-stopped = روک دیا گیا
goals-make-active = دوبارہ شروع کریں
goals-make-active-named = دوبارہ شروع کریں: { $outcome }
goals-back = اہداف پر واپس جائیں
goals-add-title = ہدف شامل کریں
goals-edit-title = ہدف بدلیں
goals-form-intro = ایک وقت میں ایک ہدف لکھیں، اپنے الفاظ میں۔ ہدف ایک ایسی تبدیلی ہے جو آپ دیکھ سکیں گے۔
goals-outcome = کیا بدلے گا؟
goals-outcome-hint = ایک تبدیلی لکھیں جو آپ دیکھنا چاہتے ہیں۔ مثال کے طور پر: "جب مجھے سمجھ نہ آئے تو میں کلاس میں مدد مانگ سکتا ہوں۔"
goals-theme = یہ ہدف زیادہ تر کس بارے میں ہے؟
goals-theme-hint = جو سب سے زیادہ ٹھیک لگے وہ چنیں۔ یہ ضرورت کے وہ چار شعبے ہیں جو اسکول اور کونسل استعمال کرتے ہیں۔
goals-theme-hint-adulthood = جو سب سے زیادہ ٹھیک لگے وہ چنیں۔ Year 9 سے، ہدف بڑوں کی زندگی کی تیاری کے بارے میں بھی ہو سکتا ہے۔ اسکول اور کونسل اسے Preparing for Adulthood کہتے ہیں۔
goals-support = کس چیز سے مدد ملے گی؟
goals-support-hint = وہ مدد جس سے یہ ہو سکے گا، اور یہ مدد کون دے گا۔ مثال کے طور پر: تصویروں والا ٹائم ٹیبل، اور ہر صبح ٹیچنگ اسسٹنٹ کے ساتھ 10 منٹ۔
goals-measure = ہمیں کیسے پتا چلے گا کہ یہ ہو گیا؟
goals-measure-hint = جب یہ کام کرے گا تو آپ کیا دیکھیں گے یا سنیں گے۔ مثال کے طور پر: "وہ دو ہفتے تک ہر روز کم از کم ایک بار مدد مانگتے ہیں۔"
goals-by-when = کب تک؟ (آپ اسے خالی چھوڑ سکتے ہیں)
goals-by-when-hint = مثال کے طور پر، 31 7 2027
goals-save = ہدف محفوظ کریں
goals-conflict-title = کسی اور نے یہ ہدف بدل دیا
goals-conflict-body = آپ کے لکھتے ہوئے آپ کے خاندان میں کسی نے اس ہدف میں تبدیلی محفوظ کی۔ کچھ ضائع نہیں ہوا۔ نیچے فارم میں وہی ہے جو آپ نے لکھا۔ اس خانے میں وہ ہے جو انہوں نے محفوظ کیا۔ دونوں دیکھیں، پھر اپنا نسخہ رکھنے کے لیے دوبارہ محفوظ کریں۔
goals-newest-title = سب سے آخر میں کیا محفوظ ہوا

## All about me: the one-page profile in six parts
about-me-title = میرے بارے میں سب کچھ
about-me-intro = یہ صفحہ { $name } کے بارے میں ہے: وہ کون ہیں، ان کے لیے کیا اہم ہے، اور ان کی مدد کا بہترین طریقہ کیا ہے۔ اس کے چھ حصے ہیں۔
about-me-intro-plan = جب ان کے منصوبے بنائے جائیں تو آپ اسے استعمال کر سکتے ہیں۔ مثال کے طور پر، یہ EHC plan کے Section A میں جا سکتا ہے۔ (EHC plan تعلیم، صحت اور دیکھ بھال کی مدد کا ایک قانونی منصوبہ ہے۔ Section A اس کا وہ حصہ ہے جس میں بچے کی اپنی رائے، امیدیں اور ان کے لیے اہم باتیں ہوتی ہیں۔)
about-me-intro-who = نوجوان یہاں اپنے الفاظ میں لکھ سکتے ہیں۔ والدین یا دیکھ بھال کرنے والے بھی لکھ سکتے ہیں، یا کوئی ایڈووکیٹ ان کے ساتھ مل کر۔ ہر تحریر کے ساتھ لکھا ہوتا ہے کہ یہ کس کی طرف سے ہے۔ جب آپ کچھ بدلتے ہیں تو پہلے والا نسخہ بھی رکھا جاتا ہے۔
about-me-liked-and-admired = لوگ میری کون سی باتیں پسند کرتے ہیں اور سراہتے ہیں
about-me-liked-and-admired-hint = میں کس چیز میں اچھا یا اچھی ہوں؟ میرے دوست اور گھر والے میری کون سی باتیں پسند کرتے ہیں؟ مجھے کس بات پر فخر ہے؟
about-me-important-to-me = میرے لیے کیا اہم ہے، ابھی اور آگے چل کر
about-me-important-to-me-hint = کون اور کیا میرے لیے اہم ہے: لوگ، جگہیں، کام، روز کے معمول۔ میں کیا کرتے رہنا چاہتا یا چاہتی ہوں؟ میرے مستقبل کے لیے کیا اہم ہے؟
about-me-how-to-support-me = میری مدد کا بہترین طریقہ
about-me-how-to-support-me-hint = کیا چیز میری مدد کرتی ہے، اور کیا نہیں؟ مجھے نئی چیزیں کیسے سمجھائی جائیں؟ جب میرے لیے کچھ مشکل ہو تو لوگ کیا کریں؟
about-me-how-i-communicate = میں بات کیسے کرتا یا کرتی ہوں، اور میرے احساسات کیسے پہچانیں
about-me-how-i-communicate-hint = میں لوگوں کو باتیں کیسے بتاتا یا بتاتی ہوں: الفاظ سے، اشاروں سے، تصویروں سے، آوازوں سے یا اپنے کاموں سے؟ آپ کیسے جان سکتے ہیں کہ میں خوش، فکرمند یا پریشان ہوں؟
about-me-hopes-and-dreams = میری امیدیں اور خواب
about-me-hopes-and-dreams-hint = میں اپنے مستقبل کے لیے کیا چاہتا یا چاہتی ہوں؟ اسکول یا کالج، کام، رہنے کی جگہ، دوستوں اور صحت کے بارے میں سوچیں۔ چھوٹی ہو یا بڑی، ہر امید اہم ہے۔
about-me-working-and-not-working = ابھی کیا ٹھیک چل رہا ہے اور کیا نہیں
about-me-working-and-not-working-hint = اسکول میں، گھر پر یا کہیں بھی، ابھی میرے لیے کیا اچھا چل رہا ہے؟ کیا مشکل ہے، یا ٹھیک نہیں چل رہا؟ ہر جائزہ میٹنگ سے پہلے یہ لکھیں۔
about-me-nothing-yet = یہاں ابھی کچھ نہیں لکھا گیا۔
about-me-written-by = لکھنے والے: { $author } · محفوظ کیا گیا: { $date }
about-me-change = تبدیل کریں
about-me-change-which = { $part }، تحریر نمبر { $number }
about-me-earlier-versions = پہلے والے نسخے ({ $count })
about-me-add = اس حصے میں لکھیں
author-young-person = نوجوان خود، اپنے الفاظ میں
author-parent-or-carer = والدین یا دیکھ بھال کرنے والے
author-advocate = ایڈووکیٹ، نوجوان کے ساتھ مل کر
about-me-add-caption = میرے بارے میں سب کچھ میں لکھیں
about-me-edit-caption = جو لکھا تھا اسے بدلیں
about-me-text-label = آپ کیا کہنا چاہتے ہیں؟
about-me-text-label-yours = آپ کی تحریر (ابھی محفوظ نہیں ہوئی)
about-me-text-more = جتنا چاہیں لکھیں، کم یا زیادہ۔ چھوٹی باتیں بھی ٹھیک ہیں۔ آپ اسے بعد میں بدل سکتے ہیں۔
about-me-author = یہ کس کے الفاظ ہیں؟
about-me-author-hint = یہ چنیں کہ الفاظ کس کے ہیں، یہ نہیں کہ کس نے ٹائپ کیے۔
about-me-author-young-person = نوجوان خود، اپنے الفاظ میں
about-me-author-young-person-hint = ان کے اپنے الفاظ، چاہے کسی اور نے ان کے لیے ٹائپ کیے ہوں۔
about-me-author-parent-or-carer = والدین یا دیکھ بھال کرنے والے
about-me-author-parent-or-carer-hint = آپ، یا خاندان میں کوئی اور والد، والدہ یا دیکھ بھال کرنے والا۔
about-me-author-advocate = ایڈووکیٹ، نوجوان کے ساتھ مل کر
about-me-author-advocate-hint = ایڈووکیٹ وہ شخص ہے جو خاندان کو اپنی بات کہنے میں مدد دیتا ہے، جیسے SENDIASS کا کارکن۔ یہ چنیں اگر انہوں نے یہ نوجوان کے ساتھ مل کر لکھا۔
about-me-save = محفوظ کریں
about-me-back = میرے بارے میں سب کچھ پر واپس جائیں
about-me-edit-keeps = جب آپ محفوظ کریں گے تو پہلے والا نسخہ بھی رکھا جائے گا۔ آپ اسے کسی بھی وقت پڑھ سکتے ہیں۔
about-me-conflict-title = کسی اور نے تبدیلی محفوظ کی
about-me-conflict-body = آپ کے لکھتے ہوئے آپ کے خاندان میں کسی نے نیا نسخہ محفوظ کیا۔ آپ کی تحریر ابھی بھی خانے میں ہے۔ ان کا نسخہ بھی پڑھیں۔ پھر اپنا نسخہ رکھنے کے لیے محفوظ کریں، یا پہلے اسے بدل لیں۔ ان کا نسخہ بھی پہلے والے نسخوں میں رکھا رہے گا۔
about-me-newest-title = سب سے نیا محفوظ نسخہ
about-me-version-by = لکھنے والے: { $author }۔ { $who } نے { $date } کو محفوظ کیا۔
about-me-saved-by-unknown = کوئی ایسا شخص جس کا اکاؤنٹ اب نہیں ہے
about-me-history-link = ہر نسخہ پڑھیں
about-me-history-title = ہر نسخہ
about-me-history-intro = سب سے نیا نسخہ سب سے پہلے ہے۔ پہلے والے نسخے کبھی ضائع نہیں ہوتے۔
about-me-version = نسخہ { $number }
about-me-version-newest = نسخہ { $number }، سب سے نیا

## جائزے کے مواقع (Review points)
term-autumn = خزاں
term-spring = بہار
term-summer = گرما
reviews-title = جائزے کے مواقع
reviews-intro = جائزے کا موقع ایک میٹنگ ہے جس میں دیکھا جاتا ہے کہ ہر ہدف کیسا جا رہا ہے، اور آگے کیا کرنا ہے۔ اسکول کے ہر سال میں یہ تین ہوتے ہیں: ایک خزاں کی ٹرم میں، ایک بہار کی ٹرم میں اور ایک گرما کی ٹرم میں۔
reviews-intro-sen-support = اگر آپ کے بچے کو SEN support ملتی ہے (EHC plan کے بغیر اسکول میں اضافی مدد)، تو اسکول کو سال میں تین بار، ہر ٹرم میں ایک بار، آپ سے ملنا چاہیے۔
reviews-intro-ehc-plan = اگر آپ کے بچے کا EHC plan ہے (مدد کا قانونی پلان)، تو سالانہ جائزے (annual review) کی میٹنگ ان تین میں سے ایک ہے۔
reviews-intro-dates = ہم نے ہر ٹرم کی عام تاریخ لکھ دی ہے۔ جب آپ کو اصل تاریخ معلوم ہو تو اسے بدل دیں۔
reviews-school-year = اسکول کا سال { $year }
reviews-term-heading = { $term } کی ٹرم
reviews-held-on = تاریخ: { $date }
reviews-recorded = لکھا جا چکا ہے
reviews-not-recorded = ابھی کچھ نہیں لکھا گیا
reviews-coming-up = آنے والا ہے: ابھی کچھ نہیں لکھا گیا
reviews-record-link = یہ جائزہ لکھیں
reviews-change-link = دیکھیں یا بدلیں
review-title = جائزے کا موقع: { $point }
review-back = جائزے کے مواقع پر واپس جائیں
review-intro = جو لکھ سکیں لکھیں۔ آپ کسی بھی وقت واپس آ کر اسے بدل سکتے ہیں۔ اسے صرف آپ کا خاندان دیکھ سکتا ہے۔
review-held-on = جائزہ میٹنگ کی تاریخ
review-held-on-hint = ہم نے اس ٹرم کی عام تاریخ لکھ دی ہے۔ اسے اصل تاریخ سے بدل دیں۔ مثال کے طور پر، 10 11 2025۔
review-goals-title = ہر ہدف کیسا جا رہا ہے
review-goals-hint = ہر ہدف کے لیے چنیں کہ وہ اب کیسا جا رہا ہے۔ اگر آپ کو یقین نہیں، تو "ابھی ریٹنگ نہیں دی" رہنے دیں۔
review-no-goals = ابھی کوئی ہدف نہیں ہے۔ پہلے اہداف شامل کریں، پھر واپس آ کر بتائیں کہ وہ کیسے جا رہے ہیں۔
review-add-goals = اہداف شامل کریں
review-goal-achieved = یہ ہدف پورا ہو چکا ہے۔
review-goal-stopped = یہ ہدف روک دیا گیا ہے۔
review-rating = آپ کے خاندان کی نظر میں یہ کیسا جا رہا ہے؟
review-school-rating = اسکول کی نظر میں یہ کیسا جا رہا ہے؟
review-school-rating-hint = جیسا اسکول نے میٹنگ میں کہا۔ اگر آپ کو معلوم نہیں، تو "ابھی ریٹنگ نہیں دی" رہنے دیں۔
school-view-link = اسکول کی رائے لکھیں
school-view-title = اسکول کی رائے: { $point }
school-view-intro = بتائیں کہ اسکول کی نظر میں ہر ہدف کیسا جا رہا ہے۔ خاندان اس کے ساتھ آپ کا نام، کام اور اسکول دیکھتا ہے۔
school-view-rating = اسکول کی نظر میں یہ کیسا جا رہا ہے؟
school-view-comment = اسکول کیا کہتا ہے
school-view-comment-hint = مختصر اور آسان۔ آپ اسے خالی چھوڑ سکتے ہیں۔
school-view-save = اسکول کی رائے محفوظ کریں
written-by-professional = { $name } ({ $job }، { $organisation }) نے لکھا۔
review-school-view-theirs = اسے صرف وہی شخص بدل سکتا ہے جس نے اسے لکھا ہے۔
review-not-rated = ابھی ریٹنگ نہیں دی
review-family-comment = خاندان کیا کہتا ہے (اختیاری)
review-family-comment-hint = کیا بدلا ہے؟ کس چیز سے مدد ملی، اور کس سے نہیں؟
review-young-person-comment = { $name } کیا کہتے ہیں، ان کے اپنے الفاظ میں (اختیاری)
review-young-person-comment-hint = { $name } خود یہاں لکھ سکتے ہیں، یا آپ ان کی بات بالکل ویسے لکھ دیں جیسے انہوں نے کہی۔
review-overall-title = اس وقت
review-what-is-working = کیا اچھا چل رہا ہے؟ (اختیاری)
review-what-is-working-hint = اسکول میں، گھر پر یا کہیں بھی۔
review-what-is-not-working = کیا ٹھیک نہیں چل رہا؟ (اختیاری)
review-what-is-not-working-hint = کیا مشکل ہے، یا کیا بدلنے کی ضرورت ہے۔
review-save = یہ جائزہ محفوظ کریں
review-conflict-title = کسی اور نے یہ جائزہ محفوظ کیا
review-conflict-body = آپ کے لکھتے ہوئے آپ کے خاندان میں کسی نے تبدیلیاں محفوظ کیں۔ سب سے نیا محفوظ نسخہ پہلے دکھایا گیا ہے۔ نیچے فارم میں وہی ہے جو آپ نے لکھا۔ دونوں دیکھیں، پھر اپنا نسخہ رکھنے کے لیے دوبارہ محفوظ کریں۔
review-saved-title = سب سے نیا محفوظ نسخہ
review-saved-rating = خاندان کی ریٹنگ
review-saved-school-rating = اسکول کی ریٹنگ
review-saved-family-comment = خاندان کیا کہتا ہے
review-saved-young-person-comment = { $name } کیا کہتے ہیں
review-saved-what-is-working = کیا اچھا چل رہا ہے
review-saved-what-is-not-working = کیا ٹھیک نہیں چل رہا
review-saved-nothing = کچھ نہیں لکھا گیا

## پیش رفت (Progress)
progress-page-title = پیش رفت
progress-page-intro = اس صفحے پر دکھایا گیا ہے کہ ہر جائزے کے موقع پر ہر ہدف کیسا رہا۔ ریٹنگ ○ شروع نہیں ہوا سے ● پورا ہو گیا تک جاتی ہے۔ ہر ہدف کا ایک چارٹ اور ایک جدول ہے جن میں ایک جیسی ریٹنگز ہیں۔ جو آسان لگے وہ دیکھیں۔
progress-year-title = اسکول کا یہ سال ({ $year })
progress-year-intro = کون سے اہداف آگے بڑھے، پہلے جیسے رہے یا پیچھے گئے۔ ہم اس اسکول کے سال میں خاندان کی پہلی ریٹنگ کا سب سے نئی ریٹنگ سے موازنہ کرتے ہیں۔
progress-year-none = یہ دیکھنے کے لیے کہ اس اسکول کے سال میں کوئی ہدف کیسا رہا، اس سال دو جائزوں کی ریٹنگز چاہییں۔
progress-latest-rating = تازہ ترین ریٹنگ: { $point }
progress-last-year = پچھلا اسکول کا سال: { $movement }
progress-not-rated-yet = ابھی کوئی ریٹنگ نہیں
progress-goal-achieved = پورا ہو گیا
progress-goal-achieved-on = { $date } کو پورا ہوا
progress-goal-stopped = روک دیا گیا
progress-goal-stopped-on = { $date } کو روک دیا گیا
progress-goal-no-ratings = اس ہدف کو ابھی کسی جائزے میں ریٹنگ نہیں دی گئی۔
progress-go-to-reviews = جائزے کے مواقع پر جائیں
progress-no-goals = ابھی کوئی ہدف نہیں ہے۔ اہداف شامل کریں، پھر ہر جائزے کے موقع پر بتائیں کہ وہ کیسے جا رہے ہیں۔
progress-go-to-goals = اہداف پر جائیں

## Text kept while typing
drafts-restored = آپ پچھلی بار جو لکھ رہے تھے وہ ہم نے واپس رکھ دیا ہے۔ یہ ابھی محفوظ نہیں ہوا: اسے دیکھیں، پھر محفوظ کریں۔

## Changing a child's details at the same time as someone else
child-conflict-saved = اس وقت کیا محفوظ ہے

## Local Offer: search problems
error-age-not-valid = عمر سالوں میں لکھیں، 0 سے 25 تک۔ مثال کے طور پر، 7۔
error-postcode-not-valid = پوسٹ کوڈ کا پہلا حصہ لکھیں، جیسے DE22، یا پورا پوسٹ کوڈ۔
error-postcode-not-known = ہمیں معلوم نہیں کہ یہ پوسٹ کوڈ کہاں ہے۔ اسے چیک کریں، یا یہ خانہ خالی چھوڑ دیں۔

## Local Offer pages
nav-local-offer = سروسز تلاش کریں
home-local-offer-link = Local Offer میں سروسز تلاش کریں
local-offer-title = سروسز تلاش کریں: Local Offer
local-offer-intro = Local Offer آپ کی کونسل کی فہرست ہے جس میں SEND والے بچوں اور نوجوانوں کے لیے، پیدائش سے 25 سال تک، مدد لکھی ہوتی ہے۔ اس میں تلاش کرنے کے لیے سائن اِن کرنا ضروری نہیں۔
local-offer-q = آپ کیا تلاش کر رہے ہیں؟
local-offer-q-hint = آپ اردو یا انگریزی میں لکھ سکتے ہیں۔ مثال کے طور پر: اسپیچ تھراپی، آٹزم، تیراکی
local-offer-filters = اپنی تلاش کو محدود کریں
local-offer-filters-chosen = { $count ->
    [one] اپنی تلاش کو محدود کریں (1 فلٹر چنا گیا)
   *[other] اپنی تلاش کو محدود کریں ({ $count } فلٹر چنے گئے)
}
local-offer-child = اپنے کسی بچے کے لیے تلاش کریں
local-offer-child-hint = ہم ان کی عمر استعمال کرتے ہیں۔ یا کسی کو نہ چنیں اور نیچے عمر لکھیں۔
local-offer-child-none = کوئی نہیں چنا گیا
local-offer-child-choice = { $name }، عمر { $age } سال
local-offer-age = بچے یا نوجوان کی عمر
local-offer-age-hint = سالوں میں، 0 سے 25 تک۔
local-offer-need = ضرورت کا شعبہ
local-offer-need-hint = ضرورت کے وہ 4 شعبے جو اسکول اور کونسلیں استعمال کرتے ہیں۔
local-offer-need-any = کوئی بھی ضرورت
local-offer-category = سروس کی قسم
local-offer-category-any = کوئی بھی قسم
local-offer-category-education = تعلیم
local-offer-category-health = صحت
local-offer-category-social-care = سوشل کیئر (سماجی دیکھ بھال)
local-offer-category-leisure = سرگرمیاں اور کلب
local-offer-category-advice = مشورہ اور مدد
local-offer-cost = خرچ
local-offer-free-only = صرف مفت سروسز
local-offer-near = کسی پوسٹ کوڈ کے قریب
local-offer-near-hint = پہلا حصہ کافی ہے، جیسے DE22۔
local-offer-within = کتنی دور تک
local-offer-within-miles = { $miles ->
    [one] 1 میل کے اندر
   *[other] { $miles } میل کے اندر
}
local-offer-use-location = میری جگہ استعمال کریں
local-offer-location-refused = ہمیں آپ کی جگہ نہیں مل سکی۔ اس کے بجائے پوسٹ کوڈ لکھیں۔
local-offer-location-in-use = ہم فاصلہ وہاں سے ناپتے ہیں جہاں آپ ابھی ہیں۔
local-offer-search = تلاش کریں
local-offer-results-title = سروسز
local-offer-count = { $count ->
    [one] 1 سروس ملی
   *[other] { $count } سروسز ملیں
}
local-offer-count-none = کوئی سروس نہیں ملی
local-offer-tips = یہ آزمائیں:
local-offer-tip-spelling = ہجے چیک کریں۔
local-offer-tip-words = کم الفاظ لکھیں، یا اسی چیز کے لیے دوسرے الفاظ۔
local-offer-tip-filters = کچھ فلٹر ہٹا دیں۔
local-offer-see-all = تمام سروسز دیکھیں
local-offer-corrected = ہم نے { $typed } کو { $read_as } پڑھا۔
local-offer-searched-for = ان کے لیے سروسز دکھا رہے ہیں: { $words }
local-offer-some-words = کسی سروس میں آپ کے سارے الفاظ نہیں ہیں۔ ان سروسز میں ان میں سے کچھ ہیں۔
local-offer-all-services = تمام سروسز، حروفِ تہجی کی ترتیب سے۔ جو آپ تلاش کر رہے ہیں وہ لکھیں تاکہ سب سے اچھی سروسز پہلے آئیں۔
local-offer-popular = زیادہ تلاش کی جانے والی چیزیں:
local-offer-popular-speech = بولنے کی تھراپی (speech therapy)
local-offer-popular-autism = آٹزم (autism)
local-offer-popular-short-breaks = مختصر وقفے (short breaks)
local-offer-popular-swimming = تیراکی (swimming)
local-offer-popular-advice = SEND کے بارے میں مفت مشورہ
local-offer-fix-problems = ہم ابھی تلاش نہیں کر سکے۔ جو آپ نے لکھا اسے چیک کریں:
local-offer-unavailable = ہم ابھی تلاش نہیں کر سکے۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔
local-offer-update-failed = نتائج نئے نہیں ہو سکے۔ دوبارہ کوشش کے لیے "تلاش کریں" دبائیں۔
local-offer-from = { $organisation } کی طرف سے
local-offer-ages-range = عمر { $min } سے { $max } سال
local-offer-ages-from = { $min } سال کی عمر سے
local-offer-ages-up-to = { $max } سال کی عمر تک
local-offer-ages-any = کسی بھی عمر کے لیے
local-offer-free = مفت
local-offer-may-cost = اس پر پیسے لگ سکتے ہیں
local-offer-cost-not-said = خرچ نہیں بتایا گیا
local-offer-miles-away = { $miles } میل دور
local-offer-why = یہ یہاں کیوں ہے:
local-offer-reason-word = اس میں لفظ “{ $word }” ہے
local-offer-reason-corrected = آپ نے “{ $typed }” لکھا؛ ہم نے اسے “{ $read_as }” پڑھا
local-offer-reason-also-known = “{ $typed }” “{ $found }” کا دوسرا نام ہے
local-offer-reason-age = { $age } سال کی عمر کے لیے
local-offer-reason-all-needs = ہر ضرورت کے لیے
local-offer-reason-need = اس ضرورت کے لیے: { $need }
local-offer-reason-category = قسم: { $category }
local-offer-reason-free = مفت
local-offer-pages = نتائج کے صفحات
local-offer-page-of = صفحہ { $page } از { $pages }
local-offer-previous = پچھلا صفحہ
local-offer-next = اگلا صفحہ
list-and = { $first } اور { $last }
list-separator = {"، "}
service-back = تلاش پر واپس جائیں
service-not-found-title = ہمیں یہ سروس نہیں ملی
service-not-found-body = ہو سکتا ہے لنک غلط ہو، یا کونسل نے اسے بدل دیا ہو۔ Local Offer میں دوبارہ تلاش کریں۔
service-search-again = Local Offer میں تلاش کریں
service-not-listed-title = کونسل اب اس سروس کو فہرست میں نہیں رکھتی
service-not-listed = ہو سکتا ہے یہ بند ہو گئی ہو یا بدل گئی ہو۔ ہم اسے یہاں رکھتے ہیں کیونکہ خاندانوں نے اسے محفوظ کیا تھا۔ جانے سے پہلے سروس سے پوچھ لیں۔
service-closed = یہ سروس فی الحال بند ہے۔
service-about = یہ کیا ہے
service-for-whom = یہ کس کے لیے ہے
service-row-ages = عمر
service-row-needs = ضرورت کے شعبے
service-needs-all = ہر ضرورت۔ کونسل نے کوئی خاص شعبہ نہیں بتایا۔
service-row-adulthood = بڑی عمر کی زندگی کی تیاری
service-row-kind = سروس کی قسم
service-cost = خرچ
service-how-to-get = یہ کیسے ملے
service-referral-needed = آپ کو ریفرل چاہیے۔ یعنی کوئی ڈاکٹر، آپ کا اسکول یا سوشل ورکر آپ کے لیے یہ سروس مانگے۔
service-referral-not-needed = آپ خود ان سے رابطہ کر سکتے ہیں۔ ریفرل کی ضرورت نہیں۔
service-referral-not-said = کونسل نے نہیں بتایا کہ ریفرل چاہیے یا نہیں۔ ریفرل یہ ہے کہ کوئی ڈاکٹر یا آپ کا اسکول آپ کے لیے سروس مانگے۔
service-contact = رابطہ
service-phone = فون
service-email = ای میل
service-website = ویب سائٹ
service-people = کس سے بات کریں
service-no-contact = کونسل نے رابطے کی تفصیلات نہیں دیں۔
service-where-when = کہاں اور کب
service-place = جگہ
service-accessibility = اندر جانا اور گھومنا پھرنا
service-access-not-said = کونسل نے نہیں بتایا کہ اس جگہ میں اندر جانا اور گھومنا پھرنا کتنا آسان ہے۔
service-times = کھلنے کے اوقات
service-times-not-said = کونسل نے کھلنے کے اوقات نہیں دیے۔
service-no-place = کونسل نے کوئی جگہ نہیں بتائی۔
service-days-range = { $first } سے { $last } تک
service-time-range = { $opens } سے { $closes } تک
service-days-and-times = { $days }، { $times }
service-day-monday = پیر
service-day-tuesday = منگل
service-day-wednesday = بدھ
service-day-thursday = جمعرات
service-day-friday = جمعہ
service-day-saturday = ہفتہ
service-day-sunday = اتوار
service-languages = زبانیں
service-languages-not-said = کونسل نے نہیں بتایا کہ وہ کون سی زبانیں استعمال کرتے ہیں۔
service-last-updated = آخری بار { $date } کو بدلا گیا
service-updated-unknown = کونسل نے نہیں بتایا کہ اسے آخری بار کب چیک کیا گیا۔
service-updated-old-title = ہو سکتا ہے یہ پرانا ہو
service-updated-old = کونسل نے اسے ایک سال سے زیادہ پہلے بدلا تھا۔ کچھ تفصیلات بدل چکی ہوں گی۔ جانے سے پہلے سروس سے پوچھ لیں۔
service-save-title = اپنے بچے کے ریکارڈ میں محفوظ کریں
service-save-intro = یہ سروس اپنے بچے کے ریکارڈ کے ساتھ رکھیں، اپنے لیے ایک نوٹ کے ساتھ۔
service-save-child = کون سا بچہ؟
service-save-note = آپ کا نوٹ (اسے خالی چھوڑ سکتے ہیں)
service-save-note-hint = مثال کے طور پر: ہم نے 3 مارچ کو فون کیا۔ وہ واپس فون کریں گے۔
service-save-button = ریکارڈ میں محفوظ کریں
service-save-no-children = پہلے بچے کو شامل کریں۔ پھر آپ ان کے ریکارڈ میں سروسز محفوظ کر سکتے ہیں۔
service-add-child = بچے کو شامل کریں
service-sign-in-to-save = یہ سروس اپنے بچے کے ریکارڈ میں محفوظ کرنے کے لیے سائن اِن کریں
saved-services-title = آپ کی محفوظ کی ہوئی سروسز
saved-services-none = آپ نے ابھی { $name } کے لیے کوئی سروس محفوظ نہیں کی۔
saved-services-find = Local Offer میں سروسز تلاش کریں
saved-services-saved-on = { $date } کو محفوظ کی گئی
saved-services-note = آپ کا نوٹ:
saved-services-not-listed = کونسل اب اسے فہرست میں نہیں رکھتی
saved-services-remove = ہٹائیں
saved-services-remove-named = { $service } کو اس ریکارڈ سے ہٹائیں
service-save-child-choose = ایک بچہ چنیں

## Languages on every page, read aloud, words explained
footer-languages = زبانیں
read-aloud-start = پڑھ کر سنائیں
read-aloud-pause = روکیں
read-aloud-resume = پڑھنا جاری رکھیں
read-aloud-stop = بند کریں
read-aloud-no-voice = اس فون یا کمپیوٹر میں { $language } کی آواز نہیں ہے۔ اس لیے یہ صفحہ پڑھ کر نہیں سنایا جا سکتا۔ ہو سکتا ہے آپ اپنے آلے کی سیٹنگز میں آواز شامل کر سکیں۔
read-aloud-no-speech = یہ براؤزر صفحے پڑھ کر نہیں سنا سکتا۔
glossary-see-all = ہم جن الفاظ کی وضاحت کرتے ہیں، وہ سب دیکھیں
glossary-close = بند کریں
info-more-title = مزید مدد

## Glossary: every term (لغت: ہر لفظ)
glossary-ehc-needs-assessment = EHC needs assessment (EHCNA)
glossary-ehc-needs-assessment-meaning = کونسل جانچ کرتی ہے کہ آپ کے بچے کو EHC plan کی ضرورت ہے یا نہیں۔ آپ یا اسکول اس کے لیے کہہ سکتے ہیں۔ 16 سال کی عمر سے، نوجوان خود بھی اس کے لیے کہہ سکتا ہے۔ کونسل کو 6 ہفتوں کے اندر آپ کو بتانا ہوتا ہے کہ وہ یہ جانچ کرے گی یا نہیں۔
glossary-annual-review = سالانہ جائزہ (annual review)
glossary-annual-review-meaning = EHC plan کو جانچنے کے لیے ایک میٹنگ، جو سال میں کم از کم ایک بار ہوتی ہے۔ آپ اور آپ کا بچہ بتاتے ہیں کہ کیا ٹھیک چل رہا ہے اور کیا بدلنے کی ضرورت ہے۔
glossary-graduated-approach = Graduated approach (قدم بہ قدم طریقہ)
glossary-graduated-approach-meaning = اسکول SEN support کیسے دیتا ہے، چار قدموں میں: جانچنا (assess)، منصوبہ بنانا (plan)، کرنا (do)، جائزہ لینا (review)۔ اسکول کچھ مدد آزماتا ہے، پھر دیکھتا ہے کہ وہ کام کر رہی ہے یا نہیں۔ پھر ضرورت ہو تو مدد بدل دیتا ہے۔
glossary-senco = SENCO (یا SENDCO)
glossary-senco-meaning = وہ ٹیچر جو اسکول میں SEND کی ذمہ داری سنبھالتا ہے۔ اگر آپ کو اپنے بچے کی ضروریات کے بارے میں فکر ہو تو اُن سے بات کریں۔
glossary-advocate = ایڈووکیٹ (advocate)
glossary-advocate-meaning = کوئی ایسا شخص جو آپ کو اپنی بات کہنے میں مدد دیتا ہے، اور دھیان رکھتا ہے کہ آپ کی بات سنی جائے۔ وہ آپ کی طرف ہوتے ہیں۔
glossary-personal-budget = Personal budget (ذاتی بجٹ)
glossary-personal-budget-meaning = EHC plan میں لکھی کچھ مدد کے لیے الگ رکھی گئی رقم۔ آپ اس کے لیے کہہ سکتے ہیں۔ اس سے آپ کو یہ کہنے کا موقع مل سکتا ہے کہ مدد کیسے دی جائے، یا آپ خود اس مدد کا انتظام کر سکتے ہیں۔
glossary-tribunal = SEND Tribunal (ٹریبونل)
glossary-tribunal-meaning = ایک پینل جو کونسل کے لیے کام نہیں کرتا۔ اگر آپ SEND کے بارے میں کونسل کے کچھ فیصلوں سے متفق نہیں ہیں، تو آپ اس پینل سے فیصلہ کرنے کے لیے کہہ سکتے ہیں۔ اسے اپیل (appeal) کہتے ہیں۔
glossary-mediation = Mediation (مصالحت)
glossary-mediation-meaning = کونسل کے ساتھ کوئی مسئلہ سلجھانے کے لیے ایک میٹنگ۔ کوئی ایسا شخص جو کسی کی طرف داری نہیں کرتا، بات چیت میں آپ کی مدد کرتا ہے۔ یہ مفت ہے، اور آپ خود چنتے ہیں کہ آپ یہ چاہتے ہیں یا نہیں۔
glossary-ep = تعلیمی ماہرِ نفسیات (Educational psychologist، EP)
glossary-ep-meaning = ایک ماہر جو جانتا ہے کہ بچے کیسے سیکھتے، سوچتے اور محسوس کرتے ہیں۔ وہ آپ کے بچے سے ملتے ہیں۔ پھر لکھتے ہیں کہ آپ کے بچے کو کیا چاہیے اور کس چیز سے مدد ملے گی۔
glossary-salt = بولنے اور زبان کی تھراپی (Speech and language therapy، SALT)
glossary-salt-meaning = بولنے، سننے اور سمجھنے میں مدد۔ یہ کھانے اور پینے میں بھی مدد کر سکتی ہے۔ یہ مدد بولنے اور زبان کا تھراپسٹ (speech and language therapist) دیتا ہے۔
glossary-ot = آکیوپیشنل تھراپی (Occupational therapy، OT)
glossary-ot-meaning = روزمرہ زندگی کے کاموں میں مدد، جیسے کپڑے پہننا، کھانا، لکھنا یا چلنا پھرنا۔ یہ مدد آکیوپیشنل تھراپسٹ (occupational therapist) دیتا ہے۔
glossary-camhs = CAMHS
glossary-camhs-meaning = بچوں اور نوجوانوں کی ذہنی صحت کے لیے NHS کی سروس۔ اس کا پورا نام Child and Adolescent Mental Health Services ہے۔ یہ بہت زیادہ فکر یا ہر وقت اداس رہنے جیسی مشکلوں میں مدد کرتی ہے۔
glossary-semh = SEMH (سماجی، جذباتی اور ذہنی صحت)
glossary-semh-meaning = ضرورت کے چار شعبوں میں سے ایک۔ یہ احساسات، رویّے اور دوسرے لوگوں کے ساتھ میل جول کے بارے میں ہے۔
glossary-ap = متبادل تعلیم (Alternative provision، AP)
glossary-ap-meaning = اُن بچوں کے لیے اسکول جو کچھ عرصے کے لیے عام اسکول نہیں جا سکتے۔ مثال کے طور پر، کیونکہ وہ بیمار ہیں، یا انہیں اسکول چھوڑنے کو کہا گیا تھا۔
glossary-eotas = اسکول سے باہر تعلیم (Education other than at school، EOTAS)
glossary-eotas-meaning = اسکول یا کالج سے باہر پڑھائی، جو EHC plan میں لکھی ہوتی ہے۔ جب اسکول آپ کے بچے کے لیے ٹھیک نہ ہو، تو کونسل اس کا انتظام کرتی ہے اور اس کا خرچ دیتی ہے۔ یہ اپنی مرضی سے بچے کو گھر پر پڑھانے جیسا نہیں ہے۔
glossary-ebsna = جذبات کی وجہ سے اسکول نہ جا پانا (Emotionally based school non-attendance، EBSNA)
glossary-ebsna-meaning = جب فکر یا دوسرے شدید احساسات کی وجہ سے بچے کے لیے اسکول جانا بہت مشکل ہو جائے۔ یہ اپنی مرضی سے اسکول سے غیر حاضر رہنے جیسا نہیں ہے۔
glossary-pfa = Preparing for Adulthood (PfA)
glossary-pfa-meaning = بڑوں کی زندگی کی تیاری، Year 9 سے (13 سے 14 سال کی عمر)۔ اس میں کام یا پڑھائی، رہنے کی جگہ، دوست اور اچھی صحت شامل ہیں۔
glossary-phase-transfer = Phase transfer (تعلیم کے اگلے مرحلے میں جانا)
glossary-phase-transfer-meaning = جب آپ کا بچہ تعلیم کے اگلے مرحلے میں جاتا ہے۔ مثال کے طور پر، پرائمری سے سیکنڈری اسکول میں، یا اسکول سے کالج میں۔ اگر اس کا EHC plan ہے، تو کونسل کو وقت پر اسے بدلنا لازمی ہے۔
glossary-review-point = جائزے کا موقع (review point)
glossary-review-point-meaning = یہ دیکھنے کا وقت کہ ہر ہدف کیسا جا رہا ہے، اور آگے کا منصوبہ بنانے کا۔ Heard میں اسکول کے ہر سال میں یہ تین ہوتے ہیں، ہر ٹرم میں ایک۔
glossary-outcome = Outcome (ہدف)
glossary-outcome-meaning = وہ لفظ جو اسکول اور کونسلیں ہدف کے لیے استعمال کرتی ہیں۔ یہ بتاتا ہے کہ آپ کے بچے کو ملنے والی مدد کی وجہ سے اس کے لیے کیا مختلف ہو گا۔

## Glossary: how each term is written in running text (لغت: لفظ تحریر میں کیسے لکھے جاتے ہیں)
glossary-send-also = special educational needs and disabilities | special educational needs and disability | خصوصی تعلیمی ضروریات اور معذوریوں | خصوصی تعلیمی ضروریات اور معذوریاں | خصوصی تعلیمی ضروریات یا معذوری | SEND
glossary-sen-support-also = SEN support
glossary-ehc-plan-also = تعلیم، صحت اور دیکھ بھال کا منصوبہ | Education, Health and Care plans | Education, Health and Care plan | EHC plans | EHC پلان | EHC plan | EHCPs | EHCP
glossary-local-offer-also = Local Offer
glossary-sendiass-also = SEND Information, Advice and Support Service | SENDIASS | SENDIAS
glossary-ehc-needs-assessment-also = Education, Health and Care needs assessment | EHC needs assessments | EHC needs assessment | EHC assessment | EHCNA
glossary-annual-review-also = annual reviews | سالانہ جائزوں | annual review | سالانہ جائزے | سالانہ جائزہ
glossary-graduated-approach-also = assess, plan, do, review | graduated approach | قدم بہ قدم طریقے | قدم بہ قدم طریقہ
glossary-senco-also = special educational needs co-ordinator | special educational needs coordinator | SEN co-ordinator | SEN coordinator | SENDCOs | SENCOs | SENDCO | SENCO
glossary-advocate-also = advocates | ایڈووکیٹ | advocate
glossary-personal-budget-also = personal budgets | personal budget | ذاتی بجٹ
glossary-tribunal-also = First-tier Tribunal (Special Educational Needs and Disability) | SEND Tribunal | tribunals | tribunal | ٹریبونل | SENDIST
glossary-mediation-also = mediation | مصالحت
glossary-ep-also = educational psychologists | educational psychologist | تعلیمی ماہرِ نفسیات | EPs | EP
glossary-salt-also = speech and language therapists | speech and language therapist | speech and language therapy | بولنے اور زبان کے تھراپسٹ | بولنے اور زبان کا تھراپسٹ | بولنے اور زبان کی تھراپی | بولنے کی تھراپی | speech therapy | SALT
glossary-ot-also = occupational therapists | occupational therapist | occupational therapy | آکیوپیشنل تھراپسٹ | آکیوپیشنل تھراپی | OT
glossary-camhs-also = Children and Young People's Mental Health Services | Child and Adolescent Mental Health Services | CAMHS
glossary-semh-also = social, emotional and mental health | سماجی، جذباتی اور ذہنی صحت | SEMH
glossary-ap-also = alternative provision | متبادل تعلیم | AP
glossary-eotas-also = education otherwise than at school | education other than at school | اسکول سے باہر تعلیم | EOTAS
glossary-ebsna-also = emotionally based school non-attendance | emotionally based school avoidance | جذبات کی وجہ سے اسکول نہ جا پانا | EBSNA | EBSA
glossary-pfa-also = Preparing for Adulthood | بڑوں کی زندگی کی تیاری | PfA
glossary-phase-transfer-also = تعلیم کے اگلے مرحلے میں جانا | phase transfers | phase transfer
glossary-review-point-also = جائزے کے مواقع | جائزے کے موقع | جائزے کا موقع | review points | review point
glossary-outcome-also = outcomes | outcome

## Help and information pages (مدد اور معلومات کے صفحے)
info-list-title = مدد اور معلومات
info-list-lead = انگلینڈ میں SEND والے بچوں کے لیے مدد کے بارے میں مختصر صفحے۔ انہیں کسی بھی ترتیب سے پڑھیں۔
glossary-page-title = الفاظ اور ان کے مطلب
glossary-page-lead = اسکول اور کونسلیں بہت سے خاص الفاظ استعمال کرتے ہیں۔ یہاں ہر لفظ کا مطلب آسان الفاظ میں لکھا ہے۔
info-related-words = اس صفحے کے الفاظ
info-back-to-help = مدد اور معلومات پر واپس جائیں
info-sen-support-title = SEN support کیا ہے؟
info-sen-support-summary = وہ اضافی مدد جو آپ کے بچے کو اسکول میں مل سکتی ہے، اور یہ کیسے کام کرتی ہے۔
info-sen-support-body =
    SEN support اسکول میں SEND والے بچے کے لیے اضافی مدد ہے۔ SEND کا مطلب ہے خصوصی تعلیمی ضروریات اور معذوریاں۔
    یہ مدد لینے کے لیے آپ کے بچے کے پاس EHC plan ہونا ضروری نہیں۔ EHC plan کونسل کی طرف سے مدد کا ایک قانونی منصوبہ ہے۔
    ## یہ مدد کون دیتا ہے
    اسکولوں، کالجوں اور نرسریوں کے لیے آپ کے بچے کی خاطر اپنی پوری کوشش کرنا لازمی ہے۔
    اس کام کی ذمہ داری SENCO کی ہوتی ہے۔ SENCO وہ ٹیچر ہے جو اسکول میں SEND کا انچارج ہوتا ہے۔
    اگر آپ کے بچے کو SEN support ملتی ہے، تو اسکول کو آپ کو بتانا لازمی ہے۔
    ## یہ کیسے کام کرتی ہے
    اسکول چار قدموں پر چلتا ہے۔ اسے graduated approach (قدم بہ قدم طریقہ) کہتے ہیں۔
    - جانچنا (assess): اسکول پتا لگاتا ہے کہ آپ کے بچے کو کیا چاہیے۔
    - منصوبہ بنانا (plan): آپ اور اسکول مل کر طے کرتے ہیں کہ کون سی مدد دی جائے، اور کیا بدلنا چاہیے۔
    - کرنا (do): اسکول مدد دیتا ہے۔
    - جائزہ لینا (review): آپ مل کر دیکھتے ہیں کہ مدد کام کر رہی ہے یا نہیں۔
    پھر یہ قدم دوبارہ شروع ہوتے ہیں۔ ہر بار مدد بدل سکتی ہے۔
    ## مدد کس طرح کی ہو سکتی ہے
    - چھوٹے گروپ میں کام۔
    - ٹیچنگ اسسٹنٹ کے ساتھ وقت۔
    - کام آنے والی چیزیں، جیسے تصویروں والا ٹائم ٹیبل یا لیپ ٹاپ۔
    - کسی ماہر کا مشورہ، جیسے بولنے اور زبان کے تھراپسٹ (speech and language therapist) کا۔
    ## آپ کا کردار
    اسکول کو سال میں تین بار، ہر ٹرم میں ایک بار، آپ سے ملنا چاہیے۔
    آپ اپنے بچے کو سب سے اچھی طرح جانتے ہیں، اس لیے آپ کی رائے اہم ہے۔ آپ کے بچے کی رائے بھی اہم ہے۔
    اپنے بچے کے مدد کے منصوبے (support plan) کی کاپی مانگیں، تاکہ آپ کو پتا ہو کہ کون سی مدد ملنی چاہیے۔
    ## اگر یہ کافی نہ ہو
    کچھ بچوں کو اس سے زیادہ مدد چاہیے ہوتی ہے جتنی اسکول دے سکتا ہے۔
    تب آپ کونسل سے EHC needs assessment کے لیے کہہ سکتے ہیں۔ اس میں کونسل جانچ کرتی ہے کہ آپ کے بچے کو EHC plan کی ضرورت ہے یا نہیں۔
    آپ خود اس کے لیے کہہ سکتے ہیں۔ اس کے لیے پہلے اسکول کا راضی ہونا ضروری نہیں۔
info-ehc-plan-title = EHC plan کیا ہے؟
info-ehc-plan-summary = اُس مدد کا قانونی منصوبہ جو آپ کے بچے کو لازمی ملنی چاہیے، اور اسے کیسے مانگیں۔
info-ehc-plan-body =
    EHC plan ایک قانونی منصوبہ ہے۔ EHC کا مطلب ہے تعلیم، صحت اور دیکھ بھال (education, health and care)۔
    اس میں لکھا ہوتا ہے کہ آپ کے بچے کو کیا ضرورت ہے، اور اسے کون سی مدد لازمی ملنی چاہیے۔
    کونسل کو یقینی بنانا لازمی ہے کہ آپ کے بچے کو منصوبے میں لکھی سیکھنے کی مدد ملے۔ منصوبے میں لکھی صحت کی مدد NHS کو دینا لازمی ہے۔
    ## یہ کسے مل سکتا ہے
    - پیدائش سے 25 سال تک کے بچے اور نوجوان۔
    - وہ جنہیں اس سے زیادہ مدد چاہیے جتنی ان کا اسکول یا کالج دے سکتا ہے۔
    منصوبہ 25 سال کی عمر تک چل سکتا ہے، جب تک آپ کا بچہ پڑھ رہا ہو۔ اگر وہ یونیورسٹی چلے جائیں تو یہ ختم ہو جاتا ہے۔
    ## اسے کیسے مانگیں
    پہلے کونسل کو آپ کے بچے کی ضروریات کی جانچ کرنی ہوتی ہے۔ اسے EHC needs assessment کہتے ہیں۔
    - آپ اس کے لیے کہہ سکتے ہیں۔ کونسل کو خط یا ای میل لکھیں۔
    - اسکول بھی اس کے لیے کہہ سکتا ہے۔
    - 16 سال کی عمر سے، نوجوان خود اس کے لیے کہہ سکتے ہیں۔
    اگر ہو سکتا ہے کہ آپ کے بچے کی خصوصی ضروریات ہوں اور اسے منصوبے کی ضرورت ہو، تو کونسل کو ہاں کہنا لازمی ہے۔ آپ کو یہ ثابت کرنا ضروری نہیں۔
    کونسل آپ سے، آپ کے بچے سے، اسکول سے اور ماہرین سے ان کی رائے پوچھتی ہے۔
    ## اس میں کتنا وقت لگتا ہے
    - 6 ہفتوں کے اندر، کونسل بتاتی ہے کہ وہ جانچ (assessment) کرے گی یا نہیں۔
    - 16 ہفتوں کے اندر، وہ بتاتی ہے کہ منصوبہ بنائے گی یا نہیں۔
    - پھر آپ کو منصوبے کا مسودہ (draft plan) ملتا ہے۔ یہ منصوبے کا پہلا نسخہ ہوتا ہے، حتمی ہونے سے پہلے۔
    - آپ کے پاس اس پر اپنی رائے دینے کے لیے 15 دن ہوتے ہیں۔ آپ یہ بھی بتا سکتے ہیں کہ آپ کون سا اسکول یا کالج چاہتے ہیں۔
    - آپ کے کہنے کے 20 ہفتوں کے اندر، کونسل کو حتمی منصوبہ (final plan) بھیجنا لازمی ہے۔
    ## منصوبے میں کیا ہوتا ہے
    - آپ کا بچہ کیا سوچتا ہے، کس چیز کی امید رکھتا ہے اور اسے کیا پسند ہے۔
    - سیکھنے، صحت اور دیکھ بھال میں اس کی ضروریات۔
    - Outcomes (اہداف)۔ یعنی مدد کی وجہ سے آپ کے بچے کے لیے کیا مختلف ہو گا۔
    - وہ مدد جو اسے لازمی ملنی چاہیے۔ اس میں لکھا ہونا چاہیے کہ مدد کیا ہے، کون دے گا اور کتنی بار۔
    - اسکول یا کالج کا نام۔
    ## اس کے بعد
    منصوبے کو سال میں کم از کم ایک بار جانچنا لازمی ہے۔ اسے سالانہ جائزہ (annual review) کہتے ہیں۔
    اگر آپ منصوبے سے متفق نہیں ہیں، تو آپ SEND Tribunal نام کے ایک پینل سے اسے بدلنے کے لیے کہہ سکتے ہیں۔ اسے اپیل (appeal) کہتے ہیں۔

## Help and information pages: rights, adult life (حقوق، بڑوں کی زندگی)
info-rights-title = آپ کے حقوق اور اہم تاریخیں
info-rights-summary = قانون کے مطابق آپ کیا کر سکتے ہیں، اور ہر قدم میں کتنا وقت لگنا چاہیے۔
info-rights-body =
    SEND کا مطلب ہے خصوصی تعلیمی ضروریات اور معذوریاں۔
    انگلینڈ میں SEND کا قانون Children and Families Act 2014 ہے۔ SEND Code of Practice اس قانون کو سمجھاتا ہے۔ اسکولوں اور کونسلوں کے لیے اس پر عمل کرنا لازمی ہے۔
    ## آپ کے حقوق
    - آپ سے اور آپ کے بچے سے یہ پوچھنا لازمی ہے کہ آپ کیا سوچتے ہیں، اور آپ کی بات سننا بھی لازمی ہے۔
    - آپ کونسل سے کہہ سکتے ہیں کہ وہ جانچ کرے کہ آپ کے بچے کو EHC plan کی ضرورت ہے یا نہیں۔ یہ مدد کا ایک قانونی منصوبہ ہے۔ اس جانچ کو EHC needs assessment کہتے ہیں۔
    - آپ بتا سکتے ہیں کہ منصوبے میں آپ کون سا اسکول یا کالج چاہتے ہیں۔ کونسل کو آپ کی بات ماننا لازمی ہے، جب تک نہ ماننے کی کوئی ٹھوس وجہ نہ ہو۔
    - آپ personal budget (ذاتی بجٹ) مانگ سکتے ہیں۔ یہ منصوبے میں لکھی کچھ مدد کے لیے رقم ہوتی ہے۔
    - اگر آپ کونسل کے کچھ فیصلوں سے متفق نہیں ہیں، تو آپ اپیل (appeal) کر سکتے ہیں۔ یعنی آپ SEND Tribunal نام کے ایک پینل سے فیصلہ کرنے کے لیے کہتے ہیں۔
    Year 11 کے بعد، تقریباً 16 سال کی عمر میں، یہ حقوق آپ کے بچے کو مل جاتے ہیں۔ آپ پھر بھی ان کی مدد کر سکتے ہیں۔
    ## EHC needs assessment کی تاریخیں
    یہ مدت اُس دن سے گنی جاتی ہے جب کونسل کو آپ کی درخواست ملتی ہے۔
    - 6 ہفتے: کونسل بتاتی ہے کہ وہ آپ کے بچے کی جانچ کرے گی یا نہیں۔
    - 16 ہفتے: کونسل بتاتی ہے کہ وہ منصوبہ بنائے گی یا نہیں۔
    - 20 ہفتے: آپ کو حتمی منصوبہ مل جاتا ہے۔
    منصوبے کے مسودے (draft plan) کا جواب دینے کے لیے آپ کے پاس 15 دن ہوتے ہیں۔
    ## سالانہ جائزے (annual review) کی تاریخیں
    - منصوبے کو کم از کم ہر 12 مہینے میں ایک میٹنگ میں جانچنا لازمی ہے۔ 5 سال سے چھوٹے بچے کے لیے یہ ہر 3 سے 6 مہینے میں ہونا چاہیے۔
    - آپ کو رپورٹیں میٹنگ سے کم از کم 2 ہفتے پہلے مل جانی چاہئیں۔
    - میٹنگ کے بعد 2 ہفتوں کے اندر آپ کو میٹنگ کی رپورٹ مل جانی چاہیے۔
    - میٹنگ کے 4 ہفتوں کے اندر کونسل کو بتانا لازمی ہے کہ وہ کیا کرے گی۔ وہ منصوبہ ویسا ہی رکھ سکتی ہے، اسے بدل سکتی ہے یا اسے ختم کر سکتی ہے۔
    ## اسکول بدلنا
    جب آپ کا بچہ تعلیم کے نئے مرحلے میں جاتا ہے، تو منصوبہ بدلنا لازمی ہے۔ اسے phase transfer کہتے ہیں۔
    - 15 فروری تک، اسکول کے نئے مرحلے میں جانے کے لیے۔
    - 31 مارچ تک، 16 سال کی عمر میں اسکول سے کالج جانے کے لیے۔
    ## اگر کونسل دیر کرے
    کونسل کے لیے ان تاریخوں کی پابندی کرنا لازمی ہے۔ اگر وہ دیر کرے، تو آپ شکایت کر سکتے ہیں۔
    SENDIASS مفت مشورہ دیتی ہے اور کسی کی طرف داری نہیں کرتی۔
info-adulthood-title = بڑوں کی زندگی کی تیاری
info-adulthood-summary = Year 9 سے، 16 سال کی عمر میں، اور 25 سال کی عمر تک مدد کیسے بدلتی ہے۔
info-adulthood-body =
    آپ کا بچہ بڑا ہو گا۔ بڑوں کی زندگی کے لیے جلدی منصوبہ بندی کرنا فائدہ مند ہوتا ہے۔
    اسکول اور کونسلیں اسے Preparing for Adulthood کہتے ہیں۔
    ## یہ کب شروع ہوتا ہے
    Year 9 سے، جب آپ کا بچہ 13 یا 14 سال کا ہو، یہ ہر سالانہ جائزے (annual review) کا حصہ ہوتا ہے۔ یہ آپ کے بچے کے EHC plan کو جانچنے کی سالانہ میٹنگ ہے۔ EHC plan کونسل کی طرف سے مدد کا ایک قانونی منصوبہ ہے۔
    ## اس میں کیا شامل ہے
    - کام، کالج یا یونیورسٹی۔
    - جتنا ہو سکے اپنے بل پر رہنا۔
    - دوست، رشتے اور اپنے محلے کا حصہ بننا۔
    - اچھی صحت۔
    ## 16 سال کی عمر میں
    Year 11 کے آخر میں، قانون کی نظر میں آپ کا بچہ "نوجوان" (young person) بن جاتا ہے۔
    اب وہ بہت سے فیصلے خود کر سکتے ہیں۔ مثال کے طور پر، وہ خود کونسل سے جانچ (assessment) کے لیے کہہ سکتے ہیں۔
    اگر وہ چاہیں، تو آپ پھر بھی ان کی مدد کر سکتے ہیں۔
    اگر وہ خود کوئی فیصلہ نہیں کر سکتے، تو آپ پھر بھی ان کے ساتھ مل کر یا ان کی طرف سے فیصلہ کر سکتے ہیں۔
    ## Year 11 کے بعد
    انگلینڈ میں نوجوانوں کے لیے 18 سال کی عمر تک سیکھنا جاری رکھنا لازمی ہے۔ وہ یہ چن سکتے ہیں:
    - سکستھ فارم (sixth form) یا کالج۔
    - اپرنٹس شپ (apprenticeship)۔ یعنی ایسی نوکری جس کے ساتھ تربیت بھی ملتی ہے۔
    - سپورٹڈ انٹرن شپ (supported internship)۔ یعنی اضافی مدد کے ساتھ نوکری، اُن نوجوانوں کے لیے جن کا EHC plan ہے۔
    - کام یا رضاکارانہ کام، اور ساتھ میں کچھ پڑھائی بھی۔
    ## 16 سال کے بعد EHC plan
    EHC plan 25 سال کی عمر تک چل سکتا ہے، جب تک وہ پڑھ رہے ہوں۔
    اگر وہ یونیورسٹی چلے جائیں تو یہ ختم ہو جاتا ہے۔ یونیورسٹیوں کے پاس معذور طلبہ کے لیے اپنی الگ مدد ہوتی ہے۔
    ## صحت اور دیکھ بھال
    18 سال کی عمر میں، صحت کی کچھ سروسز بچوں کی سروسز سے بڑوں کی سروسز میں بدل جاتی ہیں۔
    جلدی پوچھ لیں کہ یہ کیسے ہو گا، تاکہ مدد میں کوئی وقفہ نہ آئے۔
    ## آپ کیا کر سکتے ہیں
    - اپنے بچے سے ان کی امیدوں اور خوابوں کے بارے میں بات کریں۔
    - ہر جائزے میں پوچھیں کہ اگلے قدم کے لیے انہیں کون سی مدد چاہیے۔
    - Heard پر "میرے بارے میں سب کچھ" میں ان کی امیدیں لکھیں۔

## Help and information pages: complaints, free advice (شکایت، مفت مشورہ)
info-complain-title = شکایت یا اپیل کیسے کریں
info-complain-summary = اگر آپ اسکول یا کونسل سے متفق نہیں ہیں تو کیا کریں۔
info-complain-body =
    کسی مسئلے کو سلجھانے کے کئی طریقے ہیں۔ سب سے آسان طریقے سے شروع کریں۔
    ## پہلے بات کریں
    - کلاس ٹیچر یا SENCO سے بات کریں۔ SENCO وہ ٹیچر ہے جو اسکول میں خصوصی ضروریات کا انچارج ہوتا ہے۔
    - میٹنگ کے لیے کہیں۔ جو بات طے ہو، اسے لکھ لیں۔
    ## شکایت کریں
    - ہر اسکول میں شکایت کرنے کا ایک طریقہ ہوتا ہے۔ اس کے بارے میں پوچھیں، یا اسکول کی ویب سائٹ پر دیکھیں۔
    - کونسل میں بھی شکایت کرنے کا ایک طریقہ ہوتا ہے۔
    - اگر کونسل معاملہ ٹھیک نہ کرے، تو آپ Ombudsman (محتسب) کے پاس جا سکتے ہیں۔ یہ ایک مفت سروس ہے جو کونسلوں کے بارے میں شکایتیں دیکھتی ہے۔
    ## مسئلہ سلجھانے کے لیے میٹنگ
    اسکول یا کونسل کے ساتھ کوئی مسئلہ سلجھانے کے لیے، کونسل کو ایک مفت میٹنگ کی پیشکش کرنا لازمی ہے۔ یہ میٹنگ کوئی ایسا شخص چلاتا ہے جو کسی کی طرف داری نہیں کرتا۔
    آپ یہ میٹنگ تب بھی لے سکتے ہیں جب آپ کے بچے کا EHC plan نہ ہو۔
    ## SEND Tribunal میں اپیل
    SEND Tribunal ایک پینل ہے جو کونسل کے لیے کام نہیں کرتا۔ اس پینل سے کونسل کا کوئی فیصلہ بدلنے کے لیے کہنا اپیل (appeal) کہلاتا ہے۔
    آپ اپیل کر سکتے ہیں اگر کونسل:
    - EHC needs assessment نہیں کرے گی، یعنی آپ کے بچے کی ضروریات کی جانچ۔
    - EHC plan نہیں بنائے گی، یعنی مدد کا قانونی منصوبہ۔
    - ایسا منصوبہ بناتی ہے جس سے آپ متفق نہیں، یا ایسے اسکول کا نام لکھتی ہے جو آپ نہیں چاہتے۔
    - منصوبہ ختم کرنے کا فیصلہ کرتی ہے۔
    اپیل کرنا مفت ہے۔ آپ کو وکیل کی ضرورت نہیں۔
    ## پہلے mediation کا مشورہ
    Mediation (مصالحت) میں کوئی ایسا شخص جو کسی کی طرف داری نہیں کرتا، آپ اور کونسل کو آپس میں بات کرنے میں مدد دیتا ہے۔
    زیادہ تر اپیلوں سے پہلے، آپ کے لیے mediation کے مشیر (mediation adviser) سے بات کرنا لازمی ہے۔ پھر آپ کو ایک سرٹیفکیٹ ملتا ہے۔
    Mediation کروانا لازمی نہیں۔ لیکن اپیل کرنے کے لیے آپ کو یہ سرٹیفکیٹ چاہیے۔
    اگر آپ صرف منصوبے میں لکھے اسکول کے بارے میں اپیل کرنا چاہتے ہیں، تو آپ کو سرٹیفکیٹ کی ضرورت نہیں۔
    ## وقت کی حد
    - کونسل کے فیصلے والے خط پر لکھی تاریخ سے آپ کے پاس 2 مہینے ہیں۔
    - یا آپ کے mediation سرٹیفکیٹ پر لکھی تاریخ سے 1 مہینہ، اگر یہ مدت بعد میں ختم ہوتی ہو۔
    ## غیر منصفانہ سلوک
    اسکول کو کسی معذوری کی وجہ سے آپ کے بچے کے ساتھ غیر منصفانہ سلوک نہیں کرنا چاہیے۔ اگر اسکول ایسا کرے، تو آپ اس کے لیے بھی SEND Tribunal جا سکتے ہیں۔ اس کے لیے آپ کے پاس 6 مہینے ہیں۔
    ## مدد لیں
    SENDIASS اور IPSEA مفت مشورہ دیتے ہیں۔ "مفت مشورہ کہاں سے لیں" والا صفحہ پڑھیں۔
info-advice-title = مفت مشورہ کہاں سے لیں
info-advice-summary = مفت سروسز جو SEND والے بچوں کے خاندانوں کی مدد کرتی ہیں۔
info-advice-body =
    آپ کو یہ سب اکیلے نہیں کرنا۔ یہ سروسز SEND کے بارے میں مفت مشورہ دیتی ہیں۔ SEND کا مطلب ہے خصوصی تعلیمی ضروریات اور معذوریاں۔
    ## SENDIASS
    ہر کونسل کی ایک SENDIASS ہوتی ہے۔ یہ مفت مشورہ دیتی ہے اور کسی کی طرف داری نہیں کرتی۔
    یہ فارم بھرنے اور رپورٹیں پڑھنے میں آپ کی مدد کر سکتی ہے۔ ہو سکتا ہے ان کا کوئی کارکن میٹنگوں میں آپ کے ساتھ بھی آئے۔
    اسے ڈھونڈنے کے لیے SENDIASS اور اپنی کونسل کا نام لکھ کر تلاش کریں۔
    ## IPSEA
    IPSEA ایک خیراتی ادارہ (charity) ہے۔ یہ قانون کے بارے میں مفت مشورہ دیتا ہے۔
    اس کی ویب سائٹ آپ کے حقوق آسان الفاظ میں سمجھاتی ہے۔ اس میں ایسے خط بھی ہیں جنہیں آپ نقل کر کے استعمال کر سکتے ہیں۔
    اگر آپ کونسل کے کسی فیصلے کو چیلنج کرنا چاہتے ہیں، تو یہ مدد کر سکتا ہے۔
    ## SOS!SEN
    SOS!SEN بھی ایک خیراتی ادارہ ہے۔ اس کی قانون کے بارے میں ایک مفت ہیلپ لائن ہے۔
    یہ کونسل کے کسی فیصلے کو چیلنج کرنے کی تیاری میں آپ کی مدد کر سکتا ہے۔
    ## Contact
    Contact معذور بچوں والے خاندانوں کے لیے ایک خیراتی ادارہ ہے۔
    اس کی ایک مفت ہیلپ لائن ہے۔ یہ پیسوں، سرکاری امداد (benefits)، اسکول اور صحت کے معاملات میں مدد کر سکتا ہے۔
    ## Local Offer
    Local Offer کونسل کی فہرست ہے جس میں SEND والے بچوں اور نوجوانوں کے لیے، پیدائش سے 25 سال تک، مدد لکھی ہوتی ہے۔
    اس میں آپ کے قریب سروسز، کلبوں اور مدد کے بارے میں بتایا گیا ہے۔ آپ اسے Heard پر تلاش کر سکتے ہیں۔
    ## اور کس سے پوچھیں
    - SENCO۔ یہ وہ ٹیچر ہے جو اسکول میں SEND کی ذمہ داری سنبھالتا ہے۔
    - آپ کا ڈاکٹر یا ہیلتھ وزیٹر (health visitor)۔
    - پیرنٹ کیرر فورم (parent carer forum)۔ یہ SEND والے بچوں کے والدین کا ایک مقامی گروپ ہے۔ یہ سروسز کو بہتر بنانے کے لیے کونسل کے ساتھ مل کر کام کرتا ہے۔
    ## مشورے
    - خطوں اور ای میلز کی کاپیاں رکھیں۔
    - تاریخیں لکھ لیں، اور یہ بھی کہ کس نے کیا کہا۔
    - اگر کوئی بات سمجھ نہ آئے، تو دوبارہ پوچھیں۔ پوچھنے میں کوئی حرج نہیں۔

## Easy Read symbols: the text alternative of each picture
symbol-home = ایک گھر
symbol-family = ایک خاندان
symbol-child = غبارے والا ایک بچہ
symbol-about-me = کسی شخص کے بارے میں ایک کارڈ
symbol-goal = ایک نشانہ
symbol-review = نشان لگی ہوئی فہرست
symbol-progress = اونچے ہوتے ہوئے ستون
symbol-next-steps = اوپر جاتی ہوئی سیڑھیاں
symbol-prepare = ایک کاپی اور ایک پنسل
symbol-local-offer = نقشے پر جگہ کا نشان
symbol-service = ایک دکان
symbol-help = سوالیہ نشان
symbol-language = بات چیت کے دو خانے
symbol-reading = ایک کھلی کتاب
symbol-privacy = ایک تالا
symbol-sign-in = دروازے میں جاتا ہوا تیر
symbol-account = دائرے میں ایک شخص
symbol-warning = خبردار کرنے کا نشان
symbol-done = صحیح کا نشان
symbol-save = محفوظ کرنے کا بٹن
symbol-search = ایک محدب عدسہ
symbol-phone = ایک فون
symbol-money = پیسے
symbol-school = ایک اسکول
symbol-health = دھڑکتا ہوا دل
symbol-advice = ایک بلب
symbol-rights = انصاف کا ترازو
symbol-adulthood = بڑا ہوتا ہوا بچہ
symbol-complain = بات چیت کا خانہ اور خبردار کرنے کا نشان
symbol-words = بات چیت کا خانہ
symbol-read-aloud = آواز نکالتا ہوا اسپیکر
symbol-calendar = ایک کیلنڈر
symbol-like = مسکراتا ہوا چہرہ
symbol-dislike = اداس چہرہ
symbol-not-sure = الجھا ہوا چہرہ

## People and consent: who can see a record, invitations, sharing with advocates, who has seen what

error-date-in-past = یہ تاریخ آج یا اس کے بعد کی ہونی چاہیے۔
error-date-too-far = یہ تاریخ آج سے ایک سال کے اندر ہونی چاہیے۔
error-tick-at-least-one = کم از کم ایک پر نشان لگائیں۔
child-nav-my-page = میرا صفحہ
child-nav-people = کون دیکھ سکتا ہے
child-nav-documents = کاغذات
child-nav-notes = اسکول کے نوٹس
role-parent-or-carer = والدین یا دیکھ بھال کرنے والے
role-young-person = نوجوان
role-advocate = ایڈووکیٹ
role-professional = پیشہ ور
job-senco = SENCo
job-teacher = استاد
job-therapist = تھراپسٹ
job-social-worker = سوشل ورکر
job-other = کوئی اور پیشہ ور
professional-job-at = { $job }، { $organisation }
record-part-details = نام اور اہم تاریخیں
record-part-about-me = میرے بارے میں سب کچھ
record-part-goals = اہداف اور پیش رفت
record-part-saved-services = محفوظ کی ہوئی سروسز
record-part-documents = کاغذات
record-part-notes = اسکول اور دوسروں کے نوٹس
record-part-people = ریکارڈ کون دیکھ سکتا ہے
share-sees = یہ دیکھ سکتے ہیں: { $parts }۔
share-read-only = پڑھ سکتے ہیں، لیکن کچھ بدل نہیں سکتے
share-may-change = پڑھ سکتے ہیں، اور آپ کے ساتھ مل کر لکھ سکتے ہیں
share-until = { $date } تک
share-until-stopped = جب تک آپ اسے بند نہ کریں
people-title = { $name } کا ریکارڈ کون دیکھ سکتا ہے
people-lead = یہ ریکارڈ کون دیکھے، یہ آپ طے کرتے ہیں۔ آپ کسی بھی وقت شیئر کرنا بند کر سکتے ہیں۔ یہ اسی وقت بند ہو جاتا ہے۔
people-not-yours-to-change = اب نوجوان خود طے کرتے ہیں کہ یہ ریکارڈ کون دیکھے۔
people-family-title = خاندان
people-advocates-title = ایڈووکیٹ
people-no-advocates = کوئی ایڈووکیٹ یہ ریکارڈ نہیں دیکھ سکتا۔
people-stop-sharing = شیئر کرنا بند کریں
people-stop-sharing-named = { $name } کے ساتھ شیئر کرنا بند کریں
people-invite = کسی کو دعوت دیں
people-waiting-title = دعوتیں جو ابھی استعمال نہیں ہوئیں
people-show-link = لنک دکھائیں
people-cancel-invitation = یہ دعوت منسوخ کریں
people-seen-title = کس نے دیکھا ہے
people-seen-lead = جب بھی کوئی یہ ریکارڈ دیکھتا ہے یا اس میں کچھ بدلتا ہے، ہم اسے لکھ لیتے ہیں۔
people-seen-link = دیکھیں کہ { $name } کا ریکارڈ کس کس نے دیکھا ہے
people-pack-links-title = ریویو پیک کے لنک
people-pack-links-lead = آپ ریویو پیک ایک شخص کے ساتھ، جیسے کوئی استاد، لنک کے ذریعے شیئر کر سکتے ہیں۔ انہیں اکاؤنٹ کی ضرورت نہیں۔
people-ended-title = جن کے ساتھ شیئر کرنا ختم ہو چکا ہے
people-ended-item = یہ دیکھ سکتے تھے: { $parts }۔ اب یہ ختم ہو چکا ہے۔
invitation-works-until = یہ لنک صرف ایک بار کام کرتا ہے، { $date } تک۔
invite-title = کسی کو دعوت دیں
invite-back = { $name } کا ریکارڈ کون دیکھ سکتا ہے، اس صفحے پر واپس جائیں
invite-lead = آپ کو ایک لنک ملے گا جو آپ انہیں بھیج سکتے ہیں۔ یہ ایک بار کام کرتا ہے، { $days ->
    [one] { $days } دن
   *[other] { $days } دن
} تک۔
invite-role-legend = آپ کسے دعوت دے رہے ہیں؟
invite-role-hint = ایک چنیں۔ { $name } کا اپنا اکاؤنٹ بھی ہو سکتا ہے۔
invite-role-parent-or-carer = کوئی اور والد، والدہ یا دیکھ بھال کرنے والا۔ وہ آپ کے سب بچوں کے ریکارڈ دیکھ اور بدل سکتے ہیں۔
invite-role-young-person = نوجوان خود۔ وہ اپنے الفاظ میں لکھ سکتے ہیں اور اپنے اہداف دیکھ سکتے ہیں۔
invite-role-advocate = ایک ایڈووکیٹ۔ وہ صرف وہی دیکھتے ہیں جو آپ چنیں۔
invite-role-professional = اسکول یا کسی اور سروس سے کوئی، جیسے SENCo یا تھراپسٹ۔ وہ صرف وہی دیکھتے ہیں جو آپ چنیں، اور ریویو پوائنٹ پر اسکول کی رائے لکھ سکتے ہیں۔
invite-for-name = ان کا نام (آپ اسے خالی چھوڑ سکتے ہیں)
invite-for-name-hint = تاکہ آپ کو پتا رہے کہ کون سا لنک کس کا ہے۔
invite-advocate-legend = صرف ایڈووکیٹ کے لیے
invite-advocate-hint = ایڈووکیٹ وہ شخص ہے جو آپ کو اپنی بات کہنے میں مدد دیتا ہے۔ چنیں کہ وہ کیا دیکھ سکتے ہیں۔
invite-professional-legend = صرف اسکول یا کسی اور سروس والے کے لیے
invite-professional-hint = پھر نیچے چنیں کہ وہ کیا دیکھ سکتے ہیں، جیسے ایڈووکیٹ کے لیے۔ اگر وہ لکھ سکتے ہیں، تو صرف ریویو پوائنٹ پر اسکول کی رائے لکھ سکتے ہیں۔
invite-job-legend = وہ کیا کام کرتے ہیں؟
invite-organisation = ان کا اسکول یا سروس
invite-organisation-hint = مثال کے طور پر Riverside Academy۔ ریکارڈ دیکھنے والا ہر شخص یہ ان کے نام کے ساتھ دیکھتا ہے۔
invite-parts-legend = وہ کیا دیکھ سکتے ہیں؟
invite-may-change-legend = کیا وہ ریکارڈ میں لکھ سکتے ہیں؟
invite-until-legend = کب تک؟ (آپ اسے خالی چھوڑ سکتے ہیں)
invite-until-hint = اس دن کے آخر میں شیئر کرنا بند ہو جاتا ہے۔ اگر آپ اسے خالی چھوڑ دیں، تو شیئر کرنا تب تک چلے گا جب تک آپ خود اسے بند نہ کریں۔ مثال کے طور پر، 31 3 2027۔
invite-button = لنک بنائیں
invitation-link-title = یہ لنک بھیجیں
invitation-back = ریکارڈ کون دیکھ سکتا ہے، اس صفحے پر واپس جائیں
invitation-link-lead = یہ صرف اُسی شخص کو بھیجیں جسے آپ دعوت دے رہے ہیں۔ جس کے پاس بھی یہ لنک ہو، وہ اسے استعمال کر سکتا ہے۔
invitation-link-label = لنک
invitation-link-hint = اسے کاپی کریں اور جیسے چاہیں بھیج دیں۔
invitation-send-text = ٹیکسٹ میسج سے بھیجیں
invitation-send-email = ای میل سے بھیجیں
invitation-email-subject = Heard پر آنے کی دعوت
invitation-message = آپ کو Heard پر ایک ریکارڈ دیکھنے کی دعوت دی گئی ہے۔ ہاں کہنے کے لیے یہ لنک کھولیں: { $link }
invitation-qr-title = یا یہ کوڈ دکھائیں
invitation-qr-lead = اگر وہ آپ کے پاس ہیں، تو وہ اپنے فون کا کیمرا اس کوڈ کی طرف کر سکتے ہیں۔
invitation-qr-label = لنک کا QR کوڈ
invitation-expired-title = اس لنک کا وقت ختم ہو گیا ہے
invitation-expired-body = لنک 7 دن تک کام کرتے ہیں۔ خاندان سے کہیں کہ وہ آپ کو نیا لنک بھیجیں۔
invitation-used-title = یہ لنک استعمال ہو چکا ہے
invitation-used-body = ہر لنک ایک ہی بار کام کرتا ہے۔ خاندان سے کہیں کہ وہ آپ کو نیا لنک بھیجیں۔
invitation-unknown-title = ہمیں یہ دعوت نہیں ملی
invitation-unknown-body = چیک کریں کہ آپ کے پاس پورا لنک ہے۔ ہو سکتا ہے خاندان نے اسے منسوخ کر دیا ہو۔
invitation-already-young-person-title = اس اکاؤنٹ کا پہلے سے اپنا ریکارڈ ہے
invitation-already-young-person-body = نوجوان کا اکاؤنٹ ایک ہی ریکارڈ کے لیے ہوتا ہے۔ کسی دوسرے اکاؤنٹ سے سائن اِن کریں، یا نیا اکاؤنٹ بنائیں۔
invitation-already-with-family-title = یہ لنک آپ کے اکاؤنٹ کے لیے نہیں ہے
invitation-already-with-family-body = آپ کے اکاؤنٹ کی اس خاندان کے ساتھ پہلے سے اپنی جگہ ہے، اس لیے وہ یہ لنک بھی استعمال نہیں کر سکتا۔ کچھ نہیں بدلا۔ یہ لنک اب بھی اُس شخص کے لیے کام کرتا ہے جسے یہ بھیجا گیا تھا۔
accept-title = آپ کو ایک دعوت ملی ہے
accept-as-parent = { $from } آپ کو دعوت دے رہے ہیں کہ آپ اُن کے ساتھ مل کر { $children } کے ریکارڈ سنبھالیں۔
accept-as-young-person = { $name }، { $from } آپ کو دعوت دے رہے ہیں کہ اپنے ریکارڈ کے لیے آپ کا اپنا اکاؤنٹ ہو۔
accept-as-advocate = { $from } آپ کو دعوت دے رہے ہیں کہ آپ اُن کے { $role } کے طور پر { $name } کے ریکارڈ میں مدد کریں۔
accept-your-name = آپ کا نام
accept-your-name-hint = خاندان یہ نام دیکھے گا۔
accept-signed-in-as = آپ { $email } سے سائن اِن ہیں۔
accept-button = ہاں، قبول کریں
accept-sign-in-first = ہاں کہنے کے لیے سائن اِن کریں یا اکاؤنٹ بنائیں۔ یہ مفت ہے۔
accept-create-account = اکاؤنٹ بنائیں
accept-sign-in = سائن اِن کریں
seen-title = { $name } کا ریکارڈ کس کس نے دیکھا ہے
seen-lead = یہاں ہر وہ شخص ہے جس نے یہ ریکارڈ دیکھا یا اس میں کچھ بدلا۔ سب سے نئی بات سب سے پہلے ہے۔ جب آپ خود اسے دیکھتے ہیں، وہ یہاں نہیں دکھایا جاتا۔
seen-none = ابھی تک کسی اور نے یہ ریکارڈ نہیں دیکھا۔
seen-read = { $who } ({ $role }) نے یہ دیکھا: { $part }۔
seen-change = { $who } ({ $role }) نے یہ بدلا: { $part }۔
seen-download = { $who } ({ $role }) نے پورا ریکارڈ ڈاؤن لوڈ کیا۔
seen-download-document = { $who } ({ $role }) نے ایک کاغذ ڈاؤن لوڈ کیا۔
seen-link-opened = { $who } کے لیے بنے لنک سے ریویو پیک کھولا گیا۔
seen-link-downloaded = { $who } کے لیے بنے لنک سے ایک دستاویز ڈاؤن لوڈ کی گئی۔
seen-when = { $date } کو { $time } بجے
seen-back = { $name } کا ریکارڈ کون دیکھ سکتا ہے، اس صفحے پر واپس جائیں
advocate-title = وہ خاندان جن کی آپ مدد کرتے ہیں
advocate-lead = ان خاندانوں نے آپ سے مدد مانگی ہے۔ آپ صرف وہی دیکھتے ہیں جو ہر خاندان نے شیئر کرنا چنا ہے۔
advocate-none = ابھی کسی خاندان نے آپ کے ساتھ کوئی ریکارڈ شیئر نہیں کیا۔ جب کوئی خاندان آپ کو لنک بھیجے، تو شروع کرنے کے لیے اسے کھولیں۔
advocate-shared-by = { $family } نے شیئر کیا۔
advocate-coming-up = آنے والی تاریخیں
advocate-nothing-coming = ابھی کوئی تاریخ نہیں۔
professional-title = بچے جن کا ریکارڈ آپ کو دکھایا گیا
professional-lead = خاندانوں نے یہ ریکارڈ آپ کو دکھائے۔ آپ صرف وہی دیکھتے ہیں جو ہر خاندان نے دکھانا چنا۔
professional-none = ابھی کسی خاندان نے آپ کو ریکارڈ نہیں دکھایا۔ جب کوئی خاندان آپ کو لنک بھیجے، تو شروع کرنے کے لیے اسے کھولیں۔
professional-you-are = آپ یہاں اس طرح ہیں: { $job_at }۔
advocate-next-review = جائزے کا موقع ({ $term } کی ٹرم): { $date }
advocate-next-step = { $step }: { $date }
child-part-people = یہ ریکارڈ کون دیکھ سکتا ہے، اور کس نے اسے دیکھا ہے۔
child-part-documents = EHC پلان، رپورٹیں اور خط، ایک ہی جگہ پر۔
child-part-notes = اسکول اور ان دوسرے لوگوں کے لکھے نوٹس جنہیں آپ نے بلایا۔

## Documents kept on the record
documents-title = { $name } کے کاغذات
documents-title-own = میرے کاغذات
documents-lead = EHC پلان، رپورٹیں اور خط یہاں رکھیں۔ صرف وہ لوگ انہیں ڈاؤن لوڈ کر سکتے ہیں جو یہ ریکارڈ دیکھ سکتے ہیں۔
documents-saved = آپ کا کاغذ محفوظ ہو گیا ہے۔
documents-list-title = رکھے ہوئے کاغذات
documents-none = یہاں ابھی کوئی کاغذ نہیں ہے۔
documents-named = { $kind }، { $date } کا
documents-added-by = { $who } نے { $date } کو شامل کیا
documents-added-on = { $date } کو شامل کیا گیا
documents-size-kb = { $kilobytes } KB
documents-size-mb = { $megabytes } MB
documents-file-size-separator = {"، "}
documents-download = ڈاؤن لوڈ کریں
documents-download-named = { $name } ڈاؤن لوڈ کریں
documents-delete = مٹائیں
documents-delete-sure = کیا { $name } ہمیشہ کے لیے مٹا دیں؟ یہ واپس نہیں آ سکتا۔
documents-delete-confirm = ہاں، اسے مٹا دیں
documents-delete-named = ہاں، { $name } مٹا دیں
documents-add-title = کاغذ شامل کریں
documents-kind-label = یہ کیا ہے؟
documents-date-label = کاغذ پر لکھی تاریخ
documents-date-hint = مثال کے طور پر، 27 3 2025
documents-note-label = ایک نوٹ (لکھنا ضروری نہیں)
documents-note-hint = مثال کے طور پر، اسے کس نے لکھا یا یہ کس بارے میں ہے۔
documents-file-label = فائل چنیں، یا تصویر کھینچیں
documents-file-hint = PDF، تصویر (JPEG، PNG یا HEIC) یا Word فائل۔ یہ { $megabytes } MB تک ہو سکتی ہے۔
documents-add-button = کاغذ شامل کریں
documents-kind-needed = چنیں کہ یہ کاغذ کیا ہے۔
documents-date-needed = کاغذ پر لکھی تاریخ لکھیں، مثال کے طور پر 27 3 2025۔
documents-note-too-long = نوٹ بہت لمبا ہے۔ اسے { $max } حروف یا اس سے کم رکھیں۔
documents-no-file = پہلے ایک فائل چنیں۔
documents-not-a-document = یہ PDF، تصویر یا Word فائل نہیں ہے، اس لیے Heard اسے نہیں رکھ سکتا۔ دیکھ لیں کہ یہ صحیح فائل ہے۔
documents-too-big = یہ فائل بہت بڑی ہے۔ ایک فائل { $megabytes } MB تک ہو سکتی ہے۔
documents-no-room = اس ریکارڈ پر مزید کاغذات کی جگہ نہیں ہے۔ Heard { $megabytes } MB تک رکھتا ہے۔ جگہ بنانے کے لیے کوئی غیر ضروری کاغذ مٹا دیں۔
documents-failed = کاغذ محفوظ نہیں ہو سکا۔ براہ کرم دوبارہ کوشش کریں۔
document-kind-ehc-plan = EHC پلان
document-kind-draft-plan = EHC پلان کا مسودہ
document-kind-report = رپورٹ
document-kind-letter = خط
document-kind-other = کچھ اور

## Notes from school and others (pages/notes.rs)
notes-title = اسکول اور دوسروں کے نوٹس
notes-lead = اسکول اور ان دوسرے لوگوں کے لکھے نوٹس جنہیں گھر والوں نے بلایا۔ ہر نوٹ بتاتا ہے کہ اسے کس نے لکھا۔
notes-family-hint = آپ کوئی نوٹ مٹا سکتے ہیں۔ اس کے الفاظ صرف وہی شخص بدل سکتا ہے جس نے اسے لکھا۔
notes-list-title = نوٹس
notes-none = ابھی کوئی نوٹ نہیں ہے۔
notes-about = { $date } کے بارے میں
notes-about-child = { $name } کے بارے میں اسکول اور دوسروں کے نوٹس
notes-change = یہ نوٹ بدلیں
notes-change-named = { $date } والا نوٹ بدلیں
notes-delete = یہ نوٹ مٹائیں
notes-delete-sure = { $date } والا نوٹ مٹا دیں؟ یہ واپس نہیں آ سکتا۔
notes-delete-confirm = ہاں، مٹا دیں
notes-delete-named = ہاں، { $date } والا نوٹ مٹا دیں
notes-add-title = نوٹ لکھیں
notes-about-label = یہ نوٹ کس دن کے بارے میں ہے؟
notes-about-hint = مثال کے طور پر 3 12 2026۔
notes-text-label = آپ کا نوٹ
notes-text-hint = آسان الفاظ میں لکھیں۔ گھر والے اسے آپ کے نام، آپ کے کام اور آپ کے اسکول کے ساتھ پڑھیں گے۔
notes-add-button = نوٹ شامل کریں
notes-edit-title = اپنا نوٹ بدلیں
notes-save-button = نوٹ محفوظ کریں
notes-back = نوٹس پر واپس جائیں

written-with-young-person = نوجوان
written-with-family = خاندان
written-by-advocate-with = { $who } (ایڈووکیٹ) نے { $with } کے ساتھ مل کر { $date } کو لکھا۔
about-me-your-own-words = آپ اپنے الفاظ میں لکھ رہے ہیں۔
goals-written-by-advocate = { $who } (ایڈووکیٹ) نے { $with } کے ساتھ مل کر لکھا۔
my-page-title = میرا صفحہ
my-page-title-theirs = { $name } کا اپنا صفحہ
my-page-words-title = میں نے کیا کہا ہے
my-page-words-none = ابھی کچھ نہیں۔ آپ نیچے کچھ لکھ سکتے ہیں، یا تصویر والے کارڈ اپنی اپنی جگہ رکھ سکتے ہیں۔
my-page-write-label = اپنے بارے میں کچھ لکھیں
my-page-write-hint = آپ کے لیے کیا اہم ہے، آپ کو کیا پسند ہے، یا آپ کیا چاہتے ہیں۔ اپنے الفاظ میں لکھیں۔
my-page-write-save = جو میں نے لکھا، وہ محفوظ کریں
my-page-goals-title = میرے اہداف
my-page-goals-none = ابھی کوئی ہدف نہیں ہے۔
my-page-goal-latest = پچھلی بار: { $rating }
my-page-goal-not-rated = ابھی چیک نہیں ہوا۔
my-page-progress-link = دیکھیں کہ میرے اہداف کیسے جا رہے ہیں
my-page-cards-title = تصویر والے کارڈ
my-page-cards-lead = ہر کارڈ وہاں رکھیں جہاں وہ آپ کے لیے ٹھیک ہو: مجھے پسند ہے، مجھے پکا نہیں پتا، یا مجھے پسند نہیں۔
my-page-voice-title = وائس نوٹ
my-page-voice-lead = آپ جو سوچتے ہیں، وہ بول کر بتا سکتے ہیں۔ یہ آپ کے ریکارڈ کے ساتھ رکھا جاتا ہے۔
my-page-voice-typed = آپ بولنے کی بجائے اوپر والے خانے میں لکھ بھی سکتے ہیں۔
my-page-voice-needs-js = اس صفحے پر ریکارڈ کرنے کے لیے JavaScript چاہیے، اور وہ اس براؤزر میں بند ہے۔ آپ اپنے فون پر ریکارڈ کر کے وہ ریکارڈنگ یہاں اپ لوڈ کر سکتے ہیں۔
my-page-voice-upload-label = ریکارڈنگ اپ لوڈ کریں
my-page-voice-upload-hint = آپ کے فون کے وائس ریکارڈر کی ریکارڈنگ۔ یہ زیادہ سے زیادہ { $megabytes } MB کی ہو سکتی ہے۔
my-page-voice-upload-button = اپ لوڈ کریں
my-page-voice-upload-saved = آپ کی ریکارڈنگ محفوظ ہو گئی ہے۔ آپ اسے نیچے سن سکتے ہیں۔
my-page-voice-upload-none = پہلے ایک ریکارڈنگ چنیں، پھر "اپ لوڈ کریں" دبائیں۔
pile-like = مجھے پسند ہے
pile-not-sure = پکا نہیں پتا
pile-dont-like = مجھے پسند نہیں
pile-unsorted = ابھی کہیں نہیں رکھے
pile-count = { $count ->
    [one] 1 کارڈ
   *[other] { $count } کارڈ
}
card-put-in = { $card }: { $pile }
card-put-back = واپس رکھیں
card-put-back-named = کارڈ واپس رکھیں: { $card }
card-number = کارڈ { $number } از { $total }
card-skip = یہ کارڈ چھوڑ دیں
card-sorted = { $card } اب اس ڈھیر میں ہے: { $pile }۔
card-unsorted = { $card } واپس اُن کارڈز میں ہے جو ابھی کہیں نہیں رکھے۔
cards-all-sorted = آپ نے سارے کارڈ رکھ دیے ہیں۔
cards-piles-title = اب تک کے ڈھیر
cards-piles-hint = کسی کارڈ کو دوسرے ڈھیر میں رکھنے کے لیے اس کے نام پر دبائیں۔
voice-note-start = وائس نوٹ ریکارڈ کریں
voice-note-stop = بند کریں
voice-note-save = محفوظ کریں
voice-note-again = دوبارہ شروع کریں
voice-note-recording = ریکارڈنگ ہو رہی ہے۔ جب آپ کی بات ختم ہو جائے، تو "بند کریں" دبائیں۔
voice-note-saving = محفوظ ہو رہا ہے…
voice-note-saved = محفوظ ہو گیا۔
voice-note-not-supported = یہ براؤزر آواز ریکارڈ نہیں کر سکتا۔ آپ اس کی بجائے لکھ سکتے ہیں۔
voice-note-microphone-refused = ہم مائیکروفون استعمال نہیں کر سکے۔ چیک کریں کہ اس کی اجازت دی گئی ہے، یا اس کی بجائے لکھیں۔
voice-note-write-link = اس کی بجائے اوپر والے خانے میں لکھیں
voice-note-failed = یہ محفوظ نہیں ہوا۔ کچھ ضائع نہیں ہوا۔ دوبارہ کوشش کریں۔
voice-note-not-audio = یہ آواز کی ایسی ریکارڈنگ نہیں جسے Heard محفوظ کر سکے۔ دوبارہ ریکارڈ کر کے دیکھیں۔
voice-note-too-big = یہ وائس نوٹ محفوظ کرنے کے لیے بہت بڑا ہے۔ چھوٹا وائس نوٹ ریکارڈ کر کے دیکھیں۔
voice-note-no-room = مزید وائس نوٹس کے لیے جگہ نہیں ہے۔ کوئی پرانا وائس نوٹ مٹائیں، پھر اسے دوبارہ محفوظ کریں۔
voice-note-too-often = آپ نے اس گھنٹے میں بہت سے وائس نوٹس محفوظ کیے ہیں۔ { $minutes } منٹ انتظار کریں، پھر اسے دوبارہ محفوظ کریں۔
voice-note-listen-back = اپنی ریکارڈنگ سنیں
voice-note-from = { $date } کا وائس نوٹ
voice-note-delete = مٹائیں
voice-note-delete-named = { $date } کا وائس نوٹ مٹائیں
rights-16-title = ریکارڈ کون دیکھے، یہ طے کرنا
rights-16-you-can = اب آپ کی عمر اتنی ہو گئی ہے کہ آپ خود طے کر سکیں کہ آپ کا ریکارڈ کون دیکھے۔ قانون کہتا ہے کہ یہ Year 11 کے آخر میں شروع ہوتا ہے، جب آپ تقریباً 16 سال کے ہوتے ہیں۔
rights-16-help = اگر آپ چاہیں، تو آپ چن سکتے ہیں کہ اسے کون دیکھے۔ آپ کا خاندان پھر بھی آپ کی مدد کر سکتا ہے۔
rights-16-take-control = میرا ریکارڈ کون دیکھے، یہ مجھے خود طے کرنا ہے
rights-16-you-decide = آپ کا ریکارڈ کون دیکھے، یہ آپ طے کرتے ہیں۔
rights-16-who-can-see = دیکھیں اور بدلیں کہ اسے کون دیکھ سکتا ہے
rights-16-they-can = { $name } کی عمر اب اتنی ہو گئی ہے کہ وہ خود طے کر سکیں کہ یہ ریکارڈ کون دیکھے۔ وہ چاہیں تو اپنے صفحے پر یہ کر سکتے ہیں۔
rights-16-they-decide = اب { $name } طے کرتے ہیں کہ یہ ریکارڈ کون دیکھے۔
card-music = موسیقی
card-music-picture = ہیڈ فون
card-drawing = تصویریں بنانا
card-drawing-picture = لکیر کھینچتی ہوئی ایک پنسل
card-sport = کھیل
card-sport-picture = ایک فٹ بال
card-swimming = تیراکی
card-swimming-picture = لہروں میں تیرتا ہوا ایک شخص
card-animals = جانور
card-animals-picture = ایک کتے کا چہرہ
card-outdoors = باہر کھلی جگہ میں رہنا
card-outdoors-picture = ایک درخت اور سورج
card-games = کمپیوٹر گیمز
card-games-picture = ایک گیم کنٹرولر
card-books = کتابیں
card-books-picture = ایک کھلی کتاب
card-cooking = کھانا پکانا
card-cooking-picture = ایک پیالہ اور ایک چمچ
card-dancing = ناچنا
card-dancing-picture = موسیقی پر ناچتا ہوا ایک شخص
card-building = چیزیں بنانا
card-building-picture = ایک دوسرے کے اوپر رکھے ہوئے بلاکس
card-trains = ٹرینیں
card-trains-picture = ایک ٹرین
card-friends = دوستوں کے ساتھ رہنا
card-friends-picture = ساتھ ساتھ کھڑے دو لوگ
card-quiet-place = کوئی پُرسکون جگہ
card-quiet-place-picture = چاند کے نیچے ایک چھوٹا سا خیمہ
card-loud-noise = تیز شور
card-loud-noise-picture = تیز آواز کی بڑی لہروں والا لاؤڈ اسپیکر
card-crowds = بھیڑ
card-crowds-picture = بہت سے لوگ، ایک دوسرے کے بہت قریب
your-data-title = { $name } کی معلومات
your-data-lead = یہ ریکارڈ آپ کا ہے۔ آپ کسی بھی وقت اس کی کاپی لے سکتے ہیں، یا اسے مٹا سکتے ہیں۔
your-data-download-title = کاپی لیں
your-data-download-lead = اس فائل میں وہ سب کچھ ہے جو ہم اس بچے کے بارے میں رکھتے ہیں۔ دوسری سروسز اسے پڑھ سکتی ہیں۔ پڑھنے والی کاپی میں بھی یہی سب کچھ ہے، پرنٹ کرنے کے لیے تیار۔
your-data-download = سب کچھ ایک فائل میں ڈاؤن لوڈ کریں
your-data-copy = کاپی پڑھیں اور پرنٹ کریں
your-data-delete-title = یہ ریکارڈ مٹائیں
your-data-delete-lead = اس سے { $name } کے بارے میں سب کچھ ہمیشہ کے لیے مٹ جاتا ہے۔
your-data-delete = { $name } کا ریکارڈ مٹائیں
your-data-account-title = آپ کا اکاؤنٹ
your-data-account-link = اپنا اکاؤنٹ مٹائیں
record-copy-title = { $name } کے بارے میں سب کچھ
record-copy-back = معلومات والے صفحے پر واپس جائیں
record-copy-print = یہ صفحہ پرنٹ کرنے کے لیے، یا اسے PDF کے طور پر محفوظ کرنے کے لیے، اپنے براؤزر کا پرنٹ بٹن استعمال کریں۔
record-copy-details = تفصیلات
record-copy-voice-notes = { $count ->
    [one] 1 وائس نوٹ۔ جو فائل آپ ڈاؤن لوڈ کر سکتے ہیں، اس میں آواز موجود ہے۔
   *[other] { $count } وائس نوٹ۔ جو فائل آپ ڈاؤن لوڈ کر سکتے ہیں، اس میں آواز موجود ہے۔
}
delete-not-confirmed = خانے پر نشان لگا کر بتائیں کہ آپ کو بات سمجھ آ گئی ہے۔
delete-wrong-password = یہ آپ کا پاس ورڈ نہیں ہے۔ اسے دوبارہ لکھیں۔
delete-cannot-undo = اس کے بعد کچھ واپس نہیں ہو سکتا۔
delete-child-title = { $name } کا ریکارڈ مٹائیں
delete-child-what = { $name } کے بارے میں سب کچھ مٹ جائے گا: "میرے بارے میں سب کچھ"، اہداف، جائزے کے مواقع، محفوظ کی ہوئی سروسز، تصویر والے کارڈ، وائس نوٹ، کون اسے دیکھ سکتا ہے اور کس نے اسے دیکھا ہے۔ کوئی بھی اسے واپس نہیں لا سکتا، ہم بھی نہیں۔
delete-child-first = ہو سکتا ہے آپ پہلے اس کی کاپی لینا چاہیں۔
delete-child-confirm = مجھے معلوم ہے کہ { $name } کا ریکارڈ ہمیشہ کے لیے مٹ جائے گا۔
delete-child-button = { $name } کا ریکارڈ مٹائیں
delete-keep = نہیں، اسے رہنے دیں
delete-account-title = اپنا اکاؤنٹ مٹائیں
delete-account-what = آپ کا اکاؤنٹ ختم ہو جائے گا: آپ اس سے دوبارہ سائن اِن نہیں کر سکیں گے۔
delete-account-family = اگر آپ اپنے خاندان میں اکیلے والدین یا دیکھ بھال کرنے والے ہیں، تو آپ کے بچوں کے ریکارڈ بھی مٹ جائیں گے۔ اگر خاندان میں کوئی اور والد، والدہ یا دیکھ بھال کرنے والا ہے، تو ریکارڈ اُن کے پاس رہیں گے۔
delete-account-first = ہو سکتا ہے آپ پہلے ہر بچے کے ریکارڈ کی کاپی لینا چاہیں۔ آپ یہ ہر بچے کے "کون دیکھ سکتا ہے" والے صفحے پر کر سکتے ہیں۔
delete-account-password = آپ کا پاس ورڈ
delete-account-confirm = مجھے معلوم ہے کہ میرا اکاؤنٹ ہمیشہ کے لیے مٹ جائے گا۔
delete-account-button = میرا اکاؤنٹ مٹائیں
account-deleted-title = آپ کا اکاؤنٹ مٹ گیا ہے
account-deleted-body = ہم نے آپ کا اکاؤنٹ، اور اس میں رکھی ہر چیز، مٹا دی ہے۔
account-deleted-home = ہوم پیج پر جائیں
account-title = آپ کا اکاؤنٹ
account-lead = آپ کا نام، آپ کی ای میل، اور Heard آپ کو کیسا دکھائی دیتا ہے۔
account-you = آپ کے بارے میں
account-name = آپ کا نام
account-name-not-given = ابھی نہیں دیا گیا
account-name-change = اپنا نام بدلیں
account-email = ای میل پتہ
account-reading = زبان اور پڑھنا
account-language-change = زبان بدلیں
account-reading-change = صفحات کی شکل بدلیں
account-leaving = Heard چھوڑنا
account-name-title = آپ کا نام
account-name-hint = جو لوگ آپ کے بچے کا ریکارڈ دیکھتے ہیں وہ یہ نام دیکھتے ہیں۔ مثال کے طور پر، آپ کے بچے کا اسکول یا آپ کا ایڈووکیٹ۔
account-name-save = اپنا نام محفوظ کریں
account-emails-change = چنیں کہ آپ کو کون سی ای میلز ملیں
account-signing-in = آپ کیسے سائن ان کرتے ہیں
account-passkeys = پاس ورڈ کے بغیر سائن ان: آپ کی پاس کیز
account-back = اپنے اکاؤنٹ پر واپس جائیں
account-name-saved = آپ کا نام محفوظ ہو گیا ہے۔
people-your-data = اس ریکارڈ کی کاپی لیں، یا اسے مٹا دیں
family-my-page = میرے صفحے پر جائیں
family-families-you-help = { $count ->
    [one] وہ خاندان جس کی آپ مدد کرتے ہیں
   *[other] وہ { $count } خاندان جن کی آپ مدد کرتے ہیں
}
people-stop-parent = یہ میرا ریکارڈ اب نہ دیکھیں
people-stop-parent-named = { $name } اب میرا ریکارڈ نہ دیکھیں
saved-services-saved-by-advocate = { $who } (ایڈووکیٹ) نے { $with } کے ساتھ مل کر محفوظ کیا۔

## Email
# The test email an operator sends with `heard mail-test`.
mail-test-subject = Heard ای میل بھیج سکتا ہے
mail-test-body = یہ Heard کی طرف سے ایک ٹیسٹ ہے۔ اس سے پتا چلتا ہے کہ Heard ای میل بھیج سکتا ہے۔ آپ کو کچھ کرنے کی ضرورت نہیں۔

## Reminders by email, and which emails a person wants
coming-up-prepare-for = جائزے کی تیاری کریں: { $name }
invite-email = ان کا ای میل ایڈریس (آپ اسے خالی چھوڑ سکتے ہیں)
invite-email-hint = اگر آپ یہ لکھیں تو Heard انہیں لنک ای میل کر دے گا۔ آپ اگلے صفحے پر بھی لنک دیکھیں گے۔
error-invite-email-invalid = ای میل ایڈریس صحیح طریقے سے لکھیں، جیسے name@example.com، یا اسے خالی چھوڑ دیں۔
email-choices-title = Heard کی ای میلز
email-choices-lead = جب کچھ آنے والا ہو، یا کچھ بدلے، تو Heard آپ کو ای میل کر سکتا ہے۔ چنیں کہ آپ کون سی ای میلز چاہتے ہیں۔
email-choices-legend = مجھے ای میل بھیجیں جب
email-choices-hint = جو آپ نہیں چاہتے، ان سے نشان ہٹا دیں۔ ہم ای میل کے عنوان میں کبھی بچے کا نام نہیں لکھتے۔
email-choice-review-soon = جائزے کا موقع دو ہفتے دور ہو
email-choice-deadline = قانون کی مقرر کی ہوئی تاریخ ایک ہفتہ دور ہو، یا گزر چکی ہو
email-choice-invitation = کوئی مجھے کسی بچے کا ریکارڈ دیکھنے کی دعوت دے
email-choice-record-changed = خاندان سے باہر کا کوئی شخص کسی بچے کا ریکارڈ بدلے
email-choice-access-ending = کوئی ایڈووکیٹ ریکارڈ کو صرف ایک ہفتہ اور دیکھ سکے
email-choices-button = میری پسند محفوظ کریں
email-choices-saved = آپ کی پسند محفوظ ہو گئی ہے۔
email-choices-not-saved = آپ کی پسند محفوظ نہیں ہوئی۔ براہ کرم دوبارہ کوشش کریں۔
reminder-hello = السلام علیکم { $name }،
reminder-hello-no-name = السلام علیکم،
reminder-footer = آپ یہاں چن سکتے ہیں کہ Heard آپ کو کون سی ای میلز بھیجے: { $link }
reminder-review-subject = جائزے کا موقع دو ہفتے بعد ہے
reminder-review-body = { $name } کا جائزے کا موقع ({ $term } کی ٹرم) { $date } کو ہے۔
reminder-review-prepare = آپ یہاں اس کی تیاری کر سکتے ہیں۔ لکھیں کہ کیا ٹھیک چل رہا ہے، کیا نہیں، اور آپ کیا پوچھنا چاہتے ہیں: { $link }
reminder-deadline-soon-subject = قانون کی مقرر کی ہوئی تاریخ ایک ہفتے بعد ہے
reminder-deadline-soon-body = { $name } کے لیے: { $step }۔ یہ { $date } تک ہو جانا چاہیے۔
reminder-deadline-passed-subject = قانون کی مقرر کی ہوئی تاریخ گزر گئی ہے
reminder-deadline-passed-body = { $name } کے لیے: { $step }۔ یہ { $date } تک ہو جانا چاہیے تھا۔
reminder-deadline-more = آپ یہاں دیکھ سکتے ہیں کہ اس کا کیا مطلب ہے، اور آپ کیا کر سکتے ہیں: { $link }
reminder-invitation-subject = آپ کو Heard پر ایک ریکارڈ دیکھنے کی دعوت ہے
reminder-invitation-someone = کسی
reminder-invitation-body = { $who } نے آپ کو Heard پر ایک بچے کا ریکارڈ دیکھنے کی دعوت دی ہے۔
reminder-invitation-link = ہاں کہنے کے لیے یہ لنک کھولیں۔ یہ ایک بار، { $date } تک کام کرے گا: { $link }
reminder-invitation-not-you = اگر آپ { $who } کو نہیں جانتے تو آپ کو کچھ کرنے کی ضرورت نہیں۔
reminder-changed-subject = کسی نے وہ ریکارڈ بدلا ہے جس کا آپ خیال رکھتے ہیں
reminder-changed-body = { $who } نے { $date } کو { $name } کا ریکارڈ بدلا۔ انہوں نے یہ بدلا: { $parts }۔
reminder-changed-look = آپ یہاں دیکھ سکتے ہیں کہ کس نے ریکارڈ دیکھا اور بدلا: { $link }
reminder-ending-advocate-subject = آپ ایک ریکارڈ صرف ایک ہفتہ اور دیکھ سکتے ہیں
reminder-ending-advocate-body = آپ { $name } کا ریکارڈ { $date } تک دیکھ سکتے ہیں۔ اس کے بعد آپ اسے نہیں دیکھ سکیں گے۔
reminder-ending-advocate-ask = اگر آپ کو ابھی بھی اس کی ضرورت ہے تو خاندان سے کہیں کہ وہ اسے دوبارہ آپ کے ساتھ شیئر کریں۔
reminder-ending-family-subject = ایک ایڈووکیٹ ریکارڈ کو صرف ایک ہفتہ اور دیکھ سکتا ہے
reminder-ending-family-body = { $who } { $name } کا ریکارڈ { $date } تک دیکھ سکتے ہیں۔ اس کے بعد وہ اسے نہیں دیکھ سکیں گے۔
reminder-ending-family-share = اگر انہیں ابھی بھی اس کی ضرورت ہے تو آپ یہاں اسے دوبارہ شیئر کر سکتے ہیں: { $link }
invitation-emailed = Heard یہ لنک { $address } پر ای میل بھی کر رہا ہے۔
# اکاؤنٹ کا ای میل ایڈریس اور پاس ورڈ، اور ان کے بارے میں ای میلز۔ DRAFT، ابھی جانچا نہیں گیا۔
error-email-same-as-now = یہ پہلے سے آپ کا ای میل ایڈریس ہے۔ نیا ایڈریس لکھیں۔
error-current-password-wrong = یہ آپ کا پاس ورڈ نہیں ہے۔ وہ پاس ورڈ لکھیں جو آپ ابھی استعمال کرتے ہیں۔
error-too-many-emails = ہم نے اس ایڈریس پر بہت سی ای میلز بھیجی ہیں۔ { $minutes } منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
field-new-email = نیا ای میل ایڈریس
field-new-password = نیا پاس ورڈ
field-current-password = آپ کا موجودہ پاس ورڈ
sign-in-forgot-link = پاس ورڈ بھول گئے؟
confirm-banner-title = اپنے ای میل ایڈریس کی تصدیق کریں
confirm-banner-sent = ہم نے { $email } پر ایک لنک بھیجا ہے۔ اپنے ای میل ایڈریس کی تصدیق کے لیے اسے کھولیں۔
confirm-banner-deleted-on = اگر آپ تصدیق نہیں کرتے، تو ہم { $date } کو یہ اکاؤنٹ اور اس میں موجود سب کچھ مٹا دیں گے۔
confirm-banner-again = لنک دوبارہ بھیجیں
confirm-banner-wrong-address = کیا یہ غلط ای میل ایڈریس ہے؟ اسے بدلیں
confirm-first = اپنے ای میل ایڈریس کی تصدیق کے بعد آپ ریکارڈ شیئر کر سکتے ہیں۔ ہماری ای میل دیکھیں، یا لنک دوبارہ بھیجیں۔
confirm-email-title = اپنے ای میل ایڈریس کی تصدیق کریں
confirm-email-intro = یہ تصدیق کرنے کے لیے بٹن دبائیں کہ یہ آپ کا ای میل ایڈریس ہے۔
confirm-email-button = میرے ای میل ایڈریس کی تصدیق کریں
confirm-email-done = شکریہ۔ آپ کے ای میل ایڈریس کی تصدیق ہو گئی ہے۔
confirm-email-continue = آگے چلیں
confirm-email-taken = اب ایک اور اکاؤنٹ کے پاس یہ ای میل ایڈریس ہے، اس لیے ہم نے کچھ نہیں بدلا۔ اُس اکاؤنٹ میں سائن اِن کریں، یا کوئی اور ای میل ایڈریس استعمال کریں۔
confirm-again-title = لنک دوبارہ بھیجیں
confirm-again-intro = ہم { $email } پر ایک نیا لنک بھیجیں گے۔
confirm-again-sent = ہم نے { $email } پر ایک نیا لنک بھیج دیا ہے۔ اپنی ای میل دیکھیں۔ ہو سکتا ہے یہ جنک یا اسپیم فولڈر میں ہو۔
link-spent = یہ لنک اب کام نہیں کرتا۔ یہ پہلے استعمال ہو چکا ہے، یا بہت پرانا ہے۔
link-spent-new-password = نیا پاس ورڈ بنانے کے لیے نیا لنک لیں
forgot-title = پاس ورڈ بھول گئے؟
forgot-intro = اپنا ای میل ایڈریس لکھیں۔ اگر آپ کا اکاؤنٹ ہے، تو ہم آپ کو نیا پاس ورڈ بنانے کا لنک بھیجیں گے۔
forgot-button = مجھے لنک بھیجیں
forgot-sent = اگر اس ای میل ایڈریس کا کوئی اکاؤنٹ ہے، تو ہم نے اس پر ایک لنک بھیج دیا ہے۔ اپنی ای میل دیکھیں۔ ہو سکتا ہے یہ جنک یا اسپیم فولڈر میں ہو۔
forgot-sent-hour = یہ لنک ایک گھنٹے تک، اور صرف ایک بار کام کرتا ہے۔
reset-title = نیا پاس ورڈ بنائیں
reset-intro = نیا پاس ورڈ چنیں۔ ہم آپ کو باقی سب ڈیوائسز سے سائن آؤٹ کر دیں گے۔
reset-button = میرا نیا پاس ورڈ محفوظ کریں
change-email-title = اپنا ای میل ایڈریس بدلیں
change-email-now = آپ کا موجودہ ای میل ایڈریس { $email } ہے۔
change-email-intro = ہم آپ کے نئے ای میل ایڈریس پر ایک لنک بھیجیں گے۔ جب تک آپ اسے نہیں کھولتے، کچھ نہیں بدلے گا۔
change-email-button = مجھے لنک بھیجیں
change-email-sent = ہم نے { $email } پر ایک لنک بھیجا ہے۔ اپنے نئے ای میل ایڈریس کی تصدیق کے لیے اسے کھولیں۔
change-email-until = یہ لنک 24 گھنٹے کام کرتا ہے۔ تب تک آپ کا ای میل ایڈریس وہی رہے گا۔
change-password-title = اپنا پاس ورڈ بدلیں
change-password-button = میرا نیا پاس ورڈ محفوظ کریں
change-password-done = آپ کا پاس ورڈ بدل گیا ہے۔ ہم نے آپ کو باقی سب ڈیوائسز سے سائن آؤٹ کر دیا ہے۔
sign-out-everywhere-title = ہر ڈیوائس سے سائن آؤٹ کریں
sign-out-everywhere-intro = یہ تب استعمال کریں جب آپ نے کسی ایسے فون یا کمپیوٹر پر سائن اِن کیا ہو جو اب آپ استعمال نہیں کرتے، یا آپ کو لگے کہ کوئی اور اندر آ سکتا ہے۔ آپ کو یہاں بھی دوبارہ سائن اِن کرنا ہوگا۔
sign-out-everywhere-button = ہر ڈیوائس سے سائن آؤٹ کریں
mail-hello = السلام علیکم،
mail-not-you-nothing-to-do = اگر یہ آپ نہیں تھے، تو آپ کو کچھ کرنے کی ضرورت نہیں۔
mail-confirm-subject = Heard کے لیے اپنے ای میل ایڈریس کی تصدیق کریں
mail-confirm-why = آپ نے اس ای میل ایڈریس کے ساتھ Heard پر اکاؤنٹ بنایا ہے۔
mail-confirm-open = یہ تصدیق کرنے کے لیے کہ یہ آپ کا ہے، یہ لنک کھولیں:
mail-confirm-deleted-on = اگر آپ تصدیق نہیں کرتے، تو ہم { $date } کو اکاؤنٹ اور اس میں موجود سب کچھ مٹا دیں گے۔
mail-taken-subject = کسی نے آپ کی ای میل سے Heard اکاؤنٹ بنانے کی کوشش کی
mail-taken-why = کسی نے اس ای میل ایڈریس کے ساتھ Heard پر نیا اکاؤنٹ بنانے کی کوشش کی۔ اس ایڈریس کا اکاؤنٹ آپ کے پاس پہلے سے ہے، اس لیے کچھ نہیں بدلا۔
mail-taken-sign-in = اگر یہ آپ تھے، تو یہاں سائن اِن کریں:
mail-taken-forgot = اگر آپ اپنا پاس ورڈ بھول گئے ہیں، تو یہاں نیا بنا سکتے ہیں:
mail-taken-not-you = اگر یہ آپ نہیں تھے، تو آپ کو کچھ کرنے کی ضرورت نہیں۔ آپ کا اکاؤنٹ محفوظ ہے۔
mail-new-email-subject = Heard کے لیے اپنے نئے ای میل ایڈریس کی تصدیق کریں
mail-new-email-why = آپ نے کہا کہ آپ کے Heard اکاؤنٹ کا ای میل ایڈریس بدل کر یہ کر دیا جائے۔
mail-new-email-open = تصدیق کے لیے یہ لنک کھولیں۔ یہ 24 گھنٹے کام کرتا ہے:
mail-new-email-until = جب تک آپ اسے نہیں کھولتے، آپ کا اکاؤنٹ پرانا ای میل ایڈریس رکھے گا۔
mail-email-changed-subject = آپ کے Heard اکاؤنٹ کا ای میل ایڈریس بدل گیا ہے
mail-email-changed-body = آپ کے Heard اکاؤنٹ کا ای میل ایڈریس اب { $email } ہے۔ اب سے ہم ای میلز وہاں بھیجیں گے۔
mail-email-changed-not-you = اگر یہ آپ نے نہیں کیا، تو ہمیں بتانے کے لیے اس ای میل کا جواب دیں۔
mail-reset-subject = Heard کے لیے نیا پاس ورڈ بنائیں
mail-reset-why = کسی نے آپ کے Heard اکاؤنٹ کے لیے نیا پاس ورڈ بنانے کو کہا ہے۔
mail-reset-open = نیا پاس ورڈ بنانے کے لیے یہ لنک کھولیں۔ یہ ایک گھنٹے تک، اور صرف ایک بار کام کرتا ہے:
mail-reset-not-you = اگر آپ نے یہ نہیں کہا، تو آپ کو کچھ کرنے کی ضرورت نہیں۔ آپ کا پاس ورڈ نہیں بدلا۔
