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
