# Heard: Urdu (ur), اردو. Written right-to-left (RTL), in Nastaliq script.
# Translation not yet reviewed by a qualified translator; legal terms must be checked against a reviewed SEND glossary before live use.
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
footer-help = مدد
footer-privacy = رازداری
footer-about = Heard انگلینڈ میں اُن خاندانوں کے لیے ہے جن کے بچوں یا نوجوانوں کو SEND ہے، یعنی خصوصی تعلیمی ضروریات یا معذوری۔
title-error-prefix = غلطی:

## Forms and errors
error-summary-title = ایک مسئلہ ہے
field-email = ای میل ایڈریس
field-password = پاس ورڈ
error-email-missing = اپنا ای میل ایڈریس لکھیں۔
error-email-invalid = اپنا ای میل ایڈریس صحیح طریقے سے لکھیں، جیسے name@example.com
error-email-taken = اس ای میل ایڈریس سے پہلے ہی ایک اکاؤنٹ بنا ہوا ہے۔ اس کی بجائے سائن اِن کریں۔
error-password-missing = اپنا پاس ورڈ لکھیں۔
error-password-too-short = آپ کے پاس ورڈ میں کم از کم { $min } حروف ہونے چاہئیں۔
error-password-too-long = آپ کے پاس ورڈ میں { $max } یا اس سے کم حروف ہونے چاہئیں۔
error-wrong-email-or-password = ای میل ایڈریس یا پاس ورڈ صحیح نہیں ہے۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔
error-too-many-tries = سائن اِن کرنے کی بہت زیادہ کوششیں ہو چکی ہیں۔ { $minutes } منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
error-unavailable = ہماری طرف کچھ گڑبڑ ہو گئی۔ آپ نے جو لکھا تھا وہ ابھی بھی یہیں ہے۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔
error-cross-site = یہ فارم کسی دوسری ویب سائٹ سے آیا تھا، اس لیے Heard نے اسے قبول نہیں کیا۔ Heard پر واپس جائیں اور دوبارہ کوشش کریں۔

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

## Your family
family-title = آپ کا خاندان
family-signed-in-as = آپ { $email } سے سائن اِن ہیں۔
family-children-title = آپ کے بچے
family-no-children = آپ نے ابھی تک کوئی بچہ شامل نہیں کیا۔ جلد ہی آپ یہاں اپنے ہر بچے کو شامل کر سکیں گے، اور لکھ سکیں گے کہ اُس کے لیے کیا اہم ہے۔
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
privacy-what = آپ کا ای میل ایڈریس، اور آپ کے پاس ورڈ کی ایک بدلی ہوئی شکل، جسے کوئی واپس پڑھ نہیں سکتا۔ بعد میں، وہ باتیں بھی جو آپ اپنے بچے کے بارے میں لکھیں گے۔
privacy-who-title = اسے کون دیکھ سکتا ہے
privacy-who = صرف آپ کا خاندان۔ اسکول، کونسل یا ایڈووکیٹ (آپ کی طرف سے بات کرنے والا مددگار) کوئی چیز صرف تب دیکھتا ہے جب آپ خود اسے اُن کے ساتھ شیئر کرنا چاہیں۔
privacy-cookies-title = کوکیز
privacy-cookie-session = ایک کوکی آپ کو سائن اِن رکھتی ہے۔ جب آپ سائن آؤٹ کرتے ہیں تو یہ ختم ہو جاتی ہے۔
privacy-cookie-language = ایک کوکی آپ کی زبان یاد رکھتی ہے۔
privacy-cookie-reading = ایک کوکی آپ کی پڑھنے کی سہولتیں یاد رکھتی ہے۔
privacy-no-tracking = ہم آپ پر نظر رکھنے کے لیے کوکیز استعمال نہیں کرتے، اور دوسری ویب سائٹوں سے کچھ بھی لوڈ نہیں کرتے۔
privacy-rights-title = آپ کے حقوق
privacy-rights = آپ کہہ سکتے ہیں کہ ہم نے آپ کے بارے میں جو کچھ رکھا ہے وہ آپ کو دکھائیں، اسے بدل دیں، یا اسے مٹا دیں۔

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
timeline-step-review-meeting-detail = EHC plan کو کم از کم ہر 12 مہینے میں ایک میٹنگ میں جانچنا ضروری ہے۔ 5 سال سے چھوٹے بچے کے لیے یہ ہر 6 مہینے میں ہوتا ہے۔
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

## A record that cannot be shown
record-not-found-title = ہمیں یہ نہیں ملا
record-not-found-body = ہو سکتا ہے اسے ہٹا دیا گیا ہو، یا لنک غلط ہو۔ آپ صرف اپنے خاندان کے بچوں کو دیکھ سکتے ہیں۔
record-unavailable-title = معاف کیجیے، کچھ غلط ہو گیا
record-unavailable-body = ہم ابھی اسے نہیں کھول سکے۔ آپ کا محفوظ کیا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔
record-back-to-family = اپنے خاندان پر جائیں

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
