# Heard: ਪੰਜਾਬੀ (pa). Punjabi in Gurmukhi script (not Shahmukhi). Written left to right.
# DRAFT translation, awaiting review by a native Punjabi speaker. Not yet reviewed.
# Legal SEND terms (EHC plan, EHC needs assessment, annual review, SEN support, draft plan, referral, advocate)
# must be checked against a reviewed SEND glossary before live use.
# Plain words: short sentences, everyday Punjabi, as a kind caseworker would speak. School and council terms
# families hear (SEND, SEN support, EHC plan, SENCO, SENDIASS, Local Offer) stay in English letters, explained in Punjabi.
# Punjabi CLDR plural "one" covers 0 and 1, so [one] variants use the number variable, not a written "1".

## Every page
service-name = Heard
skip-to-content = ਸਿੱਧਾ ਮੁੱਖ ਹਿੱਸੇ 'ਤੇ ਜਾਓ
nav-label = ਮੁੱਖ ਮੀਨੂ
nav-family = ਤੁਹਾਡਾ ਪਰਿਵਾਰ
nav-language = ਭਾਸ਼ਾ
nav-reading-options = ਪੜ੍ਹਨ ਦੀਆਂ ਚੋਣਾਂ
nav-sign-out = ਸਾਈਨ ਆਊਟ ਕਰੋ
nav-account = ਤੁਹਾਡਾ ਖਾਤਾ
footer-help = ਮਦਦ
footer-privacy = ਨਿੱਜਤਾ (Privacy)
footer-about = Heard ਇੰਗਲੈਂਡ ਦੇ ਉਹਨਾਂ ਪਰਿਵਾਰਾਂ ਲਈ ਹੈ, ਜਿਨ੍ਹਾਂ ਦੇ ਬੱਚਿਆਂ ਜਾਂ ਨੌਜਵਾਨਾਂ ਦੀਆਂ ਸਿੱਖਿਆ ਸੰਬੰਧੀ ਖ਼ਾਸ ਲੋੜਾਂ ਹਨ ਜਾਂ ਅਪੰਗਤਾ ਹੈ (SEND: special educational needs and disabilities)।
title-error-prefix = ਗਲਤੀ:
link-about = { $action }: { $about }

## Forms and errors
error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
field-email = ਈਮੇਲ ਪਤਾ (email address)
field-password = ਪਾਸਵਰਡ (password)
error-email-missing = ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ।
error-email-invalid = ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਸਹੀ ਤਰੀਕੇ ਨਾਲ ਲਿਖੋ, ਜਿਵੇਂ name@example.com
error-password-missing = ਆਪਣਾ ਪਾਸਵਰਡ ਲਿਖੋ।
error-password-too-short = ਤੁਹਾਡੇ ਪਾਸਵਰਡ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
error-password-too-long = ਤੁਹਾਡੇ ਪਾਸਵਰਡ ਵਿੱਚ { $max } ਜਾਂ ਉਸ ਤੋਂ ਘੱਟ ਅੱਖਰ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
error-wrong-email-or-password = ਈਮੇਲ ਪਤਾ ਜਾਂ ਪਾਸਵਰਡ ਸਹੀ ਨਹੀਂ ਹੈ। ਇਹਨਾਂ ਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-too-many-tries = ਸਾਈਨ ਇਨ ਕਰਨ ਦੀਆਂ ਬਹੁਤ ਜ਼ਿਆਦਾ ਕੋਸ਼ਿਸ਼ਾਂ ਹੋ ਗਈਆਂ ਹਨ। { $minutes } ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-too-many-new-accounts = ਪਿਛਲੇ ਇੱਕ ਘੰਟੇ ਵਿੱਚ ਇਸ ਇੰਟਰਨੈੱਟ ਕਨੈਕਸ਼ਨ ਤੋਂ ਬਹੁਤ ਸਾਰੇ ਨਵੇਂ ਖਾਤੇ ਬਣਾਏ ਗਏ ਹਨ। { $minutes } ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-unavailable = ਸਾਡੇ ਵੱਲੋਂ ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ। ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਸੀ, ਉਹ ਅਜੇ ਵੀ ਇੱਥੇ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-cross-site = ਇਹ ਫ਼ਾਰਮ ਕਿਸੇ ਹੋਰ ਵੈੱਬਸਾਈਟ ਤੋਂ ਆਇਆ ਸੀ, ਇਸ ਲਈ Heard ਨੇ ਇਸ ਨੂੰ ਨਹੀਂ ਲਿਆ। Heard 'ਤੇ ਵਾਪਸ ਜਾਓ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-too-long-title = ਤੁਹਾਡੀ ਲਿਖਤ ਸੇਵ ਕਰਨ ਲਈ ਬਹੁਤ ਲੰਮੀ ਹੈ
error-too-long-body = ਅਸੀਂ ਕੁਝ ਵੀ ਸੇਵ ਨਹੀਂ ਕੀਤਾ। ਇੱਕੋ ਵਾਰ ਸੇਵ ਕਰਨ ਲਈ ਲਿਖਤ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹੈ।
error-too-long-back = ਵਾਪਸ ਜਾਣ ਲਈ ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦਾ 'ਪਿੱਛੇ' (Back) ਬਟਨ ਵਰਤੋ। ਤੁਹਾਡੀ ਲਿਖਤ ਉੱਥੇ ਹੀ ਹੋਵੇਗੀ। ਇਸ ਦਾ ਕੁਝ ਹਿੱਸਾ ਛੋਟਾ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ।

## Home
home-title = Heard: ਤੁਹਾਡੇ ਬੱਚੇ ਦੇ ਵਿਚਾਰ, ਟੀਚੇ ਅਤੇ ਮਦਦ
home-lead = Heard ਨਾਲ ਤੁਸੀਂ ਲਿਖ ਸਕਦੇ ਹੋ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਲਈ ਕੀ ਅਹਿਮ ਹੈ, ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਮਿਲਦੀ ਮਦਦ ਦਾ ਹਿਸਾਬ ਰੱਖ ਸਕਦੇ ਹੋ।
home-what-title = ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
home-what-views = ਆਪਣੇ ਬੱਚੇ ਦੇ ਵਿਚਾਰ ਅਤੇ ਇੱਛਾਵਾਂ ਲਿਖੋ। ਜੇ ਉਹ ਚਾਹੁਣ, ਤਾਂ ਉਹਨਾਂ ਦੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ।
home-what-goals = ਟੀਚੇ ਮਿੱਥੋ, ਅਤੇ ਸਕੂਲੀ ਸਾਲ ਦੀਆਂ ਤਿੰਨ ਰੀਵਿਊ ਮੀਟਿੰਗਾਂ 'ਤੇ ਦੇਖੋ ਕਿ ਹਰ ਟੀਚਾ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ।
home-what-services = ਆਪਣੀ ਕੌਂਸਲ ਦੇ Local Offer ਵਿੱਚ ਆਪਣੇ ਨੇੜੇ ਮਦਦ ਲੱਭੋ। Local Offer, SEND ਵਾਲੇ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਮਦਦ ਦੀ ਕੌਂਸਲ ਦੀ ਸੂਚੀ ਹੈ।
home-send-explained = SEND ਦਾ ਮਤਲਬ ਹੈ ਸਿੱਖਿਆ ਸੰਬੰਧੀ ਖ਼ਾਸ ਲੋੜਾਂ ਅਤੇ ਅਪੰਗਤਾ (special educational needs and disabilities)।
home-yours = ਜੋ ਤੁਸੀਂ ਲਿਖਦੇ ਹੋ, ਉਹ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦਾ ਹੈ। ਤੁਸੀਂ ਚੁਣਦੇ ਹੋ ਕਿ ਇਸ ਨੂੰ ਕੌਣ ਦੇਖੇ।
home-create-account = ਖਾਤਾ ਬਣਾਓ
home-sign-in = ਸਾਈਨ ਇਨ ਕਰੋ
home-go-to-family = ਆਪਣੇ ਪਰਿਵਾਰ ਵਾਲੇ ਪੰਨੇ 'ਤੇ ਜਾਓ

## Create an account
create-account-title = ਖਾਤਾ ਬਣਾਓ
create-account-intro = ਆਪਣੇ ਬੱਚੇ ਦਾ ਰਿਕਾਰਡ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਤੁਹਾਨੂੰ ਇੱਕ ਖਾਤੇ ਦੀ ਲੋੜ ਹੈ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
create-account-email-hint = ਅਸੀਂ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਤੁਹਾਨੂੰ ਸਾਈਨ ਇਨ ਕਰਵਾਉਣ ਲਈ ਵਰਤਦੇ ਹਾਂ।
create-account-password-hint = ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਵਰਤੋ। ਕੁਝ ਸ਼ਬਦ ਇਕੱਠੇ ਜੋੜ ਲਓ: ਇਹ ਯਾਦ ਰੱਖਣੇ ਸੌਖੇ ਹੁੰਦੇ ਹਨ ਅਤੇ ਬੁੱਝਣੇ ਔਖੇ।
create-account-button = ਖਾਤਾ ਬਣਾਓ
create-account-have-one = ਕੀ ਤੁਹਾਡਾ ਖਾਤਾ ਪਹਿਲਾਂ ਹੀ ਹੈ?
create-account-sign-in-link = ਸਾਈਨ ਇਨ ਕਰੋ

## Sign in
sign-in-title = ਸਾਈਨ ਇਨ ਕਰੋ
sign-in-button = ਸਾਈਨ ਇਨ ਕਰੋ
sign-in-no-account = ਅਜੇ ਖਾਤਾ ਨਹੀਂ ਹੈ?
sign-in-create-link = ਖਾਤਾ ਬਣਾਓ

## Passkeys: signing in with a phone's or computer's lock (sign-in page and /account/passkeys)
passkey-sign-in-title = ਜਾਂ ਪਾਸਕੀ ਵਰਤੋ
passkey-sign-in-what = ਪਾਸਕੀ ਨਾਲ ਤੁਸੀਂ ਆਪਣੇ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਦੇ ਲੌਕ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹੋ। ਤੁਹਾਨੂੰ ਪਾਸਵਰਡ ਦੀ ਲੋੜ ਨਹੀਂ।
passkey-sign-in-button = ਪਾਸਕੀ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ
passkeys-title = ਪਾਸਕੀਆਂ
passkeys-lead = ਪਾਸਕੀ ਨਾਲ ਤੁਸੀਂ ਪਾਸਵਰਡ ਤੋਂ ਬਿਨਾਂ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹੋ। ਇਹ ਉਹੀ ਤਰੀਕਾ ਵਰਤਦੀ ਹੈ ਜਿਸ ਨਾਲ ਤੁਸੀਂ ਆਪਣਾ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਖੋਲ੍ਹਦੇ ਹੋ: ਤੁਹਾਡਾ ਚਿਹਰਾ, ਉਂਗਲ ਦਾ ਨਿਸ਼ਾਨ ਜਾਂ PIN। ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਵੀ ਕੰਮ ਕਰਦਾ ਰਹੇਗਾ।
passkeys-none = ਤੁਹਾਡੇ ਕੋਲ ਅਜੇ ਕੋਈ ਪਾਸਕੀ ਨਹੀਂ ਹੈ।
passkeys-yours = ਤੁਹਾਡੀਆਂ ਪਾਸਕੀਆਂ
passkeys-added = { $date } ਨੂੰ ਜੋੜੀ ਗਈ।
passkeys-last-used = ਆਖ਼ਰੀ ਵਾਰ { $date } ਨੂੰ ਵਰਤੀ ਗਈ।
passkeys-not-used = ਅਜੇ ਵਰਤੀ ਨਹੀਂ ਗਈ।
passkeys-remove-link = { $name } ਹਟਾਓ
passkeys-remove-title = ਕੀ ਪਾਸਕੀ “{ $name }” ਹਟਾਈਏ?
passkeys-remove-what = ਤੁਸੀਂ ਇਸ ਨਾਲ ਹੋਰ ਸਾਈਨ ਇਨ ਨਹੀਂ ਕਰ ਸਕੋਗੇ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਆਪਣੇ ਪਾਸਵਰਡ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹੋ।
passkeys-remove-button = ਹਾਂ, ਇਸ ਨੂੰ ਹਟਾਓ
passkeys-keep = ਨਹੀਂ, ਇਸ ਨੂੰ ਰੱਖੋ
passkeys-need-browser = ਪਾਸਕੀ ਜੋੜਨ ਲਈ, ਅਜਿਹਾ ਬ੍ਰਾਊਜ਼ਰ ਵਰਤੋ ਜੋ ਪਾਸਕੀਆਂ ਬਣਾ ਸਕੇ, ਅਤੇ JavaScript ਚਾਲੂ ਰੱਖੋ।
passkeys-add-title = ਪਾਸਕੀ ਜੋੜੋ
passkeys-add-what = ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਤੁਹਾਨੂੰ ਇਸ ਨੂੰ ਖੋਲ੍ਹਣ ਲਈ ਕਹੇਗਾ। ਫਿਰ ਤੁਸੀਂ ਇਸ ਨਾਲ ਇੱਥੇ ਸਾਈਨ ਇਨ ਕਰ ਸਕੋਗੇ।
passkeys-name-label = ਇਸ ਪਾਸਕੀ ਦਾ ਨਾਮ
passkeys-name-hint = ਤਾਂ ਜੋ ਤੁਹਾਨੂੰ ਪਤਾ ਰਹੇ ਕਿ ਇਹ ਕਿਹੜੀ ਹੈ। ਜਿਵੇਂ: ਮੇਰਾ ਫ਼ੋਨ
passkeys-add-button = ਪਾਸਕੀ ਜੋੜੋ
passkey-error-signed-out = ਤੁਸੀਂ ਸਾਈਨ ਆਊਟ ਹੋ ਗਏ ਹੋ। ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰੋ, ਫਿਰ ਪਾਸਕੀ ਜੋੜੋ।
passkey-error-name-missing = ਪਾਸਕੀ ਨੂੰ ਇੱਕ ਨਾਮ ਦਿਓ, ਤਾਂ ਜੋ ਤੁਹਾਨੂੰ ਪਤਾ ਰਹੇ ਕਿ ਇਹ ਕਿਹੜੀ ਹੈ।
passkey-error-name-too-long = ਨਾਮ ਬਹੁਤ ਲੰਮਾ ਹੈ। { $max } ਅੱਖਰ ਜਾਂ ਘੱਟ ਵਰਤੋ।
passkey-error-not-started = ਇਸ ਵਿੱਚ ਬਹੁਤ ਸਮਾਂ ਲੱਗ ਗਿਆ, ਜਾਂ ਸਫ਼ਾ ਪੁਰਾਣਾ ਸੀ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
passkey-error-not-recognised = ਅਸੀਂ ਇਸ ਪਾਸਕੀ ਨੂੰ ਨਹੀਂ ਜਾਣਦੇ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਆਪਣੀ ਈਮੇਲ ਅਤੇ ਪਾਸਵਰਡ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ।
passkey-error-already-added = ਇਸ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਵਿੱਚ ਤੁਹਾਡੇ ਖਾਤੇ ਦੀ ਪਾਸਕੀ ਪਹਿਲਾਂ ਹੀ ਹੈ।
passkey-error-cancelled = ਪਾਸਕੀ ਨਹੀਂ ਵਰਤੀ ਗਈ। ਤੁਸੀਂ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਆਪਣਾ ਪਾਸਵਰਡ ਵਰਤੋ।

## Your family
family-title = ਤੁਹਾਡਾ ਪਰਿਵਾਰ
family-signed-in-as = ਤੁਸੀਂ { $email } ਵਜੋਂ ਸਾਈਨ ਇਨ ਹੋ।
family-children-title = ਤੁਹਾਡੇ ਬੱਚੇ
family-no-children = ਤੁਸੀਂ ਅਜੇ ਕੋਈ ਬੱਚਾ ਨਹੀਂ ਜੋੜਿਆ। ਇੱਥੇ ਹਰ ਬੱਚੇ ਨੂੰ ਜੋੜੋ, ਫਿਰ ਲਿਖੋ ਕਿ ਉਹਨਾਂ ਲਈ ਕੀ ਅਹਿਮ ਹੈ।
family-signed-out = ਆਪਣਾ ਪਰਿਵਾਰ ਦੇਖਣ ਲਈ ਕਿਰਪਾ ਕਰਕੇ ਸਾਈਨ ਇਨ ਕਰੋ।

## Reading options
reading-title = ਪੜ੍ਹਨ ਦੀਆਂ ਚੋਣਾਂ
reading-intro = ਪੰਨੇ ਕਿਵੇਂ ਦਿਸਦੇ ਹਨ, ਇਹ ਬਦਲੋ, ਤਾਂ ਜੋ ਤੁਹਾਡੇ ਲਈ ਪੜ੍ਹਨਾ ਸੌਖਾ ਹੋਵੇ। ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਕਦੇ ਵੀ ਫਿਰ ਬਦਲ ਸਕਦੇ ਹੋ।
reading-text-size = ਅੱਖਰਾਂ ਦਾ ਆਕਾਰ
reading-text-size-standard = ਆਮ
reading-text-size-large = ਵੱਡਾ
reading-text-size-largest = ਸਭ ਤੋਂ ਵੱਡਾ
reading-spacing = ਸਤਰਾਂ ਅਤੇ ਅੱਖਰਾਂ ਵਿਚਕਾਰ ਥਾਂ
reading-spacing-hint = ਵੱਧ ਥਾਂ ਹੋਣ ਨਾਲ ਲਿਖਤ ਪੜ੍ਹਨੀ ਸੌਖੀ ਹੋ ਸਕਦੀ ਹੈ।
reading-spacing-standard = ਆਮ
reading-spacing-wide = ਵੱਧ ਖੁੱਲ੍ਹੀ
reading-font = ਫ਼ੌਂਟ (ਅੱਖਰਾਂ ਦੀ ਬਣਾਵਟ)
reading-font-standard = ਆਮ
reading-font-dyslexia = ਇੱਕ ਫ਼ੌਂਟ ਜੋ ਡਿਸਲੈਕਸੀਆ (dyslexia) ਵਾਲੇ ਕੁਝ ਲੋਕਾਂ ਨੂੰ ਪੜ੍ਹਨ ਵਿੱਚ ਸੌਖਾ ਲੱਗਦਾ ਹੈ (OpenDyslexic)
reading-theme = ਰੰਗ
reading-theme-auto = ਮੇਰੇ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਵਾਂਗ ਹੀ
reading-theme-light = ਹਲਕੇ
reading-theme-dark = ਗੂੜ੍ਹੇ
reading-theme-contrast = ਵੱਧ ਫ਼ਰਕ ਵਾਲੇ ਰੰਗ (high contrast)
reading-motion = ਪੰਨੇ 'ਤੇ ਹਿਲਜੁਲ
reading-motion-auto = ਮੇਰੇ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਵਾਂਗ ਹੀ
reading-motion-reduce = ਘੱਟ ਹਿਲਜੁਲ
reading-kept = ਅਸੀਂ ਤੁਹਾਡੀ ਚੋਣ ਇਸ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ 'ਤੇ ਸਾਂਭ ਕੇ ਰੱਖਦੇ ਹਾਂ। ਜਦੋਂ ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਹੁੰਦੇ ਹੋ, ਤਾਂ ਅਸੀਂ ਇਸ ਨੂੰ ਤੁਹਾਡੇ ਖਾਤੇ ਨਾਲ ਵੀ ਰੱਖਦੇ ਹਾਂ।
reading-save = ਪੜ੍ਹਨ ਦੀਆਂ ਚੋਣਾਂ ਸੇਵ ਕਰੋ
reading-saved = ਤੁਹਾਡੀਆਂ ਪੜ੍ਹਨ ਦੀਆਂ ਚੋਣਾਂ ਸੇਵ ਹੋ ਗਈਆਂ ਹਨ।
reading-back = ਜਿੱਥੇ ਤੁਸੀਂ ਸੀ, ਉੱਥੇ ਵਾਪਸ ਜਾਓ

## Language
language-title = ਭਾਸ਼ਾ
language-legend = ਤੁਸੀਂ ਕਿਹੜੀ ਭਾਸ਼ਾ ਵਰਤਣਾ ਚਾਹੁੰਦੇ ਹੋ?
language-hint = ਹਰ ਭਾਸ਼ਾ ਦਾ ਨਾਂ ਉਸੇ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖਿਆ ਹੈ।
language-button = ਇਹ ਭਾਸ਼ਾ ਵਰਤੋ

## Privacy
privacy-title = ਨਿੱਜਤਾ (Privacy)
privacy-lead = ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੀ ਜਾਣਕਾਰੀ ਨਿੱਜੀ ਹੈ। ਇਹ ਪੰਨਾ ਦੱਸਦਾ ਹੈ ਕਿ ਅਸੀਂ ਕੀ ਰੱਖਦੇ ਹਾਂ ਅਤੇ ਕਿਉਂ।
privacy-what-title = ਅਸੀਂ ਕੀ ਰੱਖਦੇ ਹਾਂ
privacy-what = ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ, ਅਤੇ ਤੁਹਾਡੇ ਪਾਸਵਰਡ ਦਾ ਇੱਕ ਰਲ਼ਗੱਡ ਕੀਤਾ ਰੂਪ, ਜਿਸ ਨੂੰ ਕੋਈ ਵਾਪਸ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦਾ। ਅਤੇ ਉਹ ਵੀ ਜੋ ਤੁਸੀਂ ਆਪਣੇ ਬੱਚੇ ਬਾਰੇ ਲਿਖਦੇ ਹੋ।
privacy-who-title = ਇਸ ਨੂੰ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
privacy-who = ਸਿਰਫ਼ ਤੁਹਾਡਾ ਪਰਿਵਾਰ। ਸਕੂਲ, ਕੌਂਸਲ ਜਾਂ ਹਿਮਾਇਤੀ (advocate) ਕੁਝ ਤਾਂ ਹੀ ਦੇਖਦੇ ਹਨ, ਜੇ ਤੁਸੀਂ ਉਹਨਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ ਚੁਣਦੇ ਹੋ।
privacy-cookies-title = ਕੂਕੀਜ਼ (cookies)
privacy-cookie-session = ਇੱਕ ਕੂਕੀ ਤੁਹਾਨੂੰ ਸਾਈਨ ਇਨ ਰੱਖਦੀ ਹੈ। ਜਦੋਂ ਤੁਸੀਂ ਸਾਈਨ ਆਊਟ ਕਰਦੇ ਹੋ, ਇਹ ਮਿਟ ਜਾਂਦੀ ਹੈ।
privacy-cookie-language = ਇੱਕ ਕੂਕੀ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਯਾਦ ਰੱਖਦੀ ਹੈ।
privacy-cookie-reading = ਇੱਕ ਕੂਕੀ ਤੁਹਾਡੀਆਂ ਪੜ੍ਹਨ ਦੀਆਂ ਚੋਣਾਂ ਯਾਦ ਰੱਖਦੀ ਹੈ।
privacy-cookie-device = ਇੱਕ ਕੂਕੀ ਯਾਦ ਰੱਖਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਪਹਿਲਾਂ ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸਾਈਨ ਇਨ ਕੀਤਾ ਹੈ। ਜੇ ਕੋਈ ਹੋਰ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਅੰਦਾਜ਼ੇ ਨਾਲ ਲੱਭਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੇ, ਤਾਂ ਵੀ ਤੁਸੀਂ ਇੱਥੇ ਸਾਈਨ ਇਨ ਕਰ ਸਕਦੇ ਹੋ।
privacy-no-tracking = ਅਸੀਂ ਤੁਹਾਡੇ 'ਤੇ ਨਜ਼ਰ ਰੱਖਣ ਲਈ ਕੂਕੀਜ਼ ਨਹੀਂ ਵਰਤਦੇ, ਅਤੇ ਅਸੀਂ ਦੂਜੀਆਂ ਵੈੱਬਸਾਈਟਾਂ ਤੋਂ ਕੁਝ ਵੀ ਨਹੀਂ ਮੰਗਵਾਉਂਦੇ।
privacy-on-this-phone = Heard ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਆਪਣੀਆਂ ਫ਼ਾਈਲਾਂ (ਤਸਵੀਰਾਂ, ਸਟਾਈਲ ਅਤੇ ਕੋਡ) ਰੱਖਦਾ ਹੈ ਤਾਂ ਜੋ ਪੰਨੇ ਜਲਦੀ ਖੁੱਲ੍ਹਣ, ਅਤੇ ਇੱਕ ਪੰਨਾ ਜੋ ਇੰਟਰਨੈੱਟ ਨਾ ਹੋਣ ਉੱਤੇ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ। ਤੁਹਾਡੇ ਬੱਚੇ ਦਾ ਰਿਕਾਰਡ ਉੱਥੇ ਸਿਰਫ਼ ਤਾਂ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ ਜੇ ਤੁਸੀਂ ਉਹਨਾਂ ਦੇ ਰਿਕਾਰਡ ਉੱਤੇ "ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਰੱਖੋ" ਚੁਣੋ, ਅਤੇ ਸਾਈਨ ਆਊਟ ਕਰਨ ਉੱਤੇ ਹਟਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ। ਜੋ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਹੋ ਉਹ ਵੀ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ, ਜਦੋਂ ਤੱਕ ਉਹ ਸੰਭਾਲਿਆ ਨਾ ਜਾਵੇ।
privacy-rights-title = ਤੁਹਾਡੇ ਹੱਕ
privacy-rights = ਅਸੀਂ ਤੁਹਾਡੇ ਬਾਰੇ ਜੋ ਕੁਝ ਵੀ ਰੱਖਦੇ ਹਾਂ, ਤੁਸੀਂ ਉਹ ਸਭ ਦੇਖਣ, ਬਦਲਵਾਉਣ ਜਾਂ ਮਿਟਵਾਉਣ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ।

## Offline (the page the service worker shows without a connection)
offline-title = ਤੁਸੀਂ ਆਫ਼ਲਾਈਨ ਹੋ
offline-lead = ਇਸ ਪੰਨੇ ਨੂੰ ਇੰਟਰਨੈੱਟ ਦੀ ਲੋੜ ਹੈ। ਤੁਹਾਡਾ ਫ਼ੋਨ ਇਸ ਵੇਲੇ ਜੁੜਿਆ ਨਹੀਂ ਹੈ।
offline-kept = Heard ਵਿੱਚ ਜੋ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਸੀ ਉਹ ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਰੱਖਿਆ ਹੋਇਆ ਹੈ। ਜਦੋਂ ਤੁਸੀਂ ਪੰਨਾ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋਗੇ ਤਾਂ ਉਹ ਉੱਥੇ ਹੋਵੇਗਾ।
offline-try-again = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ

## Help
help-title = ਮਦਦ
help-using-title = Heard ਨੂੰ ਵਰਤਣਾ
help-reading-options = ਅੱਖਰ ਵੱਡੇ ਕਰੋ, ਰੰਗ ਜਾਂ ਫ਼ੌਂਟ ਬਦਲੋ
help-language = ਭਾਸ਼ਾ ਬਦਲੋ
help-advice-title = ਮੁਫ਼ਤ ਸਲਾਹ
help-sendiass = ਹਰ ਕੌਂਸਲ ਕੋਲ ਇੱਕ SENDIASS ਸੇਵਾ ਹੁੰਦੀ ਹੈ। ਇਹ SEND ਬਾਰੇ ਮੁਫ਼ਤ ਸਲਾਹ ਦਿੰਦੀ ਹੈ, ਅਤੇ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦੀ। ਇੰਟਰਨੈੱਟ 'ਤੇ "SENDIASS" ਅਤੇ ਆਪਣੀ ਕੌਂਸਲ ਦਾ ਨਾਂ ਲਿਖ ਕੇ ਲੱਭੋ।
help-words-title = ਸ਼ਬਦ ਜੋ ਤੁਸੀਂ ਸੁਣ ਸਕਦੇ ਹੋ
glossary-send = SEND
glossary-send-meaning = ਸਿੱਖਿਆ ਸੰਬੰਧੀ ਖ਼ਾਸ ਲੋੜਾਂ ਅਤੇ ਅਪੰਗਤਾ (special educational needs and disabilities)।
glossary-sen-support = SEN support
glossary-sen-support-meaning = EHC plan ਤੋਂ ਬਿਨਾਂ, ਸਕੂਲ ਵਿੱਚ ਮਿਲਣ ਵਾਲੀ ਵਾਧੂ ਮਦਦ।
glossary-ehc-plan = EHC plan
glossary-ehc-plan-meaning = ਸਿੱਖਿਆ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਪਲਾਨ (Education, health and care plan)। ਇੱਕ ਕਾਨੂੰਨੀ ਪਲਾਨ, ਜਿਸ ਵਿੱਚ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਬੱਚੇ ਜਾਂ ਨੌਜਵਾਨ ਨੂੰ ਕਿਹੜੀ ਮਦਦ ਜ਼ਰੂਰ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ।
glossary-local-offer = Local Offer
glossary-local-offer-meaning = SEND ਵਾਲੇ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ, ਜਨਮ ਤੋਂ 25 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ, ਇਲਾਕੇ ਵਿੱਚ ਮਿਲਦੀ ਮਦਦ ਦੀ ਕੌਂਸਲ ਦੀ ਸੂਚੀ।
glossary-sendiass = SENDIASS
glossary-sendiass-meaning = ਇੱਕ ਮੁਫ਼ਤ ਸੇਵਾ ਜੋ SEND ਬਾਰੇ ਸਲਾਹ ਦਿੰਦੀ ਹੈ, ਅਤੇ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦੀ।

## Page not found
not-found-title = ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ
not-found-body = ਸਾਨੂੰ ਉਹ ਪੰਨਾ ਨਹੀਂ ਮਿਲਿਆ। ਜੇ ਤੁਸੀਂ ਵੈੱਬ ਪਤਾ ਖ਼ੁਦ ਲਿਖਿਆ ਸੀ, ਤਾਂ ਜਾਂਚੋ ਕਿ ਉਹ ਸਹੀ ਹੈ।
not-found-home = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ

## Dates typed in three boxes
date-day = ਦਿਨ
date-month = ਮਹੀਨਾ
date-year = ਸਾਲ

## What happens next
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
date-long = { $day } { $month } { $year }
timeline-title = ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ
timeline-intro = ਕਾਨੂੰਨ ਹਰ ਕਦਮ ਲਈ ਇੱਕ ਤਾਰੀਖ਼ ਤੈਅ ਕਰਦਾ ਹੈ। ਹਰ ਕਦਮ ਵੱਧ ਤੋਂ ਵੱਧ ਆਪਣੀ ਤਾਰੀਖ਼ ਤੱਕ ਹੋ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ।
timeline-next-summary = ਅਗਲਾ ਕਦਮ: { $step }। ਇਹ { $date } ਤੱਕ ਹੋ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ।
timeline-next-when = { $days ->
    [0] ਉਹ ਦਿਨ ਅੱਜ ਹੀ ਹੈ।
    [1] ਉਹ ਦਿਨ ਕੱਲ੍ਹ ਨੂੰ ਹੈ।
   *[other] ਉਹ ਦਿਨ { $days } ਦਿਨਾਂ ਬਾਅਦ ਹੈ।
}
timeline-by = { $date } ਤੱਕ
timeline-state-done = ਹੋ ਗਿਆ
timeline-state-overdue = ਸਮਾਂ ਲੰਘ ਗਿਆ
timeline-state-next = ਅਗਲਾ
timeline-state-later = ਬਾਅਦ ਵਿੱਚ
timeline-step-decide-assess = ਕੌਂਸਲ ਫ਼ੈਸਲਾ ਕਰਦੀ ਹੈ ਕਿ EHC needs assessment (EHC ਲੋੜਾਂ ਦੀ ਜਾਂਚ) ਕਰਨੀ ਹੈ ਜਾਂ ਨਹੀਂ
timeline-step-decide-assess-detail = EHC needs assessment ਉਹ ਜਾਂਚ ਹੈ ਜਿਸ ਵਿੱਚ ਕੌਂਸਲ ਦੇਖਦੀ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ EHC plan ਦੀ ਲੋੜ ਹੈ ਜਾਂ ਨਹੀਂ। ਤੁਹਾਡੇ ਕਹਿਣ ਤੋਂ 6 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ ਕੌਂਸਲ ਨੂੰ ਤੁਹਾਨੂੰ ਦੱਸਣਾ ਪਵੇਗਾ ਕਿ ਉਹ ਜਾਂਚ ਕਰੇਗੀ ਜਾਂ ਨਹੀਂ।
timeline-step-decide-plan = ਕੌਂਸਲ ਫ਼ੈਸਲਾ ਕਰਦੀ ਹੈ ਕਿ EHC plan ਬਣਾਉਣਾ ਹੈ ਜਾਂ ਨਹੀਂ
timeline-step-decide-plan-detail = EHC plan ਇੱਕ ਕਾਨੂੰਨੀ ਪਲਾਨ ਹੈ, ਜਿਸ ਵਿੱਚ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਕਿਹੜੀ ਮਦਦ ਜ਼ਰੂਰ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ। ਜਾਂਚ ਲਈ ਤੁਹਾਡੇ ਕਹਿਣ ਤੋਂ 16 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ ਕੌਂਸਲ ਨੂੰ ਤੁਹਾਨੂੰ ਦੱਸਣਾ ਪਵੇਗਾ ਕਿ ਉਹ ਪਲਾਨ ਬਣਾਏਗੀ ਜਾਂ ਨਹੀਂ।
timeline-step-comment-draft = ਤੁਸੀਂ ਡਰਾਫ਼ਟ ਪਲਾਨ (draft plan) ਬਾਰੇ ਆਪਣੀ ਰਾਏ ਦੱਸਦੇ ਹੋ
timeline-step-comment-draft-detail = ਡਰਾਫ਼ਟ ਪਲਾਨ ਮਿਲਣ ਤੋਂ ਬਾਅਦ, ਕੌਂਸਲ ਨੂੰ ਆਪਣੀ ਰਾਏ ਦੱਸਣ ਲਈ ਤੁਹਾਡੇ ਕੋਲ 15 ਦਿਨ ਹਨ। ਇਸੇ ਵੇਲੇ ਤੁਸੀਂ ਇਹ ਵੀ ਦੱਸਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਕਿਹੜਾ ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਚਾਹੁੰਦੇ ਹੋ।
timeline-step-final-plan = ਕੌਂਸਲ ਤੁਹਾਨੂੰ ਅੰਤਿਮ (final) EHC plan ਭੇਜਦੀ ਹੈ
timeline-step-final-plan-detail = ਅੰਤਿਮ ਪਲਾਨ, ਜਾਂਚ ਲਈ ਤੁਹਾਡੇ ਕਹਿਣ ਤੋਂ 20 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ ਜ਼ਰੂਰ ਆ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ।
timeline-step-review-papers = ਸਾਲਾਨਾ ਰੀਵਿਊ ਲਈ ਕਾਗ਼ਜ਼ ਭੇਜੇ ਜਾਂਦੇ ਹਨ
timeline-step-review-papers-detail = ਸਾਲਾਨਾ ਰੀਵਿਊ (annual review) EHC plan ਦੀ ਜਾਂਚ ਲਈ ਇੱਕ ਮੀਟਿੰਗ ਹੈ, ਜੋ ਸਾਲ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਾਰ ਹੁੰਦੀ ਹੈ। ਰਿਪੋਰਟਾਂ ਤੁਹਾਨੂੰ ਮੀਟਿੰਗ ਤੋਂ ਘੱਟੋ-ਘੱਟ 2 ਹਫ਼ਤੇ ਪਹਿਲਾਂ ਮਿਲ ਜਾਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ, ਤਾਂ ਜੋ ਤੁਹਾਡੇ ਕੋਲ ਉਹਨਾਂ ਨੂੰ ਪੜ੍ਹਨ ਦਾ ਸਮਾਂ ਹੋਵੇ।
timeline-step-review-meeting = ਸਾਲਾਨਾ ਰੀਵਿਊ ਮੀਟਿੰਗ
timeline-step-review-meeting-detail = EHC plan ਦੀ ਜਾਂਚ ਘੱਟੋ-ਘੱਟ ਹਰ 12 ਮਹੀਨਿਆਂ ਬਾਅਦ ਇੱਕ ਮੀਟਿੰਗ ਵਿੱਚ ਹੋਣੀ ਜ਼ਰੂਰੀ ਹੈ। 5 ਸਾਲ ਤੋਂ ਛੋਟੇ ਬੱਚੇ ਲਈ, ਇਹ ਘੱਟੋ-ਘੱਟ ਹਰ 6 ਮਹੀਨਿਆਂ ਬਾਅਦ ਹੁੰਦੀ ਹੈ।
timeline-step-review-report = ਮੀਟਿੰਗ ਦੀ ਰਿਪੋਰਟ ਭੇਜੀ ਜਾਂਦੀ ਹੈ
timeline-step-review-report-detail = ਮੀਟਿੰਗ ਵਿੱਚ ਸ਼ਾਮਲ ਹਰ ਕਿਸੇ ਨੂੰ, ਤੁਹਾਨੂੰ ਵੀ, 2 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ ਮੀਟਿੰਗ ਦੀ ਲਿਖਤੀ ਰਿਪੋਰਟ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ।
timeline-step-review-decision = ਕੌਂਸਲ ਫ਼ੈਸਲਾ ਕਰਦੀ ਹੈ ਕਿ ਪਲਾਨ ਦਾ ਕੀ ਹੋਵੇਗਾ
timeline-step-review-decision-detail = ਮੀਟਿੰਗ ਤੋਂ 4 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ, ਕੌਂਸਲ ਨੂੰ ਤੁਹਾਨੂੰ ਦੱਸਣਾ ਪਵੇਗਾ ਕਿ ਉਹ ਪਲਾਨ ਨੂੰ ਜਿਵੇਂ ਹੈ ਉਵੇਂ ਰੱਖੇਗੀ, ਬਦਲੇਗੀ, ਜਾਂ ਖ਼ਤਮ ਕਰੇਗੀ।
timeline-step-phase-transfer = ਤੁਹਾਡੇ ਬੱਚੇ ਦੇ ਅਗਲੇ ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਲਈ ਪਲਾਨ ਬਦਲਿਆ ਜਾਂਦਾ ਹੈ
timeline-step-phase-transfer-detail = ਅਗਲੇ ਸਤੰਬਰ ਤੋਂ ਤੁਹਾਡਾ ਬੱਚਾ ਪੜ੍ਹਾਈ ਦਾ ਨਵਾਂ ਪੜਾਅ ਸ਼ੁਰੂ ਕਰੇਗਾ, ਜਿਵੇਂ ਸੈਕੰਡਰੀ ਸਕੂਲ ਜਾਂ ਕਾਲਜ। ਇਸ ਤਾਰੀਖ਼ ਤੱਕ ਕੌਂਸਲ ਨੂੰ EHC plan ਬਦਲ ਕੇ ਇਹ ਲਿਖਣਾ ਪਵੇਗਾ ਕਿ ਬੱਚਾ ਅੱਗੇ ਕਿੱਥੇ ਜਾਵੇਗਾ।
timeline-late-title = ਕੌਂਸਲ ਦੇਰ ਕਰ ਰਹੀ ਹੈ
timeline-late-body = ਹੇਠਾਂ ਦਿੱਤੇ ਕਦਮਾਂ ਵਿੱਚੋਂ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਹੁਣ ਤੱਕ ਹੋ ਜਾਣਾ ਚਾਹੀਦਾ ਸੀ। ਤੁਸੀਂ ਆਪਣੀ SENDIASS ਤੋਂ ਮੁਫ਼ਤ ਸਲਾਹ ਲੈ ਸਕਦੇ ਹੋ। SENDIASS, SEND ਬਾਰੇ ਸਲਾਹ ਦਿੰਦੀ ਹੈ ਅਤੇ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦੀ।
timeline-late-link = ਆਪਣੀ SENDIASS ਕਿਵੇਂ ਲੱਭੀਏ
timeline-step-late = ਇਹ ਹੁਣ ਤੱਕ ਹੋ ਜਾਣਾ ਚਾਹੀਦਾ ਸੀ। ਕੌਂਸਲ ਦੇਰ ਕਰ ਰਹੀ ਹੈ।
timeline-step-late-link = SENDIASS ਤੋਂ ਮੁਫ਼ਤ ਸਲਾਹ ਲਓ
timeline-step-comment-passed = 15 ਦਿਨ ਲੰਘ ਗਏ ਹਨ। ਜੇ ਤੁਸੀਂ ਅਜੇ ਵੀ ਪਲਾਨ ਬਾਰੇ ਕੁਝ ਕਹਿਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਹੁਣੇ ਕੌਂਸਲ ਨੂੰ ਦੱਸੋ। ਤੁਹਾਡੀ SENDIASS ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।
timeline-sen-support = ਜਦੋਂ ਬੱਚੇ ਨੂੰ SEN support (ਸਕੂਲ ਵਿੱਚ ਵਾਧੂ ਮਦਦ) ਮਿਲਦੀ ਹੈ, ਤਾਂ ਸਕੂਲ ਨੂੰ ਹਰ ਟਰਮ ਵਿੱਚ ਇੱਕ ਵਾਰ, ਯਾਨੀ ਸਾਲ ਵਿੱਚ ਤਿੰਨ ਵਾਰ, ਤੁਹਾਡੇ ਨਾਲ ਮਿਲਣਾ ਚਾਹੀਦਾ ਹੈ। ਤੁਸੀਂ ਮਿਲ ਕੇ ਦੇਖਦੇ ਹੋ ਕਿ ਮਦਦ ਕਿਵੇਂ ਚੱਲ ਰਹੀ ਹੈ, ਅਤੇ ਅੱਗੇ ਕੀ ਕਰਨਾ ਹੈ।
timeline-none-yet = ਜੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਵਾਧੂ ਮਦਦ ਦੀ ਲੋੜ ਹੈ, ਤਾਂ ਉਹਨਾਂ ਦੇ ਅਧਿਆਪਕ ਜਾਂ SENCO ਨਾਲ ਗੱਲ ਕਰੋ। SENCO ਸਕੂਲ ਦਾ ਉਹ ਅਧਿਆਪਕ ਹੈ ਜੋ SEND ਦੇ ਕੰਮ ਦੀ ਅਗਵਾਈ ਕਰਦਾ ਹੈ। ਸਕੂਲ ਵਿੱਚ ਮਿਲਣ ਵਾਲੀ ਵਾਧੂ ਮਦਦ ਨੂੰ SEN support ਕਹਿੰਦੇ ਹਨ।
timeline-ask-assessment-title = ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਹੋਰ ਮਦਦ ਦੀ ਲੋੜ ਹੈ
timeline-ask-assessment = ਜੇ ਸਕੂਲ ਦੀ ਮਦਦ ਕਾਫ਼ੀ ਨਹੀਂ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਕੌਂਸਲ ਤੋਂ EHC needs assessment (EHC ਲੋੜਾਂ ਦੀ ਜਾਂਚ) ਮੰਗ ਸਕਦੇ ਹੋ। ਇਸ ਜਾਂਚ ਵਿੱਚ ਕੌਂਸਲ ਦੇਖਦੀ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ EHC plan ਦੀ ਲੋੜ ਹੈ ਜਾਂ ਨਹੀਂ। ਤੁਸੀਂ ਖ਼ੁਦ ਕੌਂਸਲ ਨੂੰ ਚਿੱਠੀ ਜਾਂ ਈਮੇਲ ਲਿਖ ਕੇ ਮੰਗ ਸਕਦੇ ਹੋ। ਕੌਂਸਲ ਨੂੰ 6 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ ਦੱਸਣਾ ਪਵੇਗਾ ਕਿ ਉਹ ਜਾਂਚ ਕਰੇਗੀ ਜਾਂ ਨਹੀਂ।
timeline-ask-assessment-then = ਮੰਗਣ ਤੋਂ ਬਾਅਦ, ਆਪਣੇ ਬੱਚੇ ਦੇ ਵੇਰਵਿਆਂ ਵਿੱਚ ਮਦਦ ਵਾਲੀ ਚੋਣ ਬਦਲੋ, ਅਤੇ ਉਹ ਤਾਰੀਖ਼ ਜੋੜੋ ਜਦੋਂ ਤੁਸੀਂ ਮੰਗਿਆ ਸੀ। ਫਿਰ Heard ਦਿਖਾਏਗਾ ਕਿ ਕਦੋਂ ਤੱਕ ਕੀ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
timeline-missing-request = ਉਹ ਤਾਰੀਖ਼ ਜੋੜੋ ਜਦੋਂ ਤੁਸੀਂ EHC needs assessment (EHC ਲੋੜਾਂ ਦੀ ਜਾਂਚ) ਮੰਗੀ ਸੀ, ਅਤੇ Heard ਦਿਖਾਏਗਾ ਕਿ ਕਦੋਂ ਤੱਕ ਕੀ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
timeline-missing-plan = ਉਹ ਤਾਰੀਖ਼ ਜੋੜੋ ਜਦੋਂ EHC plan ਜਾਰੀ ਹੋਇਆ ਸੀ, ਜਾਂ ਪਿਛਲੇ ਸਾਲਾਨਾ ਰੀਵਿਊ (annual review) ਦੀ ਤਾਰੀਖ਼। ਫਿਰ Heard ਦਿਖਾਏਗਾ ਕਿ ਅਗਲਾ ਰੀਵਿਊ ਕਦੋਂ ਹੋਣਾ ਹੈ।
timeline-missing-last-review = ਜੇ ਸਾਲਾਨਾ ਰੀਵਿਊ ਮੀਟਿੰਗ ਹੋ ਚੁੱਕੀ ਹੈ, ਤਾਂ ਉਸ ਦੀ ਤਾਰੀਖ਼ ਨੂੰ ਪਿਛਲੇ ਸਾਲਾਨਾ ਰੀਵਿਊ ਵਜੋਂ ਜੋੜੋ। ਫਿਰ Heard ਦਿਖਾਏਗਾ ਕਿ ਅਗਲਾ ਕਦੋਂ ਹੋਣਾ ਹੈ।
timeline-add-dates = ਤਾਰੀਖ਼ਾਂ ਜੋੜੋ

## Progress chart
# The steps of the rating scale, shown after their symbol: "◑ getting there".
rating-not-started = ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਇਆ
rating-just-starting = ਹੁਣੇ ਸ਼ੁਰੂ ਹੋਇਆ
rating-getting-there = ਅੱਗੇ ਵਧ ਰਿਹਾ ਹੈ
rating-nearly-there = ਲਗਭਗ ਪੂਰਾ
rating-achieved = ਪੂਰਾ ਹੋ ਗਿਆ
# Which way a goal went, from its first rating to its last.
movement-moved-on = ਅੱਗੇ ਵਧਿਆ
movement-stayed = ਉੱਥੇ ਹੀ ਰਿਹਾ
movement-went-back = ਪਿੱਛੇ ਗਿਆ
movement-not-enough = ਤੁਲਨਾ ਲਈ ਕਾਫ਼ੀ ਰੇਟਿੰਗਾਂ ਨਹੀਂ ਹਨ
progress-summary-family = { $first_point } ਵਿੱਚ ਪਰਿਵਾਰ ਦੀ ਰੇਟਿੰਗ "{ $first }" ਸੀ, ਅਤੇ { $last_point } ਵਿੱਚ "{ $last }"। ਕਿਵੇਂ ਰਿਹਾ: { $movement }।
progress-summary-school = { $first_point } ਵਿੱਚ ਸਕੂਲ ਦੀ ਰੇਟਿੰਗ "{ $first }" ਸੀ, ਅਤੇ { $last_point } ਵਿੱਚ "{ $last }"। ਕਿਵੇਂ ਰਿਹਾ: { $movement }।
progress-summary-family-one = { $point } ਵਿੱਚ ਪਰਿਵਾਰ ਦੀ ਰੇਟਿੰਗ "{ $rating }" ਸੀ। ਹੁਣ ਤੱਕ ਸਿਰਫ਼ ਇਹੋ ਇੱਕ ਰੇਟਿੰਗ ਹੈ।
progress-summary-school-one = { $point } ਵਿੱਚ ਸਕੂਲ ਦੀ ਰੇਟਿੰਗ "{ $rating }" ਸੀ। ਹੁਣ ਤੱਕ ਸਿਰਫ਼ ਇਹੋ ਇੱਕ ਰੇਟਿੰਗ ਹੈ।
progress-summary-family-none = ਪਰਿਵਾਰ ਨੇ ਅਜੇ ਕੋਈ ਰੇਟਿੰਗ ਨਹੀਂ ਦਿੱਤੀ।
progress-summary-school-none = ਸਕੂਲ ਨੇ ਅਜੇ ਕੋਈ ਰੇਟਿੰਗ ਨਹੀਂ ਦਿੱਤੀ।
progress-not-enough = ਚਾਰਟ ਬਣਾਉਣ ਲਈ ਅਜੇ ਕਾਫ਼ੀ ਰੇਟਿੰਗਾਂ ਨਹੀਂ ਹਨ। ਟੇਬਲ ਵਿੱਚ ਹੁਣ ਤੱਕ ਦੀਆਂ ਰੇਟਿੰਗਾਂ ਦਿੱਤੀਆਂ ਹਨ।
progress-legend-family = ਪਰਿਵਾਰ ਦੀ ਰੇਟਿੰਗ: ਬਿੰਦੀਆਂ ਵਾਲੀ ਪੂਰੀ ਲਕੀਰ
progress-legend-school = ਸਕੂਲ ਦੀ ਰੇਟਿੰਗ: ਚੌਰਸ ਨਿਸ਼ਾਨਾਂ ਵਾਲੀ ਟੁੱਟਵੀਂ ਲਕੀਰ
progress-column-point = ਰੀਵਿਊ ਮੀਟਿੰਗ
progress-column-family = ਪਰਿਵਾਰ ਦੀ ਰੇਟਿੰਗ
progress-column-school = ਸਕੂਲ ਦੀ ਰੇਟਿੰਗ
progress-not-rated = ਰੇਟਿੰਗ ਨਹੀਂ ਦਿੱਤੀ

## Problems with what was typed in the record
error-name-missing = ਉਹ ਨਾਂ ਲਿਖੋ ਜਿਸ ਨਾਲ ਉਹ ਬੁਲਾਏ ਜਾਣਾ ਪਸੰਦ ਕਰਦੇ ਹਨ।
error-text-missing = ਇੱਥੇ ਕੁਝ ਲਿਖੋ, ਜਾਂ ਸੇਵ ਕੀਤੇ ਬਿਨਾਂ ਵਾਪਸ ਜਾਓ।
error-too-long = ਇਹ ਬਹੁਤ ਲੰਮਾ ਹੈ। { $max } ਜਾਂ ਉਸ ਤੋਂ ਘੱਟ ਅੱਖਰ ਵਰਤੋ।
error-date-missing = ਤਾਰੀਖ਼ ਲਿਖੋ।
error-date-incomplete = ਤਾਰੀਖ਼ ਵਿੱਚ ਦਿਨ, ਮਹੀਨਾ ਅਤੇ ਸਾਲ, ਤਿੰਨੇ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ।
error-date-not-real = ਇਹ ਅਸਲੀ ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ। ਅੰਕ ਵਰਤੋ, ਜਿਵੇਂ 27 3 2014
error-birth-date-in-future = ਜਨਮ ਦੀ ਤਾਰੀਖ਼ ਬੀਤ ਚੁੱਕੇ ਸਮੇਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
error-older-than-25 = Heard 25 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ ਦੇ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਹੈ।
error-date-in-future = ਇਹ ਤਾਰੀਖ਼ ਅੱਜ ਦੀ, ਜਾਂ ਬੀਤ ਚੁੱਕੇ ਸਮੇਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
error-choose-one = ਚੋਣਾਂ ਵਿੱਚੋਂ ਇੱਕ ਚੁਣੋ।
error-changed-meanwhile = ਜਦੋਂ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਸੀ, ਕਿਸੇ ਹੋਰ ਨੇ ਇੱਕ ਬਦਲਾਅ ਸੇਵ ਕਰ ਦਿੱਤਾ। ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ। ਹੇਠਾਂ ਦੋਵੇਂ ਰੂਪ ਦੇਖੋ, ਫਿਰ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ।
error-hidden-character = “{ $after }” ਦੇ ਠੀਕ ਬਾਅਦ ਇੱਕ ਲੁਕਿਆ ਹੋਇਆ ਅੱਖਰ ਹੈ। Heard ਇਸ ਨੂੰ ਸੇਵ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਇਹ ਅਕਸਰ ਕਾਪੀ ਅਤੇ ਪੇਸਟ ਕਰਨ ਨਾਲ ਆ ਜਾਂਦਾ ਹੈ। ਇਸ ਨੂੰ ਮਿਟਾਓ, ਜਾਂ ਉਹ ਹਿੱਸਾ ਦੁਬਾਰਾ ਟਾਈਪ ਕਰੋ।
error-hidden-character-at-start = ਬਿਲਕੁਲ ਸ਼ੁਰੂ ਵਿੱਚ ਇੱਕ ਲੁਕਿਆ ਹੋਇਆ ਅੱਖਰ ਹੈ। Heard ਇਸ ਨੂੰ ਸੇਵ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਇਹ ਅਕਸਰ ਕਾਪੀ ਅਤੇ ਪੇਸਟ ਕਰਨ ਨਾਲ ਆ ਜਾਂਦਾ ਹੈ। ਇਸ ਨੂੰ ਮਿਟਾਓ, ਜਾਂ ਉਹ ਹਿੱਸਾ ਦੁਬਾਰਾ ਟਾਈਪ ਕਰੋ।

## A record that cannot be shown
record-not-found-title = ਸਾਨੂੰ ਇਹ ਨਹੀਂ ਮਿਲਿਆ
record-not-found-body = ਹੋ ਸਕਦਾ ਹੈ ਇਸ ਨੂੰ ਹਟਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ, ਜਾਂ ਲਿੰਕ ਗਲਤ ਹੋਵੇ। ਜਾਂ ਪਰਿਵਾਰ ਨੇ ਇਸ ਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੋਵੇ।
record-unavailable-title = ਮਾਫ਼ ਕਰਨਾ, ਕੁਝ ਗੜਬੜ ਹੋ ਗਈ
record-unavailable-body = ਅਸੀਂ ਇਸ ਵੇਲੇ ਇਹ ਖੋਲ੍ਹ ਨਹੀਂ ਸਕੇ। ਤੁਹਾਡਾ ਸੇਵ ਕੀਤਾ ਹੋਇਆ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
record-back-to-start = ਆਪਣੇ ਸ਼ੁਰੂਆਤੀ ਸਫ਼ੇ 'ਤੇ ਜਾਓ

## Adding a child and changing their details
child-add-title = ਬੱਚਾ ਜੋੜੋ
child-edit-title = { $name } ਦੇ ਵੇਰਵੇ ਬਦਲੋ
child-form-intro = ਆਪਣੇ ਬੱਚੇ ਜਾਂ ਨੌਜਵਾਨ ਬਾਰੇ ਸਾਨੂੰ ਦੱਸੋ। ਇਹ ਸਿਰਫ਼ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੇ ਲੋਕ ਦੇਖ ਸਕਦੇ ਹਨ।
child-back-to-record = ਰਿਕਾਰਡ 'ਤੇ ਵਾਪਸ ਜਾਓ
child-called-name = ਉਹ ਨਾਂ ਜਿਸ ਨਾਲ ਉਹ ਬੁਲਾਏ ਜਾਣਾ ਪਸੰਦ ਕਰਦੇ ਹਨ
child-called-name-hint = ਇਹ ਲਾਡ ਦਾ ਨਾਂ ਵੀ ਹੋ ਸਕਦਾ ਹੈ। ਪੂਰੇ ਨਾਂ ਦੀ ਲੋੜ ਨਹੀਂ।
child-date-of-birth = ਜਨਮ ਦੀ ਤਾਰੀਖ਼
child-date-of-birth-hint = ਜਿਵੇਂ, 27 3 2014
child-setting = ਸਕੂਲ, ਕਾਲਜ ਜਾਂ ਨਰਸਰੀ
child-setting-hint = ਜੇ ਉਹ ਇਹਨਾਂ ਵਿੱਚੋਂ ਕਿਤੇ ਨਹੀਂ ਜਾਂਦੇ, ਤਾਂ ਇਹ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
child-year-group = ਜਮਾਤ (Year group)
child-year-group-hint = ਅਸੀਂ ਜਨਮ ਦੀ ਤਾਰੀਖ਼ ਤੋਂ ਹਿਸਾਬ ਲਾ ਕੇ ਇਹ ਪਤਾ ਕਰਦੇ ਹਾਂ। ਜੇ ਉਹ ਕਿਸੇ ਹੋਰ ਜਮਾਤ ਵਿੱਚ ਹਨ, ਤਾਂ ਇਸ ਨੂੰ ਬਦਲ ਦਿਓ।
child-year-group-auto = ਜਨਮ ਦੀ ਤਾਰੀਖ਼ ਤੋਂ ਹਿਸਾਬ ਲਾਓ
child-year-group-auto-known = ਜਨਮ ਦੀ ਤਾਰੀਖ਼ ਤੋਂ ਹਿਸਾਬ ਲਾਓ ({ $year })
child-support-status = ਉਹਨਾਂ ਨੂੰ ਹੁਣ ਕਿਹੜੀ ਮਦਦ ਮਿਲਦੀ ਹੈ?
child-support-status-hint = ਤੁਸੀਂ ਇਸ ਨੂੰ ਕਦੇ ਵੀ ਬਦਲ ਸਕਦੇ ਹੋ।
child-key-dates = ਜ਼ਰੂਰੀ ਤਾਰੀਖ਼ਾਂ, ਜੇ ਤੁਹਾਨੂੰ ਪਤਾ ਹਨ
child-key-dates-hint = ਇਹਨਾਂ ਤਾਰੀਖ਼ਾਂ ਨਾਲ ਅਸੀਂ ਤੁਹਾਨੂੰ ਦੱਸ ਸਕਦੇ ਹਾਂ ਕਿ ਅੱਗੇ ਕੀ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਅਤੇ ਕਦੋਂ ਤੱਕ। ਜਿਹੜੀ ਤਾਰੀਖ਼ ਤੁਹਾਨੂੰ ਨਹੀਂ ਪਤਾ, ਉਹ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
child-assessment-requested-on = ਤੁਸੀਂ EHC needs assessment (EHC ਲੋੜਾਂ ਦੀ ਜਾਂਚ) ਕਦੋਂ ਮੰਗੀ ਸੀ
child-assessment-requested-on-hint = EHC needs assessment ਉਹ ਜਾਂਚ ਹੈ ਜਿਸ ਵਿੱਚ ਕੌਂਸਲ ਦੇਖਦੀ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ EHC plan ਦੀ ਲੋੜ ਹੈ ਜਾਂ ਨਹੀਂ।
child-draft-plan-received-on = ਤੁਹਾਨੂੰ ਡਰਾਫ਼ਟ (draft) EHC plan ਕਦੋਂ ਮਿਲਿਆ
child-draft-plan-received-on-hint = ਡਰਾਫ਼ਟ, ਪਲਾਨ ਦਾ ਪਹਿਲਾ ਰੂਪ ਹੁੰਦਾ ਹੈ, ਪੱਕਾ (final) ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ।
child-plan-issued-on = ਅੰਤਿਮ (final) EHC plan ਕਦੋਂ ਜਾਰੀ ਹੋਇਆ
child-plan-issued-on-hint = ਇਹ ਅੰਤਿਮ ਪਲਾਨ 'ਤੇ ਲਿਖੀ ਤਾਰੀਖ਼ ਹੈ।
child-last-annual-review-on = ਪਿਛਲੀ ਸਾਲਾਨਾ ਰੀਵਿਊ ਮੀਟਿੰਗ
child-last-annual-review-on-hint = ਸਾਲਾਨਾ ਰੀਵਿਊ (annual review) ਹਰ ਸਾਲ ਹੋਣ ਵਾਲੀ ਮੀਟਿੰਗ ਹੈ, ਜਿਸ ਵਿੱਚ EHC plan ਦੀ ਜਾਂਚ ਹੁੰਦੀ ਹੈ।
child-next-annual-review-on = ਅਗਲੀ ਸਾਲਾਨਾ ਰੀਵਿਊ ਮੀਟਿੰਗ
child-next-annual-review-on-hint = ਸਿਰਫ਼ ਜੇ ਤਾਰੀਖ਼ ਤੈਅ ਹੋ ਚੁੱਕੀ ਹੈ।
child-areas-of-need = ਲੋੜ ਦੇ ਖੇਤਰ
child-areas-of-need-hint = ਜਿੰਨੇ ਢੁੱਕਦੇ ਹਨ, ਸਾਰਿਆਂ 'ਤੇ ਨਿਸ਼ਾਨ ਲਾਓ। ਇਹ ਉਹ ਚਾਰ ਖੇਤਰ ਹਨ ਜੋ ਸਕੂਲ ਅਤੇ ਕੌਂਸਲਾਂ ਵਰਤਦੇ ਹਨ।
child-save = ਸੇਵ ਕਰੋ
child-conflict-title = ਕਿਸੇ ਹੋਰ ਨੇ ਇਹ ਵੇਰਵੇ ਬਦਲ ਦਿੱਤੇ
child-conflict-body = ਜਦੋਂ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਸੀ, ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਕਿਸੇ ਨੇ ਇੱਕ ਬਦਲਾਅ ਸੇਵ ਕਰ ਦਿੱਤਾ। ਫ਼ਾਰਮ ਵਿੱਚ ਉਹ ਹੈ ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਸੀ। ਇਸ ਨੂੰ ਜਾਂਚੋ, ਫਿਰ ਆਪਣਾ ਰੂਪ ਰੱਖਣ ਲਈ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ।

support-status-none = ਅਜੇ ਕੋਈ ਵਾਧੂ ਮਦਦ ਨਹੀਂ
support-status-sen-support = SEN support (ਸਕੂਲ ਵਿੱਚ ਵਾਧੂ ਮਦਦ, EHC plan ਤੋਂ ਬਿਨਾਂ)
support-status-assessment-requested = ਅਸੀਂ EHC needs assessment (EHC ਲੋੜਾਂ ਦੀ ਜਾਂਚ) ਮੰਗੀ ਹੈ
support-status-ehc-plan = EHC plan (ਸਿੱਖਿਆ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਦੀ ਮਦਦ ਦਾ ਕਾਨੂੰਨੀ ਪਲਾਨ)

area-communication = ਗੱਲਬਾਤ ਅਤੇ ਮੇਲ-ਜੋਲ (Communication and interaction)
area-learning = ਸੋਚਣਾ ਅਤੇ ਸਿੱਖਣਾ (Cognition and learning)
area-semh = ਸਮਾਜਿਕ, ਭਾਵਨਾਤਮਕ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ (Social, emotional and mental health)
area-sensory-physical = ਇੰਦਰੀਆਂ ਸੰਬੰਧੀ ਅਤੇ ਸਰੀਰਕ (Sensory and physical)

year-group-early-years = ਅਜੇ ਸਕੂਲ ਨਹੀਂ ਜਾਂਦੇ (ਨਰਸਰੀ ਜਾਂ ਘਰ ਵਿੱਚ)
year-group-reception = Reception (ਸਕੂਲ ਦੀ ਪਹਿਲੀ ਜਮਾਤ)
year-group-year = Year { $number }
year-group-post-school = Year 13 ਤੋਂ ਬਾਅਦ (ਕਾਲਜ, ਟ੍ਰੇਨਿੰਗ ਜਾਂ ਕੰਮ)

## A child's record at a glance
child-not-given = ਨਹੀਂ ਦੱਸਿਆ
child-change-details = ਵੇਰਵੇ ਬਦਲੋ
child-parts-title = ਉਹਨਾਂ ਦਾ ਰਿਕਾਰਡ
keep-on-phone-title = ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਪੜ੍ਹੋ
keep-on-phone-about = ਤੁਸੀਂ { $name } ਦਾ ਰਿਕਾਰਡ ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਰੱਖ ਸਕਦੇ ਹੋ, ਤਾਂ ਜੋ ਇੰਟਰਨੈੱਟ ਨਾ ਹੋਣ ਉੱਤੇ ਵੀ ਪੜ੍ਹ ਸਕੋ। ਇਹ ਸਿਰਫ਼ ਆਪਣੇ ਫ਼ੋਨ ਉੱਤੇ ਕਰੋ। ਸਾਈਨ ਆਊਟ ਕਰਨ ਉੱਤੇ ਇਹ ਹਟਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ।
keep-on-phone-keep = ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਰੱਖੋ
keep-on-phone-stop = ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਰੱਖਣਾ ਬੰਦ ਕਰੋ
keep-on-phone-kept = { $name } ਦਾ ਰਿਕਾਰਡ ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਰੱਖਿਆ ਹੋਇਆ ਹੈ। ਜਦੋਂ ਵੀ ਤੁਸੀਂ ਇਸਨੂੰ ਇੰਟਰਨੈੱਟ ਨਾਲ ਖੋਲ੍ਹਦੇ ਹੋ, ਇਹ ਨਵਾਂ ਹੋ ਜਾਂਦਾ ਹੈ।
keep-on-phone-forgotten = { $name } ਦਾ ਰਿਕਾਰਡ ਹੁਣ ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਨਹੀਂ ਰੱਖਿਆ ਹੋਇਆ।
keep-on-phone-failed = ਇਹ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਦੇਖੋ ਕਿ ਇੰਟਰਨੈੱਟ ਹੈ, ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
child-part-about-me = ਉਹ ਕੌਣ ਹਨ, ਉਹਨਾਂ ਲਈ ਕੀ ਅਹਿਮ ਹੈ, ਅਤੇ ਉਹਨਾਂ ਦੀ ਮਦਦ ਕਿਵੇਂ ਕਰਨੀ ਹੈ: ਉਹਨਾਂ ਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਅਤੇ ਤੁਹਾਡੇ ਸ਼ਬਦਾਂ ਵਿੱਚ।
child-part-goals = ਤੁਸੀਂ ਸਾਰੇ ਕੀ ਬਦਲਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਅਤੇ ਕਿਹੜੀ ਚੀਜ਼ ਮਦਦ ਕਰੇਗੀ।
child-part-reviews = ਹਰ ਟੀਚਾ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ, ਸਕੂਲੀ ਸਾਲ ਵਿੱਚ ਤਿੰਨ ਵਾਰ।
child-part-progress = ਸਮੇਂ ਦੇ ਨਾਲ ਹਰ ਟੀਚੇ ਦੀਆਂ ਰੇਟਿੰਗਾਂ, ਚਾਰਟ ਅਤੇ ਟੇਬਲ ਵਿੱਚ।
child-part-prepare = ਅਗਲੀ ਰੀਵਿਊ ਮੀਟਿੰਗ ਦੀ ਤਿਆਰੀ ਕਰੋ, ਅਤੇ ਨਾਲ ਲਿਜਾਣ ਲਈ ਇੱਕ ਪੈਕ ਪ੍ਰਿੰਟ ਕਰੋ।
child-part-next-steps = ਅੱਗੇ ਕੀ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ, ਅਤੇ ਕਦੋਂ ਤੱਕ।
child-nav-label = { $name } ਦਾ ਰਿਕਾਰਡ
child-nav-overview = ਸਾਰ
child-nav-about-me = ਮੇਰੇ ਬਾਰੇ ਸਭ ਕੁਝ
child-nav-goals = ਟੀਚੇ
child-nav-reviews = ਰੀਵਿਊ ਮੀਟਿੰਗਾਂ
child-nav-progress = ਤਰੱਕੀ
child-nav-prepare = ਰੀਵਿਊ ਦੀ ਤਿਆਰੀ
child-nav-next-steps = ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ
family-add-child = ਬੱਚਾ ਜੋੜੋ

## What happens next, the page
next-steps-title = { $name } ਲਈ ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ

## Getting ready for a review, and the review pack
prepare-title = ਰੀਵਿਊ ਦੀ ਤਿਆਰੀ
prepare-coming = ਅਗਲੀ ਰੀਵਿਊ ਮੀਟਿੰਗ: { $point }, { $date } ਨੂੰ।
prepare-change-date = ਤਾਰੀਖ਼ ਬਦਲੋ
prepare-open-pack = ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਰੀਵਿਊ ਪੈਕ ਖੋਲ੍ਹੋ
prepare-changed-title = ਕੀ ਬਦਲਿਆ ਹੈ
prepare-since = { $date } ਦੀ ਪਿਛਲੀ ਰੀਵਿਊ ਮੀਟਿੰਗ ਤੋਂ ਬਾਅਦ:
prepare-since-start = ਅਜੇ ਤੱਕ ਕਿਸੇ ਰੀਵਿਊ ਮੀਟਿੰਗ ਵਿੱਚ ਕੁਝ ਦਰਜ ਨਹੀਂ ਹੋਇਆ। ਰਿਕਾਰਡ ਵਿੱਚ ਸਭ ਕੁਝ ਨਵਾਂ ਹੈ।
prepare-nothing-changed = ਉਸ ਤੋਂ ਬਾਅਦ ਰਿਕਾਰਡ ਵਿੱਚ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
prepare-entry-changed = "{ $part }" ਲਿਖਿਆ ਜਾਂ ਬਦਲਿਆ ਗਿਆ। ਕਿਸ ਵੱਲੋਂ: { $author }।
prepare-read-it = { $part } ਪੜ੍ਹੋ
prepare-questions-saved = ਤੁਹਾਡੇ ਸਵਾਲ ਸੰਭਾਲ ਲਏ ਗਏ ਹਨ। ਇਹ ਸਮੀਖਿਆ ਪੈਕ ਵਿੱਚ ਹਨ।
prepare-questions-title = ਮੀਟਿੰਗ ਲਈ ਤੁਹਾਡੇ ਸਵਾਲ
prepare-questions-label = ਤੁਸੀਂ ਮੀਟਿੰਗ ਵਿੱਚ ਕੀ ਪੁੱਛਣਾ ਜਾਂ ਕਹਿਣਾ ਚਾਹੁੰਦੇ ਹੋ?
prepare-questions-hint = ਹਰ ਸਤਰ 'ਤੇ ਇੱਕ ਸਵਾਲ ਲਿਖੋ। ਇਹ ਰੀਵਿਊ ਪੈਕ ਵਿੱਚ ਆ ਜਾਂਦੇ ਹਨ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਭੁੱਲੋ ਨਾ।
prepare-save-questions = ਸਵਾਲ ਸੇਵ ਕਰੋ
prepare-conflict-title = ਕਿਸੇ ਹੋਰ ਨੇ ਸਵਾਲ ਬਦਲ ਦਿੱਤੇ
prepare-conflict-body = ਜਦੋਂ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਸੀ, ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਕਿਸੇ ਨੇ ਇਹ ਸਵਾਲ ਸੇਵ ਕਰ ਦਿੱਤੇ। ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਸੀ, ਉਹ ਅਜੇ ਵੀ ਹੇਠਾਂ ਵਾਲੇ ਖ਼ਾਨੇ ਵਿੱਚ ਹੈ। ਜੋ ਕੁਝ ਤੁਸੀਂ ਰੱਖਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਉਹ ਇਕੱਠਾ ਕਰੋ, ਫਿਰ ਸੇਵ ਕਰੋ।
goal-state-active = ਅਜੇ ਇਸ 'ਤੇ ਕੰਮ ਚੱਲ ਰਿਹਾ ਹੈ
goal-state-achieved = ਪੂਰਾ ਹੋ ਗਿਆ
goal-state-stopped = ਰੋਕ ਦਿੱਤਾ ਗਿਆ
pack-title = { $name } ਲਈ ਰੀਵਿਊ ਪੈਕ
pack-back = ਤਿਆਰੀ ਵਾਲੇ ਪੰਨੇ 'ਤੇ ਵਾਪਸ ਜਾਓ
pack-how-to-print = ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ, ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦਾ Print ਮੀਨੂ ਵਰਤੋ। ਫ਼ੋਨ 'ਤੇ, ਪਹਿਲਾਂ Share ਦਬਾਓ, ਫਿਰ Print। ਇਹ A4 ਕਾਗ਼ਜ਼ 'ਤੇ ਪੂਰਾ ਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਕਾਲੇ-ਚਿੱਟੇ ਵਿੱਚ ਵੀ ਸਾਫ਼ ਪੜ੍ਹਿਆ ਜਾਂਦਾ ਹੈ।
pack-for-school-link = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ, ਸਕੂਲ ਲਈ
pack-for-school-here = ਇਹ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਪੈਕ ਹੈ, ਸਕੂਲ ਦੇ ਸਟਾਫ਼ ਲਈ। ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦ ਉਵੇਂ ਹੀ ਹਨ ਜਿਵੇਂ ਤੁਸੀਂ ਲਿਖੇ।
pack-in-own-language = ਪੈਕ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਦੇਖੋ
pack-print = ਪ੍ਰਿੰਟ ਕਰੋ
pack-meeting = ਰੀਵਿਊ ਮੀਟਿੰਗ: { $point }, { $date }
pack-about-me = ਮੇਰੇ ਬਾਰੇ ਸਭ ਕੁਝ
pack-goals = ਟੀਚੇ, ਅਤੇ ਉਹ ਕਿਵੇਂ ਚੱਲ ਰਹੇ ਹਨ
pack-questions = ਸਾਡੇ ਸਵਾਲ
pack-nothing-yet = ਅਜੇ ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ।
pack-goal-number = ਟੀਚਾ { $number }:
pack-goal-theme = ਖੇਤਰ
pack-goal-support = ਕੀ ਮਦਦ ਕਰੇਗਾ
pack-goal-measure = ਸਾਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ
pack-goal-by-when = ਕਦੋਂ ਤੱਕ
pack-share-link = ਪੈਕ ਲਿੰਕ ਰਾਹੀਂ ਭੇਜੋ
pack-share-title = { $name } ਦਾ ਰਿਵਿਊ ਪੈਕ ਲਿੰਕ ਰਾਹੀਂ ਭੇਜੋ
pack-share-back = ਰਿਵਿਊ ਪੈਕ 'ਤੇ ਵਾਪਸ ਜਾਓ
pack-share-lead = ਇੱਕ ਵਿਅਕਤੀ ਲਈ ਲਿੰਕ ਬਣਾਓ, ਜਿਵੇਂ ਕੋਈ ਅਧਿਆਪਕ। ਉਹ ਖਾਤੇ ਤੋਂ ਬਿਨਾਂ ਪੈਕ ਖੋਲ੍ਹ ਸਕਦੇ ਹਨ। ਤੁਸੀਂ ਚੁਣਦੇ ਹੋ ਕਿ ਲਿੰਕ ਕਿੰਨਾ ਚਿਰ ਚੱਲੇ, ਅਤੇ ਤੁਸੀਂ ਇਸਨੂੰ ਕਦੇ ਵੀ ਰੋਕ ਸਕਦੇ ਹੋ।
pack-share-made-title = ਇਹ { $who } ਲਈ ਲਿੰਕ ਹੈ
pack-share-made-lead = ਇਸਨੂੰ ਹੁਣੇ ਕਾਪੀ ਕਰੋ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਭੇਜੋ। ਅਸੀਂ ਇਹ ਸਿਰਫ਼ ਇਸ ਇੱਕ ਵਾਰ ਦਿਖਾਉਂਦੇ ਹਾਂ। ਇਹ { $date } ਤੱਕ ਚੱਲੇਗਾ।
pack-share-made-label = ਲਿੰਕ
pack-share-withdraw-ask = ਕੀ { $who } ਲਈ ਲਿੰਕ ਰੋਕਣਾ ਹੈ?
pack-share-withdraw-hint = ਇਹ ਉਸੇ ਵੇਲੇ ਕੰਮ ਕਰਨਾ ਬੰਦ ਕਰ ਦੇਵੇਗਾ। ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਨਵਾਂ ਲਿੰਕ ਬਣਾ ਸਕਦੇ ਹੋ।
pack-share-withdraw-yes = ਹਾਂ, ਲਿੰਕ ਰੋਕੋ
pack-share-withdraw-no = ਨਹੀਂ, ਇਸਨੂੰ ਰਹਿਣ ਦਿਓ
pack-share-live-title = ਲਿੰਕ ਜੋ ਹੁਣ ਚੱਲ ਰਹੇ ਹਨ
pack-share-none = ਹੁਣ ਕੋਈ ਲਿੰਕ ਨਹੀਂ ਚੱਲ ਰਿਹਾ।
pack-share-live-item = { $date } ਤੱਕ ਚੱਲੇਗਾ, { $count ->
    [one] ਇੱਕ ਵਾਰ ਖੋਲ੍ਹਿਆ ਗਿਆ
   *[other] { $count } ਵਾਰ ਖੋਲ੍ਹਿਆ ਗਿਆ
}।
pack-share-withdraw = ਰੋਕੋ
pack-share-withdraw-named = { $who } ਲਈ ਲਿੰਕ ਰੋਕੋ
pack-share-in-english = ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ, ਸਕੂਲ ਲਈ
pack-share-in-own = { $language } ਵਿੱਚ
pack-share-make-title = ਨਵਾਂ ਲਿੰਕ ਬਣਾਓ
pack-share-for-name = ਲਿੰਕ ਕਿਸ ਲਈ ਹੈ?
pack-share-for-name-hint = ਉਨ੍ਹਾਂ ਦਾ ਨਾਮ ਅਤੇ ਕੰਮ, ਜਿਵੇਂ: Mr Jones (class teacher)।
pack-share-how-long = ਲਿੰਕ ਕਿੰਨਾ ਚਿਰ ਚੱਲੇ?
pack-share-days = { $days } ਦਿਨ
pack-share-until-date = ਉਸ ਦਿਨ ਤੱਕ ਜੋ ਮੈਂ ਚੁਣਾਂ
pack-share-until = ਆਖਰੀ ਦਿਨ ਜਦੋਂ ਲਿੰਕ ਚੱਲੇਗਾ
pack-share-until-hint = ਸਿਰਫ਼ ਜੇ ਤੁਸੀਂ "ਉਸ ਦਿਨ ਤੱਕ ਜੋ ਮੈਂ ਚੁਣਾਂ" ਚੁਣਿਆ ਹੈ। ਜਿਵੇਂ 27 3 2027।
pack-share-language = ਪੈਕ ਕਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਹੋਵੇ?
pack-share-make = ਲਿੰਕ ਬਣਾਓ
pack-share-documents = ਪੈਕ ਦੇ ਨਾਲ ਕਿਹੜੇ ਦਸਤਾਵੇਜ਼ ਜਾਣ?
pack-share-documents-hint = ਸਿਰਫ਼ ਉਹੀ ਚੁਣੋ ਜਿਨ੍ਹਾਂ ਦੀ ਇਸ ਵਿਅਕਤੀ ਨੂੰ ਲੋੜ ਹੈ। ਜਦੋਂ ਤੱਕ ਲਿੰਕ ਚੱਲਦਾ ਹੈ, ਉਹ ਇਨ੍ਹਾਂ ਨੂੰ ਡਾਊਨਲੋਡ ਕਰ ਸਕਦੇ ਹਨ। ਕੋਈ ਵੀ ਚੁਣਨਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।
pack-share-document = { $kind }, { $date }: { $file }
pack-share-documents-not-on-list = ਸਿਰਫ਼ ਇਸ ਸੂਚੀ ਵਿੱਚੋਂ ਦਸਤਾਵੇਜ਼ ਚੁਣੋ।
pack-share-live-documents = { $count ->
    [one] ਇਸ ਨਾਲ 1 ਦਸਤਾਵੇਜ਼ ਜਾਂਦਾ ਹੈ।
   *[other] ਇਸ ਨਾਲ { $count } ਦਸਤਾਵੇਜ਼ ਜਾਂਦੇ ਹਨ।
}
pack-link-shared-by = { $who } ਨੇ ਇਹ ਪੈਕ ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝਾ ਕੀਤਾ ਹੈ। ਲਿੰਕ { $date } ਤੱਕ ਚੱਲੇਗਾ।
pack-link-ended-title = ਇਹ ਲਿੰਕ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦਾ
pack-link-ended-body = ਪਰਿਵਾਰ ਨੇ ਇਸਨੂੰ ਰੋਕ ਦਿੱਤਾ, ਜਾਂ ਇਸਦਾ ਸਮਾਂ ਖਤਮ ਹੋ ਗਿਆ। ਜੇ ਤੁਹਾਨੂੰ ਅਜੇ ਵੀ ਪੈਕ ਚਾਹੀਦਾ ਹੈ, ਤਾਂ ਪਰਿਵਾਰ ਤੋਂ ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।
pack-link-unknown-title = ਸਾਨੂੰ ਇਹ ਲਿੰਕ ਨਹੀਂ ਲੱਭਿਆ
pack-link-unknown-body = ਦੇਖੋ ਕਿ ਤੁਹਾਡੇ ਕੋਲ ਪੂਰਾ ਲਿੰਕ ਹੈ। ਜੇ ਫਿਰ ਵੀ ਕੰਮ ਨਾ ਕਰੇ, ਤਾਂ ਪਰਿਵਾਰ ਤੋਂ ਨਵਾਂ ਲਿੰਕ ਮੰਗੋ।
pack-link-documents = ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝੇ ਕੀਤੇ ਦਸਤਾਵੇਜ਼

## Goals (outcomes)
adulthood-employment = ਕੰਮ, ਕਾਲਜ ਜਾਂ ਯੂਨੀਵਰਸਿਟੀ
adulthood-independent-living = ਜਿੰਨਾ ਹੋ ਸਕੇ, ਆਪਣੇ ਬਲਬੂਤੇ 'ਤੇ ਰਹਿਣਾ
adulthood-friends-community = ਦੋਸਤ, ਰਿਸ਼ਤੇ, ਅਤੇ ਭਾਈਚਾਰੇ ਦਾ ਹਿੱਸਾ ਬਣਨਾ
adulthood-good-health = ਚੰਗੀ ਸਿਹਤ
goals-theme-adulthood = ਬਾਲਗ ਜੀਵਨ ਦੀ ਤਿਆਰੀ (Preparing for Adulthood): { $theme }
goals-title = { $name } ਲਈ ਟੀਚੇ
goals-intro = ਟੀਚਾ ਦੱਸਦਾ ਹੈ ਕਿ { $name } ਲਈ ਕੀ ਬਦਲੇਗਾ, ਅਤੇ ਕਿਹੜੀ ਚੀਜ਼ ਮਦਦ ਕਰੇਗੀ। ਸਕੂਲ ਅਤੇ ਕੌਂਸਲਾਂ ਟੀਚਿਆਂ ਨੂੰ "outcomes" ਕਹਿੰਦੇ ਹਨ।
goals-outcome-explained = Outcome ਇੱਕ ਅਜਿਹਾ ਬਦਲਾਅ ਹੈ ਜੋ ਤੁਸੀਂ ਦੇਖ ਸਕੋਗੇ, ਉਸ ਮਦਦ ਕਰਕੇ ਜੋ { $name } ਨੂੰ ਮਿਲਦੀ ਹੈ।
goals-aspiration-note = ਕੋਈ ਉਮੀਦ ਜਾਂ ਸੁਪਨਾ, ਜਿਵੇਂ "ਮੇਰਾ ਸੁਪਨਾ ਜਾਨਵਰਾਂ ਨਾਲ ਕੰਮ ਕਰਨਾ ਹੈ", ਬਹੁਤ ਅਹਿਮ ਹੈ। ਪਰ ਇਹ ਟੀਚਾ ਨਹੀਂ ਹੈ। ਟੀਚਾ ਛੋਟਾ ਅਤੇ ਸਾਫ਼ ਹੁੰਦਾ ਹੈ: ਇੱਕ ਬਦਲਾਅ ਜੋ ਤੁਸੀਂ ਦੇਖ ਸਕਦੇ ਹੋ, ਜਿਵੇਂ "ਮੈਂ ਹਰ ਰੋਜ਼ ਆਪਣੇ ਆਪ ਬਿੱਲੀ ਨੂੰ ਖਾਣਾ ਦੇ ਸਕਾਂ"। ਉਮੀਦਾਂ ਅਤੇ ਸੁਪਨੇ ਤੁਸੀਂ "ਮੇਰੇ ਬਾਰੇ ਸਭ ਕੁਝ" ਵਿੱਚ ਲਿਖ ਸਕਦੇ ਹੋ।
goals-adulthood-explained = Year 9 ਤੋਂ, ਟੀਚੇ ਬਾਲਗ ਜੀਵਨ ਦੀ ਤਿਆਰੀ ਬਾਰੇ ਵੀ ਹੋ ਸਕਦੇ ਹਨ। ਇਸ ਨੂੰ Preparing for Adulthood (ਬਾਲਗ ਜੀਵਨ ਦੀ ਤਿਆਰੀ) ਕਹਿੰਦੇ ਹਨ। ਇਸ ਵਿੱਚ ਕੰਮ ਜਾਂ ਪੜ੍ਹਾਈ, ਜਿੰਨਾ ਹੋ ਸਕੇ ਆਪਣੇ ਬਲਬੂਤੇ 'ਤੇ ਰਹਿਣਾ, ਦੋਸਤ ਅਤੇ ਭਾਈਚਾਰਾ, ਅਤੇ ਚੰਗੀ ਸਿਹਤ ਸ਼ਾਮਲ ਹਨ।
goals-add = ਟੀਚਾ ਜੋੜੋ
goals-active-title = ਟੀਚੇ ਜਿਨ੍ਹਾਂ 'ਤੇ ਅਸੀਂ ਹੁਣ ਕੰਮ ਕਰ ਰਹੇ ਹਾਂ
goals-active-order = ਸਭ ਤੋਂ ਅਹਿਮ ਟੀਚਾ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਆਉਂਦਾ ਹੈ। ਤੁਸੀਂ ਟੀਚਿਆਂ ਨੂੰ ਉੱਪਰ-ਹੇਠਾਂ ਕਰ ਸਕਦੇ ਹੋ।
goals-none-active = ਅਜੇ ਕੋਈ ਟੀਚਾ ਨਹੀਂ ਹੈ। ਪਹਿਲਾ ਟੀਚਾ ਜੋੜੋ।
goals-number = ਟੀਚਾ { $number }
goals-row-outcome = ਕੀ ਬਦਲੇਗਾ
goals-row-theme = ਇਹ ਕਿਸ ਬਾਰੇ ਹੈ
goals-row-support = ਕੀ ਮਦਦ ਕਰੇਗਾ
goals-row-measure = ਸਾਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ
goals-row-by-when = ਕਦੋਂ ਤੱਕ
goals-not-written = ਅਜੇ ਨਹੀਂ ਲਿਖਿਆ
goals-no-date = ਕੋਈ ਤਾਰੀਖ਼ ਤੈਅ ਨਹੀਂ
goals-change = ਬਦਲੋ
goals-change-named = ਇਹ ਟੀਚਾ ਬਦਲੋ: { $outcome }
goals-move-up = ਉੱਪਰ ਕਰੋ
goals-move-up-named = ਉੱਪਰ ਕਰੋ: { $outcome }
goals-move-down = ਹੇਠਾਂ ਕਰੋ
goals-move-down-named = ਹੇਠਾਂ ਕਰੋ: { $outcome }
goals-mark-achieved = ਪੂਰਾ ਹੋਇਆ ਵਜੋਂ ਦਰਜ ਕਰੋ
goals-mark-achieved-named = ਪੂਰਾ ਹੋਇਆ ਵਜੋਂ ਦਰਜ ਕਰੋ: { $outcome }
goals-stop = ਇਹ ਟੀਚਾ ਰੋਕੋ
goals-stop-named = ਇਹ ਟੀਚਾ ਰੋਕੋ: { $outcome }
goals-finished-title = ਪੂਰੇ ਹੋਏ ਅਤੇ ਰੋਕੇ ਗਏ ਟੀਚੇ
goals-finished-intro = ਖ਼ਤਮ ਹੋਏ ਟੀਚੇ ਇੱਥੇ ਰਹਿੰਦੇ ਹਨ, ਉਹਨਾਂ ਬਾਰੇ ਲਿਖੀ ਹਰ ਗੱਲ ਅਤੇ ਉਹਨਾਂ ਦੀਆਂ ਰੇਟਿੰਗਾਂ ਸਮੇਤ। ਤੁਸੀਂ ਕਦੇ ਵੀ ਕਿਸੇ ਟੀਚੇ ਨੂੰ ਫਿਰ ਚਾਲੂ ਕਰ ਸਕਦੇ ਹੋ।
goals-none-finished = ਅਜੇ ਕੋਈ ਟੀਚਾ ਨਾ ਪੂਰਾ ਹੋਇਆ ਹੈ, ਨਾ ਰੋਕਿਆ ਗਿਆ ਹੈ।
goals-achieved-on = { $date } ਨੂੰ ਪੂਰਾ ਹੋਇਆ
goals-stopped-on = { $date } ਨੂੰ ਰੋਕਿਆ ਗਿਆ
goals-state-achieved = ਪੂਰਾ ਹੋ ਗਿਆ
goals-state-stopped = ਰੋਕ ਦਿੱਤਾ ਗਿਆ
goals-make-active = ਫਿਰ ਚਾਲੂ ਕਰੋ
goals-make-active-named = ਫਿਰ ਚਾਲੂ ਕਰੋ: { $outcome }
goals-back = ਟੀਚਿਆਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
goals-add-title = ਟੀਚਾ ਜੋੜੋ
goals-edit-title = ਟੀਚਾ ਬਦਲੋ
goals-form-intro = ਇੱਕ ਵਾਰ ਵਿੱਚ ਇੱਕ ਟੀਚਾ ਲਿਖੋ, ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ। ਟੀਚਾ ਇੱਕ ਅਜਿਹਾ ਬਦਲਾਅ ਹੈ ਜੋ ਤੁਸੀਂ ਦੇਖ ਸਕੋਗੇ।
goals-outcome = ਕੀ ਬਦਲੇਗਾ?
goals-outcome-hint = ਇੱਕ ਬਦਲਾਅ ਲਿਖੋ ਜੋ ਤੁਸੀਂ ਦੇਖਣਾ ਚਾਹੁੰਦੇ ਹੋ। ਜਿਵੇਂ: "ਜਦੋਂ ਮੈਂ ਕਿਤੇ ਅਟਕ ਜਾਵਾਂ, ਤਾਂ ਕਲਾਸ ਵਿੱਚ ਮਦਦ ਮੰਗ ਸਕਾਂ।"
goals-theme = ਇਹ ਟੀਚਾ ਜ਼ਿਆਦਾਤਰ ਕਿਸ ਬਾਰੇ ਹੈ?
goals-theme-hint = ਜੋ ਸਭ ਤੋਂ ਵੱਧ ਢੁੱਕਦਾ ਹੈ, ਉਹ ਇੱਕ ਚੁਣੋ। ਇਹ ਲੋੜ ਦੇ ਉਹ ਚਾਰ ਖੇਤਰ ਹਨ ਜੋ ਸਕੂਲ ਅਤੇ ਕੌਂਸਲਾਂ ਵਰਤਦੇ ਹਨ।
goals-theme-hint-adulthood = ਜੋ ਸਭ ਤੋਂ ਵੱਧ ਢੁੱਕਦਾ ਹੈ, ਉਹ ਇੱਕ ਚੁਣੋ। Year 9 ਤੋਂ, ਟੀਚਾ ਬਾਲਗ ਜੀਵਨ ਦੀ ਤਿਆਰੀ ਬਾਰੇ ਵੀ ਹੋ ਸਕਦਾ ਹੈ। ਸਕੂਲ ਅਤੇ ਕੌਂਸਲਾਂ ਇਸ ਨੂੰ Preparing for Adulthood ਕਹਿੰਦੇ ਹਨ।
goals-support = ਕੀ ਮਦਦ ਕਰੇਗਾ?
goals-support-hint = ਉਹ ਮਦਦ ਜਿਸ ਨਾਲ ਇਹ ਹੋਵੇਗਾ, ਅਤੇ ਇਹ ਮਦਦ ਕੌਣ ਦਿੰਦਾ ਹੈ। ਜਿਵੇਂ: ਤਸਵੀਰਾਂ ਵਾਲਾ ਟਾਈਮ-ਟੇਬਲ, ਅਤੇ ਹਰ ਸਵੇਰ ਟੀਚਿੰਗ ਅਸਿਸਟੈਂਟ (teaching assistant) ਨਾਲ 10 ਮਿੰਟ।
goals-measure = ਸਾਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ ਕਿ ਇਹ ਹੋ ਗਿਆ ਹੈ?
goals-measure-hint = ਜਦੋਂ ਇਹ ਕੰਮ ਕਰੇਗਾ, ਤਾਂ ਤੁਸੀਂ ਕੀ ਦੇਖੋਗੇ ਜਾਂ ਸੁਣੋਗੇ। ਜਿਵੇਂ: "ਦੋ ਹਫ਼ਤਿਆਂ ਤੱਕ, ਉਹ ਦਿਨ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਾਰ ਮਦਦ ਮੰਗਦੇ ਹਨ।"
goals-by-when = ਕਦੋਂ ਤੱਕ? (ਤੁਸੀਂ ਇਹ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ)
goals-by-when-hint = ਜਿਵੇਂ, 31 7 2027
goals-save = ਟੀਚਾ ਸੇਵ ਕਰੋ
goals-conflict-title = ਕਿਸੇ ਹੋਰ ਨੇ ਇਹ ਟੀਚਾ ਬਦਲ ਦਿੱਤਾ
goals-conflict-body = ਜਦੋਂ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਸੀ, ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਕਿਸੇ ਨੇ ਇਸ ਟੀਚੇ ਵਿੱਚ ਬਦਲਾਅ ਸੇਵ ਕਰ ਦਿੱਤਾ। ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ। ਹੇਠਾਂ ਫ਼ਾਰਮ ਵਿੱਚ ਉਹ ਹੈ ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਸੀ। ਇਸ ਖ਼ਾਨੇ ਵਿੱਚ ਉਹ ਹੈ ਜੋ ਉਹਨਾਂ ਨੇ ਸੇਵ ਕੀਤਾ। ਦੋਵੇਂ ਦੇਖੋ, ਫਿਰ ਆਪਣਾ ਰੂਪ ਰੱਖਣ ਲਈ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ।
goals-newest-title = ਸਭ ਤੋਂ ਬਾਅਦ ਵਿੱਚ ਕੀ ਸੇਵ ਹੋਇਆ

## All about me: the one-page profile in six parts
about-me-title = ਮੇਰੇ ਬਾਰੇ ਸਭ ਕੁਝ
about-me-intro = ਇਹ ਪੰਨਾ { $name } ਬਾਰੇ ਹੈ: ਉਹ ਕੌਣ ਹਨ, ਉਹਨਾਂ ਲਈ ਕੀ ਅਹਿਮ ਹੈ, ਅਤੇ ਉਹਨਾਂ ਦੀ ਮਦਦ ਕਰਨ ਦਾ ਸਭ ਤੋਂ ਵਧੀਆ ਤਰੀਕਾ ਕੀ ਹੈ। ਇਸ ਦੇ ਛੇ ਹਿੱਸੇ ਹਨ।
about-me-intro-plan = ਜਦੋਂ ਪਲਾਨ ਬਣਦੇ ਹਨ, ਤਾਂ ਤੁਸੀਂ ਇਸ ਨੂੰ ਵਰਤ ਸਕਦੇ ਹੋ। ਜਿਵੇਂ, ਇਹ EHC plan ਦੇ Section A ਵਿੱਚ ਜਾ ਸਕਦਾ ਹੈ। (EHC plan ਸਿੱਖਿਆ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਦੀ ਮਦਦ ਦਾ ਕਾਨੂੰਨੀ ਪਲਾਨ ਹੈ। Section A ਉਹ ਹਿੱਸਾ ਹੈ ਜਿਸ ਵਿੱਚ ਬੱਚੇ ਦੇ ਆਪਣੇ ਵਿਚਾਰ ਅਤੇ ਉਮੀਦਾਂ ਲਿਖੀਆਂ ਹੁੰਦੀਆਂ ਹਨ, ਅਤੇ ਇਹ ਕਿ ਉਸ ਲਈ ਕੀ ਅਹਿਮ ਹੈ।)
about-me-intro-who = ਨੌਜਵਾਨ ਇੱਥੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖ ਸਕਦਾ ਹੈ। ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਵੀ ਲਿਖ ਸਕਦੇ ਹਨ, ਜਾਂ ਨੌਜਵਾਨ ਦੇ ਨਾਲ ਬੈਠਾ ਕੋਈ ਹਿਮਾਇਤੀ (advocate) ਵੀ। ਹਰ ਲਿਖਤ 'ਤੇ ਦਿਸਦਾ ਹੈ ਕਿ ਇਹ ਕਿਸ ਵੱਲੋਂ ਹੈ। ਜਦੋਂ ਤੁਸੀਂ ਕੁਝ ਬਦਲਦੇ ਹੋ, ਤਾਂ ਪਹਿਲਾਂ ਵਾਲਾ ਰੂਪ ਵੀ ਸਾਂਭਿਆ ਰਹਿੰਦਾ ਹੈ।
about-me-liked-and-admired = ਲੋਕ ਮੇਰੀ ਕਿਹੜੀ ਗੱਲ ਪਸੰਦ ਕਰਦੇ ਹਨ, ਅਤੇ ਕਿਸ ਗੱਲ ਦੀ ਤਾਰੀਫ਼ ਕਰਦੇ ਹਨ
about-me-liked-and-admired-hint = ਮੇਰੀਆਂ ਖ਼ੂਬੀਆਂ ਕੀ ਹਨ? ਮੇਰੇ ਦੋਸਤਾਂ ਅਤੇ ਪਰਿਵਾਰ ਨੂੰ ਮੇਰੀ ਕਿਹੜੀ ਗੱਲ ਚੰਗੀ ਲੱਗਦੀ ਹੈ? ਮੈਨੂੰ ਕਿਸ ਗੱਲ 'ਤੇ ਮਾਣ ਹੁੰਦਾ ਹੈ?
about-me-important-to-me = ਮੇਰੇ ਲਈ ਕੀ ਅਹਿਮ ਹੈ, ਹੁਣ ਅਤੇ ਅੱਗੇ ਲਈ
about-me-important-to-me-hint = ਮੇਰੇ ਲਈ ਕੌਣ ਅਤੇ ਕੀ ਅਹਿਮ ਹੈ: ਲੋਕ, ਥਾਵਾਂ, ਕਰਨ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ, ਰੋਜ਼ ਦੀਆਂ ਆਦਤਾਂ। ਕਿਹੜੀਆਂ ਚੀਜ਼ਾਂ ਮੇਰੀ ਜ਼ਿੰਦਗੀ ਵਿੱਚ ਇਵੇਂ ਹੀ ਚੱਲਦੀਆਂ ਰਹਿਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ? ਮੇਰੇ ਭਵਿੱਖ ਲਈ ਕੀ ਅਹਿਮ ਹੈ?
about-me-how-to-support-me = ਮੇਰੀ ਮਦਦ ਕਰਨ ਦਾ ਸਭ ਤੋਂ ਵਧੀਆ ਤਰੀਕਾ
about-me-how-to-support-me-hint = ਮੇਰੀ ਮਦਦ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਹੁੰਦੀ ਹੈ, ਅਤੇ ਕਿਸ ਨਾਲ ਨਹੀਂ? ਮੈਨੂੰ ਨਵੀਆਂ ਗੱਲਾਂ ਕਿਵੇਂ ਸਮਝਾਉਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ? ਜਦੋਂ ਮੇਰੇ ਲਈ ਹਾਲਾਤ ਔਖੇ ਹੋ ਜਾਣ, ਤਾਂ ਲੋਕਾਂ ਨੂੰ ਕੀ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ?
about-me-how-i-communicate = ਮੇਰਾ ਗੱਲਬਾਤ ਕਰਨ ਦਾ ਤਰੀਕਾ, ਅਤੇ ਮੇਰੇ ਮਨ ਦਾ ਹਾਲ ਕਿਵੇਂ ਪਛਾਣੀਏ
about-me-how-i-communicate-hint = ਲੋਕਾਂ ਨੂੰ ਆਪਣੀ ਗੱਲ ਦੱਸਣ ਦਾ ਮੇਰਾ ਤਰੀਕਾ ਕੀ ਹੈ: ਸ਼ਬਦ, ਇਸ਼ਾਰੇ, ਤਸਵੀਰਾਂ, ਆਵਾਜ਼ਾਂ, ਜਾਂ ਮੇਰਾ ਵਿਹਾਰ? ਤੁਸੀਂ ਕਿਵੇਂ ਪਛਾਣ ਸਕਦੇ ਹੋ ਕਿ ਮੈਂ ਖ਼ੁਸ਼ ਹਾਂ, ਫ਼ਿਕਰਮੰਦ ਹਾਂ ਜਾਂ ਪਰੇਸ਼ਾਨ ਹਾਂ?
about-me-hopes-and-dreams = ਮੇਰੀਆਂ ਉਮੀਦਾਂ ਅਤੇ ਸੁਪਨੇ
about-me-hopes-and-dreams-hint = ਆਪਣੇ ਭਵਿੱਖ ਲਈ ਮੇਰੀ ਕੀ ਇੱਛਾ ਹੈ? ਸਕੂਲ ਜਾਂ ਕਾਲਜ, ਕੰਮ, ਕਿੱਥੇ ਰਹਿਣਾ ਹੈ, ਦੋਸਤਾਂ ਅਤੇ ਸਿਹਤ ਬਾਰੇ ਸੋਚੋ। ਵੱਡੀ ਹੋਵੇ ਜਾਂ ਛੋਟੀ, ਹਰ ਉਮੀਦ ਅਹਿਮ ਹੈ।
about-me-working-and-not-working = ਇਸ ਵੇਲੇ ਕੀ ਠੀਕ ਚੱਲ ਰਿਹਾ ਹੈ, ਅਤੇ ਕੀ ਨਹੀਂ
about-me-working-and-not-working-hint = ਇਸ ਵੇਲੇ ਮੇਰੇ ਲਈ ਕੀ ਵਧੀਆ ਚੱਲ ਰਿਹਾ ਹੈ, ਸਕੂਲ ਵਿੱਚ, ਘਰ ਵਿੱਚ ਜਾਂ ਕਿਤੇ ਹੋਰ? ਕੀ ਔਖਾ ਹੈ, ਜਾਂ ਕੀ ਠੀਕ ਨਹੀਂ ਚੱਲ ਰਿਹਾ? ਇਹ ਹਰ ਰੀਵਿਊ ਮੀਟਿੰਗ ਤੋਂ ਪਹਿਲਾਂ ਲਿਖੋ।
about-me-nothing-yet = ਇੱਥੇ ਅਜੇ ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ।
about-me-written-by = ਲਿਖਣ ਵਾਲੇ: { $author } · ਸੇਵ ਕੀਤਾ: { $date }
about-me-change = ਬਦਲੋ
about-me-change-which = { $part }, ਲਿਖਤ { $number }
about-me-earlier-versions = ਪਹਿਲਾਂ ਵਾਲੇ ਰੂਪ ({ $count })
about-me-add = ਇਸ ਹਿੱਸੇ ਵਿੱਚ ਜੋੜੋ
author-young-person = ਨੌਜਵਾਨ ਖ਼ੁਦ, ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ
author-parent-or-carer = ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
author-advocate = ਹਿਮਾਇਤੀ (advocate), ਨੌਜਵਾਨ ਦੇ ਨਾਲ ਮਿਲ ਕੇ
about-me-add-caption = "ਮੇਰੇ ਬਾਰੇ ਸਭ ਕੁਝ" ਵਿੱਚ ਜੋੜੋ
about-me-edit-caption = ਜੋ ਲਿਖਿਆ ਸੀ, ਉਹ ਬਦਲੋ
about-me-text-label = ਤੁਸੀਂ ਕੀ ਕਹਿਣਾ ਚਾਹੁੰਦੇ ਹੋ?
about-me-text-label-yours = ਤੁਹਾਡੀ ਲਿਖਤ (ਅਜੇ ਸੇਵ ਨਹੀਂ ਹੋਈ)
about-me-text-more = ਜਿੰਨਾ ਮਰਜ਼ੀ ਲਿਖੋ, ਥੋੜ੍ਹਾ ਜਾਂ ਬਹੁਤਾ। ਛੋਟੇ ਨੋਟ ਵੀ ਠੀਕ ਹਨ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਬਾਅਦ ਵਿੱਚ ਬਦਲ ਸਕਦੇ ਹੋ।
about-me-author = ਇਹ ਸ਼ਬਦ ਕਿਸ ਦੇ ਹਨ?
about-me-author-hint = ਇਹ ਚੁਣੋ ਕਿ ਸ਼ਬਦ ਕਿਸ ਦੇ ਹਨ, ਇਹ ਨਹੀਂ ਕਿ ਟਾਈਪ ਕਿਸ ਨੇ ਕੀਤੇ।
about-me-author-young-person = ਨੌਜਵਾਨ ਖ਼ੁਦ, ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ
about-me-author-young-person-hint = ਉਹਨਾਂ ਦੇ ਆਪਣੇ ਸ਼ਬਦ, ਭਾਵੇਂ ਟਾਈਪ ਕਿਸੇ ਹੋਰ ਨੇ ਕੀਤੇ ਹੋਣ।
about-me-author-parent-or-carer = ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
about-me-author-parent-or-carer-hint = ਤੁਸੀਂ, ਜਾਂ ਪਰਿਵਾਰ ਵਿੱਚ ਕੋਈ ਹੋਰ ਮਾਪਾ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ।
about-me-author-advocate = ਹਿਮਾਇਤੀ (advocate), ਨੌਜਵਾਨ ਦੇ ਨਾਲ ਮਿਲ ਕੇ
about-me-author-advocate-hint = ਹਿਮਾਇਤੀ (advocate) ਉਹ ਵਿਅਕਤੀ ਹੁੰਦਾ ਹੈ ਜੋ ਪਰਿਵਾਰ ਦੀ ਆਪਣੀ ਗੱਲ ਕਹਿਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ, ਜਿਵੇਂ SENDIASS ਦਾ ਕੋਈ ਕਰਮਚਾਰੀ। ਇਹ ਚੁਣੋ ਜੇ ਉਹਨਾਂ ਨੇ ਇਹ ਨੌਜਵਾਨ ਦੇ ਨਾਲ ਮਿਲ ਕੇ ਲਿਖਿਆ ਹੈ।
about-me-save = ਸੇਵ ਕਰੋ
about-me-back = "ਮੇਰੇ ਬਾਰੇ ਸਭ ਕੁਝ" 'ਤੇ ਵਾਪਸ ਜਾਓ
about-me-edit-keeps = ਜਦੋਂ ਤੁਸੀਂ ਸੇਵ ਕਰਦੇ ਹੋ, ਪਹਿਲਾਂ ਵਾਲਾ ਰੂਪ ਵੀ ਸਾਂਭਿਆ ਰਹਿੰਦਾ ਹੈ। ਤੁਸੀਂ ਉਸ ਨੂੰ ਕਦੇ ਵੀ ਪੜ੍ਹ ਸਕਦੇ ਹੋ।
about-me-conflict-title = ਕਿਸੇ ਹੋਰ ਨੇ ਇੱਕ ਬਦਲਾਅ ਸੇਵ ਕਰ ਦਿੱਤਾ
about-me-conflict-body = ਜਦੋਂ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਸੀ, ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਕਿਸੇ ਨੇ ਇੱਕ ਨਵਾਂ ਰੂਪ ਸੇਵ ਕਰ ਦਿੱਤਾ। ਤੁਹਾਡੀ ਲਿਖਤ ਅਜੇ ਵੀ ਖ਼ਾਨੇ ਵਿੱਚ ਹੈ। ਉਹਨਾਂ ਵਾਲਾ ਰੂਪ ਵੀ ਪੜ੍ਹੋ। ਫਿਰ ਆਪਣਾ ਰੂਪ ਰੱਖਣ ਲਈ ਸੇਵ ਕਰੋ, ਜਾਂ ਪਹਿਲਾਂ ਇਸ ਨੂੰ ਬਦਲ ਲਓ। ਉਹਨਾਂ ਵਾਲਾ ਰੂਪ ਵੀ ਪਹਿਲਾਂ ਵਾਲੇ ਰੂਪ ਵਜੋਂ ਸਾਂਭਿਆ ਰਹੇਗਾ।
about-me-newest-title = ਸਭ ਤੋਂ ਨਵਾਂ ਸੇਵ ਕੀਤਾ ਰੂਪ
about-me-version-by = ਲਿਖਣ ਵਾਲੇ: { $author }। ਸੇਵ ਕਰਨ ਵਾਲੇ: { $who }, { $date } ਨੂੰ।
about-me-saved-by-unknown = ਕੋਈ ਜਿਸ ਦਾ ਹੁਣ ਖਾਤਾ ਨਹੀਂ ਹੈ
about-me-history-link = ਹਰ ਰੂਪ ਪੜ੍ਹੋ
about-me-history-title = ਸਾਰੇ ਰੂਪ
about-me-history-intro = ਸਭ ਤੋਂ ਨਵਾਂ ਰੂਪ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਹੈ। ਪਹਿਲਾਂ ਵਾਲੇ ਰੂਪ ਕਦੇ ਨਹੀਂ ਗੁਆਚਦੇ।
about-me-version = ਰੂਪ { $number }
about-me-version-newest = ਰੂਪ { $number }, ਸਭ ਤੋਂ ਨਵਾਂ

## Review points (pages/reviews.rs)
term-autumn = ਪਤਝੜ
term-spring = ਬਸੰਤ
term-summer = ਗਰਮੀਆਂ
reviews-title = ਰੀਵਿਊ ਮੀਟਿੰਗਾਂ
reviews-intro = ਰੀਵਿਊ ਮੀਟਿੰਗ (review point) ਵਿੱਚ ਦੇਖਿਆ ਜਾਂਦਾ ਹੈ ਕਿ ਹਰ ਟੀਚਾ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ, ਅਤੇ ਅੱਗੇ ਕੀ ਕਰਨਾ ਹੈ। ਹਰ ਸਕੂਲੀ ਸਾਲ ਵਿੱਚ ਤਿੰਨ ਮੀਟਿੰਗਾਂ ਹੁੰਦੀਆਂ ਹਨ: ਇੱਕ ਪਤਝੜ ਦੀ ਟਰਮ ਵਿੱਚ, ਇੱਕ ਬਸੰਤ ਦੀ ਟਰਮ ਵਿੱਚ, ਅਤੇ ਇੱਕ ਗਰਮੀਆਂ ਦੀ ਟਰਮ ਵਿੱਚ।
reviews-intro-sen-support = ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ SEN support (EHC plan ਤੋਂ ਬਿਨਾਂ ਸਕੂਲ ਵਿੱਚ ਵਾਧੂ ਮਦਦ) ਮਿਲਦੀ ਹੈ, ਤਾਂ ਸਕੂਲ ਨੂੰ ਸਾਲ ਵਿੱਚ ਤਿੰਨ ਵਾਰ, ਹਰ ਟਰਮ ਵਿੱਚ ਇੱਕ ਵਾਰ, ਤੁਹਾਡੇ ਨਾਲ ਮਿਲਣਾ ਚਾਹੀਦਾ ਹੈ।
reviews-intro-ehc-plan = ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਕੋਲ EHC plan (ਮਦਦ ਦਾ ਕਾਨੂੰਨੀ ਪਲਾਨ) ਹੈ, ਤਾਂ ਸਾਲਾਨਾ ਰੀਵਿਊ ਮੀਟਿੰਗ ਇਹਨਾਂ ਤਿੰਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੁੰਦੀ ਹੈ।
reviews-intro-dates = ਅਸੀਂ ਹਰ ਟਰਮ ਲਈ ਆਮ ਤਾਰੀਖ਼ ਪਾ ਦਿੰਦੇ ਹਾਂ। ਜਦੋਂ ਤੁਹਾਨੂੰ ਅਸਲ ਤਾਰੀਖ਼ ਪਤਾ ਲੱਗੇ, ਤਾਂ ਇਸ ਨੂੰ ਬਦਲ ਦਿਓ।
reviews-school-year = ਸਕੂਲੀ ਸਾਲ { $year }
reviews-term-heading = { $term } ਦੀ ਟਰਮ
reviews-held-on = ਤਾਰੀਖ਼: { $date }
reviews-recorded = ਦਰਜ ਹੈ
reviews-not-recorded = ਅਜੇ ਕੁਝ ਦਰਜ ਨਹੀਂ
reviews-coming-up = ਆਉਣ ਵਾਲੀ ਹੈ: ਅਜੇ ਕੁਝ ਦਰਜ ਨਹੀਂ
reviews-record-link = ਇਸ ਰੀਵਿਊ ਮੀਟਿੰਗ ਨੂੰ ਦਰਜ ਕਰੋ
reviews-change-link = ਦੇਖੋ ਜਾਂ ਬਦਲੋ
review-title = ਰੀਵਿਊ ਮੀਟਿੰਗ: { $point }
review-back = ਰੀਵਿਊ ਮੀਟਿੰਗਾਂ 'ਤੇ ਵਾਪਸ ਜਾਓ
review-intro = ਜੋ ਭਰ ਸਕਦੇ ਹੋ, ਭਰੋ। ਤੁਸੀਂ ਕਦੇ ਵੀ ਵਾਪਸ ਆ ਕੇ ਇਸ ਨੂੰ ਬਦਲ ਸਕਦੇ ਹੋ। ਇਹ ਸਿਰਫ਼ ਤੁਹਾਡਾ ਪਰਿਵਾਰ ਦੇਖ ਸਕਦਾ ਹੈ।
review-held-on = ਰੀਵਿਊ ਮੀਟਿੰਗ ਦੀ ਤਾਰੀਖ਼
review-held-on-hint = ਅਸੀਂ ਇਸ ਟਰਮ ਦੀ ਆਮ ਤਾਰੀਖ਼ ਪਾ ਦਿੱਤੀ ਹੈ। ਇਸ ਨੂੰ ਅਸਲ ਤਾਰੀਖ਼ ਨਾਲ ਬਦਲ ਦਿਓ। ਜਿਵੇਂ, 10 11 2025
review-goals-title = ਹਰ ਟੀਚਾ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ
review-goals-hint = ਹਰ ਟੀਚੇ ਲਈ ਚੁਣੋ ਕਿ ਉਹ ਹੁਣ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਪੱਕਾ ਨਹੀਂ ਪਤਾ, ਤਾਂ ਇਸ ਨੂੰ "ਅਜੇ ਰੇਟਿੰਗ ਨਹੀਂ ਦਿੱਤੀ" 'ਤੇ ਹੀ ਰਹਿਣ ਦਿਓ।
review-no-goals = ਅਜੇ ਕੋਈ ਟੀਚਾ ਨਹੀਂ ਹੈ। ਪਹਿਲਾਂ ਟੀਚੇ ਜੋੜੋ, ਫਿਰ ਵਾਪਸ ਆ ਕੇ ਦੱਸੋ ਕਿ ਉਹ ਕਿਵੇਂ ਚੱਲ ਰਹੇ ਹਨ।
review-add-goals = ਟੀਚੇ ਜੋੜੋ
review-goal-achieved = ਇਹ ਟੀਚਾ ਪੂਰਾ ਹੋ ਗਿਆ ਹੈ।
review-goal-stopped = ਇਹ ਟੀਚਾ ਰੋਕ ਦਿੱਤਾ ਗਿਆ ਹੈ।
review-rating = ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਦੀ ਨਜ਼ਰ ਵਿੱਚ, ਇਹ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ?
review-school-rating = ਸਕੂਲ ਦੀ ਨਜ਼ਰ ਵਿੱਚ, ਇਹ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ?
review-school-rating-hint = ਜਿਵੇਂ ਸਕੂਲ ਨੇ ਮੀਟਿੰਗ ਵਿੱਚ ਕਿਹਾ। ਜੇ ਤੁਹਾਨੂੰ ਨਹੀਂ ਪਤਾ, ਤਾਂ ਇਸ ਨੂੰ "ਅਜੇ ਰੇਟਿੰਗ ਨਹੀਂ ਦਿੱਤੀ" 'ਤੇ ਹੀ ਰਹਿਣ ਦਿਓ।
school-view-link = ਸਕੂਲ ਦੀ ਰਾਏ ਜੋੜੋ
school-view-title = ਸਕੂਲ ਦੀ ਰਾਏ: { $point }
school-view-intro = ਦੱਸੋ ਕਿ ਸਕੂਲ ਦੀ ਨਜ਼ਰ ਵਿੱਚ ਹਰ ਟੀਚਾ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ। ਪਰਿਵਾਰ ਇਸ ਦੇ ਨਾਲ ਤੁਹਾਡਾ ਨਾਮ, ਕੰਮ ਅਤੇ ਸਕੂਲ ਦੇਖਦਾ ਹੈ।
school-view-rating = ਸਕੂਲ ਦੀ ਨਜ਼ਰ ਵਿੱਚ ਇਹ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ?
school-view-comment = ਸਕੂਲ ਕੀ ਕਹਿੰਦਾ ਹੈ
school-view-comment-hint = ਛੋਟਾ ਅਤੇ ਸੌਖਾ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਖਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ।
school-view-save = ਸਕੂਲ ਦੀ ਰਾਏ ਸੇਵ ਕਰੋ
written-by-professional = ਲਿਖਣ ਵਾਲੇ: { $name } ({ $job }, { $organisation })।
review-school-view-theirs = ਇਸ ਨੂੰ ਸਿਰਫ਼ ਉਹੀ ਵਿਅਕਤੀ ਬਦਲ ਸਕਦਾ ਹੈ ਜਿਸ ਨੇ ਇਹ ਲਿਖਿਆ ਹੈ।
review-not-rated = ਅਜੇ ਰੇਟਿੰਗ ਨਹੀਂ ਦਿੱਤੀ
review-family-comment = ਪਰਿਵਾਰ ਕੀ ਕਹਿੰਦਾ ਹੈ (ਜੇ ਚਾਹੋ)
review-family-comment-hint = ਕੀ ਬਦਲਿਆ ਹੈ? ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲੀ, ਅਤੇ ਕਿਸ ਨਾਲ ਨਹੀਂ?
review-young-person-comment = { $name } ਕੀ ਕਹਿੰਦੇ ਹਨ, ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ (ਜੇ ਚਾਹੋ)
review-young-person-comment-hint = { $name } ਇੱਥੇ ਖ਼ੁਦ ਟਾਈਪ ਕਰ ਸਕਦੇ ਹਨ, ਜਾਂ ਤੁਸੀਂ ਉਹਨਾਂ ਦੀ ਕਹੀ ਗੱਲ ਲਿਖ ਸਕਦੇ ਹੋ, ਬਿਲਕੁਲ ਉਵੇਂ ਜਿਵੇਂ ਉਹਨਾਂ ਨੇ ਕਹੀ।
review-overall-title = ਇਸ ਵੇਲੇ
review-what-is-working = ਕੀ ਵਧੀਆ ਚੱਲ ਰਿਹਾ ਹੈ? (ਜੇ ਚਾਹੋ)
review-what-is-working-hint = ਸਕੂਲ ਵਿੱਚ, ਘਰ ਵਿੱਚ, ਜਾਂ ਕਿਤੇ ਹੋਰ।
review-what-is-not-working = ਕੀ ਠੀਕ ਨਹੀਂ ਚੱਲ ਰਿਹਾ? (ਜੇ ਚਾਹੋ)
review-what-is-not-working-hint = ਕੀ ਔਖਾ ਹੈ, ਜਾਂ ਕੀ ਬਦਲਣ ਦੀ ਲੋੜ ਹੈ।
review-save = ਇਹ ਰੀਵਿਊ ਮੀਟਿੰਗ ਸੇਵ ਕਰੋ
review-conflict-title = ਕਿਸੇ ਹੋਰ ਨੇ ਇਹ ਰੀਵਿਊ ਮੀਟਿੰਗ ਸੇਵ ਕਰ ਦਿੱਤੀ
review-conflict-body = ਜਦੋਂ ਤੁਸੀਂ ਲਿਖ ਰਹੇ ਸੀ, ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਕਿਸੇ ਨੇ ਬਦਲਾਅ ਸੇਵ ਕਰ ਦਿੱਤੇ। ਸਭ ਤੋਂ ਨਵਾਂ ਸੇਵ ਕੀਤਾ ਰੂਪ ਪਹਿਲਾਂ ਦਿਖਾਇਆ ਗਿਆ ਹੈ। ਹੇਠਾਂ ਵਾਲੇ ਫ਼ਾਰਮ ਵਿੱਚ ਅਜੇ ਵੀ ਉਹ ਹੈ ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ ਸੀ। ਦੋਵੇਂ ਦੇਖੋ, ਫਿਰ ਆਪਣਾ ਰੂਪ ਰੱਖਣ ਲਈ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ।
review-saved-title = ਸਭ ਤੋਂ ਨਵਾਂ ਸੇਵ ਕੀਤਾ ਰੂਪ
review-saved-rating = ਪਰਿਵਾਰ ਦੀ ਰੇਟਿੰਗ
review-saved-school-rating = ਸਕੂਲ ਦੀ ਰੇਟਿੰਗ
review-saved-family-comment = ਪਰਿਵਾਰ ਕੀ ਕਹਿੰਦਾ ਹੈ
review-saved-young-person-comment = { $name } ਕੀ ਕਹਿੰਦੇ ਹਨ
review-saved-what-is-working = ਕੀ ਵਧੀਆ ਚੱਲ ਰਿਹਾ ਹੈ
review-saved-what-is-not-working = ਕੀ ਠੀਕ ਨਹੀਂ ਚੱਲ ਰਿਹਾ
review-saved-nothing = ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ

## Progress (pages/progress.rs)
progress-page-title = ਤਰੱਕੀ
progress-page-intro = ਇਹ ਪੰਨਾ ਦਿਖਾਉਂਦਾ ਹੈ ਕਿ ਹਰ ਰੀਵਿਊ ਮੀਟਿੰਗ 'ਤੇ ਹਰ ਟੀਚਾ ਕਿਵੇਂ ਚੱਲਿਆ। ਰੇਟਿੰਗਾਂ "○ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਇਆ" ਤੋਂ ਲੈ ਕੇ "● ਪੂਰਾ ਹੋ ਗਿਆ" ਤੱਕ ਹੁੰਦੀਆਂ ਹਨ। ਹਰ ਟੀਚੇ ਦਾ ਇੱਕ ਚਾਰਟ ਅਤੇ ਇੱਕ ਟੇਬਲ ਹੈ, ਦੋਵਾਂ ਵਿੱਚ ਇੱਕੋ ਜਿਹੀਆਂ ਰੇਟਿੰਗਾਂ ਹਨ, ਤਾਂ ਜੋ ਤੁਹਾਨੂੰ ਜੋ ਸੌਖਾ ਲੱਗੇ, ਤੁਸੀਂ ਉਹ ਵਰਤ ਸਕੋ।
progress-year-title = ਇਹ ਸਕੂਲੀ ਸਾਲ ({ $year })
progress-year-intro = ਕਿਹੜੇ ਟੀਚੇ ਅੱਗੇ ਵਧੇ, ਉੱਥੇ ਹੀ ਰਹੇ, ਜਾਂ ਪਿੱਛੇ ਗਏ। ਅਸੀਂ ਇਸ ਸਕੂਲੀ ਸਾਲ ਦੀ ਪਰਿਵਾਰ ਦੀ ਪਹਿਲੀ ਰੇਟਿੰਗ ਦੀ ਤੁਲਨਾ ਸਭ ਤੋਂ ਨਵੀਂ ਰੇਟਿੰਗ ਨਾਲ ਕਰਦੇ ਹਾਂ।
progress-year-none = ਇਹ ਦੇਖਣ ਲਈ ਕਿ ਇਸ ਸਕੂਲੀ ਸਾਲ ਵਿੱਚ ਟੀਚਾ ਕਿਵੇਂ ਰਿਹਾ, ਇਸ ਸਾਲ ਦੋ ਰੀਵਿਊ ਮੀਟਿੰਗਾਂ ਦੀਆਂ ਰੇਟਿੰਗਾਂ ਚਾਹੀਦੀਆਂ ਹਨ।
progress-latest-rating = ਸਭ ਤੋਂ ਨਵੀਂ ਰੇਟਿੰਗ: { $point }
progress-last-year = ਪਿਛਲਾ ਸਕੂਲੀ ਸਾਲ: { $movement }
progress-not-rated-yet = ਅਜੇ ਕੋਈ ਰੇਟਿੰਗ ਨਹੀਂ
progress-goal-achieved = ਪੂਰਾ ਹੋ ਗਿਆ
progress-goal-achieved-on = { $date } ਨੂੰ ਪੂਰਾ ਹੋਇਆ
progress-goal-stopped = ਰੋਕ ਦਿੱਤਾ ਗਿਆ
progress-goal-stopped-on = { $date } ਨੂੰ ਰੋਕਿਆ ਗਿਆ
progress-goal-no-ratings = ਇਸ ਟੀਚੇ ਨੂੰ ਅਜੇ ਕਿਸੇ ਰੀਵਿਊ ਮੀਟਿੰਗ ਵਿੱਚ ਰੇਟਿੰਗ ਨਹੀਂ ਮਿਲੀ।
progress-go-to-reviews = ਰੀਵਿਊ ਮੀਟਿੰਗਾਂ 'ਤੇ ਜਾਓ
progress-no-goals = ਅਜੇ ਕੋਈ ਟੀਚਾ ਨਹੀਂ ਹੈ। ਟੀਚੇ ਜੋੜੋ, ਫਿਰ ਹਰ ਰੀਵਿਊ ਮੀਟਿੰਗ ਵਿੱਚ ਦੱਸੋ ਕਿ ਉਹ ਕਿਵੇਂ ਚੱਲ ਰਹੇ ਹਨ।
progress-go-to-goals = ਟੀਚਿਆਂ 'ਤੇ ਜਾਓ

## Text kept while typing
drafts-restored = ਪਿਛਲੀ ਵਾਰ ਤੁਸੀਂ ਜੋ ਲਿਖ ਰਹੇ ਸੀ, ਅਸੀਂ ਉਹ ਵਾਪਸ ਪਾ ਦਿੱਤਾ ਹੈ। ਇਹ ਅਜੇ ਸੇਵ ਨਹੀਂ ਹੋਇਆ: ਇਸ ਨੂੰ ਜਾਂਚੋ, ਫਿਰ ਸੇਵ ਕਰੋ।

## Changing a child's details at the same time as someone else
child-conflict-saved = ਹੁਣ ਕੀ ਸੇਵ ਹੈ

## Local Offer: search problems
error-age-not-valid = ਉਮਰ ਸਾਲਾਂ ਵਿੱਚ ਲਿਖੋ, 0 ਤੋਂ 25 ਤੱਕ। ਜਿਵੇਂ, 7
error-postcode-not-valid = ਪੋਸਟਕੋਡ (postcode) ਦਾ ਪਹਿਲਾ ਹਿੱਸਾ ਲਿਖੋ, ਜਿਵੇਂ DE22, ਜਾਂ ਪੂਰਾ ਪੋਸਟਕੋਡ।
error-postcode-not-known = ਸਾਨੂੰ ਨਹੀਂ ਪਤਾ ਕਿ ਇਹ ਪੋਸਟਕੋਡ ਕਿੱਥੇ ਹੈ। ਇਸ ਨੂੰ ਜਾਂਚੋ, ਜਾਂ ਇਹ ਖ਼ਾਨਾ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।

## Local Offer pages
nav-local-offer = ਸੇਵਾਵਾਂ ਲੱਭੋ
home-local-offer-link = Local Offer ਵਿੱਚ ਸੇਵਾਵਾਂ ਲੱਭੋ
local-offer-title = ਸੇਵਾਵਾਂ ਲੱਭੋ: Local Offer
local-offer-intro = Local Offer ਤੁਹਾਡੀ ਕੌਂਸਲ ਦੀ ਸੂਚੀ ਹੈ, ਜਿਸ ਵਿੱਚ SEND ਵਾਲੇ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ, ਜਨਮ ਤੋਂ 25 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ, ਮਦਦ ਦਿੱਤੀ ਗਈ ਹੈ। ਇਸ ਵਿੱਚ ਲੱਭਣ ਲਈ ਸਾਈਨ ਇਨ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ।
local-offer-q = ਤੁਸੀਂ ਕੀ ਲੱਭ ਰਹੇ ਹੋ?
local-offer-q-hint = ਤੁਸੀਂ ਪੰਜਾਬੀ ਜਾਂ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਲਿਖ ਸਕਦੇ ਹੋ। ਜਿਵੇਂ: ਸਪੀਚ ਥੈਰੇਪੀ, ਔਟਿਜ਼ਮ, ਤੈਰਾਕੀ
local-offer-filters = ਖੋਜ ਨੂੰ ਹੋਰ ਛਾਂਟੋ
local-offer-filters-chosen = { $count ->
    [0] ਖੋਜ ਨੂੰ ਹੋਰ ਛਾਂਟੋ ({ $count } ਫ਼ਿਲਟਰ ਚੁਣੇ)
    [one] ਖੋਜ ਨੂੰ ਹੋਰ ਛਾਂਟੋ ({ $count } ਫ਼ਿਲਟਰ ਚੁਣਿਆ)
   *[other] ਖੋਜ ਨੂੰ ਹੋਰ ਛਾਂਟੋ ({ $count } ਫ਼ਿਲਟਰ ਚੁਣੇ)
}
local-offer-child = ਆਪਣੇ ਕਿਸੇ ਬੱਚੇ ਲਈ ਲੱਭੋ
local-offer-child-hint = ਅਸੀਂ ਉਹਨਾਂ ਦੀ ਉਮਰ ਵਰਤਦੇ ਹਾਂ। ਜਾਂ ਕਿਸੇ ਨੂੰ ਨਾ ਚੁਣੋ, ਅਤੇ ਹੇਠਾਂ ਉਮਰ ਲਿਖੋ।
local-offer-child-none = ਕੋਈ ਨਹੀਂ ਚੁਣਿਆ
local-offer-child-choice = { $name }, ਉਮਰ { $age }
local-offer-age = ਬੱਚੇ ਜਾਂ ਨੌਜਵਾਨ ਦੀ ਉਮਰ
local-offer-age-hint = ਸਾਲਾਂ ਵਿੱਚ, 0 ਤੋਂ 25 ਤੱਕ।
local-offer-need = ਲੋੜ ਦਾ ਖੇਤਰ
local-offer-need-hint = ਲੋੜ ਦੇ 4 ਖੇਤਰ, ਜੋ ਸਕੂਲ ਅਤੇ ਕੌਂਸਲਾਂ ਵਰਤਦੇ ਹਨ।
local-offer-need-any = ਕੋਈ ਵੀ ਲੋੜ
local-offer-category = ਸੇਵਾ ਦੀ ਕਿਸਮ
local-offer-category-any = ਕੋਈ ਵੀ ਕਿਸਮ
local-offer-category-education = ਸਿੱਖਿਆ
local-offer-category-health = ਸਿਹਤ
local-offer-category-social-care = ਸਮਾਜਿਕ ਦੇਖਭਾਲ (social care)
local-offer-category-leisure = ਕਰਨ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਅਤੇ ਕਲੱਬ
local-offer-category-advice = ਸਲਾਹ ਅਤੇ ਸਹਾਇਤਾ
local-offer-cost = ਖ਼ਰਚਾ
local-offer-free-only = ਸਿਰਫ਼ ਮੁਫ਼ਤ ਸੇਵਾਵਾਂ
local-offer-near = ਕਿਸੇ ਪੋਸਟਕੋਡ ਦੇ ਨੇੜੇ
local-offer-near-hint = ਪਹਿਲਾ ਹਿੱਸਾ ਕਾਫ਼ੀ ਹੈ, ਜਿਵੇਂ DE22
local-offer-within = ਕਿੰਨੀ ਦੂਰ ਤੱਕ
local-offer-within-miles = { $miles ->
    [one] { $miles } ਮੀਲ ਦੇ ਅੰਦਰ
   *[other] { $miles } ਮੀਲ ਦੇ ਅੰਦਰ
}
local-offer-use-location = ਮੇਰੀ ਲੋਕੇਸ਼ਨ (location) ਵਰਤੋ
local-offer-location-refused = ਸਾਨੂੰ ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਨਹੀਂ ਮਿਲ ਸਕੀ। ਇਸ ਦੀ ਥਾਂ ਪੋਸਟਕੋਡ ਲਿਖੋ।
local-offer-location-in-use = ਅਸੀਂ ਦੂਰੀ ਉੱਥੋਂ ਮਾਪਦੇ ਹਾਂ, ਜਿੱਥੇ ਤੁਸੀਂ ਹੁਣ ਹੋ।
local-offer-search = ਲੱਭੋ
local-offer-results-title = ਸੇਵਾਵਾਂ
local-offer-count = { $count ->
    [0] ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ
    [one] { $count } ਸੇਵਾ ਮਿਲੀ
   *[other] { $count } ਸੇਵਾਵਾਂ ਮਿਲੀਆਂ
}
local-offer-count-none = ਕੋਈ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ
local-offer-tips = ਇਹ ਕਰਕੇ ਦੇਖੋ:
local-offer-tip-spelling = ਸ਼ਬਦ-ਜੋੜ (spelling) ਜਾਂਚੋ।
local-offer-tip-words = ਘੱਟ ਸ਼ਬਦ ਵਰਤੋ, ਜਾਂ ਉਸੇ ਚੀਜ਼ ਲਈ ਕੋਈ ਹੋਰ ਸ਼ਬਦ ਵਰਤੋ।
local-offer-tip-filters = ਕੁਝ ਫ਼ਿਲਟਰ ਹਟਾ ਦਿਓ।
local-offer-see-all = ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ ਦੇਖੋ
local-offer-corrected = ਅਸੀਂ { $typed } ਨੂੰ { $read_as } ਸਮਝਿਆ।
local-offer-searched-for = ਇਹਨਾਂ ਲਈ ਸੇਵਾਵਾਂ ਦਿਖਾ ਰਹੇ ਹਾਂ: { $words }
local-offer-some-words = ਕਿਸੇ ਵੀ ਸੇਵਾ ਵਿੱਚ ਤੁਹਾਡੇ ਸਾਰੇ ਸ਼ਬਦ ਨਹੀਂ ਹਨ। ਇਹਨਾਂ ਸੇਵਾਵਾਂ ਵਿੱਚ ਉਹਨਾਂ ਵਿੱਚੋਂ ਕੁਝ ਸ਼ਬਦ ਹਨ।
local-offer-all-services = ਹਰ ਸੇਵਾ, A ਤੋਂ Z ਤੱਕ। ਸਭ ਤੋਂ ਢੁੱਕਵੀਆਂ ਸੇਵਾਵਾਂ ਪਹਿਲਾਂ ਦੇਖਣ ਲਈ, ਲਿਖੋ ਕਿ ਤੁਸੀਂ ਕੀ ਲੱਭ ਰਹੇ ਹੋ।
local-offer-popular = ਲੋਕ ਅਕਸਰ ਇਹ ਲੱਭਦੇ ਹਨ:
local-offer-popular-speech = ਬੋਲਣ ਦੀ ਥੈਰੇਪੀ (speech therapy)
local-offer-popular-autism = ਔਟਿਜ਼ਮ (autism)
local-offer-popular-short-breaks = ਦੇਖਭਾਲ ਤੋਂ ਥੋੜ੍ਹਾ ਆਰਾਮ (short breaks)
local-offer-popular-swimming = ਤੈਰਾਕੀ (swimming)
local-offer-popular-advice = SEND ਬਾਰੇ ਮੁਫ਼ਤ ਸਲਾਹ
local-offer-fix-problems = ਅਸੀਂ ਅਜੇ ਖੋਜ ਨਹੀਂ ਕਰ ਸਕੇ। ਜੋ ਤੁਸੀਂ ਲਿਖਿਆ, ਉਹ ਜਾਂਚੋ:
local-offer-unavailable = ਅਸੀਂ ਇਸ ਵੇਲੇ ਖੋਜ ਨਹੀਂ ਕਰ ਸਕੇ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਮਿੰਟਾਂ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
local-offer-update-failed = ਨਤੀਜੇ ਅੱਪਡੇਟ ਨਹੀਂ ਹੋ ਸਕੇ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰਨ ਲਈ "ਲੱਭੋ" ਦਬਾਓ।
local-offer-from = { $organisation } ਵੱਲੋਂ
local-offer-ages-range = ਉਮਰ { $min } ਤੋਂ { $max } ਸਾਲ ਤੱਕ
local-offer-ages-from = { $min } ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ
local-offer-ages-up-to = { $max } ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ
local-offer-ages-any = ਕੋਈ ਵੀ ਉਮਰ
local-offer-free = ਮੁਫ਼ਤ
local-offer-may-cost = ਪੈਸੇ ਲੱਗ ਸਕਦੇ ਹਨ
local-offer-cost-not-said = ਖ਼ਰਚਾ ਨਹੀਂ ਦੱਸਿਆ
local-offer-miles-away = { $miles } ਮੀਲ ਦੂਰ
local-offer-why = ਇਹ ਇੱਥੇ ਕਿਉਂ ਹੈ:
local-offer-reason-word = ਇਸ ਵਿੱਚ “{ $word }” ਸ਼ਬਦ ਹੈ
local-offer-reason-corrected = ਤੁਸੀਂ “{ $typed }” ਲਿਖਿਆ; ਅਸੀਂ ਇਸ ਨੂੰ “{ $read_as }” ਸਮਝਿਆ
local-offer-reason-also-known = “{ $typed }”, “{ $found }” ਦਾ ਹੀ ਦੂਜਾ ਨਾਂ ਹੈ
local-offer-reason-age = { $age } ਸਾਲ ਦੀ ਉਮਰ ਲਈ
local-offer-reason-all-needs = ਸਾਰੀਆਂ ਲੋੜਾਂ ਲਈ
local-offer-reason-need = ਇਸ ਲੋੜ ਲਈ: { $need }
local-offer-reason-category = ਕਿਸਮ: { $category }
local-offer-reason-free = ਮੁਫ਼ਤ
local-offer-pages = ਨਤੀਜਿਆਂ ਦੇ ਪੰਨੇ
local-offer-page-of = ਪੰਨਾ { $page }, ਕੁੱਲ { $pages } ਵਿੱਚੋਂ
local-offer-previous = ਪਿਛਲਾ ਪੰਨਾ
local-offer-next = ਅਗਲਾ ਪੰਨਾ
list-and = { $first } ਅਤੇ { $last }
list-separator = {", "}
service-back = ਖੋਜ 'ਤੇ ਵਾਪਸ ਜਾਓ
service-not-found-title = ਸਾਨੂੰ ਇਹ ਸੇਵਾ ਨਹੀਂ ਮਿਲੀ
service-not-found-body = ਹੋ ਸਕਦਾ ਹੈ ਲਿੰਕ ਗਲਤ ਹੋਵੇ, ਜਾਂ ਕੌਂਸਲ ਨੇ ਇਸ ਨੂੰ ਬਦਲ ਦਿੱਤਾ ਹੋਵੇ। Local Offer ਵਿੱਚ ਦੁਬਾਰਾ ਲੱਭੋ।
service-search-again = Local Offer ਵਿੱਚ ਲੱਭੋ
service-not-listed-title = ਕੌਂਸਲ ਦੀ ਸੂਚੀ ਵਿੱਚ ਹੁਣ ਇਹ ਸੇਵਾ ਨਹੀਂ ਹੈ
service-not-listed = ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਬੰਦ ਹੋ ਗਈ ਹੋਵੇ ਜਾਂ ਬਦਲ ਗਈ ਹੋਵੇ। ਅਸੀਂ ਇਸ ਨੂੰ ਇੱਥੇ ਰੱਖਿਆ ਹੈ ਕਿਉਂਕਿ ਪਰਿਵਾਰਾਂ ਨੇ ਇਸ ਨੂੰ ਸੇਵ ਕੀਤਾ ਸੀ। ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰਕੇ ਪੱਕਾ ਕਰ ਲਓ।
service-closed = ਇਹ ਸੇਵਾ ਇਸ ਵੇਲੇ ਬੰਦ ਹੈ।
service-about = ਇਹ ਕੀ ਹੈ
service-for-whom = ਇਹ ਕਿਸ ਲਈ ਹੈ
service-row-ages = ਉਮਰ
service-row-needs = ਲੋੜ ਦੇ ਖੇਤਰ
service-needs-all = ਸਾਰੀਆਂ ਲੋੜਾਂ। ਕੌਂਸਲ ਨੇ ਕੋਈ ਖ਼ਾਸ ਲੋੜ ਨਹੀਂ ਦੱਸੀ।
service-row-adulthood = ਬਾਲਗ ਜੀਵਨ ਦੀ ਤਿਆਰੀ
service-row-kind = ਸੇਵਾ ਦੀ ਕਿਸਮ
service-cost = ਖ਼ਰਚਾ
service-how-to-get = ਇਹ ਕਿਵੇਂ ਮਿਲਦੀ ਹੈ
service-referral-needed = ਤੁਹਾਨੂੰ ਰੈਫ਼ਰਲ (referral) ਦੀ ਲੋੜ ਹੈ। ਇਸ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਕੋਈ, ਜਿਵੇਂ ਡਾਕਟਰ, ਤੁਹਾਡਾ ਸਕੂਲ ਜਾਂ ਸੋਸ਼ਲ ਵਰਕਰ, ਤੁਹਾਡੇ ਲਈ ਇਹ ਸੇਵਾ ਮੰਗਦਾ ਹੈ।
service-referral-not-needed = ਤੁਸੀਂ ਉਹਨਾਂ ਨਾਲ ਖ਼ੁਦ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ। ਤੁਹਾਨੂੰ ਰੈਫ਼ਰਲ (referral) ਦੀ ਲੋੜ ਨਹੀਂ।
service-referral-not-said = ਕੌਂਸਲ ਨੇ ਨਹੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਨੂੰ ਰੈਫ਼ਰਲ (referral) ਦੀ ਲੋੜ ਹੈ ਜਾਂ ਨਹੀਂ। ਰੈਫ਼ਰਲ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਕੋਈ, ਜਿਵੇਂ ਡਾਕਟਰ ਜਾਂ ਤੁਹਾਡਾ ਸਕੂਲ, ਤੁਹਾਡੇ ਲਈ ਇਹ ਸੇਵਾ ਮੰਗਦਾ ਹੈ।
service-contact = ਸੰਪਰਕ
service-phone = ਫ਼ੋਨ
service-email = ਈਮੇਲ
service-website = ਵੈੱਬਸਾਈਟ
service-people = ਕਿਸ ਨਾਲ ਗੱਲ ਕਰਨੀ ਹੈ
service-no-contact = ਕੌਂਸਲ ਨੇ ਸੰਪਰਕ ਦੇ ਵੇਰਵੇ ਨਹੀਂ ਦਿੱਤੇ।
service-where-when = ਕਿੱਥੇ ਅਤੇ ਕਦੋਂ
service-place = ਥਾਂ
service-accessibility = ਅੰਦਰ ਜਾਣਾ ਅਤੇ ਅੰਦਰ ਘੁੰਮਣਾ-ਫਿਰਨਾ
service-access-not-said = ਕੌਂਸਲ ਨੇ ਨਹੀਂ ਦੱਸਿਆ ਕਿ ਇਸ ਥਾਂ ਦੇ ਅੰਦਰ ਜਾਣਾ ਅਤੇ ਘੁੰਮਣਾ-ਫਿਰਨਾ ਕਿੰਨਾ ਸੌਖਾ ਹੈ।
service-times = ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ
service-times-not-said = ਕੌਂਸਲ ਨੇ ਖੁੱਲ੍ਹਣ ਦਾ ਸਮਾਂ ਨਹੀਂ ਦੱਸਿਆ।
service-no-place = ਕੌਂਸਲ ਨੇ ਕੋਈ ਥਾਂ ਨਹੀਂ ਦੱਸੀ।
service-days-range = { $first } ਤੋਂ { $last }
service-time-range = { $opens } ਤੋਂ { $closes }
service-days-and-times = { $days }, { $times }
service-day-monday = ਸੋਮਵਾਰ
service-day-tuesday = ਮੰਗਲਵਾਰ
service-day-wednesday = ਬੁੱਧਵਾਰ
service-day-thursday = ਵੀਰਵਾਰ
service-day-friday = ਸ਼ੁੱਕਰਵਾਰ
service-day-saturday = ਸ਼ਨਿੱਚਰਵਾਰ
service-day-sunday = ਐਤਵਾਰ
service-languages = ਭਾਸ਼ਾਵਾਂ
service-languages-not-said = ਕੌਂਸਲ ਨੇ ਨਹੀਂ ਦੱਸਿਆ ਕਿ ਉੱਥੇ ਕਿਹੜੀਆਂ ਭਾਸ਼ਾਵਾਂ ਬੋਲੀਆਂ ਜਾਂਦੀਆਂ ਹਨ।
service-last-updated = ਆਖ਼ਰੀ ਵਾਰ ਅੱਪਡੇਟ: { $date }
service-updated-unknown = ਕੌਂਸਲ ਨੇ ਨਹੀਂ ਦੱਸਿਆ ਕਿ ਇਹ ਜਾਣਕਾਰੀ ਆਖ਼ਰੀ ਵਾਰ ਕਦੋਂ ਜਾਂਚੀ ਗਈ ਸੀ।
service-updated-old-title = ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਜਾਣਕਾਰੀ ਪੁਰਾਣੀ ਹੋਵੇ
service-updated-old = ਕੌਂਸਲ ਨੇ ਇਸ ਨੂੰ ਆਖ਼ਰੀ ਵਾਰ ਇੱਕ ਸਾਲ ਤੋਂ ਵੱਧ ਸਮਾਂ ਪਹਿਲਾਂ ਅੱਪਡੇਟ ਕੀਤਾ ਸੀ। ਕੁਝ ਵੇਰਵੇ ਬਦਲ ਗਏ ਹੋ ਸਕਦੇ ਹਨ। ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰਕੇ ਪੱਕਾ ਕਰ ਲਓ।
service-save-title = ਆਪਣੇ ਬੱਚੇ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਸੇਵ ਕਰੋ
service-save-intro = ਇਸ ਸੇਵਾ ਨੂੰ ਆਪਣੇ ਬੱਚੇ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਰੱਖੋ, ਆਪਣੇ ਲਈ ਇੱਕ ਨੋਟ ਦੇ ਨਾਲ।
service-save-child = ਕਿਹੜਾ ਬੱਚਾ?
service-save-note = ਤੁਹਾਡਾ ਨੋਟ (ਤੁਸੀਂ ਇਹ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ)
service-save-note-hint = ਜਿਵੇਂ: ਅਸੀਂ 3 ਮਾਰਚ ਨੂੰ ਫ਼ੋਨ ਕੀਤਾ। ਉਹ ਵਾਪਸ ਫ਼ੋਨ ਕਰਨਗੇ।
service-save-button = ਰਿਕਾਰਡ ਵਿੱਚ ਸੇਵ ਕਰੋ
service-save-no-children = ਪਹਿਲਾਂ ਇੱਕ ਬੱਚਾ ਜੋੜੋ। ਫਿਰ ਤੁਸੀਂ ਸੇਵਾਵਾਂ ਉਹਨਾਂ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਸੇਵ ਕਰ ਸਕਦੇ ਹੋ।
service-add-child = ਬੱਚਾ ਜੋੜੋ
service-sign-in-to-save = ਇਹ ਸੇਵਾ ਆਪਣੇ ਬੱਚੇ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਸੇਵ ਕਰਨ ਲਈ ਸਾਈਨ ਇਨ ਕਰੋ
saved-services-title = ਤੁਹਾਡੀਆਂ ਸੇਵ ਕੀਤੀਆਂ ਸੇਵਾਵਾਂ
saved-services-none = ਤੁਸੀਂ ਅਜੇ { $name } ਲਈ ਕੋਈ ਸੇਵਾ ਸੇਵ ਨਹੀਂ ਕੀਤੀ।
saved-services-find = Local Offer ਵਿੱਚ ਸੇਵਾਵਾਂ ਲੱਭੋ
saved-services-saved-on = { $date } ਨੂੰ ਸੇਵ ਕੀਤੀ
saved-services-note = ਤੁਹਾਡਾ ਨੋਟ:
saved-services-not-listed = ਕੌਂਸਲ ਦੀ ਸੂਚੀ ਵਿੱਚ ਹੁਣ ਨਹੀਂ ਹੈ
saved-services-remove = ਹਟਾਓ
saved-services-remove-named = { $service } ਨੂੰ ਇਸ ਰਿਕਾਰਡ ਵਿੱਚੋਂ ਹਟਾਓ
service-save-child-choose = ਬੱਚਾ ਚੁਣੋ

## Languages on every page, read aloud, words explained
footer-languages = ਭਾਸ਼ਾਵਾਂ
read-aloud-start = ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ
read-aloud-pause = ਰੋਕੋ
read-aloud-resume = ਪੜ੍ਹਨਾ ਜਾਰੀ ਰੱਖੋ
read-aloud-stop = ਬੰਦ ਕਰੋ
read-aloud-no-voice = ਇਸ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਵਿੱਚ { $language } ਲਈ ਕੋਈ ਆਵਾਜ਼ ਨਹੀਂ ਹੈ। ਇਸ ਲਈ ਇਹ ਇਸ ਪੰਨੇ ਨੂੰ ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਨਹੀਂ ਸੁਣਾ ਸਕਦਾ। ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਆਪਣੇ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਦੀਆਂ ਸੈਟਿੰਗਾਂ (settings) ਵਿੱਚ ਜਾ ਕੇ ਆਵਾਜ਼ ਜੋੜ ਸਕੋ।
read-aloud-no-speech = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਪੰਨਿਆਂ ਨੂੰ ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਨਹੀਂ ਸੁਣਾ ਸਕਦਾ।
glossary-see-all = ਉਹ ਸਾਰੇ ਸ਼ਬਦ ਦੇਖੋ, ਜਿਨ੍ਹਾਂ ਦਾ ਮਤਲਬ ਅਸੀਂ ਸਮਝਾਉਂਦੇ ਹਾਂ
glossary-close = ਬੰਦ ਕਰੋ
info-more-title = ਹੋਰ ਮਦਦ

## Glossary: every term
# glossary-ID is the term as families meet it; glossary-ID-meaning says what it means, in plain words.
# glossary-ID-also lists the ways the term is written in running text, longest first, separated by " | ".
# Here: the Punjabi forms used in this file's running text. The English forms come from en-GB as well.
glossary-ehc-needs-assessment = EHC needs assessment (EHCNA)
glossary-ehc-needs-assessment-meaning = EHC ਲੋੜਾਂ ਦੀ ਜਾਂਚ। ਕੌਂਸਲ ਦੇਖਦੀ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ EHC plan ਦੀ ਲੋੜ ਹੈ ਜਾਂ ਨਹੀਂ। ਤੁਸੀਂ ਜਾਂ ਸਕੂਲ ਇਹ ਜਾਂਚ ਮੰਗ ਸਕਦੇ ਹੋ। 16 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ, ਨੌਜਵਾਨ ਖ਼ੁਦ ਵੀ ਇਹ ਜਾਂਚ ਮੰਗ ਸਕਦਾ ਹੈ। ਕੌਂਸਲ ਨੂੰ 6 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ ਦੱਸਣਾ ਪਵੇਗਾ ਕਿ ਉਹ ਜਾਂਚ ਕਰੇਗੀ ਜਾਂ ਨਹੀਂ।
glossary-annual-review = ਸਾਲਾਨਾ ਰੀਵਿਊ (Annual review)
glossary-annual-review-meaning = EHC plan ਦੀ ਜਾਂਚ ਲਈ ਇੱਕ ਮੀਟਿੰਗ, ਸਾਲ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਾਰ। ਤੁਸੀਂ ਅਤੇ ਤੁਹਾਡਾ ਬੱਚਾ ਦੱਸਦੇ ਹੋ ਕਿ ਕੀ ਠੀਕ ਚੱਲ ਰਿਹਾ ਹੈ, ਅਤੇ ਕੀ ਬਦਲਣ ਦੀ ਲੋੜ ਹੈ।
glossary-graduated-approach = ਕਦਮ-ਦਰ-ਕਦਮ ਤਰੀਕਾ (Graduated approach)
glossary-graduated-approach-meaning = ਸਕੂਲ SEN support ਕਿਵੇਂ ਦਿੰਦਾ ਹੈ, ਚਾਰ ਕਦਮਾਂ ਵਿੱਚ: ਜਾਂਚਣਾ, ਯੋਜਨਾ ਬਣਾਉਣਾ, ਕਰਨਾ, ਅਤੇ ਮੁੜ ਦੇਖਣਾ (assess, plan, do, review)। ਸਕੂਲ ਕੁਝ ਮਦਦ ਦੇ ਕੇ ਦੇਖਦਾ ਹੈ, ਫਿਰ ਜਾਂਚਦਾ ਹੈ ਕਿ ਉਹ ਕੰਮ ਕਰਦੀ ਹੈ ਜਾਂ ਨਹੀਂ। ਫਿਰ ਲੋੜ ਹੋਵੇ ਤਾਂ ਮਦਦ ਬਦਲਦਾ ਹੈ।
glossary-senco = SENCO (ਜਾਂ SENDCO)
glossary-senco-meaning = ਸਕੂਲ ਦਾ ਉਹ ਅਧਿਆਪਕ ਜੋ SEND ਦੇ ਕੰਮ ਦੀ ਅਗਵਾਈ ਕਰਦਾ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਆਪਣੇ ਬੱਚੇ ਦੀਆਂ ਲੋੜਾਂ ਬਾਰੇ ਫ਼ਿਕਰ ਹੈ, ਤਾਂ ਉਹਨਾਂ ਨਾਲ ਗੱਲ ਕਰੋ।
glossary-advocate = ਹਿਮਾਇਤੀ (Advocate)
glossary-advocate-meaning = ਕੋਈ ਵਿਅਕਤੀ ਜੋ ਤੁਹਾਡੀ ਗੱਲ ਕਹਿਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਦਾ ਹੈ, ਅਤੇ ਧਿਆਨ ਰੱਖਦਾ ਹੈ ਕਿ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣੀ ਜਾਵੇ। ਉਹ ਤੁਹਾਡੇ ਪੱਖ ਵਿੱਚ ਹੁੰਦੇ ਹਨ।
glossary-personal-budget = ਨਿੱਜੀ ਬਜਟ (Personal budget)
glossary-personal-budget-meaning = EHC plan ਵਿੱਚ ਦਿੱਤੀ ਕੁਝ ਮਦਦ ਲਈ ਵੱਖਰੇ ਰੱਖੇ ਪੈਸੇ। ਤੁਸੀਂ ਇਹ ਮੰਗ ਸਕਦੇ ਹੋ। ਇਸ ਨਾਲ ਤੁਸੀਂ ਦੱਸ ਸਕਦੇ ਹੋ ਕਿ ਮਦਦ ਕਿਵੇਂ ਦਿੱਤੀ ਜਾਵੇ, ਜਾਂ ਮਦਦ ਦਾ ਪ੍ਰਬੰਧ ਖ਼ੁਦ ਕਰ ਸਕਦੇ ਹੋ।
glossary-tribunal = SEND Tribunal (ਟ੍ਰਿਬਿਊਨਲ)
glossary-tribunal-meaning = ਇੱਕ ਪੈਨਲ ਜੋ ਕੌਂਸਲ ਲਈ ਕੰਮ ਨਹੀਂ ਕਰਦਾ। ਜੇ ਤੁਸੀਂ SEND ਬਾਰੇ ਕੌਂਸਲ ਦੇ ਕੁਝ ਫ਼ੈਸਲਿਆਂ ਨਾਲ ਸਹਿਮਤ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਇਸ ਨੂੰ ਫ਼ੈਸਲਾ ਕਰਨ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ। ਇਸ ਨੂੰ ਅਪੀਲ (appeal) ਕਹਿੰਦੇ ਹਨ।
glossary-mediation = ਵਿਚੋਲਗੀ (Mediation)
glossary-mediation-meaning = ਕੌਂਸਲ ਨਾਲ ਕਿਸੇ ਸਮੱਸਿਆ ਨੂੰ ਸੁਲਝਾਉਣ ਲਈ ਇੱਕ ਮੀਟਿੰਗ। ਕੋਈ ਵਿਅਕਤੀ, ਜੋ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦਾ, ਗੱਲਬਾਤ ਕਰਨ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਦਾ ਹੈ। ਇਹ ਮੁਫ਼ਤ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਆਪ ਚੁਣਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਇਹ ਚਾਹੁੰਦੇ ਹੋ ਜਾਂ ਨਹੀਂ।
glossary-ep = ਸਿੱਖਿਆ ਮਨੋਵਿਗਿਆਨੀ (Educational psychologist, EP)
glossary-ep-meaning = ਇੱਕ ਮਾਹਰ, ਜੋ ਜਾਣਦਾ ਹੈ ਕਿ ਬੱਚੇ ਕਿਵੇਂ ਸਿੱਖਦੇ, ਸੋਚਦੇ ਅਤੇ ਮਹਿਸੂਸ ਕਰਦੇ ਹਨ। ਉਹ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਮਿਲਦੇ ਹਨ। ਫਿਰ ਉਹ ਲਿਖਦੇ ਹਨ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ, ਅਤੇ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲੇਗੀ।
glossary-salt = ਬੋਲਣ ਅਤੇ ਭਾਸ਼ਾ ਦੀ ਥੈਰੇਪੀ (Speech and language therapy, SALT)
glossary-salt-meaning = ਬੋਲਣ, ਸੁਣਨ ਅਤੇ ਸਮਝਣ ਵਿੱਚ ਮਦਦ। ਇਹ ਖਾਣ-ਪੀਣ ਵਿੱਚ ਵੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ। ਇਹ ਮਦਦ ਸਪੀਚ ਐਂਡ ਲੈਂਗੁਏਜ ਥੈਰੇਪਿਸਟ (speech and language therapist) ਦਿੰਦੇ ਹਨ।
glossary-ot = ਆਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪੀ (Occupational therapy, OT)
glossary-ot-meaning = ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ ਦੇ ਹੁਨਰਾਂ ਵਿੱਚ ਮਦਦ, ਜਿਵੇਂ ਕੱਪੜੇ ਪਾਉਣਾ, ਖਾਣਾ, ਲਿਖਣਾ ਜਾਂ ਤੁਰਨਾ-ਫਿਰਨਾ। ਇਹ ਮਦਦ ਆਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪਿਸਟ (occupational therapist) ਦਿੰਦੇ ਹਨ।
glossary-camhs = CAMHS
glossary-camhs-meaning = ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਦੀ ਮਾਨਸਿਕ ਸਿਹਤ ਲਈ NHS ਦੀ ਸੇਵਾ। ਇਸ ਦਾ ਪੂਰਾ ਨਾਂ ਹੈ Child and Adolescent Mental Health Services। ਇਹ ਬਹੁਤ ਜ਼ਿਆਦਾ ਫ਼ਿਕਰ ਜਾਂ ਉਦਾਸ ਮਨ ਵਰਗੀਆਂ ਗੱਲਾਂ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ।
glossary-semh = SEMH (ਸਮਾਜਿਕ, ਭਾਵਨਾਤਮਕ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ)
glossary-semh-meaning = ਲੋੜ ਦੇ ਚਾਰ ਖੇਤਰਾਂ ਵਿੱਚੋਂ ਇੱਕ। ਇਹ ਭਾਵਨਾਵਾਂ, ਵਿਹਾਰ, ਅਤੇ ਦੂਜੇ ਲੋਕਾਂ ਨਾਲ ਮਿਲ-ਜੁਲ ਕੇ ਰਹਿਣ ਬਾਰੇ ਹੈ।
glossary-ap = ਬਦਲਵੀਂ ਪੜ੍ਹਾਈ ਦਾ ਪ੍ਰਬੰਧ (Alternative provision, AP)
glossary-ap-meaning = ਉਹਨਾਂ ਬੱਚਿਆਂ ਲਈ ਸਕੂਲ, ਜੋ ਕੁਝ ਸਮੇਂ ਲਈ ਆਮ ਸਕੂਲ ਨਹੀਂ ਜਾ ਸਕਦੇ। ਜਿਵੇਂ, ਕਿਉਂਕਿ ਉਹ ਬਿਮਾਰ ਹਨ, ਜਾਂ ਉਹਨਾਂ ਨੂੰ ਸਕੂਲ ਛੱਡਣ ਲਈ ਕਿਹਾ ਗਿਆ ਸੀ।
glossary-eotas = ਸਕੂਲ ਤੋਂ ਬਾਹਰ ਪੜ੍ਹਾਈ (Education other than at school, EOTAS)
glossary-eotas-meaning = ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਤੋਂ ਬਾਹਰ ਪੜ੍ਹਾਈ, ਜੋ EHC plan ਵਿੱਚ ਲਿਖੀ ਹੁੰਦੀ ਹੈ। ਜਦੋਂ ਸਕੂਲ ਤੁਹਾਡੇ ਬੱਚੇ ਲਈ ਠੀਕ ਨਹੀਂ ਹੁੰਦਾ, ਤਾਂ ਕੌਂਸਲ ਇਸ ਦਾ ਪ੍ਰਬੰਧ ਕਰਦੀ ਹੈ ਅਤੇ ਖ਼ਰਚਾ ਦਿੰਦੀ ਹੈ। ਇਹ ਆਪਣੀ ਮਰਜ਼ੀ ਨਾਲ ਬੱਚੇ ਨੂੰ ਘਰ ਪੜ੍ਹਾਉਣ ਵਰਗਾ ਨਹੀਂ ਹੈ।
glossary-ebsna = ਭਾਵਨਾਵਾਂ ਕਰਕੇ ਸਕੂਲ ਨਾ ਜਾ ਸਕਣਾ (Emotionally based school non-attendance, EBSNA)
glossary-ebsna-meaning = ਜਦੋਂ ਫ਼ਿਕਰ ਜਾਂ ਹੋਰ ਤੇਜ਼ ਭਾਵਨਾਵਾਂ ਕਰਕੇ ਬੱਚੇ ਲਈ ਸਕੂਲ ਜਾਣਾ ਬਹੁਤ ਔਖਾ ਹੋ ਜਾਂਦਾ ਹੈ। ਇਹ ਆਪਣੀ ਮਰਜ਼ੀ ਨਾਲ ਸਕੂਲ ਛੱਡਣ ਵਰਗਾ ਨਹੀਂ ਹੈ।
glossary-pfa = ਬਾਲਗ ਜੀਵਨ ਦੀ ਤਿਆਰੀ (Preparing for Adulthood, PfA)
glossary-pfa-meaning = ਬਾਲਗ ਜੀਵਨ ਲਈ ਤਿਆਰ ਹੋਣਾ, Year 9 (13 ਤੋਂ 14 ਸਾਲ ਦੀ ਉਮਰ) ਤੋਂ। ਇਸ ਵਿੱਚ ਕੰਮ ਜਾਂ ਪੜ੍ਹਾਈ, ਕਿੱਥੇ ਰਹਿਣਾ ਹੈ, ਦੋਸਤ, ਅਤੇ ਚੰਗੀ ਸਿਹਤ ਸ਼ਾਮਲ ਹਨ।
glossary-phase-transfer = ਅਗਲੇ ਪੜਾਅ ਵਿੱਚ ਜਾਣਾ (Phase transfer)
glossary-phase-transfer-meaning = ਜਦੋਂ ਤੁਹਾਡਾ ਬੱਚਾ ਪੜ੍ਹਾਈ ਦੇ ਅਗਲੇ ਪੜਾਅ ਵਿੱਚ ਜਾਂਦਾ ਹੈ। ਜਿਵੇਂ, ਪ੍ਰਾਇਮਰੀ ਤੋਂ ਸੈਕੰਡਰੀ ਸਕੂਲ, ਜਾਂ ਸਕੂਲ ਤੋਂ ਕਾਲਜ। ਜੇ ਉਹਨਾਂ ਕੋਲ EHC plan ਹੈ, ਤਾਂ ਕੌਂਸਲ ਨੂੰ ਸਮੇਂ ਸਿਰ ਪਲਾਨ ਬਦਲਣਾ ਪਵੇਗਾ।
glossary-review-point = ਰੀਵਿਊ ਮੀਟਿੰਗ (Review point)
glossary-review-point-meaning = ਇਹ ਦੇਖਣ ਦਾ ਸਮਾਂ ਕਿ ਹਰ ਟੀਚਾ ਕਿਵੇਂ ਚੱਲ ਰਿਹਾ ਹੈ, ਅਤੇ ਅੱਗੇ ਦੀ ਯੋਜਨਾ ਬਣਾਉਣ ਦਾ ਸਮਾਂ। Heard ਵਿੱਚ ਹਰ ਸਕੂਲੀ ਸਾਲ ਵਿੱਚ ਤਿੰਨ ਹੁੰਦੀਆਂ ਹਨ, ਹਰ ਟਰਮ ਵਿੱਚ ਇੱਕ।
glossary-outcome = Outcome (ਟੀਚਾ)
glossary-outcome-meaning = ਸਕੂਲ ਅਤੇ ਕੌਂਸਲਾਂ ਟੀਚੇ ਲਈ ਇਹ ਸ਼ਬਦ ਵਰਤਦੇ ਹਨ। ਇਹ ਦੱਸਦਾ ਹੈ ਕਿ ਮਿਲਣ ਵਾਲੀ ਮਦਦ ਕਰਕੇ ਤੁਹਾਡੇ ਬੱਚੇ ਲਈ ਕੀ ਬਦਲੇਗਾ।
glossary-send-also = ਸਿੱਖਿਆ ਸੰਬੰਧੀ ਖ਼ਾਸ ਲੋੜਾਂ ਅਤੇ ਅਪੰਗਤਾ | ਸਿੱਖਿਆ ਸੰਬੰਧੀ ਖ਼ਾਸ ਲੋੜਾਂ ਜਾਂ ਅਪੰਗਤਾ | SEND
glossary-sen-support-also = SEN support
glossary-ehc-plan-also = ਸਿੱਖਿਆ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਪਲਾਨ | EHC plans | EHC plan | EHCPs | EHCP
glossary-local-offer-also = Local Offer
glossary-sendiass-also = SENDIASS | SENDIAS
glossary-ehc-needs-assessment-also = EHC needs assessment | EHC ਲੋੜਾਂ ਦੀ ਜਾਂਚ | EHC assessment | EHCNA
glossary-annual-review-also = ਸਾਲਾਨਾ ਰੀਵਿਊ ਮੀਟਿੰਗਾਂ | ਸਾਲਾਨਾ ਰੀਵਿਊ ਮੀਟਿੰਗ | annual review | ਸਾਲਾਨਾ ਰੀਵਿਊ
glossary-graduated-approach-also = graduated approach | ਕਦਮ-ਦਰ-ਕਦਮ ਤਰੀਕਾ
glossary-senco-also = SENDCOs | SENCOs | SENDCO | SENCO
glossary-advocate-also = advocate | ਹਿਮਾਇਤੀ
glossary-personal-budget-also = personal budget | ਨਿੱਜੀ ਬਜਟ
glossary-tribunal-also = SEND Tribunal | ਟ੍ਰਿਬਿਊਨਲ | tribunal
glossary-mediation-also = mediation | ਵਿਚੋਲਗੀ
glossary-ep-also = ਸਿੱਖਿਆ ਮਨੋਵਿਗਿਆਨੀ | EP
glossary-salt-also = speech and language therapy | ਬੋਲਣ ਅਤੇ ਭਾਸ਼ਾ ਦੀ ਥੈਰੇਪੀ | ਬੋਲਣ ਦੀ ਥੈਰੇਪੀ | speech therapy | SALT
glossary-ot-also = ਆਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪੀ | OT
glossary-camhs-also = CAMHS
glossary-semh-also = ਸਮਾਜਿਕ, ਭਾਵਨਾਤਮਕ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ | SEMH
glossary-ap-also = ਬਦਲਵੀਂ ਪੜ੍ਹਾਈ ਦਾ ਪ੍ਰਬੰਧ | AP
glossary-eotas-also = ਸਕੂਲ ਤੋਂ ਬਾਹਰ ਪੜ੍ਹਾਈ | EOTAS
glossary-ebsna-also = ਭਾਵਨਾਵਾਂ ਕਰਕੇ ਸਕੂਲ ਨਾ ਜਾ ਸਕਣਾ | EBSNA | EBSA
glossary-pfa-also = Preparing for Adulthood | ਬਾਲਗ ਜੀਵਨ ਦੀ ਤਿਆਰੀ | PfA
glossary-phase-transfer-also = ਅਗਲੇ ਪੜਾਅ ਵਿੱਚ ਜਾਣਾ | phase transfer
glossary-review-point-also = ਰੀਵਿਊ ਮੀਟਿੰਗਾਂ | review point | ਰੀਵਿਊ ਮੀਟਿੰਗ
glossary-outcome-also = outcomes | outcome

## Help and information pages
# Each info-ID-body has one block per line: "## " starts a heading, "- " starts a list item, any other line is a paragraph.
info-list-title = ਮਦਦ ਅਤੇ ਜਾਣਕਾਰੀ
info-list-lead = ਇੰਗਲੈਂਡ ਵਿੱਚ SEND ਵਾਲੇ ਬੱਚਿਆਂ ਲਈ ਮਦਦ ਬਾਰੇ ਛੋਟੇ ਪੰਨੇ। ਇਹਨਾਂ ਨੂੰ ਕਿਸੇ ਵੀ ਤਰਤੀਬ ਵਿੱਚ ਪੜ੍ਹੋ।
glossary-page-title = ਸ਼ਬਦ ਅਤੇ ਉਹਨਾਂ ਦੇ ਮਤਲਬ
glossary-page-lead = ਸਕੂਲ ਅਤੇ ਕੌਂਸਲਾਂ ਬਹੁਤ ਸਾਰੇ ਖ਼ਾਸ ਸ਼ਬਦ ਵਰਤਦੇ ਹਨ। ਇੱਥੇ ਹਰ ਸ਼ਬਦ ਦਾ ਮਤਲਬ ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਦਿੱਤਾ ਗਿਆ ਹੈ।
info-related-words = ਇਸ ਪੰਨੇ 'ਤੇ ਆਏ ਸ਼ਬਦ
info-back-to-help = ਮਦਦ ਅਤੇ ਜਾਣਕਾਰੀ 'ਤੇ ਵਾਪਸ ਜਾਓ
info-sen-support-title = SEN support ਕੀ ਹੈ?
info-sen-support-summary = ਸਕੂਲ ਵਿੱਚ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਮਿਲ ਸਕਣ ਵਾਲੀ ਵਾਧੂ ਮਦਦ, ਅਤੇ ਇਹ ਕਿਵੇਂ ਕੰਮ ਕਰਦੀ ਹੈ।
info-sen-support-body =
    SEN support, SEND ਵਾਲੇ ਬੱਚੇ ਲਈ ਸਕੂਲ ਵਿੱਚ ਵਾਧੂ ਮਦਦ ਹੈ। SEND ਦਾ ਮਤਲਬ ਹੈ ਸਿੱਖਿਆ ਸੰਬੰਧੀ ਖ਼ਾਸ ਲੋੜਾਂ ਅਤੇ ਅਪੰਗਤਾ।
    ਇਹ ਮਦਦ ਲੈਣ ਲਈ ਤੁਹਾਡੇ ਬੱਚੇ ਕੋਲ EHC plan ਹੋਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ। EHC plan ਕੌਂਸਲ ਵੱਲੋਂ ਮਦਦ ਦਾ ਕਾਨੂੰਨੀ ਪਲਾਨ ਹੈ।
    ## ਇਹ ਮਦਦ ਕੌਣ ਦਿੰਦਾ ਹੈ
    ਸਕੂਲਾਂ, ਕਾਲਜਾਂ ਅਤੇ ਨਰਸਰੀਆਂ ਨੂੰ ਤੁਹਾਡੇ ਬੱਚੇ ਲਈ ਆਪਣੀ ਪੂਰੀ ਕੋਸ਼ਿਸ਼ ਕਰਨੀ ਪੈਂਦੀ ਹੈ।
    ਇਸ ਦੀ ਅਗਵਾਈ SENCO ਕਰਦਾ ਹੈ। SENCO ਸਕੂਲ ਦਾ ਉਹ ਅਧਿਆਪਕ ਹੈ ਜੋ SEND ਦਾ ਇੰਚਾਰਜ ਹੁੰਦਾ ਹੈ।
    ਜੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ SEN support ਮਿਲਦੀ ਹੈ, ਤਾਂ ਸਕੂਲ ਨੂੰ ਤੁਹਾਨੂੰ ਦੱਸਣਾ ਪੈਂਦਾ ਹੈ।
    ## ਇਹ ਕਿਵੇਂ ਕੰਮ ਕਰਦੀ ਹੈ
    ਸਕੂਲ ਚਾਰ ਕਦਮਾਂ 'ਤੇ ਚੱਲਦਾ ਹੈ। ਇਸ ਨੂੰ graduated approach (ਕਦਮ-ਦਰ-ਕਦਮ ਤਰੀਕਾ) ਕਹਿੰਦੇ ਹਨ।
    - ਜਾਂਚਣਾ (Assess): ਸਕੂਲ ਪਤਾ ਕਰਦਾ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ।
    - ਯੋਜਨਾ (Plan): ਤੁਸੀਂ ਅਤੇ ਸਕੂਲ ਮਿਲ ਕੇ ਤੈਅ ਕਰਦੇ ਹੋ ਕਿ ਕਿਹੜੀ ਮਦਦ ਦੇਣੀ ਹੈ, ਅਤੇ ਕੀ ਬਦਲਣਾ ਚਾਹੀਦਾ ਹੈ।
    - ਕਰਨਾ (Do): ਸਕੂਲ ਮਦਦ ਦਿੰਦਾ ਹੈ।
    - ਮੁੜ ਦੇਖਣਾ (Review): ਤੁਸੀਂ ਮਿਲ ਕੇ ਦੇਖਦੇ ਹੋ ਕਿ ਮਦਦ ਕੰਮ ਕਰ ਰਹੀ ਹੈ ਜਾਂ ਨਹੀਂ।
    ਫਿਰ ਇਹ ਕਦਮ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੁੰਦੇ ਹਨ। ਹਰ ਵਾਰ ਮਦਦ ਬਦਲ ਸਕਦੀ ਹੈ।
    ## ਮਦਦ ਕਿਹੋ ਜਿਹੀ ਹੋ ਸਕਦੀ ਹੈ
    - ਛੋਟੇ ਗਰੁੱਪ ਵਿੱਚ ਕੰਮ।
    - ਟੀਚਿੰਗ ਅਸਿਸਟੈਂਟ (teaching assistant) ਨਾਲ ਸਮਾਂ।
    - ਸਾਧਨ, ਜਿਵੇਂ ਤਸਵੀਰਾਂ ਵਾਲਾ ਟਾਈਮ-ਟੇਬਲ ਜਾਂ ਲੈਪਟਾਪ।
    - ਕਿਸੇ ਮਾਹਰ ਦੀ ਸਲਾਹ, ਜਿਵੇਂ ਸਪੀਚ ਐਂਡ ਲੈਂਗੁਏਜ ਥੈਰੇਪਿਸਟ (speech and language therapist)।
    ## ਤੁਹਾਡਾ ਹਿੱਸਾ
    ਸਕੂਲ ਨੂੰ ਸਾਲ ਵਿੱਚ ਤਿੰਨ ਵਾਰ, ਹਰ ਟਰਮ ਵਿੱਚ ਇੱਕ ਵਾਰ, ਤੁਹਾਡੇ ਨਾਲ ਮਿਲਣਾ ਚਾਹੀਦਾ ਹੈ।
    ਤੁਸੀਂ ਆਪਣੇ ਬੱਚੇ ਨੂੰ ਸਭ ਤੋਂ ਚੰਗੀ ਤਰ੍ਹਾਂ ਜਾਣਦੇ ਹੋ, ਇਸ ਲਈ ਤੁਹਾਡੀ ਰਾਏ ਅਹਿਮ ਹੈ। ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ ਰਾਏ ਵੀ ਅਹਿਮ ਹੈ।
    ਆਪਣੇ ਬੱਚੇ ਦੇ ਸਪੋਰਟ ਪਲਾਨ (support plan) ਦੀ ਕਾਪੀ ਮੰਗੋ, ਤਾਂ ਜੋ ਤੁਹਾਨੂੰ ਪਤਾ ਹੋਵੇ ਕਿ ਕਿਹੜੀ ਮਦਦ ਮਿਲਣੀ ਹੈ।
    ## ਜੇ ਇਹ ਕਾਫ਼ੀ ਨਹੀਂ ਹੈ
    ਕੁਝ ਬੱਚਿਆਂ ਨੂੰ ਉਸ ਤੋਂ ਵੱਧ ਮਦਦ ਦੀ ਲੋੜ ਹੁੰਦੀ ਹੈ, ਜਿੰਨੀ ਸਕੂਲ ਦੇ ਸਕਦਾ ਹੈ।
    ਫਿਰ ਤੁਸੀਂ ਕੌਂਸਲ ਤੋਂ EHC needs assessment (EHC ਲੋੜਾਂ ਦੀ ਜਾਂਚ) ਮੰਗ ਸਕਦੇ ਹੋ। ਇਸ ਜਾਂਚ ਵਿੱਚ ਕੌਂਸਲ ਦੇਖਦੀ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ EHC plan ਦੀ ਲੋੜ ਹੈ ਜਾਂ ਨਹੀਂ।
    ਤੁਸੀਂ ਇਹ ਜਾਂਚ ਖ਼ੁਦ ਮੰਗ ਸਕਦੇ ਹੋ। ਇਸ ਲਈ ਪਹਿਲਾਂ ਸਕੂਲ ਦੀ ਸਹਿਮਤੀ ਜ਼ਰੂਰੀ ਨਹੀਂ।
info-ehc-plan-title = EHC plan ਕੀ ਹੈ?
info-ehc-plan-summary = ਇੱਕ ਕਾਨੂੰਨੀ ਪਲਾਨ, ਜਿਸ ਵਿੱਚ ਉਹ ਮਦਦ ਲਿਖੀ ਹੁੰਦੀ ਹੈ ਜੋ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਜ਼ਰੂਰ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ, ਅਤੇ ਇਹ ਪਲਾਨ ਕਿਵੇਂ ਮੰਗਣਾ ਹੈ।
info-ehc-plan-body =
    EHC plan ਇੱਕ ਕਾਨੂੰਨੀ ਪਲਾਨ ਹੈ। EHC ਦਾ ਮਤਲਬ ਹੈ education, health and care: ਸਿੱਖਿਆ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ।
    ਇਸ ਵਿੱਚ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ, ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਕਿਹੜੀ ਮਦਦ ਜ਼ਰੂਰ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ।
    ਕੌਂਸਲ ਨੂੰ ਪੱਕਾ ਕਰਨਾ ਪੈਂਦਾ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਪਲਾਨ ਵਿੱਚ ਲਿਖੀ ਪੜ੍ਹਾਈ ਵਾਲੀ ਮਦਦ ਮਿਲੇ। ਪਲਾਨ ਵਿੱਚ ਲਿਖੀ ਸਿਹਤ ਵਾਲੀ ਮਦਦ NHS ਨੂੰ ਦੇਣੀ ਪੈਂਦੀ ਹੈ।
    ## ਇਹ ਕਿਸ ਨੂੰ ਮਿਲ ਸਕਦਾ ਹੈ
    - ਜਨਮ ਤੋਂ 25 ਸਾਲ ਤੱਕ ਦੇ ਬੱਚੇ ਅਤੇ ਨੌਜਵਾਨ।
    - ਉਹ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਉਸ ਤੋਂ ਵੱਧ ਮਦਦ ਦੀ ਲੋੜ ਹੈ, ਜਿੰਨੀ ਉਹਨਾਂ ਦਾ ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਦੇ ਸਕਦਾ ਹੈ।
    ਜਦੋਂ ਤੱਕ ਤੁਹਾਡਾ ਬੱਚਾ ਅਜੇ ਪੜ੍ਹ ਰਿਹਾ ਹੈ, ਪਲਾਨ 25 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ ਚੱਲ ਸਕਦਾ ਹੈ। ਜੇ ਉਹ ਯੂਨੀਵਰਸਿਟੀ ਜਾਂਦੇ ਹਨ, ਤਾਂ ਪਲਾਨ ਖ਼ਤਮ ਹੋ ਜਾਂਦਾ ਹੈ।
    ## ਇਹ ਕਿਵੇਂ ਮੰਗਣਾ ਹੈ
    ਪਹਿਲਾਂ ਕੌਂਸਲ ਨੂੰ ਤੁਹਾਡੇ ਬੱਚੇ ਦੀਆਂ ਲੋੜਾਂ ਦੀ ਜਾਂਚ ਕਰਨੀ ਪੈਂਦੀ ਹੈ। ਇਸ ਨੂੰ EHC needs assessment (EHC ਲੋੜਾਂ ਦੀ ਜਾਂਚ) ਕਹਿੰਦੇ ਹਨ।
    - ਤੁਸੀਂ ਇਹ ਜਾਂਚ ਮੰਗ ਸਕਦੇ ਹੋ। ਕੌਂਸਲ ਨੂੰ ਚਿੱਠੀ ਜਾਂ ਈਮੇਲ ਲਿਖੋ।
    - ਸਕੂਲ ਵੀ ਇਹ ਜਾਂਚ ਮੰਗ ਸਕਦਾ ਹੈ।
    - 16 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ, ਨੌਜਵਾਨ ਖ਼ੁਦ ਵੀ ਇਹ ਮੰਗ ਸਕਦਾ ਹੈ।
    ਜੇ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਦੀਆਂ ਖ਼ਾਸ ਲੋੜਾਂ ਹੋਣ, ਅਤੇ ਉਹਨਾਂ ਨੂੰ ਪਲਾਨ ਦੀ ਲੋੜ ਹੋ ਸਕਦੀ ਹੋਵੇ, ਤਾਂ ਕੌਂਸਲ ਨੂੰ ਹਾਂ ਕਹਿਣੀ ਪੈਂਦੀ ਹੈ। ਤੁਹਾਨੂੰ ਇਹ ਸਾਬਤ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ।
    ਕੌਂਸਲ ਤੁਹਾਡੀ, ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ, ਸਕੂਲ ਦੀ ਅਤੇ ਮਾਹਰਾਂ ਦੀ ਰਾਏ ਪੁੱਛਦੀ ਹੈ।
    ## ਇਸ ਵਿੱਚ ਕਿੰਨਾ ਸਮਾਂ ਲੱਗਦਾ ਹੈ
    - 6 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ, ਕੌਂਸਲ ਦੱਸਦੀ ਹੈ ਕਿ ਉਹ ਜਾਂਚ ਕਰੇਗੀ ਜਾਂ ਨਹੀਂ।
    - 16 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ, ਉਹ ਦੱਸਦੀ ਹੈ ਕਿ ਉਹ ਪਲਾਨ ਬਣਾਏਗੀ ਜਾਂ ਨਹੀਂ।
    - ਫਿਰ ਤੁਹਾਨੂੰ ਡਰਾਫ਼ਟ ਪਲਾਨ (draft plan) ਮਿਲਦਾ ਹੈ। ਇਹ ਪਲਾਨ ਦਾ ਪਹਿਲਾ ਰੂਪ ਹੁੰਦਾ ਹੈ, ਪੱਕਾ ਹੋਣ ਤੋਂ ਪਹਿਲਾਂ।
    - ਇਸ ਬਾਰੇ ਆਪਣੀ ਰਾਏ ਦੱਸਣ ਲਈ ਤੁਹਾਡੇ ਕੋਲ 15 ਦਿਨ ਹੁੰਦੇ ਹਨ। ਤੁਸੀਂ ਇਹ ਵੀ ਦੱਸ ਸਕਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਕਿਹੜਾ ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਚਾਹੁੰਦੇ ਹੋ।
    - ਤੁਹਾਡੇ ਮੰਗਣ ਤੋਂ 20 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ, ਕੌਂਸਲ ਨੂੰ ਅੰਤਿਮ (final) ਪਲਾਨ ਭੇਜਣਾ ਪੈਂਦਾ ਹੈ।
    ## ਪਲਾਨ ਵਿੱਚ ਕੀ ਹੁੰਦਾ ਹੈ
    - ਤੁਹਾਡਾ ਬੱਚਾ ਕੀ ਸੋਚਦਾ ਹੈ, ਕਿਸ ਗੱਲ ਦੀ ਉਮੀਦ ਰੱਖਦਾ ਹੈ, ਅਤੇ ਉਸ ਨੂੰ ਕੀ ਪਸੰਦ ਹੈ।
    - ਪੜ੍ਹਾਈ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਵਿੱਚ ਉਹਨਾਂ ਦੀਆਂ ਲੋੜਾਂ।
    - Outcomes (ਟੀਚੇ)। ਇਹ ਦੱਸਦੇ ਹਨ ਕਿ ਮਦਦ ਕਰਕੇ ਤੁਹਾਡੇ ਬੱਚੇ ਲਈ ਕੀ ਬਦਲੇਗਾ।
    - ਉਹ ਮਦਦ ਜੋ ਉਹਨਾਂ ਨੂੰ ਜ਼ਰੂਰ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ। ਇਸ ਵਿੱਚ ਲਿਖਿਆ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ ਕਿ ਮਦਦ ਕੀ ਹੈ, ਕੌਣ ਦਿੰਦਾ ਹੈ, ਅਤੇ ਕਿੰਨੀ ਵਾਰ।
    - ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਦਾ ਨਾਂ।
    ## ਉਸ ਤੋਂ ਬਾਅਦ
    ਪਲਾਨ ਦੀ ਜਾਂਚ ਸਾਲ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਾਰ ਹੋਣੀ ਜ਼ਰੂਰੀ ਹੈ। ਇਸ ਨੂੰ ਸਾਲਾਨਾ ਰੀਵਿਊ (annual review) ਕਹਿੰਦੇ ਹਨ।
    ਜੇ ਤੁਸੀਂ ਪਲਾਨ ਨਾਲ ਸਹਿਮਤ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ SEND Tribunal ਨਾਂ ਦੇ ਪੈਨਲ ਨੂੰ ਇਸ ਨੂੰ ਬਦਲਣ ਲਈ ਕਹਿ ਸਕਦੇ ਹੋ। ਇਸ ਨੂੰ ਅਪੀਲ (appeal) ਕਹਿੰਦੇ ਹਨ।
info-rights-title = ਤੁਹਾਡੇ ਹੱਕ, ਅਤੇ ਜ਼ਰੂਰੀ ਤਾਰੀਖ਼ਾਂ
info-rights-summary = ਕਾਨੂੰਨ ਮੁਤਾਬਕ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ, ਅਤੇ ਹਰ ਕਦਮ ਵਿੱਚ ਕਿੰਨਾ ਸਮਾਂ ਲੱਗਣਾ ਚਾਹੀਦਾ ਹੈ।
info-rights-body =
    SEND ਦਾ ਮਤਲਬ ਹੈ ਸਿੱਖਿਆ ਸੰਬੰਧੀ ਖ਼ਾਸ ਲੋੜਾਂ ਅਤੇ ਅਪੰਗਤਾ।
    ਇੰਗਲੈਂਡ ਵਿੱਚ SEND ਬਾਰੇ ਕਾਨੂੰਨ Children and Families Act 2014 ਹੈ। SEND Code of Practice ਇਸ ਕਾਨੂੰਨ ਨੂੰ ਸਮਝਾਉਂਦਾ ਹੈ। ਸਕੂਲਾਂ ਅਤੇ ਕੌਂਸਲਾਂ ਨੂੰ ਇਸ ਦੀ ਪਾਲਣਾ ਕਰਨੀ ਪੈਂਦੀ ਹੈ।
    ## ਤੁਹਾਡੇ ਹੱਕ
    - ਤੁਹਾਡੀ ਅਤੇ ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ ਰਾਏ ਪੁੱਛਣੀ ਜ਼ਰੂਰੀ ਹੈ, ਅਤੇ ਤੁਹਾਡੀ ਗੱਲ ਸੁਣਨੀ ਜ਼ਰੂਰੀ ਹੈ।
    - ਤੁਸੀਂ ਕੌਂਸਲ ਨੂੰ ਕਹਿ ਸਕਦੇ ਹੋ ਕਿ ਉਹ ਜਾਂਚ ਕਰੇ ਕਿ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ EHC plan ਦੀ ਲੋੜ ਹੈ ਜਾਂ ਨਹੀਂ। ਇਹ ਮਦਦ ਦਾ ਕਾਨੂੰਨੀ ਪਲਾਨ ਹੈ। ਇਸ ਜਾਂਚ ਨੂੰ EHC needs assessment ਕਹਿੰਦੇ ਹਨ।
    - ਤੁਸੀਂ ਦੱਸ ਸਕਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਪਲਾਨ ਵਿੱਚ ਕਿਹੜਾ ਸਕੂਲ ਜਾਂ ਕਾਲਜ ਚਾਹੁੰਦੇ ਹੋ। ਕੌਂਸਲ ਨੂੰ ਮੰਨਣਾ ਪੈਂਦਾ ਹੈ, ਜਦ ਤੱਕ ਨਾ ਮੰਨਣ ਦਾ ਕੋਈ ਠੋਸ ਕਾਰਨ ਨਾ ਹੋਵੇ।
    - ਤੁਸੀਂ ਨਿੱਜੀ ਬਜਟ (personal budget) ਮੰਗ ਸਕਦੇ ਹੋ। ਇਹ ਪਲਾਨ ਵਿੱਚ ਦਿੱਤੀ ਕੁਝ ਮਦਦ ਲਈ ਪੈਸੇ ਹੁੰਦੇ ਹਨ।
    - ਜੇ ਤੁਸੀਂ ਕੌਂਸਲ ਦੇ ਕੁਝ ਫ਼ੈਸਲਿਆਂ ਨਾਲ ਸਹਿਮਤ ਨਹੀਂ ਹੋ, ਤਾਂ ਤੁਸੀਂ ਅਪੀਲ (appeal) ਕਰ ਸਕਦੇ ਹੋ। ਇਸ ਦਾ ਮਤਲਬ ਹੈ ਕਿ ਤੁਸੀਂ SEND Tribunal ਨਾਂ ਦੇ ਪੈਨਲ ਨੂੰ ਫ਼ੈਸਲਾ ਕਰਨ ਲਈ ਕਹਿੰਦੇ ਹੋ।
    Year 11 ਤੋਂ ਬਾਅਦ, ਲਗਭਗ 16 ਸਾਲ ਦੀ ਉਮਰ ਵਿੱਚ, ਇਹ ਹੱਕ ਤੁਹਾਡੇ ਬੱਚੇ ਕੋਲ ਚਲੇ ਜਾਂਦੇ ਹਨ। ਤੁਸੀਂ ਫਿਰ ਵੀ ਉਹਨਾਂ ਦੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹੋ।
    ## EHC needs assessment ਲਈ ਤਾਰੀਖ਼ਾਂ
    ਇਹ ਸਮਾਂ ਉਸ ਦਿਨ ਤੋਂ ਗਿਣਿਆ ਜਾਂਦਾ ਹੈ, ਜਿਸ ਦਿਨ ਕੌਂਸਲ ਨੂੰ ਤੁਹਾਡੀ ਬੇਨਤੀ ਮਿਲਦੀ ਹੈ।
    - 6 ਹਫ਼ਤੇ: ਕੌਂਸਲ ਦੱਸਦੀ ਹੈ ਕਿ ਉਹ ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ ਜਾਂਚ ਕਰੇਗੀ ਜਾਂ ਨਹੀਂ।
    - 16 ਹਫ਼ਤੇ: ਕੌਂਸਲ ਦੱਸਦੀ ਹੈ ਕਿ ਉਹ ਪਲਾਨ ਬਣਾਏਗੀ ਜਾਂ ਨਹੀਂ।
    - 20 ਹਫ਼ਤੇ: ਤੁਹਾਨੂੰ ਅੰਤਿਮ (final) ਪਲਾਨ ਮਿਲਦਾ ਹੈ।
    ਡਰਾਫ਼ਟ ਪਲਾਨ ਦਾ ਜਵਾਬ ਦੇਣ ਲਈ ਤੁਹਾਡੇ ਕੋਲ 15 ਦਿਨ ਹੁੰਦੇ ਹਨ।
    ## ਸਾਲਾਨਾ ਰੀਵਿਊ ਲਈ ਤਾਰੀਖ਼ਾਂ
    - ਪਲਾਨ ਦੀ ਜਾਂਚ ਘੱਟੋ-ਘੱਟ ਹਰ 12 ਮਹੀਨਿਆਂ ਬਾਅਦ ਇੱਕ ਮੀਟਿੰਗ ਵਿੱਚ ਹੋਣੀ ਜ਼ਰੂਰੀ ਹੈ। 5 ਸਾਲ ਤੋਂ ਛੋਟੇ ਬੱਚੇ ਲਈ, ਇਹ ਹਰ 3 ਤੋਂ 6 ਮਹੀਨਿਆਂ ਬਾਅਦ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
    - ਰਿਪੋਰਟਾਂ ਤੁਹਾਨੂੰ ਮੀਟਿੰਗ ਤੋਂ ਘੱਟੋ-ਘੱਟ 2 ਹਫ਼ਤੇ ਪਹਿਲਾਂ ਮਿਲ ਜਾਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ।
    - ਮੀਟਿੰਗ ਤੋਂ ਬਾਅਦ 2 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ, ਤੁਹਾਨੂੰ ਮੀਟਿੰਗ ਦੀ ਰਿਪੋਰਟ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ।
    - ਮੀਟਿੰਗ ਤੋਂ 4 ਹਫ਼ਤਿਆਂ ਦੇ ਅੰਦਰ, ਕੌਂਸਲ ਨੂੰ ਦੱਸਣਾ ਪੈਂਦਾ ਹੈ ਕਿ ਉਹ ਕੀ ਕਰੇਗੀ। ਉਹ ਪਲਾਨ ਨੂੰ ਉਵੇਂ ਹੀ ਰੱਖ ਸਕਦੀ ਹੈ, ਬਦਲ ਸਕਦੀ ਹੈ, ਜਾਂ ਖ਼ਤਮ ਕਰ ਸਕਦੀ ਹੈ।
    ## ਸਕੂਲ ਬਦਲਣਾ
    ਜਦੋਂ ਤੁਹਾਡਾ ਬੱਚਾ ਪੜ੍ਹਾਈ ਦੇ ਨਵੇਂ ਪੜਾਅ ਵਿੱਚ ਜਾਂਦਾ ਹੈ, ਤਾਂ ਪਲਾਨ ਬਦਲਣਾ ਜ਼ਰੂਰੀ ਹੈ। ਇਸ ਨੂੰ phase transfer (ਅਗਲੇ ਪੜਾਅ ਵਿੱਚ ਜਾਣਾ) ਕਹਿੰਦੇ ਹਨ।
    - 15 ਫ਼ਰਵਰੀ ਤੱਕ, ਸਕੂਲ ਦੇ ਨਵੇਂ ਪੜਾਅ ਵਿੱਚ ਜਾਣ ਲਈ।
    - 31 ਮਾਰਚ ਤੱਕ, 16 ਸਾਲ ਦੀ ਉਮਰ ਵਿੱਚ ਸਕੂਲ ਤੋਂ ਕਾਲਜ ਜਾਣ ਲਈ।
    ## ਜੇ ਕੌਂਸਲ ਦੇਰ ਕਰਦੀ ਹੈ
    ਕੌਂਸਲ ਨੂੰ ਇਹਨਾਂ ਤਾਰੀਖ਼ਾਂ ਦੀ ਪਾਲਣਾ ਕਰਨੀ ਪੈਂਦੀ ਹੈ। ਜੇ ਉਹ ਦੇਰ ਕਰਦੀ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਸ਼ਿਕਾਇਤ ਕਰ ਸਕਦੇ ਹੋ।
    SENDIASS ਮੁਫ਼ਤ ਸਲਾਹ ਦਿੰਦੀ ਹੈ, ਅਤੇ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦੀ।
info-adulthood-title = ਬਾਲਗ ਜੀਵਨ ਦੀ ਤਿਆਰੀ
info-adulthood-summary = Year 9 ਤੋਂ, 16 ਸਾਲ ਦੀ ਉਮਰ ਵਿੱਚ, ਅਤੇ 25 ਸਾਲ ਤੱਕ ਮਦਦ ਕਿਵੇਂ ਬਦਲਦੀ ਹੈ।
info-adulthood-body =
    ਤੁਹਾਡਾ ਬੱਚਾ ਵੱਡਾ ਹੋਵੇਗਾ। ਬਾਲਗ ਜੀਵਨ ਦੀ ਯੋਜਨਾ ਜਲਦੀ ਬਣਾਉਣੀ ਚੰਗੀ ਰਹਿੰਦੀ ਹੈ।
    ਸਕੂਲ ਅਤੇ ਕੌਂਸਲਾਂ ਇਸ ਨੂੰ Preparing for Adulthood (ਬਾਲਗ ਜੀਵਨ ਦੀ ਤਿਆਰੀ) ਕਹਿੰਦੇ ਹਨ।
    ## ਇਹ ਕਦੋਂ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ
    Year 9 ਤੋਂ, ਜਦੋਂ ਤੁਹਾਡਾ ਬੱਚਾ 13 ਜਾਂ 14 ਸਾਲ ਦਾ ਹੁੰਦਾ ਹੈ, ਇਹ ਹਰ ਸਾਲਾਨਾ ਰੀਵਿਊ ਦਾ ਹਿੱਸਾ ਹੁੰਦੀ ਹੈ। ਸਾਲਾਨਾ ਰੀਵਿਊ ਤੁਹਾਡੇ ਬੱਚੇ ਦੇ EHC plan ਦੀ ਜਾਂਚ ਲਈ ਹਰ ਸਾਲ ਹੋਣ ਵਾਲੀ ਮੀਟਿੰਗ ਹੈ। EHC plan ਕੌਂਸਲ ਵੱਲੋਂ ਮਦਦ ਦਾ ਕਾਨੂੰਨੀ ਪਲਾਨ ਹੈ।
    ## ਇਸ ਵਿੱਚ ਕੀ ਕੁਝ ਆਉਂਦਾ ਹੈ
    - ਕੰਮ, ਕਾਲਜ ਜਾਂ ਯੂਨੀਵਰਸਿਟੀ।
    - ਜਿੰਨਾ ਹੋ ਸਕੇ, ਆਪਣੇ ਬਲਬੂਤੇ 'ਤੇ ਰਹਿਣਾ।
    - ਦੋਸਤ, ਰਿਸ਼ਤੇ, ਅਤੇ ਭਾਈਚਾਰੇ ਦਾ ਹਿੱਸਾ ਬਣਨਾ।
    - ਚੰਗੀ ਸਿਹਤ।
    ## 16 ਸਾਲ ਦੀ ਉਮਰ ਵਿੱਚ
    Year 11 ਦੇ ਅੰਤ ਵਿੱਚ, ਕਾਨੂੰਨ ਦੀ ਨਜ਼ਰ ਵਿੱਚ ਤੁਹਾਡਾ ਬੱਚਾ "ਨੌਜਵਾਨ" (young person) ਬਣ ਜਾਂਦਾ ਹੈ।
    ਹੁਣ ਉਹ ਬਹੁਤ ਸਾਰੇ ਫ਼ੈਸਲੇ ਆਪ ਕਰ ਸਕਦੇ ਹਨ। ਜਿਵੇਂ, ਉਹ ਕੌਂਸਲ ਤੋਂ ਜਾਂਚ (assessment) ਮੰਗ ਸਕਦੇ ਹਨ।
    ਜੇ ਉਹ ਚਾਹੁਣ, ਤਾਂ ਤੁਸੀਂ ਫਿਰ ਵੀ ਉਹਨਾਂ ਦੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹੋ।
    ਜੇ ਉਹ ਕੋਈ ਫ਼ੈਸਲਾ ਨਹੀਂ ਕਰ ਸਕਦੇ, ਤਾਂ ਤੁਸੀਂ ਫਿਰ ਵੀ ਉਹਨਾਂ ਨਾਲ ਮਿਲ ਕੇ, ਜਾਂ ਉਹਨਾਂ ਵੱਲੋਂ, ਫ਼ੈਸਲਾ ਕਰ ਸਕਦੇ ਹੋ।
    ## Year 11 ਤੋਂ ਬਾਅਦ
    ਇੰਗਲੈਂਡ ਵਿੱਚ, ਨੌਜਵਾਨਾਂ ਨੂੰ 18 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ ਪੜ੍ਹਾਈ ਜਾਂ ਸਿਖਲਾਈ ਜਾਰੀ ਰੱਖਣੀ ਪੈਂਦੀ ਹੈ। ਉਹ ਇਹਨਾਂ ਵਿੱਚੋਂ ਚੁਣ ਸਕਦੇ ਹਨ:
    - ਸਿਕਸਥ ਫ਼ਾਰਮ (sixth form) ਜਾਂ ਕਾਲਜ।
    - ਅਪ੍ਰੈਂਟਿਸਸ਼ਿਪ (apprenticeship)। ਇਹ ਸਿਖਲਾਈ ਵਾਲੀ ਨੌਕਰੀ ਹੁੰਦੀ ਹੈ।
    - ਸਪੋਰਟਿਡ ਇੰਟਰਨਸ਼ਿਪ (supported internship)। ਇਹ ਵਾਧੂ ਮਦਦ ਵਾਲੀ ਨੌਕਰੀ ਹੁੰਦੀ ਹੈ, EHC plan ਵਾਲੇ ਨੌਜਵਾਨਾਂ ਲਈ।
    - ਕੰਮ ਜਾਂ ਵਲੰਟੀਅਰਿੰਗ (volunteering), ਨਾਲ ਕੁਝ ਪੜ੍ਹਾਈ ਵੀ।
    ## 16 ਤੋਂ ਬਾਅਦ EHC plan
    ਜਦੋਂ ਤੱਕ ਉਹ ਅਜੇ ਪੜ੍ਹ ਰਹੇ ਹਨ, EHC plan 25 ਸਾਲ ਦੀ ਉਮਰ ਤੱਕ ਚੱਲ ਸਕਦਾ ਹੈ।
    ਜੇ ਉਹ ਯੂਨੀਵਰਸਿਟੀ ਜਾਂਦੇ ਹਨ, ਤਾਂ ਪਲਾਨ ਖ਼ਤਮ ਹੋ ਜਾਂਦਾ ਹੈ। ਯੂਨੀਵਰਸਿਟੀਆਂ ਕੋਲ ਅਪੰਗਤਾ ਵਾਲੇ ਵਿਦਿਆਰਥੀਆਂ ਲਈ ਆਪਣੀ ਮਦਦ ਹੁੰਦੀ ਹੈ।
    ## ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ
    18 ਸਾਲ ਦੀ ਉਮਰ ਵਿੱਚ, ਕੁਝ ਸਿਹਤ ਸੇਵਾਵਾਂ ਬੱਚਿਆਂ ਵਾਲੀਆਂ ਤੋਂ ਬਦਲ ਕੇ ਬਾਲਗਾਂ ਵਾਲੀਆਂ ਹੋ ਜਾਂਦੀਆਂ ਹਨ।
    ਪਹਿਲਾਂ ਹੀ ਪੁੱਛ ਲਓ ਕਿ ਇਹ ਕਿਵੇਂ ਹੋਵੇਗਾ, ਤਾਂ ਜੋ ਮਦਦ ਵਿੱਚ ਕੋਈ ਵਿੱਥ ਨਾ ਪਵੇ।
    ## ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
    - ਆਪਣੇ ਬੱਚੇ ਨਾਲ ਉਹਨਾਂ ਦੀਆਂ ਉਮੀਦਾਂ ਅਤੇ ਸੁਪਨਿਆਂ ਬਾਰੇ ਗੱਲ ਕਰੋ।
    - ਹਰ ਰੀਵਿਊ ਵਿੱਚ ਪੁੱਛੋ ਕਿ ਅਗਲੇ ਕਦਮ ਲਈ ਉਹਨਾਂ ਨੂੰ ਕਿਹੜੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ।
    - Heard 'ਤੇ "ਮੇਰੇ ਬਾਰੇ ਸਭ ਕੁਝ" ਵਿੱਚ ਉਹਨਾਂ ਦੀਆਂ ਉਮੀਦਾਂ ਲਿਖੋ।
info-complain-title = ਸ਼ਿਕਾਇਤ ਜਾਂ ਅਪੀਲ ਕਿਵੇਂ ਕਰੀਏ
info-complain-summary = ਜੇ ਤੁਸੀਂ ਸਕੂਲ ਜਾਂ ਕੌਂਸਲ ਨਾਲ ਸਹਿਮਤ ਨਹੀਂ ਹੋ, ਤਾਂ ਕੀ ਕਰਨਾ ਹੈ।
info-complain-body =
    ਕਿਸੇ ਸਮੱਸਿਆ ਨੂੰ ਸੁਲਝਾਉਣ ਦੇ ਕਈ ਤਰੀਕੇ ਹਨ। ਸਭ ਤੋਂ ਸੌਖੇ ਤਰੀਕੇ ਨਾਲ ਸ਼ੁਰੂ ਕਰੋ।
    ## ਪਹਿਲਾਂ ਗੱਲ ਕਰੋ
    - ਕਲਾਸ ਦੇ ਅਧਿਆਪਕ ਜਾਂ SENCO ਨਾਲ ਗੱਲ ਕਰੋ। SENCO ਉਹ ਅਧਿਆਪਕ ਹੈ ਜੋ ਖ਼ਾਸ ਲੋੜਾਂ ਦਾ ਇੰਚਾਰਜ ਹੁੰਦਾ ਹੈ।
    - ਮੀਟਿੰਗ ਮੰਗੋ। ਜੋ ਤੈਅ ਹੋਇਆ, ਉਹ ਲਿਖ ਲਓ।
    ## ਸ਼ਿਕਾਇਤ ਕਰੋ
    - ਹਰ ਸਕੂਲ ਵਿੱਚ ਸ਼ਿਕਾਇਤ ਕਰਨ ਦਾ ਇੱਕ ਤਰੀਕਾ ਹੁੰਦਾ ਹੈ। ਇਸ ਬਾਰੇ ਪੁੱਛੋ, ਜਾਂ ਸਕੂਲ ਦੀ ਵੈੱਬਸਾਈਟ 'ਤੇ ਦੇਖੋ।
    - ਕੌਂਸਲ ਵਿੱਚ ਵੀ ਸ਼ਿਕਾਇਤ ਕਰਨ ਦਾ ਤਰੀਕਾ ਹੁੰਦਾ ਹੈ।
    - ਜੇ ਕੌਂਸਲ ਗੱਲ ਠੀਕ ਨਹੀਂ ਕਰਦੀ, ਤਾਂ ਤੁਸੀਂ Ombudsman (ਓਮਬਡਸਮੈਨ) ਕੋਲ ਜਾ ਸਕਦੇ ਹੋ। ਇਹ ਇੱਕ ਮੁਫ਼ਤ ਸੇਵਾ ਹੈ ਜੋ ਕੌਂਸਲਾਂ ਬਾਰੇ ਸ਼ਿਕਾਇਤਾਂ ਦੀ ਜਾਂਚ ਕਰਦੀ ਹੈ।
    ## ਗੱਲ ਸੁਲਝਾਉਣ ਲਈ ਮੀਟਿੰਗ
    ਸਕੂਲ ਜਾਂ ਕੌਂਸਲ ਨਾਲ ਕਿਸੇ ਸਮੱਸਿਆ ਨੂੰ ਸੁਲਝਾਉਣ ਲਈ, ਕੌਂਸਲ ਨੂੰ ਤੁਹਾਨੂੰ ਇੱਕ ਮੁਫ਼ਤ ਮੀਟਿੰਗ ਦੀ ਪੇਸ਼ਕਸ਼ ਕਰਨੀ ਪੈਂਦੀ ਹੈ। ਇਸ ਮੀਟਿੰਗ ਨੂੰ ਕੋਈ ਅਜਿਹਾ ਵਿਅਕਤੀ ਚਲਾਉਂਦਾ ਹੈ ਜੋ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦਾ।
    ਤੁਸੀਂ ਇਹ ਮੀਟਿੰਗ ਮੰਗ ਸਕਦੇ ਹੋ, ਭਾਵੇਂ ਤੁਹਾਡੇ ਬੱਚੇ ਕੋਲ EHC plan ਨਾ ਵੀ ਹੋਵੇ।
    ## SEND Tribunal ਕੋਲ ਅਪੀਲ
    SEND Tribunal ਇੱਕ ਪੈਨਲ ਹੈ ਜੋ ਕੌਂਸਲ ਲਈ ਕੰਮ ਨਹੀਂ ਕਰਦਾ। ਇਸ ਪੈਨਲ ਨੂੰ ਕੌਂਸਲ ਦਾ ਕੋਈ ਫ਼ੈਸਲਾ ਬਦਲਣ ਲਈ ਕਹਿਣ ਨੂੰ ਅਪੀਲ (appeal) ਕਹਿੰਦੇ ਹਨ।
    ਤੁਸੀਂ ਅਪੀਲ ਕਰ ਸਕਦੇ ਹੋ, ਜੇ ਕੌਂਸਲ:
    - EHC needs assessment, ਯਾਨੀ ਤੁਹਾਡੇ ਬੱਚੇ ਦੀਆਂ ਲੋੜਾਂ ਦੀ ਜਾਂਚ, ਨਹੀਂ ਕਰੇਗੀ।
    - EHC plan, ਯਾਨੀ ਮਦਦ ਦਾ ਕਾਨੂੰਨੀ ਪਲਾਨ, ਨਹੀਂ ਬਣਾਏਗੀ।
    - ਅਜਿਹਾ ਪਲਾਨ ਬਣਾਉਂਦੀ ਹੈ ਜਿਸ ਨਾਲ ਤੁਸੀਂ ਸਹਿਮਤ ਨਹੀਂ ਹੋ, ਜਾਂ ਅਜਿਹੇ ਸਕੂਲ ਦਾ ਨਾਂ ਲਿਖਦੀ ਹੈ ਜੋ ਤੁਸੀਂ ਨਹੀਂ ਚਾਹੁੰਦੇ।
    - ਪਲਾਨ ਖ਼ਤਮ ਕਰਨ ਦਾ ਫ਼ੈਸਲਾ ਕਰਦੀ ਹੈ।
    ਅਪੀਲ ਕਰਨਾ ਮੁਫ਼ਤ ਹੈ। ਤੁਹਾਨੂੰ ਵਕੀਲ ਦੀ ਲੋੜ ਨਹੀਂ।
    ## ਪਹਿਲਾਂ ਵਿਚੋਲਗੀ (mediation) ਬਾਰੇ ਸਲਾਹ
    ਵਿਚੋਲਗੀ ਵਿੱਚ, ਕੋਈ ਵਿਅਕਤੀ ਜੋ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦਾ, ਤੁਹਾਡੀ ਅਤੇ ਕੌਂਸਲ ਦੀ ਆਪਸ ਵਿੱਚ ਗੱਲ ਕਰਵਾਉਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹੈ।
    ਜ਼ਿਆਦਾਤਰ ਅਪੀਲਾਂ ਤੋਂ ਪਹਿਲਾਂ, ਤੁਹਾਨੂੰ ਵਿਚੋਲਗੀ ਦੇ ਸਲਾਹਕਾਰ (mediation adviser) ਨਾਲ ਗੱਲ ਕਰਨੀ ਪੈਂਦੀ ਹੈ। ਫਿਰ ਤੁਹਾਨੂੰ ਇੱਕ ਸਰਟੀਫ਼ਿਕੇਟ ਮਿਲਦਾ ਹੈ।
    ਵਿਚੋਲਗੀ ਕਰਨੀ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਪਰ ਅਪੀਲ ਕਰਨ ਲਈ ਤੁਹਾਨੂੰ ਸਰਟੀਫ਼ਿਕੇਟ ਦੀ ਲੋੜ ਹੈ।
    ਜੇ ਤੁਸੀਂ ਸਿਰਫ਼ ਪਲਾਨ ਵਿੱਚ ਲਿਖੇ ਸਕੂਲ ਬਾਰੇ ਅਪੀਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਤੁਹਾਨੂੰ ਸਰਟੀਫ਼ਿਕੇਟ ਦੀ ਲੋੜ ਨਹੀਂ।
    ## ਸਮਾਂ-ਸੀਮਾ
    - ਕੌਂਸਲ ਦੀ ਫ਼ੈਸਲੇ ਵਾਲੀ ਚਿੱਠੀ 'ਤੇ ਲਿਖੀ ਤਾਰੀਖ਼ ਤੋਂ, ਤੁਹਾਡੇ ਕੋਲ 2 ਮਹੀਨੇ ਹੁੰਦੇ ਹਨ।
    - ਜਾਂ ਤੁਹਾਡੇ ਵਿਚੋਲਗੀ ਸਰਟੀਫ਼ਿਕੇਟ 'ਤੇ ਲਿਖੀ ਤਾਰੀਖ਼ ਤੋਂ 1 ਮਹੀਨਾ, ਜੇ ਉਹ ਸਮਾਂ ਬਾਅਦ ਵਿੱਚ ਮੁੱਕਦਾ ਹੈ।
    ## ਬੇਇਨਸਾਫ਼ੀ ਵਾਲਾ ਸਲੂਕ
    ਸਕੂਲ ਅਪੰਗਤਾ ਕਰਕੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨਾਲ ਬੇਇਨਸਾਫ਼ੀ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਜੇ ਉਹ ਅਜਿਹਾ ਕਰਦਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ SEND Tribunal ਕੋਲ ਵੀ ਜਾ ਸਕਦੇ ਹੋ। ਇਸ ਲਈ ਤੁਹਾਡੇ ਕੋਲ 6 ਮਹੀਨੇ ਹੁੰਦੇ ਹਨ।
    ## ਮਦਦ ਲਓ
    SENDIASS ਅਤੇ IPSEA ਮੁਫ਼ਤ ਸਲਾਹ ਦਿੰਦੇ ਹਨ। "ਮੁਫ਼ਤ ਸਲਾਹ ਕਿੱਥੋਂ ਮਿਲੇ" ਵਾਲਾ ਪੰਨਾ ਪੜ੍ਹੋ।
info-advice-title = ਮੁਫ਼ਤ ਸਲਾਹ ਕਿੱਥੋਂ ਮਿਲੇ
info-advice-summary = ਮੁਫ਼ਤ ਸੇਵਾਵਾਂ, ਜੋ SEND ਵਾਲੇ ਬੱਚਿਆਂ ਦੇ ਪਰਿਵਾਰਾਂ ਦੀ ਮਦਦ ਕਰਦੀਆਂ ਹਨ।
info-advice-body =
    ਤੁਹਾਨੂੰ ਇਹ ਸਭ ਇਕੱਲਿਆਂ ਨਹੀਂ ਕਰਨਾ ਪੈਣਾ। ਇਹ ਸੇਵਾਵਾਂ SEND ਬਾਰੇ ਮੁਫ਼ਤ ਸਲਾਹ ਦਿੰਦੀਆਂ ਹਨ। SEND ਦਾ ਮਤਲਬ ਹੈ ਸਿੱਖਿਆ ਸੰਬੰਧੀ ਖ਼ਾਸ ਲੋੜਾਂ ਅਤੇ ਅਪੰਗਤਾ।
    ## SENDIASS
    ਹਰ ਕੌਂਸਲ ਕੋਲ ਇਹ ਸੇਵਾ ਹੁੰਦੀ ਹੈ। ਇਹ ਮੁਫ਼ਤ ਸਲਾਹ ਦਿੰਦੀ ਹੈ, ਅਤੇ ਕਿਸੇ ਦਾ ਪੱਖ ਨਹੀਂ ਲੈਂਦੀ।
    ਇਹ ਫ਼ਾਰਮ ਭਰਨ ਅਤੇ ਰਿਪੋਰਟਾਂ ਪੜ੍ਹਨ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਕੋਈ ਤੁਹਾਡੇ ਨਾਲ ਮੀਟਿੰਗਾਂ ਵਿੱਚ ਵੀ ਆਵੇ।
    ਇਸ ਨੂੰ ਲੱਭਣ ਲਈ, ਇੰਟਰਨੈੱਟ 'ਤੇ SENDIASS ਅਤੇ ਆਪਣੀ ਕੌਂਸਲ ਦਾ ਨਾਂ ਲਿਖ ਕੇ ਲੱਭੋ।
    ## IPSEA
    IPSEA ਇੱਕ ਚੈਰਿਟੀ (charity) ਹੈ। ਇਹ ਕਾਨੂੰਨ ਬਾਰੇ ਮੁਫ਼ਤ ਸਲਾਹ ਦਿੰਦੀ ਹੈ।
    ਇਸ ਦੀ ਵੈੱਬਸਾਈਟ ਤੁਹਾਡੇ ਹੱਕ ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਸਮਝਾਉਂਦੀ ਹੈ। ਇਸ ਵਿੱਚ ਚਿੱਠੀਆਂ ਦੇ ਨਮੂਨੇ ਵੀ ਹਨ, ਜੋ ਤੁਸੀਂ ਨਕਲ ਕਰਕੇ ਵਰਤ ਸਕਦੇ ਹੋ।
    ਜੇ ਤੁਸੀਂ ਕੌਂਸਲ ਦੇ ਕਿਸੇ ਫ਼ੈਸਲੇ ਨੂੰ ਚੁਣੌਤੀ ਦੇਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਤਾਂ ਇਹ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।
    ## SOS!SEN
    SOS!SEN ਵੀ ਇੱਕ ਚੈਰਿਟੀ ਹੈ। ਇਸ ਦੀ ਕਾਨੂੰਨ ਬਾਰੇ ਇੱਕ ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ ਹੈ।
    ਇਹ ਕੌਂਸਲ ਦੇ ਕਿਸੇ ਫ਼ੈਸਲੇ ਨੂੰ ਚੁਣੌਤੀ ਦੇਣ ਦੀ ਤਿਆਰੀ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।
    ## Contact
    Contact ਅਪੰਗਤਾ ਵਾਲੇ ਬੱਚਿਆਂ ਦੇ ਪਰਿਵਾਰਾਂ ਲਈ ਇੱਕ ਚੈਰਿਟੀ ਹੈ।
    ਇਸ ਦੀ ਇੱਕ ਮੁਫ਼ਤ ਹੈਲਪਲਾਈਨ ਹੈ। ਇਹ ਪੈਸੇ, ਸਰਕਾਰੀ ਭੱਤਿਆਂ (benefits), ਸਕੂਲ ਅਤੇ ਸਿਹਤ ਬਾਰੇ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।
    ## Local Offer
    Local Offer ਕੌਂਸਲ ਦੀ ਸੂਚੀ ਹੈ, ਜਿਸ ਵਿੱਚ SEND ਵਾਲੇ ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ, ਜਨਮ ਤੋਂ 25 ਸਾਲ ਤੱਕ, ਮਦਦ ਦਿੱਤੀ ਗਈ ਹੈ।
    ਇਹ ਤੁਹਾਡੇ ਨੇੜੇ ਦੀਆਂ ਸੇਵਾਵਾਂ, ਕਲੱਬਾਂ ਅਤੇ ਸਹਾਇਤਾ ਬਾਰੇ ਦੱਸਦੀ ਹੈ। ਤੁਸੀਂ Heard 'ਤੇ ਇਸ ਵਿੱਚ ਲੱਭ ਸਕਦੇ ਹੋ।
    ## ਹੋਰ ਲੋਕ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਤੁਸੀਂ ਪੁੱਛ ਸਕਦੇ ਹੋ
    - SENCO। ਇਹ ਸਕੂਲ ਦਾ ਉਹ ਅਧਿਆਪਕ ਹੈ ਜੋ SEND ਦੇ ਕੰਮ ਦੀ ਅਗਵਾਈ ਕਰਦਾ ਹੈ।
    - ਤੁਹਾਡਾ ਡਾਕਟਰ (GP) ਜਾਂ ਹੈਲਥ ਵਿਜ਼ਿਟਰ (health visitor)।
    - ਪੇਰੈਂਟ ਕੇਅਰਰ ਫ਼ੋਰਮ (parent carer forum)। ਇਹ SEND ਵਾਲੇ ਬੱਚਿਆਂ ਦੇ ਮਾਪਿਆਂ ਦਾ ਇਲਾਕੇ ਦਾ ਇੱਕ ਗਰੁੱਪ ਹੈ। ਇਹ ਸੇਵਾਵਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣ ਲਈ ਕੌਂਸਲ ਨਾਲ ਮਿਲ ਕੇ ਕੰਮ ਕਰਦਾ ਹੈ।
    ## ਕੁਝ ਸੁਝਾਅ
    - ਚਿੱਠੀਆਂ ਅਤੇ ਈਮੇਲਾਂ ਦੀਆਂ ਕਾਪੀਆਂ ਸਾਂਭ ਕੇ ਰੱਖੋ।
    - ਤਾਰੀਖ਼ਾਂ ਲਿਖ ਕੇ ਰੱਖੋ, ਅਤੇ ਇਹ ਵੀ ਕਿ ਕਿਸ ਨੇ ਕੀ ਕਿਹਾ।
    - ਜੇ ਕੋਈ ਗੱਲ ਸਮਝ ਨਾ ਆਵੇ, ਤਾਂ ਦੁਬਾਰਾ ਪੁੱਛੋ। ਪੁੱਛਣਾ ਬਿਲਕੁਲ ਠੀਕ ਹੈ।

## Easy Read symbols: the text alternative of each picture
symbol-home = ਇੱਕ ਘਰ
symbol-family = ਇੱਕ ਪਰਿਵਾਰ
symbol-child = ਗੁਬਾਰੇ ਵਾਲਾ ਇੱਕ ਬੱਚਾ
symbol-about-me = ਕਿਸੇ ਵਿਅਕਤੀ ਬਾਰੇ ਇੱਕ ਕਾਰਡ
symbol-goal = ਇੱਕ ਨਿਸ਼ਾਨਾ (ਟਾਰਗੈੱਟ)
symbol-review = ਸਹੀ ਦੇ ਨਿਸ਼ਾਨਾਂ (✓) ਵਾਲੀ ਇੱਕ ਸੂਚੀ
symbol-progress = ਉੱਚੀਆਂ ਹੁੰਦੀਆਂ ਜਾਂਦੀਆਂ ਪੱਟੀਆਂ
symbol-next-steps = ਉੱਪਰ ਜਾਂਦੀਆਂ ਪੌੜੀਆਂ
symbol-prepare = ਇੱਕ ਨੋਟਪੈਡ ਅਤੇ ਇੱਕ ਪੈਨਸਿਲ
symbol-local-offer = ਨਕਸ਼ੇ 'ਤੇ ਥਾਂ ਦਾ ਨਿਸ਼ਾਨ
symbol-service = ਇੱਕ ਦੁਕਾਨ ਦਾ ਅਗਲਾ ਪਾਸਾ
symbol-help = ਸਵਾਲ ਦਾ ਨਿਸ਼ਾਨ (?)
symbol-language = ਗੱਲਬਾਤ ਦੇ ਦੋ ਬੁਲਬੁਲੇ
symbol-reading = ਇੱਕ ਖੁੱਲ੍ਹੀ ਕਿਤਾਬ
symbol-privacy = ਇੱਕ ਤਾਲਾ
symbol-sign-in = ਦਰਵਾਜ਼ੇ ਵਿੱਚ ਜਾਂਦਾ ਇੱਕ ਤੀਰ
symbol-account = ਗੋਲ ਘੇਰੇ ਵਿੱਚ ਇੱਕ ਵਿਅਕਤੀ
symbol-warning = ਚੇਤਾਵਨੀ ਦਾ ਨਿਸ਼ਾਨ
symbol-done = ਸਹੀ ਦਾ ਨਿਸ਼ਾਨ (✓)
symbol-save = ਸੇਵ ਕਰਨ ਵਾਲਾ ਬਟਨ
symbol-search = ਇੱਕ ਵੱਡਦਰਸ਼ੀ ਸ਼ੀਸ਼ਾ
symbol-phone = ਇੱਕ ਫ਼ੋਨ
symbol-money = ਪੈਸੇ
symbol-school = ਇੱਕ ਸਕੂਲ
symbol-health = ਧੜਕਦਾ ਦਿਲ
symbol-advice = ਬਿਜਲੀ ਦਾ ਇੱਕ ਬਲਬ
symbol-rights = ਇਨਸਾਫ਼ ਦੀ ਤੱਕੜੀ
symbol-adulthood = ਵੱਡਾ ਹੁੰਦਾ ਬੱਚਾ
symbol-complain = ਚੇਤਾਵਨੀ ਦੇ ਨਿਸ਼ਾਨ ਵਾਲਾ ਗੱਲਬਾਤ ਦਾ ਬੁਲਬੁਲਾ
symbol-words = ਗੱਲਬਾਤ ਦਾ ਬੁਲਬੁਲਾ
symbol-read-aloud = ਆਵਾਜ਼ ਕੱਢਦਾ ਸਪੀਕਰ
symbol-calendar = ਇੱਕ ਕੈਲੰਡਰ
symbol-like = ਖ਼ੁਸ਼ ਚਿਹਰਾ
symbol-dislike = ਉਦਾਸ ਚਿਹਰਾ
symbol-not-sure = ਦੁਚਿੱਤੀ ਵਿੱਚ ਪਿਆ ਚਿਹਰਾ

## People and consent: who can see a record, invitations, sharing with advocates, who has seen what

error-date-in-past = ਇਹ ਤਾਰੀਖ਼ ਅੱਜ ਦੀ, ਜਾਂ ਆਉਣ ਵਾਲੇ ਸਮੇਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
error-date-too-far = ਇਹ ਤਾਰੀਖ਼ ਅੱਜ ਤੋਂ ਇੱਕ ਸਾਲ ਦੇ ਅੰਦਰ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ।
error-tick-at-least-one = ਘੱਟੋ-ਘੱਟ ਇੱਕ 'ਤੇ ਨਿਸ਼ਾਨ ਲਾਓ।
child-nav-my-page = ਮੇਰਾ ਪੰਨਾ
child-nav-people = ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
child-nav-documents = ਦਸਤਾਵੇਜ਼
child-nav-notes = ਸਕੂਲ ਦੇ ਨੋਟ
role-parent-or-carer = ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
role-young-person = ਨੌਜਵਾਨ
role-advocate = ਹਿਮਾਇਤੀ
role-professional = ਪੇਸ਼ੇਵਰ
job-senco = SENCo
job-teacher = ਅਧਿਆਪਕ
job-therapist = ਥੈਰੇਪਿਸਟ
job-social-worker = ਸੋਸ਼ਲ ਵਰਕਰ
job-other = ਕੋਈ ਹੋਰ ਪੇਸ਼ੇਵਰ
professional-job-at = { $job }, { $organisation }
record-part-details = ਨਾਂ ਅਤੇ ਜ਼ਰੂਰੀ ਤਾਰੀਖ਼ਾਂ
record-part-about-me = ਮੇਰੇ ਬਾਰੇ ਸਭ ਕੁਝ
record-part-goals = ਟੀਚੇ ਅਤੇ ਤਰੱਕੀ
record-part-saved-services = ਸੇਵ ਕੀਤੀਆਂ ਸੇਵਾਵਾਂ
record-part-documents = ਦਸਤਾਵੇਜ਼
record-part-notes = ਸਕੂਲ ਅਤੇ ਹੋਰਾਂ ਦੇ ਨੋਟ
record-part-people = ਰਿਕਾਰਡ ਦੇਖ ਸਕਣ ਵਾਲੇ ਲੋਕ
share-sees = ਦੇਖ ਸਕਦੇ ਹਨ: { $parts }।
share-read-only = ਪੜ੍ਹ ਸਕਦੇ ਹਨ, ਪਰ ਕੁਝ ਵੀ ਬਦਲ ਨਹੀਂ ਸਕਦੇ
share-may-change = ਪੜ੍ਹ ਸਕਦੇ ਹਨ, ਅਤੇ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਲਿਖ ਸਕਦੇ ਹਨ
share-until = { $date } ਤੱਕ
share-until-stopped = ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਬੰਦ ਨਹੀਂ ਕਰਦੇ
people-title = { $name } ਦਾ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
people-lead = ਇਹ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖੇ, ਇਹ ਤੁਸੀਂ ਤੈਅ ਕਰਦੇ ਹੋ। ਤੁਸੀਂ ਕਦੇ ਵੀ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰ ਸਕਦੇ ਹੋ। ਇਹ ਉਸੇ ਵੇਲੇ ਬੰਦ ਹੋ ਜਾਂਦਾ ਹੈ।
people-not-yours-to-change = ਹੁਣ ਨੌਜਵਾਨ ਖ਼ੁਦ ਤੈਅ ਕਰਦਾ ਹੈ ਕਿ ਇਹ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖੇ।
people-family-title = ਪਰਿਵਾਰ
people-advocates-title = ਹਿਮਾਇਤੀ (advocates)
people-no-advocates = ਕੋਈ ਵੀ ਹਿਮਾਇਤੀ ਇਹ ਰਿਕਾਰਡ ਨਹੀਂ ਦੇਖ ਸਕਦਾ।
people-stop-sharing = ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰੋ
people-stop-sharing-named = { $name } ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਕਰੋ
people-invite = ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਭੇਜੋ
people-waiting-title = ਸੱਦੇ, ਜੋ ਅਜੇ ਵਰਤੇ ਨਹੀਂ ਗਏ
people-show-link = ਲਿੰਕ ਦਿਖਾਓ
people-cancel-invitation = ਇਹ ਸੱਦਾ ਰੱਦ ਕਰੋ
people-seen-title = ਕਿਸ-ਕਿਸ ਨੇ ਦੇਖਿਆ ਹੈ
people-seen-lead = ਜਦੋਂ ਵੀ ਕੋਈ ਇਹ ਰਿਕਾਰਡ ਦੇਖਦਾ ਜਾਂ ਬਦਲਦਾ ਹੈ, ਅਸੀਂ ਉਹ ਲਿਖ ਲੈਂਦੇ ਹਾਂ।
people-seen-link = ਦੇਖੋ ਕਿ { $name } ਦਾ ਰਿਕਾਰਡ ਕਿਸ-ਕਿਸ ਨੇ ਦੇਖਿਆ ਹੈ
people-pack-links-title = ਰਿਵਿਊ ਪੈਕ ਦੇ ਲਿੰਕ
people-pack-links-lead = ਤੁਸੀਂ ਰਿਵਿਊ ਪੈਕ ਇੱਕ ਵਿਅਕਤੀ ਨਾਲ, ਜਿਵੇਂ ਕੋਈ ਅਧਿਆਪਕ, ਲਿੰਕ ਰਾਹੀਂ ਸਾਂਝਾ ਕਰ ਸਕਦੇ ਹੋ। ਉਨ੍ਹਾਂ ਨੂੰ ਖਾਤੇ ਦੀ ਲੋੜ ਨਹੀਂ।
people-ended-title = ਜਿਨ੍ਹਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਹੋ ਗਿਆ ਹੈ
people-ended-item = ਦੇਖ ਸਕਦੇ ਸਨ: { $parts }। ਹੁਣ ਇਹ ਬੰਦ ਹੋ ਗਿਆ ਹੈ।
invitation-works-until = ਲਿੰਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ, { $date } ਤੱਕ।
invite-title = ਕਿਸੇ ਨੂੰ ਸੱਦਾ ਭੇਜੋ
invite-back = ਵਾਪਸ ਜਾਓ: { $name } ਦਾ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
invite-lead = ਤੁਹਾਨੂੰ ਉਹਨਾਂ ਨੂੰ ਭੇਜਣ ਲਈ ਇੱਕ ਲਿੰਕ ਮਿਲਦਾ ਹੈ। ਇਹ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ, { $days ->
    [one] { $days } ਦਿਨ ਲਈ
   *[other] { $days } ਦਿਨਾਂ ਲਈ
}।
invite-role-legend = ਤੁਸੀਂ ਕਿਸ ਨੂੰ ਸੱਦਾ ਭੇਜ ਰਹੇ ਹੋ?
invite-role-hint = ਇੱਕ ਚੁਣੋ। { $name } ਦਾ ਵੀ ਆਪਣਾ ਖਾਤਾ ਹੋ ਸਕਦਾ ਹੈ।
invite-role-parent-or-carer = ਕੋਈ ਹੋਰ ਮਾਪਾ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ। ਉਹ ਤੁਹਾਡੇ ਸਾਰੇ ਬੱਚਿਆਂ ਦੇ ਰਿਕਾਰਡ ਦੇਖ ਅਤੇ ਬਦਲ ਸਕਦੇ ਹਨ।
invite-role-young-person = ਨੌਜਵਾਨ ਖ਼ੁਦ। ਉਹ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖ ਸਕਦੇ ਹਨ, ਅਤੇ ਆਪਣੇ ਟੀਚੇ ਦੇਖ ਸਕਦੇ ਹਨ।
invite-role-advocate = ਇੱਕ ਹਿਮਾਇਤੀ (advocate)। ਉਹ ਸਿਰਫ਼ ਉਹੀ ਦੇਖਦੇ ਹਨ, ਜੋ ਤੁਸੀਂ ਚੁਣਦੇ ਹੋ।
invite-role-professional = ਸਕੂਲ ਜਾਂ ਕਿਸੇ ਹੋਰ ਸੇਵਾ ਤੋਂ ਕੋਈ, ਜਿਵੇਂ SENCo ਜਾਂ ਥੈਰੇਪਿਸਟ। ਉਹ ਸਿਰਫ਼ ਉਹੀ ਦੇਖਦੇ ਹਨ, ਜੋ ਤੁਸੀਂ ਚੁਣਦੇ ਹੋ, ਅਤੇ ਰਿਵਿਊ ਪੁਆਇੰਟ 'ਤੇ ਸਕੂਲ ਦੀ ਰਾਏ ਜੋੜ ਸਕਦੇ ਹਨ।
invite-for-name = ਉਹਨਾਂ ਦਾ ਨਾਂ (ਤੁਸੀਂ ਇਹ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ)
invite-for-name-hint = ਤਾਂ ਜੋ ਤੁਹਾਨੂੰ ਪਤਾ ਰਹੇ ਕਿ ਕਿਹੜਾ ਲਿੰਕ ਕਿਸ ਦਾ ਹੈ।
invite-advocate-legend = ਸਿਰਫ਼ ਹਿਮਾਇਤੀ ਲਈ
invite-advocate-hint = ਹਿਮਾਇਤੀ (advocate) ਉਹ ਵਿਅਕਤੀ ਹੁੰਦਾ ਹੈ, ਜੋ ਤੁਹਾਡੀ ਗੱਲ ਕਹਿਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਦਾ ਹੈ। ਚੁਣੋ ਕਿ ਉਹ ਕੀ ਦੇਖ ਸਕਦੇ ਹਨ।
invite-professional-legend = ਸਿਰਫ਼ ਸਕੂਲ ਜਾਂ ਕਿਸੇ ਹੋਰ ਸੇਵਾ ਵਾਲੇ ਲਈ
invite-professional-hint = ਫਿਰ ਹੇਠਾਂ ਚੁਣੋ ਕਿ ਉਹ ਕੀ ਦੇਖ ਸਕਦੇ ਹਨ, ਜਿਵੇਂ ਹਿਮਾਇਤੀ ਲਈ। ਜੇ ਉਹ ਲਿਖ ਸਕਦੇ ਹਨ, ਤਾਂ ਉਹ ਸਿਰਫ਼ ਰਿਵਿਊ ਪੁਆਇੰਟ 'ਤੇ ਸਕੂਲ ਦੀ ਰਾਏ ਜੋੜ ਸਕਦੇ ਹਨ।
invite-job-legend = ਉਹ ਕੀ ਕੰਮ ਕਰਦੇ ਹਨ?
invite-organisation = ਉਨ੍ਹਾਂ ਦਾ ਸਕੂਲ ਜਾਂ ਸੇਵਾ
invite-organisation-hint = ਜਿਵੇਂ Riverside Academy। ਰਿਕਾਰਡ ਦੇਖਣ ਵਾਲਾ ਹਰ ਕੋਈ ਇਹ ਉਨ੍ਹਾਂ ਦੇ ਨਾਮ ਦੇ ਨਾਲ ਦੇਖਦਾ ਹੈ।
invite-parts-legend = ਉਹ ਕੀ ਦੇਖ ਸਕਦੇ ਹਨ?
invite-may-change-legend = ਕੀ ਉਹ ਰਿਕਾਰਡ ਵਿੱਚ ਲਿਖ ਸਕਦੇ ਹਨ?
invite-until-legend = ਕਦੋਂ ਤੱਕ? (ਤੁਸੀਂ ਇਹ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ)
invite-until-hint = ਇਸ ਦਿਨ ਦੇ ਅੰਤ ਵਿੱਚ ਸਾਂਝਾ ਕਰਨਾ ਬੰਦ ਹੋ ਜਾਂਦਾ ਹੈ। ਜੇ ਤੁਸੀਂ ਇਹ ਖ਼ਾਲੀ ਛੱਡਦੇ ਹੋ, ਤਾਂ ਸਾਂਝਾ ਕਰਨਾ ਉਦੋਂ ਤੱਕ ਚੱਲਦਾ ਰਹੇਗਾ, ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸ ਨੂੰ ਬੰਦ ਨਹੀਂ ਕਰਦੇ। ਜਿਵੇਂ, 31 3 2027
invite-button = ਲਿੰਕ ਬਣਾਓ
invitation-link-title = ਇਹ ਲਿੰਕ ਭੇਜੋ
invitation-back = ਵਾਪਸ ਜਾਓ: ਰਿਕਾਰਡ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
invitation-link-lead = ਇਹ ਸਿਰਫ਼ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਭੇਜੋ, ਜਿਸ ਨੂੰ ਤੁਸੀਂ ਸੱਦਾ ਦੇ ਰਹੇ ਹੋ। ਜਿਸ ਕੋਲ ਵੀ ਇਹ ਲਿੰਕ ਹੋਵੇ, ਉਹ ਇਸ ਨੂੰ ਵਰਤ ਸਕਦਾ ਹੈ।
invitation-link-label = ਲਿੰਕ
invitation-link-hint = ਇਸ ਨੂੰ ਕਾਪੀ ਕਰੋ, ਅਤੇ ਜਿਵੇਂ ਚਾਹੋ ਭੇਜ ਦਿਓ।
invitation-send-text = ਟੈਕਸਟ ਮੈਸੇਜ (SMS) ਨਾਲ ਭੇਜੋ
invitation-send-email = ਈਮੇਲ ਨਾਲ ਭੇਜੋ
invitation-email-subject = Heard ਲਈ ਇੱਕ ਸੱਦਾ
invitation-message = ਤੁਹਾਨੂੰ Heard 'ਤੇ ਇੱਕ ਰਿਕਾਰਡ ਦੇਖਣ ਲਈ ਸੱਦਾ ਮਿਲਿਆ ਹੈ। ਹਾਂ ਕਹਿਣ ਲਈ ਇਹ ਲਿੰਕ ਖੋਲ੍ਹੋ: { $link }
invitation-qr-title = ਜਾਂ ਇਹ ਕੋਡ ਦਿਖਾਓ
invitation-qr-lead = ਜੇ ਉਹ ਤੁਹਾਡੇ ਕੋਲ ਹਨ, ਤਾਂ ਉਹ ਆਪਣੇ ਫ਼ੋਨ ਦਾ ਕੈਮਰਾ ਇਸ ਕੋਡ ਵੱਲ ਕਰ ਸਕਦੇ ਹਨ।
invitation-qr-label = ਲਿੰਕ ਲਈ ਇੱਕ QR ਕੋਡ
invitation-expired-title = ਇਸ ਲਿੰਕ ਦਾ ਸਮਾਂ ਲੰਘ ਗਿਆ ਹੈ
invitation-expired-body = ਲਿੰਕ 7 ਦਿਨਾਂ ਲਈ ਕੰਮ ਕਰਦੇ ਹਨ। ਪਰਿਵਾਰ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਤੁਹਾਨੂੰ ਨਵਾਂ ਲਿੰਕ ਭੇਜਣ।
invitation-used-title = ਇਹ ਲਿੰਕ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ
invitation-used-body = ਹਰ ਲਿੰਕ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ। ਪਰਿਵਾਰ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਤੁਹਾਨੂੰ ਨਵਾਂ ਲਿੰਕ ਭੇਜਣ।
invitation-unknown-title = ਸਾਨੂੰ ਇਹ ਸੱਦਾ ਨਹੀਂ ਮਿਲਿਆ
invitation-unknown-body = ਜਾਂਚੋ ਕਿ ਤੁਹਾਡੇ ਕੋਲ ਪੂਰਾ ਲਿੰਕ ਹੈ। ਹੋ ਸਕਦਾ ਹੈ ਪਰਿਵਾਰ ਨੇ ਇਸ ਨੂੰ ਰੱਦ ਕਰ ਦਿੱਤਾ ਹੋਵੇ।
invitation-already-young-person-title = ਇਸ ਖਾਤੇ ਦਾ ਪਹਿਲਾਂ ਹੀ ਆਪਣਾ ਰਿਕਾਰਡ ਹੈ
invitation-already-young-person-body = ਨੌਜਵਾਨ ਦਾ ਖਾਤਾ ਸਿਰਫ਼ ਇੱਕ ਰਿਕਾਰਡ ਲਈ ਹੁੰਦਾ ਹੈ। ਕਿਸੇ ਹੋਰ ਖਾਤੇ ਨਾਲ ਸਾਈਨ ਇਨ ਕਰੋ, ਜਾਂ ਨਵਾਂ ਖਾਤਾ ਬਣਾਓ।
invitation-already-with-family-title = ਇਹ ਲਿੰਕ ਤੁਹਾਡੇ ਖਾਤੇ ਲਈ ਨਹੀਂ ਹੈ
invitation-already-with-family-body = ਤੁਹਾਡੇ ਖਾਤੇ ਦੀ ਇਸ ਪਰਿਵਾਰ ਨਾਲ ਪਹਿਲਾਂ ਹੀ ਆਪਣੀ ਥਾਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਇਸ ਲਿੰਕ ਨੂੰ ਵੀ ਨਹੀਂ ਵਰਤ ਸਕਦਾ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ। ਇਹ ਲਿੰਕ ਅਜੇ ਵੀ ਉਸ ਵਿਅਕਤੀ ਲਈ ਕੰਮ ਕਰਦਾ ਹੈ ਜਿਸ ਨੂੰ ਇਹ ਭੇਜਿਆ ਗਿਆ ਸੀ।
accept-title = ਤੁਹਾਡੇ ਲਈ ਇੱਕ ਸੱਦਾ ਹੈ
accept-as-parent = { $from } ਤੁਹਾਨੂੰ ਸੱਦਾ ਦਿੰਦੇ ਹਨ ਕਿ ਤੁਸੀਂ ਉਹਨਾਂ ਨਾਲ ਮਿਲ ਕੇ { $children } ਦੇ ਰਿਕਾਰਡ ਸੰਭਾਲੋ।
accept-as-young-person = { $name }, { $from } ਤੁਹਾਨੂੰ ਸੱਦਾ ਦਿੰਦੇ ਹਨ ਕਿ ਤੁਸੀਂ ਆਪਣੇ ਰਿਕਾਰਡ ਲਈ ਆਪਣਾ ਖਾਤਾ ਬਣਾਓ।
accept-as-advocate = { $from } ਤੁਹਾਨੂੰ ਸੱਦਾ ਦਿੰਦੇ ਹਨ ਕਿ ਤੁਸੀਂ { $name } ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ, ਉਹਨਾਂ ਦੇ { $role } ਵਜੋਂ, ਮਦਦ ਕਰੋ।
accept-your-name = ਤੁਹਾਡਾ ਨਾਂ
accept-your-name-hint = ਪਰਿਵਾਰ ਇਹ ਨਾਂ ਦੇਖੇਗਾ।
accept-signed-in-as = ਤੁਸੀਂ { $email } ਵਜੋਂ ਸਾਈਨ ਇਨ ਹੋ।
accept-button = ਹਾਂ, ਮਨਜ਼ੂਰ ਕਰੋ
accept-sign-in-first = ਹਾਂ ਕਹਿਣ ਲਈ, ਸਾਈਨ ਇਨ ਕਰੋ ਜਾਂ ਖਾਤਾ ਬਣਾਓ। ਇਹ ਮੁਫ਼ਤ ਹੈ।
accept-create-account = ਖਾਤਾ ਬਣਾਓ
accept-sign-in = ਸਾਈਨ ਇਨ ਕਰੋ
seen-title = { $name } ਦਾ ਰਿਕਾਰਡ ਕਿਸ-ਕਿਸ ਨੇ ਦੇਖਿਆ ਹੈ
seen-lead = ਇੱਥੇ ਹਰ ਉਹ ਵਿਅਕਤੀ ਹੈ, ਜਿਸ ਨੇ ਇਹ ਰਿਕਾਰਡ ਦੇਖਿਆ ਜਾਂ ਬਦਲਿਆ। ਸਭ ਤੋਂ ਨਵਾਂ ਸਭ ਤੋਂ ਪਹਿਲਾਂ ਹੈ। ਜਦੋਂ ਤੁਸੀਂ ਖ਼ੁਦ ਇਸ ਨੂੰ ਦੇਖਦੇ ਹੋ, ਉਹ ਇੱਥੇ ਨਹੀਂ ਦਿਖਾਇਆ ਜਾਂਦਾ।
seen-none = ਅਜੇ ਤੱਕ ਕਿਸੇ ਹੋਰ ਨੇ ਇਹ ਰਿਕਾਰਡ ਨਹੀਂ ਦੇਖਿਆ।
seen-read = { $who } ({ $role }) ਨੇ ਇਹ ਦੇਖਿਆ: { $part }।
seen-change = { $who } ({ $role }) ਨੇ ਇਹ ਬਦਲਿਆ: { $part }।
seen-download = { $who } ({ $role }) ਨੇ ਪੂਰਾ ਰਿਕਾਰਡ ਡਾਊਨਲੋਡ ਕੀਤਾ।
seen-download-document = { $who } ({ $role }) ਨੇ ਇੱਕ ਦਸਤਾਵੇਜ਼ ਡਾਊਨਲੋਡ ਕੀਤਾ।
seen-link-opened = { $who } ਲਈ ਬਣੇ ਲਿੰਕ ਨਾਲ ਰਿਵਿਊ ਪੈਕ ਖੋਲ੍ਹਿਆ ਗਿਆ।
seen-link-downloaded = { $who } ਲਈ ਬਣੇ ਲਿੰਕ ਨਾਲ ਇੱਕ ਦਸਤਾਵੇਜ਼ ਡਾਊਨਲੋਡ ਕੀਤਾ ਗਿਆ।
seen-when = { $date }, { $time } ਵਜੇ
seen-back = ਵਾਪਸ ਜਾਓ: { $name } ਦਾ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
advocate-title = ਪਰਿਵਾਰ, ਜਿਨ੍ਹਾਂ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ
advocate-lead = ਇਹਨਾਂ ਪਰਿਵਾਰਾਂ ਨੇ ਤੁਹਾਨੂੰ ਮਦਦ ਲਈ ਕਿਹਾ ਹੈ। ਤੁਸੀਂ ਸਿਰਫ਼ ਉਹੀ ਦੇਖਦੇ ਹੋ, ਜੋ ਹਰ ਪਰਿਵਾਰ ਨੇ ਸਾਂਝਾ ਕਰਨਾ ਚੁਣਿਆ ਹੈ।
advocate-none = ਅਜੇ ਕਿਸੇ ਪਰਿਵਾਰ ਨੇ ਤੁਹਾਡੇ ਨਾਲ ਕੋਈ ਰਿਕਾਰਡ ਸਾਂਝਾ ਨਹੀਂ ਕੀਤਾ। ਜਦੋਂ ਕੋਈ ਪਰਿਵਾਰ ਤੁਹਾਨੂੰ ਲਿੰਕ ਭੇਜੇ, ਤਾਂ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਉਸ ਨੂੰ ਖੋਲ੍ਹੋ।
advocate-shared-by = { $family } ਨੇ ਸਾਂਝਾ ਕੀਤਾ।
advocate-coming-up = ਆਉਣ ਵਾਲੀਆਂ ਤਾਰੀਖ਼ਾਂ
advocate-nothing-coming = ਅਜੇ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ।
professional-title = ਬੱਚੇ ਜਿਨ੍ਹਾਂ ਦਾ ਰਿਕਾਰਡ ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝਾ ਕੀਤਾ ਗਿਆ
professional-lead = ਪਰਿਵਾਰਾਂ ਨੇ ਇਹ ਰਿਕਾਰਡ ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝੇ ਕੀਤੇ। ਤੁਸੀਂ ਸਿਰਫ਼ ਉਹੀ ਦੇਖਦੇ ਹੋ, ਜੋ ਹਰ ਪਰਿਵਾਰ ਨੇ ਸਾਂਝਾ ਕਰਨਾ ਚੁਣਿਆ।
professional-none = ਅਜੇ ਕਿਸੇ ਪਰਿਵਾਰ ਨੇ ਤੁਹਾਡੇ ਨਾਲ ਰਿਕਾਰਡ ਸਾਂਝਾ ਨਹੀਂ ਕੀਤਾ। ਜਦੋਂ ਕੋਈ ਪਰਿਵਾਰ ਤੁਹਾਨੂੰ ਲਿੰਕ ਭੇਜੇ, ਤਾਂ ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਉਸ ਨੂੰ ਖੋਲ੍ਹੋ।
professional-you-are = ਤੁਸੀਂ ਇੱਥੇ ਇਸ ਤਰ੍ਹਾਂ ਹੋ: { $job_at }।
advocate-next-review = ਰੀਵਿਊ ਮੀਟਿੰਗ ({ $term } ਦੀ ਟਰਮ): { $date }
advocate-next-step = { $step }: { $date }
child-part-people = ਇਹ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ, ਅਤੇ ਕਿਸ-ਕਿਸ ਨੇ ਇਸ ਨੂੰ ਦੇਖਿਆ ਹੈ।
child-part-documents = EHC ਪਲਾਨ, ਰਿਪੋਰਟਾਂ ਅਤੇ ਚਿੱਠੀਆਂ, ਇੱਕ ਥਾਂ ਉੱਤੇ।
child-part-notes = ਸਕੂਲ ਅਤੇ ਤੁਹਾਡੇ ਸੱਦੇ ਹੋਰ ਲੋਕਾਂ ਦੇ ਲਿਖੇ ਨੋਟ।

## Documents kept on the record
documents-title = { $name } ਦੇ ਦਸਤਾਵੇਜ਼
documents-title-own = ਮੇਰੇ ਦਸਤਾਵੇਜ਼
documents-lead = EHC ਪਲਾਨ, ਰਿਪੋਰਟਾਂ ਅਤੇ ਚਿੱਠੀਆਂ ਇੱਥੇ ਰੱਖੋ। ਸਿਰਫ਼ ਉਹ ਲੋਕ ਇਨ੍ਹਾਂ ਨੂੰ ਡਾਊਨਲੋਡ ਕਰ ਸਕਦੇ ਹਨ ਜੋ ਇਹ ਰਿਕਾਰਡ ਦੇਖ ਸਕਦੇ ਹਨ।
documents-saved = ਤੁਹਾਡਾ ਦਸਤਾਵੇਜ਼ ਸੇਵ ਹੋ ਗਿਆ ਹੈ।
documents-list-title = ਰੱਖੇ ਹੋਏ ਦਸਤਾਵੇਜ਼
documents-none = ਇੱਥੇ ਹਾਲੇ ਕੋਈ ਦਸਤਾਵੇਜ਼ ਨਹੀਂ ਹੈ।
documents-named = { $kind }, { $date } ਦਾ
documents-added-by = { $who } ਨੇ { $date } ਨੂੰ ਜੋੜਿਆ
documents-added-on = { $date } ਨੂੰ ਜੋੜਿਆ ਗਿਆ
documents-size-kb = { $kilobytes } KB
documents-size-mb = { $megabytes } MB
documents-file-size-separator = {", "}
documents-download = ਡਾਊਨਲੋਡ ਕਰੋ
documents-download-named = { $name } ਡਾਊਨਲੋਡ ਕਰੋ
documents-delete = ਮਿਟਾਓ
documents-delete-sure = ਕੀ { $name } ਹਮੇਸ਼ਾ ਲਈ ਮਿਟਾਉਣਾ ਹੈ? ਇਹ ਵਾਪਸ ਨਹੀਂ ਆ ਸਕਦਾ।
documents-delete-confirm = ਹਾਂ, ਇਸਨੂੰ ਮਿਟਾਓ
documents-delete-named = ਹਾਂ, { $name } ਮਿਟਾਓ
documents-add-title = ਦਸਤਾਵੇਜ਼ ਜੋੜੋ
documents-kind-label = ਇਹ ਕੀ ਹੈ?
documents-date-label = ਦਸਤਾਵੇਜ਼ ਉੱਤੇ ਲਿਖੀ ਤਾਰੀਖ਼
documents-date-hint = ਉਦਾਹਰਨ ਲਈ, 27 3 2025
documents-note-label = ਇੱਕ ਨੋਟ (ਲਿਖਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ)
documents-note-hint = ਉਦਾਹਰਨ ਲਈ, ਇਹ ਕਿਸਨੇ ਲਿਖਿਆ ਜਾਂ ਇਹ ਕਿਸ ਬਾਰੇ ਹੈ।
documents-file-label = ਫ਼ਾਈਲ ਚੁਣੋ, ਜਾਂ ਫ਼ੋਟੋ ਖਿੱਚੋ
documents-file-hint = PDF, ਫ਼ੋਟੋ (JPEG, PNG ਜਾਂ HEIC) ਜਾਂ Word ਫ਼ਾਈਲ। ਇਹ { $megabytes } MB ਤੱਕ ਹੋ ਸਕਦੀ ਹੈ।
documents-add-button = ਦਸਤਾਵੇਜ਼ ਜੋੜੋ
documents-kind-needed = ਚੁਣੋ ਕਿ ਇਹ ਦਸਤਾਵੇਜ਼ ਕੀ ਹੈ।
documents-date-needed = ਦਸਤਾਵੇਜ਼ ਉੱਤੇ ਲਿਖੀ ਤਾਰੀਖ਼ ਲਿਖੋ, ਉਦਾਹਰਨ ਲਈ 27 3 2025।
documents-note-too-long = ਨੋਟ ਬਹੁਤ ਲੰਮਾ ਹੈ। ਇਸਨੂੰ { $max } ਅੱਖਰਾਂ ਜਾਂ ਘੱਟ ਰੱਖੋ।
documents-no-file = ਪਹਿਲਾਂ ਇੱਕ ਫ਼ਾਈਲ ਚੁਣੋ।
documents-not-a-document = ਇਹ PDF, ਫ਼ੋਟੋ ਜਾਂ Word ਫ਼ਾਈਲ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ Heard ਇਸਨੂੰ ਨਹੀਂ ਰੱਖ ਸਕਦਾ। ਦੇਖੋ ਕਿ ਇਹ ਸਹੀ ਫ਼ਾਈਲ ਹੈ।
documents-too-big = ਇਹ ਫ਼ਾਈਲ ਬਹੁਤ ਵੱਡੀ ਹੈ। ਇੱਕ ਫ਼ਾਈਲ { $megabytes } MB ਤੱਕ ਹੋ ਸਕਦੀ ਹੈ।
documents-no-room = ਇਸ ਰਿਕਾਰਡ ਉੱਤੇ ਹੋਰ ਦਸਤਾਵੇਜ਼ਾਂ ਲਈ ਥਾਂ ਨਹੀਂ ਹੈ। Heard { $megabytes } MB ਤੱਕ ਰੱਖਦਾ ਹੈ। ਥਾਂ ਬਣਾਉਣ ਲਈ ਕੋਈ ਬੇਲੋੜਾ ਦਸਤਾਵੇਜ਼ ਮਿਟਾਓ।
documents-failed = ਦਸਤਾਵੇਜ਼ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
document-kind-ehc-plan = EHC ਪਲਾਨ
document-kind-draft-plan = EHC ਪਲਾਨ ਦਾ ਖਰੜਾ
document-kind-report = ਰਿਪੋਰਟ
document-kind-letter = ਚਿੱਠੀ
document-kind-other = ਕੁਝ ਹੋਰ

## Notes from school and others (pages/notes.rs)
notes-title = ਸਕੂਲ ਅਤੇ ਹੋਰਾਂ ਦੇ ਨੋਟ
notes-lead = ਸਕੂਲ ਅਤੇ ਪਰਿਵਾਰ ਦੇ ਸੱਦੇ ਹੋਰ ਲੋਕਾਂ ਦੇ ਲਿਖੇ ਨੋਟ। ਹਰ ਨੋਟ ਦੱਸਦਾ ਹੈ ਕਿ ਇਹ ਕਿਸ ਨੇ ਲਿਖਿਆ।
notes-family-hint = ਤੁਸੀਂ ਕੋਈ ਨੋਟ ਮਿਟਾ ਸਕਦੇ ਹੋ। ਇਸ ਦੇ ਸ਼ਬਦ ਸਿਰਫ਼ ਉਹੀ ਵਿਅਕਤੀ ਬਦਲ ਸਕਦਾ ਹੈ ਜਿਸ ਨੇ ਇਹ ਲਿਖਿਆ।
notes-list-title = ਨੋਟ
notes-none = ਅਜੇ ਕੋਈ ਨੋਟ ਨਹੀਂ ਹੈ।
notes-about = { $date } ਬਾਰੇ
notes-about-child = { $name } ਬਾਰੇ ਸਕੂਲ ਅਤੇ ਹੋਰਾਂ ਦੇ ਨੋਟ
notes-change = ਇਹ ਨੋਟ ਬਦਲੋ
notes-change-named = { $date } ਵਾਲਾ ਨੋਟ ਬਦਲੋ
notes-delete = ਇਹ ਨੋਟ ਮਿਟਾਓ
notes-delete-sure = { $date } ਵਾਲਾ ਨੋਟ ਮਿਟਾਉਣਾ ਹੈ? ਇਹ ਵਾਪਸ ਨਹੀਂ ਆ ਸਕਦਾ।
notes-delete-confirm = ਹਾਂ, ਮਿਟਾਓ
notes-delete-named = ਹਾਂ, { $date } ਵਾਲਾ ਨੋਟ ਮਿਟਾਓ
notes-add-title = ਨੋਟ ਜੋੜੋ
notes-about-label = ਇਹ ਨੋਟ ਕਿਸ ਦਿਨ ਬਾਰੇ ਹੈ?
notes-about-hint = ਉਦਾਹਰਨ ਲਈ, 3 12 2026।
notes-text-label = ਤੁਹਾਡਾ ਨੋਟ
notes-text-hint = ਸੌਖੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ। ਪਰਿਵਾਰ ਇਸ ਨੂੰ ਤੁਹਾਡੇ ਨਾਮ, ਤੁਹਾਡੇ ਕੰਮ ਅਤੇ ਤੁਹਾਡੇ ਸਕੂਲ ਦੇ ਨਾਲ ਪੜ੍ਹੇਗਾ।
notes-add-button = ਨੋਟ ਜੋੜੋ
notes-edit-title = ਆਪਣਾ ਨੋਟ ਬਦਲੋ
notes-save-button = ਨੋਟ ਸੇਵ ਕਰੋ
notes-back = ਨੋਟਾਂ 'ਤੇ ਵਾਪਸ ਜਾਓ

written-with-young-person = ਨੌਜਵਾਨ
written-with-family = ਪਰਿਵਾਰ
written-by-advocate-with = ਲਿਖਣ ਵਾਲੇ: { $who } (ਹਿਮਾਇਤੀ), { $with } ਦੇ ਨਾਲ ਮਿਲ ਕੇ, { $date } ਨੂੰ।
about-me-your-own-words = ਤੁਸੀਂ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖ ਰਹੇ ਹੋ।
goals-written-by-advocate = ਲਿਖਣ ਵਾਲੇ: { $who } (ਹਿਮਾਇਤੀ), { $with } ਦੇ ਨਾਲ ਮਿਲ ਕੇ।
my-page-title = ਮੇਰਾ ਪੰਨਾ
my-page-title-theirs = { $name } ਦਾ ਆਪਣਾ ਪੰਨਾ
my-page-words-title = ਜੋ ਮੈਂ ਕਿਹਾ ਹੈ
my-page-words-none = ਅਜੇ ਕੁਝ ਨਹੀਂ। ਤੁਸੀਂ ਹੇਠਾਂ ਕੁਝ ਲਿਖ ਸਕਦੇ ਹੋ, ਜਾਂ ਤਸਵੀਰਾਂ ਵਾਲੇ ਕਾਰਡ ਛਾਂਟ ਸਕਦੇ ਹੋ।
my-page-write-label = ਆਪਣੇ ਬਾਰੇ ਕੁਝ ਲਿਖੋ
my-page-write-hint = ਤੁਹਾਡੇ ਲਈ ਕੀ ਅਹਿਮ ਹੈ, ਤੁਹਾਨੂੰ ਕੀ ਪਸੰਦ ਹੈ, ਜਾਂ ਤੁਸੀਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ। ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖੋ।
my-page-write-save = ਜੋ ਮੈਂ ਲਿਖਿਆ, ਉਹ ਸੇਵ ਕਰੋ
my-page-goals-title = ਮੇਰੇ ਟੀਚੇ
my-page-goals-none = ਅਜੇ ਕੋਈ ਟੀਚਾ ਨਹੀਂ ਹੈ।
my-page-goal-latest = ਪਿਛਲੀ ਵਾਰ: { $rating }
my-page-goal-not-rated = ਅਜੇ ਜਾਂਚਿਆ ਨਹੀਂ ਗਿਆ।
my-page-progress-link = ਦੇਖੋ ਮੇਰੇ ਟੀਚੇ ਕਿਵੇਂ ਚੱਲ ਰਹੇ ਹਨ
my-page-cards-title = ਤਸਵੀਰਾਂ ਵਾਲੇ ਕਾਰਡ
my-page-cards-lead = ਹਰ ਕਾਰਡ ਉੱਥੇ ਰੱਖੋ, ਜਿੱਥੇ ਉਹ ਤੁਹਾਡੇ ਲਈ ਠੀਕ ਬੈਠਦਾ ਹੈ: ਮੈਨੂੰ ਪਸੰਦ ਹੈ, ਪੱਕਾ ਨਹੀਂ ਪਤਾ, ਜਾਂ ਮੈਨੂੰ ਪਸੰਦ ਨਹੀਂ।
my-page-voice-title = ਵੌਇਸ ਨੋਟ (voice notes)
my-page-voice-lead = ਤੁਸੀਂ ਜੋ ਸੋਚਦੇ ਹੋ, ਉਹ ਬੋਲ ਕੇ ਦੱਸ ਸਕਦੇ ਹੋ। ਇਹ ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਦੇ ਨਾਲ ਸਾਂਭ ਕੇ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ।
my-page-voice-typed = ਬੋਲਣ ਦੀ ਥਾਂ, ਤੁਸੀਂ ਉੱਪਰ ਵਾਲੇ ਖ਼ਾਨੇ ਵਿੱਚ ਲਿਖ ਵੀ ਸਕਦੇ ਹੋ।
my-page-voice-needs-js = ਇਸ ਸਫ਼ੇ 'ਤੇ ਰਿਕਾਰਡ ਕਰਨ ਲਈ JavaScript ਚਾਹੀਦੀ ਹੈ, ਅਤੇ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਇਹ ਬੰਦ ਹੈ। ਤੁਸੀਂ ਆਪਣੇ ਫ਼ੋਨ 'ਤੇ ਰਿਕਾਰਡ ਕਰਕੇ ਉਹ ਰਿਕਾਰਡਿੰਗ ਇੱਥੇ ਅੱਪਲੋਡ ਕਰ ਸਕਦੇ ਹੋ।
my-page-voice-upload-label = ਰਿਕਾਰਡਿੰਗ ਅੱਪਲੋਡ ਕਰੋ
my-page-voice-upload-hint = ਤੁਹਾਡੇ ਫ਼ੋਨ ਦੇ ਵੌਇਸ ਰਿਕਾਰਡਰ ਦੀ ਰਿਕਾਰਡਿੰਗ। ਇਹ ਵੱਧ ਤੋਂ ਵੱਧ { $megabytes } MB ਦੀ ਹੋ ਸਕਦੀ ਹੈ।
my-page-voice-upload-button = ਅੱਪਲੋਡ ਕਰੋ
my-page-voice-upload-saved = ਤੁਹਾਡੀ ਰਿਕਾਰਡਿੰਗ ਸਾਂਭ ਲਈ ਗਈ ਹੈ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਹੇਠਾਂ ਸੁਣ ਸਕਦੇ ਹੋ।
my-page-voice-upload-none = ਪਹਿਲਾਂ ਇੱਕ ਰਿਕਾਰਡਿੰਗ ਚੁਣੋ, ਫਿਰ "ਅੱਪਲੋਡ ਕਰੋ" ਦਬਾਓ।
pile-like = ਮੈਨੂੰ ਪਸੰਦ ਹੈ
pile-not-sure = ਪੱਕਾ ਨਹੀਂ ਪਤਾ
pile-dont-like = ਮੈਨੂੰ ਪਸੰਦ ਨਹੀਂ
pile-unsorted = ਅਜੇ ਨਹੀਂ ਛਾਂਟੇ
pile-count = { $count ->
    [one] { $count } ਕਾਰਡ
   *[other] { $count } ਕਾਰਡ
}
card-put-in = { $card }: { $pile }
card-put-back = ਵਾਪਸ ਰੱਖੋ
card-put-back-named = ਵਾਪਸ ਰੱਖੋ: { $card }
card-number = ਕਾਰਡ { $number } / { $total }
card-skip = ਇਹ ਕਾਰਡ ਛੱਡੋ
card-sorted = { $card } ਹੁਣ ਇਸ ਢੇਰ ਵਿੱਚ ਹੈ: { $pile }।
card-unsorted = { $card } ਵਾਪਸ ਉਹਨਾਂ ਕਾਰਡਾਂ ਵਿੱਚ ਹੈ ਜੋ ਅਜੇ ਨਹੀਂ ਛਾਂਟੇ।
cards-all-sorted = ਤੁਸੀਂ ਸਾਰੇ ਕਾਰਡ ਛਾਂਟ ਲਏ ਹਨ।
cards-piles-title = ਹੁਣ ਤੱਕ ਦੇ ਢੇਰ
cards-piles-hint = ਕਿਸੇ ਕਾਰਡ ਨੂੰ ਦੂਜੇ ਢੇਰ ਵਿੱਚ ਰੱਖਣ ਲਈ, ਉਸਦੇ ਨਾਮ ਨੂੰ ਦਬਾਓ।
voice-note-start = ਵੌਇਸ ਨੋਟ ਰਿਕਾਰਡ ਕਰੋ
voice-note-stop = ਬੰਦ ਕਰੋ
voice-note-save = ਇਸ ਨੂੰ ਸੇਵ ਕਰੋ
voice-note-again = ਫਿਰ ਤੋਂ ਸ਼ੁਰੂ ਕਰੋ
voice-note-recording = ਰਿਕਾਰਡਿੰਗ ਹੋ ਰਹੀ ਹੈ। ਜਦੋਂ ਤੁਸੀਂ ਪੂਰਾ ਕਰ ਲਓ, ਤਾਂ "ਬੰਦ ਕਰੋ" ਦਬਾਓ।
voice-note-saving = ਸੇਵ ਹੋ ਰਿਹਾ ਹੈ…
voice-note-saved = ਸੇਵ ਹੋ ਗਿਆ।
voice-note-not-supported = ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਆਵਾਜ਼ ਰਿਕਾਰਡ ਨਹੀਂ ਕਰ ਸਕਦਾ। ਤੁਸੀਂ ਇਸ ਦੀ ਥਾਂ ਲਿਖ ਸਕਦੇ ਹੋ।
voice-note-microphone-refused = ਅਸੀਂ ਮਾਈਕ੍ਰੋਫ਼ੋਨ ਨਹੀਂ ਵਰਤ ਸਕੇ। ਜਾਂਚੋ ਕਿ ਇਸ ਦੀ ਇਜਾਜ਼ਤ ਦਿੱਤੀ ਹੋਈ ਹੈ, ਜਾਂ ਇਸ ਦੀ ਥਾਂ ਲਿਖੋ।
voice-note-write-link = ਇਸ ਦੀ ਥਾਂ ਉੱਪਰ ਵਾਲੇ ਖ਼ਾਨੇ ਵਿੱਚ ਲਿਖੋ
voice-note-failed = ਇਹ ਸੇਵ ਨਹੀਂ ਹੋਇਆ। ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
voice-note-not-audio = ਇਹ ਆਵਾਜ਼ ਦੀ ਅਜਿਹੀ ਰਿਕਾਰਡਿੰਗ ਨਹੀਂ ਹੈ ਜਿਸ ਨੂੰ Heard ਸੇਵ ਕਰ ਸਕੇ। ਦੁਬਾਰਾ ਰਿਕਾਰਡ ਕਰਕੇ ਦੇਖੋ।
voice-note-too-big = ਇਹ ਵੌਇਸ ਨੋਟ ਸੇਵ ਕਰਨ ਲਈ ਬਹੁਤ ਵੱਡਾ ਹੈ। ਇੱਕ ਛੋਟਾ ਵੌਇਸ ਨੋਟ ਰਿਕਾਰਡ ਕਰਕੇ ਦੇਖੋ।
voice-note-no-room = ਹੋਰ ਵੌਇਸ ਨੋਟਾਂ ਲਈ ਥਾਂ ਨਹੀਂ ਹੈ। ਕੋਈ ਪੁਰਾਣਾ ਵੌਇਸ ਨੋਟ ਮਿਟਾਓ, ਫਿਰ ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ।
voice-note-too-often = ਤੁਸੀਂ ਇਸ ਘੰਟੇ ਵਿੱਚ ਬਹੁਤ ਸਾਰੇ ਵੌਇਸ ਨੋਟ ਸੇਵ ਕੀਤੇ ਹਨ। { $minutes } ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ।
voice-note-listen-back = ਆਪਣੀ ਰਿਕਾਰਡਿੰਗ ਸੁਣੋ
voice-note-from = { $date } ਦਾ ਵੌਇਸ ਨੋਟ
voice-note-delete = ਮਿਟਾਓ
voice-note-delete-named = { $date } ਦਾ ਵੌਇਸ ਨੋਟ ਮਿਟਾਓ
rights-16-title = ਰਿਕਾਰਡ ਕੌਣ ਦੇਖੇ, ਇਸ ਦਾ ਫ਼ੈਸਲਾ
rights-16-you-can = ਹੁਣ ਤੁਹਾਡੀ ਉਮਰ ਇੰਨੀ ਹੋ ਗਈ ਹੈ ਕਿ ਤੁਸੀਂ ਖ਼ੁਦ ਫ਼ੈਸਲਾ ਕਰ ਸਕਦੇ ਹੋ ਕਿ ਤੁਹਾਡਾ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖੇ। ਕਾਨੂੰਨ ਕਹਿੰਦਾ ਹੈ ਕਿ ਇਹ Year 11 ਦੇ ਅੰਤ ਵਿੱਚ ਸ਼ੁਰੂ ਹੁੰਦਾ ਹੈ, ਜਦੋਂ ਤੁਹਾਡੀ ਉਮਰ ਲਗਭਗ 16 ਸਾਲ ਹੁੰਦੀ ਹੈ।
rights-16-help = ਜੇ ਤੁਸੀਂ ਚਾਹੋ, ਤਾਂ ਤੁਸੀਂ ਚੁਣ ਸਕਦੇ ਹੋ ਕਿ ਇਸ ਨੂੰ ਕੌਣ ਦੇਖੇ। ਤੁਹਾਡਾ ਪਰਿਵਾਰ ਫਿਰ ਵੀ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।
rights-16-take-control = ਮੇਰਾ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖੇ, ਇਹ ਫ਼ੈਸਲਾ ਹੁਣ ਮੈਂ ਖ਼ੁਦ ਕਰਨਾ ਹੈ
rights-16-you-decide = ਤੁਹਾਡਾ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖੇ, ਇਹ ਤੁਸੀਂ ਤੈਅ ਕਰਦੇ ਹੋ।
rights-16-who-can-see = ਦੇਖੋ ਅਤੇ ਬਦਲੋ ਕਿ ਇਸ ਨੂੰ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
rights-16-they-can = { $name } ਦੀ ਉਮਰ ਹੁਣ ਇੰਨੀ ਹੋ ਗਈ ਹੈ ਕਿ ਉਹ ਖ਼ੁਦ ਫ਼ੈਸਲਾ ਕਰ ਸਕਦੇ ਹਨ ਕਿ ਇਹ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖੇ। ਉਹ ਆਪਣੇ ਪੰਨੇ 'ਤੇ ਇਹ ਚੁਣ ਸਕਦੇ ਹਨ।
rights-16-they-decide = ਹੁਣ { $name } ਤੈਅ ਕਰਦੇ ਹਨ ਕਿ ਇਹ ਰਿਕਾਰਡ ਕੌਣ ਦੇਖੇ।
card-music = ਸੰਗੀਤ
card-music-picture = ਹੈੱਡਫ਼ੋਨ
card-drawing = ਡਰਾਇੰਗ
card-drawing-picture = ਲਕੀਰ ਖਿੱਚਦੀ ਇੱਕ ਪੈਨਸਿਲ
card-sport = ਖੇਡਾਂ
card-sport-picture = ਇੱਕ ਫ਼ੁੱਟਬਾਲ
card-swimming = ਤੈਰਾਕੀ
card-swimming-picture = ਲਹਿਰਾਂ ਵਿੱਚ ਤੈਰਦਾ ਇੱਕ ਵਿਅਕਤੀ
card-animals = ਜਾਨਵਰ
card-animals-picture = ਇੱਕ ਕੁੱਤੇ ਦਾ ਮੂੰਹ
card-outdoors = ਬਾਹਰ ਖੁੱਲ੍ਹੇ ਵਿੱਚ ਰਹਿਣਾ
card-outdoors-picture = ਇੱਕ ਰੁੱਖ ਅਤੇ ਸੂਰਜ
card-games = ਕੰਪਿਊਟਰ ਗੇਮਾਂ
card-games-picture = ਗੇਮ ਖੇਡਣ ਵਾਲਾ ਕੰਟਰੋਲਰ
card-books = ਕਿਤਾਬਾਂ
card-books-picture = ਇੱਕ ਖੁੱਲ੍ਹੀ ਕਿਤਾਬ
card-cooking = ਖਾਣਾ ਬਣਾਉਣਾ
card-cooking-picture = ਇੱਕ ਕਟੋਰਾ ਅਤੇ ਇੱਕ ਚਮਚਾ
card-dancing = ਨੱਚਣਾ
card-dancing-picture = ਸੰਗੀਤ 'ਤੇ ਨੱਚਦਾ ਇੱਕ ਵਿਅਕਤੀ
card-building = ਚੀਜ਼ਾਂ ਜੋੜ ਕੇ ਬਣਾਉਣਾ
card-building-picture = ਇੱਕ ਦੂਜੇ ਉੱਤੇ ਰੱਖੇ ਖਿਡੌਣਾ ਬਲਾਕ
card-trains = ਰੇਲ ਗੱਡੀਆਂ
card-trains-picture = ਇੱਕ ਰੇਲ ਗੱਡੀ
card-friends = ਦੋਸਤਾਂ ਨਾਲ ਸਮਾਂ ਬਿਤਾਉਣਾ
card-friends-picture = ਨਾਲ-ਨਾਲ ਖੜ੍ਹੇ ਦੋ ਲੋਕ
card-quiet-place = ਸ਼ਾਂਤ ਥਾਂ
card-quiet-place-picture = ਚੰਨ ਹੇਠਾਂ ਇੱਕ ਛੋਟਾ ਤੰਬੂ
card-loud-noise = ਉੱਚਾ ਰੌਲਾ
card-loud-noise-picture = ਤੇਜ਼ ਆਵਾਜ਼ ਕੱਢਦਾ ਇੱਕ ਲਾਊਡਸਪੀਕਰ
card-crowds = ਭੀੜ
card-crowds-picture = ਇੱਕ-ਦੂਜੇ ਦੇ ਨੇੜੇ ਖੜ੍ਹੇ ਬਹੁਤ ਸਾਰੇ ਲੋਕ
your-data-title = { $name } ਦੀ ਜਾਣਕਾਰੀ
your-data-lead = ਇਹ ਰਿਕਾਰਡ ਤੁਹਾਡਾ ਹੈ। ਤੁਸੀਂ ਕਦੇ ਵੀ ਇਸ ਦੀ ਕਾਪੀ ਲੈ ਸਕਦੇ ਹੋ, ਜਾਂ ਇਸ ਨੂੰ ਮਿਟਾ ਸਕਦੇ ਹੋ।
your-data-download-title = ਕਾਪੀ ਲਓ
your-data-download-lead = ਇਸ ਫ਼ਾਈਲ ਵਿੱਚ ਉਹ ਸਭ ਕੁਝ ਹੈ, ਜੋ ਅਸੀਂ ਇਸ ਬੱਚੇ ਬਾਰੇ ਰੱਖਦੇ ਹਾਂ। ਹੋਰ ਸੇਵਾਵਾਂ ਇਸ ਨੂੰ ਪੜ੍ਹ ਸਕਦੀਆਂ ਹਨ। ਪੜ੍ਹਨ ਵਾਲੀ ਕਾਪੀ ਵਿੱਚ ਵੀ ਇਹੀ ਸਭ ਕੁਝ ਹੈ, ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ ਤਿਆਰ।
your-data-download = ਸਭ ਕੁਝ ਇੱਕ ਫ਼ਾਈਲ ਵਜੋਂ ਡਾਊਨਲੋਡ ਕਰੋ
your-data-copy = ਕਾਪੀ ਪੜ੍ਹੋ ਅਤੇ ਪ੍ਰਿੰਟ ਕਰੋ
your-data-delete-title = ਇਹ ਰਿਕਾਰਡ ਮਿਟਾਓ
your-data-delete-lead = ਇਸ ਨਾਲ { $name } ਬਾਰੇ ਸਭ ਕੁਝ ਹਮੇਸ਼ਾ ਲਈ ਮਿਟ ਜਾਂਦਾ ਹੈ।
your-data-delete = { $name } ਦਾ ਰਿਕਾਰਡ ਮਿਟਾਓ
your-data-account-title = ਤੁਹਾਡਾ ਖਾਤਾ
your-data-account-link = ਆਪਣਾ ਖਾਤਾ ਮਿਟਾਓ
record-copy-title = { $name } ਬਾਰੇ ਸਭ ਕੁਝ
record-copy-back = ਵਾਪਸ ਜਾਓ: ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ
record-copy-print = ਇਸ ਪੰਨੇ ਨੂੰ ਪ੍ਰਿੰਟ ਕਰਨ ਲਈ, ਜਾਂ PDF ਵਜੋਂ ਸੇਵ ਕਰਨ ਲਈ, ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦਾ Print ਬਟਨ ਵਰਤੋ।
record-copy-details = ਵੇਰਵੇ
record-copy-voice-notes = { $count ->
    [one] { $count } ਵੌਇਸ ਨੋਟ। ਜੋ ਫ਼ਾਈਲ ਤੁਸੀਂ ਡਾਊਨਲੋਡ ਕਰ ਸਕਦੇ ਹੋ, ਉਸ ਵਿੱਚ ਆਵਾਜ਼ ਹੈ।
   *[other] { $count } ਵੌਇਸ ਨੋਟ। ਜੋ ਫ਼ਾਈਲ ਤੁਸੀਂ ਡਾਊਨਲੋਡ ਕਰ ਸਕਦੇ ਹੋ, ਉਸ ਵਿੱਚ ਆਵਾਜ਼ ਹੈ।
}
delete-not-confirmed = ਇਹ ਦੱਸਣ ਲਈ ਕਿ ਤੁਸੀਂ ਸਮਝਦੇ ਹੋ, ਖ਼ਾਨੇ 'ਤੇ ਨਿਸ਼ਾਨ ਲਾਓ।
delete-wrong-password = ਇਹ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਨਹੀਂ ਹੈ। ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਲਿਖੋ।
delete-cannot-undo = ਇਹ ਵਾਪਸ ਨਹੀਂ ਹੋ ਸਕਦਾ।
delete-child-title = { $name } ਦਾ ਰਿਕਾਰਡ ਮਿਟਾਓ
delete-child-what = { $name } ਬਾਰੇ ਸਭ ਕੁਝ ਮਿਟ ਜਾਵੇਗਾ: "ਮੇਰੇ ਬਾਰੇ ਸਭ ਕੁਝ", ਟੀਚੇ, ਰੀਵਿਊ ਮੀਟਿੰਗਾਂ, ਸੇਵ ਕੀਤੀਆਂ ਸੇਵਾਵਾਂ, ਤਸਵੀਰਾਂ ਵਾਲੇ ਕਾਰਡ, ਵੌਇਸ ਨੋਟ, ਇਸ ਨੂੰ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ, ਅਤੇ ਕਿਸ-ਕਿਸ ਨੇ ਦੇਖਿਆ ਹੈ। ਕੋਈ ਵੀ ਇਸ ਨੂੰ ਵਾਪਸ ਨਹੀਂ ਲਿਆ ਸਕਦਾ, ਅਸੀਂ ਵੀ ਨਹੀਂ।
delete-child-first = ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਪਹਿਲਾਂ ਇਸ ਦੀ ਕਾਪੀ ਲੈਣਾ ਚਾਹੋ।
delete-child-confirm = ਮੈਨੂੰ ਪਤਾ ਹੈ ਕਿ { $name } ਦਾ ਰਿਕਾਰਡ ਹਮੇਸ਼ਾ ਲਈ ਮਿਟ ਜਾਵੇਗਾ।
delete-child-button = { $name } ਦਾ ਰਿਕਾਰਡ ਮਿਟਾਓ
delete-keep = ਨਹੀਂ, ਇਸ ਨੂੰ ਰੱਖੋ
delete-account-title = ਆਪਣਾ ਖਾਤਾ ਮਿਟਾਓ
delete-account-what = ਤੁਹਾਡਾ ਖਾਤਾ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗਾ: ਤੁਸੀਂ ਇਸ ਨਾਲ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਨਹੀਂ ਕਰ ਸਕੋਗੇ।
delete-account-family = ਜੇ ਤੁਸੀਂ ਆਪਣੇ ਪਰਿਵਾਰ ਵਿੱਚ ਇਕੱਲੇ ਮਾਪੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਹੋ, ਤਾਂ ਤੁਹਾਡੇ ਬੱਚਿਆਂ ਦੇ ਰਿਕਾਰਡ ਵੀ ਮਿਟ ਜਾਂਦੇ ਹਨ। ਜੇ ਪਰਿਵਾਰ ਵਿੱਚ ਕੋਈ ਹੋਰ ਮਾਪਾ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ ਹੈ, ਤਾਂ ਰਿਕਾਰਡ ਉਹਨਾਂ ਕੋਲ ਰਹਿੰਦੇ ਹਨ।
delete-account-first = ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਪਹਿਲਾਂ ਹਰ ਬੱਚੇ ਦੇ ਰਿਕਾਰਡ ਦੀ ਕਾਪੀ ਲੈਣਾ ਚਾਹੋ। ਤੁਸੀਂ ਇਹ ਹਰ ਬੱਚੇ ਦੇ "ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ" ਵਾਲੇ ਪੰਨੇ 'ਤੇ ਕਰ ਸਕਦੇ ਹੋ।
delete-account-password = ਤੁਹਾਡਾ ਪਾਸਵਰਡ
delete-account-confirm = ਮੈਨੂੰ ਪਤਾ ਹੈ ਕਿ ਮੇਰਾ ਖਾਤਾ ਹਮੇਸ਼ਾ ਲਈ ਮਿਟ ਜਾਵੇਗਾ।
delete-account-button = ਮੇਰਾ ਖਾਤਾ ਮਿਟਾਓ
account-deleted-title = ਤੁਹਾਡਾ ਖਾਤਾ ਮਿਟ ਗਿਆ ਹੈ
account-deleted-body = ਅਸੀਂ ਤੁਹਾਡਾ ਖਾਤਾ, ਅਤੇ ਉਸ ਵਿੱਚ ਜੋ ਕੁਝ ਸੀ, ਮਿਟਾ ਦਿੱਤਾ ਹੈ।
account-deleted-home = ਮੁੱਖ ਪੰਨੇ 'ਤੇ ਜਾਓ
account-title = ਤੁਹਾਡਾ ਖਾਤਾ
account-lead = ਤੁਹਾਡਾ ਨਾਂ, ਤੁਹਾਡੀ ਈਮੇਲ, ਅਤੇ Heard ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਦਿਸਦਾ ਹੈ।
account-you = ਤੁਹਾਡੇ ਬਾਰੇ
account-name = ਤੁਹਾਡਾ ਨਾਂ
account-name-not-given = ਅਜੇ ਨਹੀਂ ਦਿੱਤਾ
account-name-change = ਆਪਣਾ ਨਾਂ ਬਦਲੋ
account-email = ਈਮੇਲ ਪਤਾ
account-reading = ਭਾਸ਼ਾ ਅਤੇ ਪੜ੍ਹਨਾ
account-language-change = ਭਾਸ਼ਾ ਬਦਲੋ
account-reading-change = ਸਫ਼ਿਆਂ ਦੀ ਦਿੱਖ ਬਦਲੋ
account-leaving = Heard ਛੱਡਣਾ
account-name-title = ਤੁਹਾਡਾ ਨਾਂ
account-name-hint = ਜੋ ਲੋਕ ਤੁਹਾਡੇ ਬੱਚੇ ਦਾ ਰਿਕਾਰਡ ਦੇਖਦੇ ਹਨ, ਉਹ ਇਹ ਨਾਂ ਦੇਖਦੇ ਹਨ। ਜਿਵੇਂ ਤੁਹਾਡੇ ਬੱਚੇ ਦਾ ਸਕੂਲ ਜਾਂ ਤੁਹਾਡਾ ਵਕੀਲ।
account-name-save = ਆਪਣਾ ਨਾਂ ਸੰਭਾਲੋ
account-emails-change = ਚੁਣੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿਹੜੀਆਂ ਈਮੇਲਾਂ ਮਿਲਣ
account-signing-in = ਤੁਸੀਂ ਸਾਈਨ ਇਨ ਕਿਵੇਂ ਕਰਦੇ ਹੋ
account-passkeys = ਪਾਸਵਰਡ ਤੋਂ ਬਿਨਾਂ ਸਾਈਨ ਇਨ: ਤੁਹਾਡੀਆਂ ਪਾਸਕੀਆਂ
account-back = ਆਪਣੇ ਖਾਤੇ 'ਤੇ ਵਾਪਸ ਜਾਓ
account-name-saved = ਤੁਹਾਡਾ ਨਾਂ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ।
people-your-data = ਇਸ ਰਿਕਾਰਡ ਦੀ ਕਾਪੀ ਲਓ, ਜਾਂ ਇਸ ਨੂੰ ਮਿਟਾਓ
family-my-page = ਮੇਰੇ ਪੰਨੇ 'ਤੇ ਜਾਓ
family-families-you-help = { $count ->
    [one] { $count } ਪਰਿਵਾਰ ਜਿਸ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ
   *[other] { $count } ਪਰਿਵਾਰ ਜਿਨ੍ਹਾਂ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ
}
people-stop-parent = ਹੁਣ ਇਹ ਮੇਰਾ ਰਿਕਾਰਡ ਨਾ ਦੇਖਣ
people-stop-parent-named = { $name } ਹੁਣ ਮੇਰਾ ਰਿਕਾਰਡ ਨਾ ਦੇਖਣ
saved-services-saved-by-advocate = ਸੰਭਾਲਣ ਵਾਲੇ: { $who } (ਹਿਮਾਇਤੀ), { $with } ਦੇ ਨਾਲ ਮਿਲ ਕੇ।

## Email
# The test email an operator sends with `heard mail-test`.
mail-test-subject = Heard ਈਮੇਲ ਭੇਜ ਸਕਦਾ ਹੈ
mail-test-body = ਇਹ Heard ਵੱਲੋਂ ਇੱਕ ਟੈਸਟ ਹੈ। ਇਹ ਦਿਖਾਉਂਦਾ ਹੈ ਕਿ Heard ਈਮੇਲ ਭੇਜ ਸਕਦਾ ਹੈ। ਤੁਹਾਨੂੰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ।

## Reminders by email, and which emails a person wants
coming-up-prepare-for = ਰੀਵਿਊ ਦੀ ਤਿਆਰੀ ਕਰੋ: { $name }
invite-email = ਉਹਨਾਂ ਦਾ ਈਮੇਲ ਪਤਾ (ਤੁਸੀਂ ਇਹ ਖ਼ਾਲੀ ਛੱਡ ਸਕਦੇ ਹੋ)
invite-email-hint = ਜੇ ਤੁਸੀਂ ਇਹ ਲਿਖੋ, ਤਾਂ Heard ਉਹਨਾਂ ਨੂੰ ਲਿੰਕ ਈਮੇਲ ਕਰ ਦੇਵੇਗਾ। ਤੁਸੀਂ ਅਗਲੇ ਸਫ਼ੇ ’ਤੇ ਵੀ ਲਿੰਕ ਦੇਖੋਗੇ।
error-invite-email-invalid = ਈਮੇਲ ਪਤਾ ਸਹੀ ਤਰੀਕੇ ਨਾਲ ਲਿਖੋ, ਜਿਵੇਂ name@example.com, ਜਾਂ ਇਸਨੂੰ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।
email-choices-title = Heard ਦੀਆਂ ਈਮੇਲਾਂ
email-choices-lead = ਜਦੋਂ ਕੁਝ ਆਉਣ ਵਾਲਾ ਹੋਵੇ, ਜਾਂ ਕੁਝ ਬਦਲੇ, ਤਾਂ Heard ਤੁਹਾਨੂੰ ਈਮੇਲ ਕਰ ਸਕਦਾ ਹੈ। ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕਿਹੜੀਆਂ ਈਮੇਲਾਂ ਚਾਹੁੰਦੇ ਹੋ।
email-choices-legend = ਮੈਨੂੰ ਈਮੇਲ ਭੇਜੋ ਜਦੋਂ
email-choices-hint = ਜੋ ਤੁਸੀਂ ਨਹੀਂ ਚਾਹੁੰਦੇ, ਉਹਨਾਂ ਤੋਂ ਨਿਸ਼ਾਨ ਹਟਾ ਦਿਓ। ਅਸੀਂ ਈਮੇਲ ਦੇ ਵਿਸ਼ੇ ਵਿੱਚ ਕਦੇ ਵੀ ਬੱਚੇ ਦਾ ਨਾਂ ਨਹੀਂ ਲਿਖਦੇ।
email-choice-review-soon = ਰੀਵਿਊ ਮੀਟਿੰਗ ਦੋ ਹਫ਼ਤੇ ਦੂਰ ਹੋਵੇ
email-choice-deadline = ਕਾਨੂੰਨ ਦੀ ਮਿੱਥੀ ਤਾਰੀਖ਼ ਇੱਕ ਹਫ਼ਤਾ ਦੂਰ ਹੋਵੇ, ਜਾਂ ਲੰਘ ਗਈ ਹੋਵੇ
email-choice-invitation = ਕੋਈ ਮੈਨੂੰ ਕਿਸੇ ਬੱਚੇ ਦਾ ਰਿਕਾਰਡ ਦੇਖਣ ਦਾ ਸੱਦਾ ਦੇਵੇ
email-choice-record-changed = ਪਰਿਵਾਰ ਤੋਂ ਬਾਹਰ ਦਾ ਕੋਈ ਵਿਅਕਤੀ ਕਿਸੇ ਬੱਚੇ ਦਾ ਰਿਕਾਰਡ ਬਦਲੇ
email-choice-access-ending = ਕੋਈ ਹਿਮਾਇਤੀ ਰਿਕਾਰਡ ਨੂੰ ਸਿਰਫ਼ ਇੱਕ ਹਫ਼ਤਾ ਹੋਰ ਦੇਖ ਸਕੇ
email-choices-button = ਮੇਰੀਆਂ ਚੋਣਾਂ ਸੰਭਾਲੋ
email-choices-saved = ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਸੰਭਾਲ ਲਈਆਂ ਗਈਆਂ ਹਨ।
email-choices-not-saved = ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਨਹੀਂ ਸੰਭਾਲੀਆਂ ਗਈਆਂ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
reminder-hello = ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ { $name },
reminder-hello-no-name = ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ,
reminder-footer = ਤੁਸੀਂ ਇੱਥੇ ਚੁਣ ਸਕਦੇ ਹੋ ਕਿ Heard ਤੁਹਾਨੂੰ ਕਿਹੜੀਆਂ ਈਮੇਲਾਂ ਭੇਜੇ: { $link }
reminder-review-subject = ਰੀਵਿਊ ਮੀਟਿੰਗ ਦੋ ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਹੈ
reminder-review-body = { $name } ਦੀ ਰੀਵਿਊ ਮੀਟਿੰਗ ({ $term } ਦੀ ਟਰਮ) { $date } ਨੂੰ ਹੈ।
reminder-review-prepare = ਤੁਸੀਂ ਇੱਥੇ ਇਸਦੀ ਤਿਆਰੀ ਕਰ ਸਕਦੇ ਹੋ। ਲਿਖੋ ਕਿ ਕੀ ਠੀਕ ਚੱਲ ਰਿਹਾ ਹੈ, ਕੀ ਨਹੀਂ, ਅਤੇ ਤੁਸੀਂ ਕੀ ਪੁੱਛਣਾ ਚਾਹੁੰਦੇ ਹੋ: { $link }
reminder-deadline-soon-subject = ਕਾਨੂੰਨ ਦੀ ਮਿੱਥੀ ਤਾਰੀਖ਼ ਇੱਕ ਹਫ਼ਤੇ ਬਾਅਦ ਹੈ
reminder-deadline-soon-body = { $name } ਲਈ: { $step }। ਇਹ { $date } ਤੱਕ ਹੋ ਜਾਣਾ ਚਾਹੀਦਾ ਹੈ।
reminder-deadline-passed-subject = ਕਾਨੂੰਨ ਦੀ ਮਿੱਥੀ ਤਾਰੀਖ਼ ਲੰਘ ਗਈ ਹੈ
reminder-deadline-passed-body = { $name } ਲਈ: { $step }। ਇਹ { $date } ਤੱਕ ਹੋ ਜਾਣਾ ਚਾਹੀਦਾ ਸੀ।
reminder-deadline-more = ਤੁਸੀਂ ਇੱਥੇ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਇਸਦਾ ਕੀ ਮਤਲਬ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ: { $link }
reminder-invitation-subject = ਤੁਹਾਨੂੰ Heard ’ਤੇ ਇੱਕ ਰਿਕਾਰਡ ਦੇਖਣ ਦਾ ਸੱਦਾ ਹੈ
reminder-invitation-someone = ਕਿਸੇ
reminder-invitation-body = { $who } ਨੇ ਤੁਹਾਨੂੰ Heard ’ਤੇ ਇੱਕ ਬੱਚੇ ਦਾ ਰਿਕਾਰਡ ਦੇਖਣ ਦਾ ਸੱਦਾ ਦਿੱਤਾ ਹੈ।
reminder-invitation-link = ਹਾਂ ਕਹਿਣ ਲਈ ਇਹ ਲਿੰਕ ਖੋਲ੍ਹੋ। ਇਹ ਇੱਕ ਵਾਰ, { $date } ਤੱਕ ਕੰਮ ਕਰੇਗਾ: { $link }
reminder-invitation-not-you = ਜੇ ਤੁਸੀਂ { $who } ਨੂੰ ਨਹੀਂ ਜਾਣਦੇ, ਤਾਂ ਤੁਹਾਨੂੰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ।
reminder-changed-subject = ਕਿਸੇ ਨੇ ਉਹ ਰਿਕਾਰਡ ਬਦਲਿਆ ਹੈ ਜਿਸਦਾ ਤੁਸੀਂ ਧਿਆਨ ਰੱਖਦੇ ਹੋ
reminder-changed-body = { $who } ਨੇ { $date } ਨੂੰ { $name } ਦਾ ਰਿਕਾਰਡ ਬਦਲਿਆ। ਉਹਨਾਂ ਨੇ ਇਹ ਬਦਲਿਆ: { $parts }।
reminder-changed-look = ਤੁਸੀਂ ਇੱਥੇ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਕਿਸ ਨੇ ਰਿਕਾਰਡ ਦੇਖਿਆ ਅਤੇ ਬਦਲਿਆ: { $link }
reminder-ending-advocate-subject = ਤੁਸੀਂ ਇੱਕ ਰਿਕਾਰਡ ਸਿਰਫ਼ ਇੱਕ ਹਫ਼ਤਾ ਹੋਰ ਦੇਖ ਸਕਦੇ ਹੋ
reminder-ending-advocate-body = ਤੁਸੀਂ { $name } ਦਾ ਰਿਕਾਰਡ { $date } ਤੱਕ ਦੇਖ ਸਕਦੇ ਹੋ। ਉਸ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਇਸਨੂੰ ਨਹੀਂ ਦੇਖ ਸਕੋਗੇ।
reminder-ending-advocate-ask = ਜੇ ਤੁਹਾਨੂੰ ਅਜੇ ਵੀ ਇਸਦੀ ਲੋੜ ਹੈ, ਤਾਂ ਪਰਿਵਾਰ ਨੂੰ ਕਹੋ ਕਿ ਉਹ ਇਸਨੂੰ ਦੁਬਾਰਾ ਤੁਹਾਡੇ ਨਾਲ ਸਾਂਝਾ ਕਰਨ।
reminder-ending-family-subject = ਇੱਕ ਹਿਮਾਇਤੀ ਰਿਕਾਰਡ ਨੂੰ ਸਿਰਫ਼ ਇੱਕ ਹਫ਼ਤਾ ਹੋਰ ਦੇਖ ਸਕਦਾ ਹੈ
reminder-ending-family-body = { $who } { $name } ਦਾ ਰਿਕਾਰਡ { $date } ਤੱਕ ਦੇਖ ਸਕਦੇ ਹਨ। ਉਸ ਤੋਂ ਬਾਅਦ ਉਹ ਇਸਨੂੰ ਨਹੀਂ ਦੇਖ ਸਕਣਗੇ।
reminder-ending-family-share = ਜੇ ਉਹਨਾਂ ਨੂੰ ਅਜੇ ਵੀ ਇਸਦੀ ਲੋੜ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਇੱਥੇ ਇਸਨੂੰ ਦੁਬਾਰਾ ਸਾਂਝਾ ਕਰ ਸਕਦੇ ਹੋ: { $link }
invitation-emailed = Heard ਇਹ ਲਿੰਕ { $address } ’ਤੇ ਈਮੇਲ ਵੀ ਕਰ ਰਿਹਾ ਹੈ।
# ਖਾਤੇ ਦਾ ਈਮੇਲ ਪਤਾ ਅਤੇ ਪਾਸਵਰਡ, ਅਤੇ ਉਹਨਾਂ ਬਾਰੇ ਈਮੇਲਾਂ। DRAFT, ਹਾਲੇ ਜਾਂਚਿਆ ਨਹੀਂ ਗਿਆ।
error-email-same-as-now = ਇਹ ਪਹਿਲਾਂ ਹੀ ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ ਹੈ। ਨਵਾਂ ਪਤਾ ਲਿਖੋ।
error-current-password-wrong = ਇਹ ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਨਹੀਂ ਹੈ। ਉਹ ਪਾਸਵਰਡ ਲਿਖੋ ਜੋ ਤੁਸੀਂ ਹੁਣ ਵਰਤਦੇ ਹੋ।
error-too-many-emails = ਅਸੀਂ ਇਸ ਪਤੇ ਉੱਤੇ ਬਹੁਤ ਸਾਰੀਆਂ ਈਮੇਲਾਂ ਭੇਜੀਆਂ ਹਨ। { $minutes } ਮਿੰਟ ਉਡੀਕ ਕਰੋ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
field-new-email = ਨਵਾਂ ਈਮੇਲ ਪਤਾ
field-new-password = ਨਵਾਂ ਪਾਸਵਰਡ
field-current-password = ਤੁਹਾਡਾ ਹੁਣ ਵਾਲਾ ਪਾਸਵਰਡ
sign-in-forgot-link = ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ?
confirm-banner-title = ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
confirm-banner-sent = ਅਸੀਂ { $email } ਉੱਤੇ ਇੱਕ ਲਿੰਕ ਭੇਜਿਆ ਹੈ। ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਲਈ ਇਸਨੂੰ ਖੋਲ੍ਹੋ।
confirm-banner-deleted-on = ਜੇ ਤੁਸੀਂ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕਰਦੇ, ਤਾਂ ਅਸੀਂ { $date } ਨੂੰ ਇਹ ਖਾਤਾ ਅਤੇ ਇਸ ਵਿੱਚ ਸਭ ਕੁਝ ਮਿਟਾ ਦਿਆਂਗੇ।
confirm-banner-again = ਲਿੰਕ ਦੁਬਾਰਾ ਭੇਜੋ
confirm-banner-wrong-address = ਕੀ ਇਹ ਗਲਤ ਈਮੇਲ ਪਤਾ ਹੈ? ਇਸਨੂੰ ਬਦਲੋ
confirm-first = ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰਨ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ ਰਿਕਾਰਡ ਸਾਂਝਾ ਕਰ ਸਕਦੇ ਹੋ। ਸਾਡੀ ਈਮੇਲ ਲੱਭੋ, ਜਾਂ ਲਿੰਕ ਦੁਬਾਰਾ ਭੇਜੋ।
confirm-email-title = ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
confirm-email-intro = ਇਹ ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਬਟਨ ਦਬਾਓ ਕਿ ਇਹ ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ ਹੈ।
confirm-email-button = ਮੇਰੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
confirm-email-done = ਧੰਨਵਾਦ। ਤੁਹਾਡੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਹੋ ਗਈ ਹੈ।
confirm-email-continue = ਅੱਗੇ ਚੱਲੋ
confirm-email-taken = ਹੁਣ ਇੱਕ ਹੋਰ ਖਾਤੇ ਕੋਲ ਇਹ ਈਮੇਲ ਪਤਾ ਹੈ, ਇਸ ਲਈ ਅਸੀਂ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ। ਉਸ ਖਾਤੇ ਵਿੱਚ ਸਾਈਨ ਇਨ ਕਰੋ, ਜਾਂ ਕੋਈ ਹੋਰ ਈਮੇਲ ਪਤਾ ਵਰਤੋ।
confirm-again-title = ਲਿੰਕ ਦੁਬਾਰਾ ਭੇਜੋ
confirm-again-intro = ਅਸੀਂ { $email } ਉੱਤੇ ਇੱਕ ਨਵਾਂ ਲਿੰਕ ਭੇਜਾਂਗੇ।
confirm-again-sent = ਅਸੀਂ { $email } ਉੱਤੇ ਇੱਕ ਨਵਾਂ ਲਿੰਕ ਭੇਜ ਦਿੱਤਾ ਹੈ। ਆਪਣੀ ਈਮੇਲ ਵੇਖੋ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਸਪੈਮ ਫੋਲਡਰ ਵਿੱਚ ਹੋਵੇ।
link-spent = ਇਹ ਲਿੰਕ ਹੁਣ ਕੰਮ ਨਹੀਂ ਕਰਦਾ। ਇਹ ਪਹਿਲਾਂ ਵਰਤਿਆ ਜਾ ਚੁੱਕਾ ਹੈ, ਜਾਂ ਬਹੁਤ ਪੁਰਾਣਾ ਹੈ।
link-spent-new-password = ਨਵਾਂ ਪਾਸਵਰਡ ਬਣਾਉਣ ਲਈ ਨਵਾਂ ਲਿੰਕ ਲਓ
forgot-title = ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ?
forgot-intro = ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਲਿਖੋ। ਜੇ ਤੁਹਾਡਾ ਖਾਤਾ ਹੈ, ਤਾਂ ਅਸੀਂ ਤੁਹਾਨੂੰ ਨਵਾਂ ਪਾਸਵਰਡ ਬਣਾਉਣ ਲਈ ਇੱਕ ਲਿੰਕ ਭੇਜਾਂਗੇ।
forgot-button = ਮੈਨੂੰ ਲਿੰਕ ਭੇਜੋ
forgot-sent = ਜੇ ਇਸ ਈਮੇਲ ਪਤੇ ਦਾ ਕੋਈ ਖਾਤਾ ਹੈ, ਤਾਂ ਅਸੀਂ ਉਸ ਉੱਤੇ ਇੱਕ ਲਿੰਕ ਭੇਜ ਦਿੱਤਾ ਹੈ। ਆਪਣੀ ਈਮੇਲ ਵੇਖੋ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਸਪੈਮ ਫੋਲਡਰ ਵਿੱਚ ਹੋਵੇ।
forgot-sent-hour = ਲਿੰਕ ਇੱਕ ਘੰਟੇ ਲਈ, ਅਤੇ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ।
reset-title = ਨਵਾਂ ਪਾਸਵਰਡ ਬਣਾਓ
reset-intro = ਨਵਾਂ ਪਾਸਵਰਡ ਚੁਣੋ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਬਾਕੀ ਸਾਰੇ ਡਿਵਾਈਸਾਂ ਤੋਂ ਸਾਈਨ ਆਊਟ ਕਰ ਦਿਆਂਗੇ।
reset-button = ਮੇਰਾ ਨਵਾਂ ਪਾਸਵਰਡ ਸੰਭਾਲੋ
change-email-title = ਆਪਣਾ ਈਮੇਲ ਪਤਾ ਬਦਲੋ
change-email-now = ਤੁਹਾਡਾ ਹੁਣ ਵਾਲਾ ਈਮੇਲ ਪਤਾ { $email } ਹੈ।
change-email-intro = ਅਸੀਂ ਤੁਹਾਡੇ ਨਵੇਂ ਈਮੇਲ ਪਤੇ ਉੱਤੇ ਇੱਕ ਲਿੰਕ ਭੇਜਾਂਗੇ। ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸਨੂੰ ਨਹੀਂ ਖੋਲ੍ਹਦੇ, ਕੁਝ ਨਹੀਂ ਬਦਲੇਗਾ।
change-email-button = ਮੈਨੂੰ ਲਿੰਕ ਭੇਜੋ
change-email-sent = ਅਸੀਂ { $email } ਉੱਤੇ ਇੱਕ ਲਿੰਕ ਭੇਜਿਆ ਹੈ। ਆਪਣੇ ਨਵੇਂ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਲਈ ਇਸਨੂੰ ਖੋਲ੍ਹੋ।
change-email-until = ਲਿੰਕ 24 ਘੰਟੇ ਕੰਮ ਕਰਦਾ ਹੈ। ਉਦੋਂ ਤੱਕ ਤੁਹਾਡਾ ਈਮੇਲ ਪਤਾ ਉਹੀ ਰਹੇਗਾ।
change-password-title = ਆਪਣਾ ਪਾਸਵਰਡ ਬਦਲੋ
change-password-button = ਮੇਰਾ ਨਵਾਂ ਪਾਸਵਰਡ ਸੰਭਾਲੋ
change-password-done = ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਬਦਲ ਗਿਆ ਹੈ। ਅਸੀਂ ਤੁਹਾਨੂੰ ਬਾਕੀ ਸਾਰੇ ਡਿਵਾਈਸਾਂ ਤੋਂ ਸਾਈਨ ਆਊਟ ਕਰ ਦਿੱਤਾ ਹੈ।
sign-out-everywhere-title = ਹਰ ਡਿਵਾਈਸ ਤੋਂ ਸਾਈਨ ਆਊਟ ਕਰੋ
sign-out-everywhere-intro = ਇਹ ਉਦੋਂ ਵਰਤੋ ਜਦੋਂ ਤੁਸੀਂ ਕਿਸੇ ਅਜਿਹੇ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਉੱਤੇ ਸਾਈਨ ਇਨ ਕੀਤਾ ਹੋਵੇ ਜੋ ਹੁਣ ਨਹੀਂ ਵਰਤਦੇ, ਜਾਂ ਲੱਗੇ ਕਿ ਕੋਈ ਹੋਰ ਅੰਦਰ ਆ ਸਕਦਾ ਹੈ। ਤੁਹਾਨੂੰ ਇੱਥੇ ਵੀ ਦੁਬਾਰਾ ਸਾਈਨ ਇਨ ਕਰਨਾ ਪਵੇਗਾ।
sign-out-everywhere-button = ਹਰ ਡਿਵਾਈਸ ਤੋਂ ਸਾਈਨ ਆਊਟ ਕਰੋ
mail-hello = ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ,
mail-not-you-nothing-to-do = ਜੇ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਸੀ, ਤਾਂ ਤੁਹਾਨੂੰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ।
mail-confirm-subject = Heard ਲਈ ਆਪਣੇ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
mail-confirm-why = ਤੁਸੀਂ ਇਸ ਈਮੇਲ ਪਤੇ ਨਾਲ Heard ਉੱਤੇ ਖਾਤਾ ਬਣਾਇਆ ਹੈ।
mail-confirm-open = ਇਹ ਪੁਸ਼ਟੀ ਕਰਨ ਲਈ ਕਿ ਇਹ ਤੁਹਾਡਾ ਹੈ, ਇਹ ਲਿੰਕ ਖੋਲ੍ਹੋ:
mail-confirm-deleted-on = ਜੇ ਤੁਸੀਂ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕਰਦੇ, ਤਾਂ ਅਸੀਂ { $date } ਨੂੰ ਖਾਤਾ ਅਤੇ ਇਸ ਵਿੱਚ ਸਭ ਕੁਝ ਮਿਟਾ ਦਿਆਂਗੇ।
mail-taken-subject = ਕਿਸੇ ਨੇ ਤੁਹਾਡੀ ਈਮੇਲ ਨਾਲ Heard ਖਾਤਾ ਬਣਾਉਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ
mail-taken-why = ਕਿਸੇ ਨੇ ਇਸ ਈਮੇਲ ਪਤੇ ਨਾਲ Heard ਉੱਤੇ ਨਵਾਂ ਖਾਤਾ ਬਣਾਉਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ। ਇਸ ਪਤੇ ਨਾਲ ਤੁਹਾਡਾ ਖਾਤਾ ਪਹਿਲਾਂ ਹੀ ਹੈ, ਇਸ ਲਈ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।
mail-taken-sign-in = ਜੇ ਇਹ ਤੁਸੀਂ ਸੀ, ਤਾਂ ਇੱਥੇ ਸਾਈਨ ਇਨ ਕਰੋ:
mail-taken-forgot = ਜੇ ਤੁਸੀਂ ਆਪਣਾ ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ ਹੋ, ਤਾਂ ਇੱਥੇ ਨਵਾਂ ਬਣਾ ਸਕਦੇ ਹੋ:
mail-taken-not-you = ਜੇ ਇਹ ਤੁਸੀਂ ਨਹੀਂ ਸੀ, ਤਾਂ ਤੁਹਾਨੂੰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ। ਤੁਹਾਡਾ ਖਾਤਾ ਸੁਰੱਖਿਅਤ ਹੈ।
mail-new-email-subject = Heard ਲਈ ਆਪਣੇ ਨਵੇਂ ਈਮੇਲ ਪਤੇ ਦੀ ਪੁਸ਼ਟੀ ਕਰੋ
mail-new-email-why = ਤੁਸੀਂ ਆਪਣੇ Heard ਖਾਤੇ ਦਾ ਈਮੇਲ ਪਤਾ ਬਦਲ ਕੇ ਇਹ ਕਰਨ ਲਈ ਕਿਹਾ ਹੈ।
mail-new-email-open = ਪੁਸ਼ਟੀ ਲਈ ਇਹ ਲਿੰਕ ਖੋਲ੍ਹੋ। ਇਹ 24 ਘੰਟੇ ਕੰਮ ਕਰਦਾ ਹੈ:
mail-new-email-until = ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਇਸਨੂੰ ਨਹੀਂ ਖੋਲ੍ਹਦੇ, ਤੁਹਾਡਾ ਖਾਤਾ ਪੁਰਾਣਾ ਈਮੇਲ ਪਤਾ ਰੱਖੇਗਾ।
mail-email-changed-subject = ਤੁਹਾਡੇ Heard ਖਾਤੇ ਦਾ ਈਮੇਲ ਪਤਾ ਬਦਲ ਗਿਆ ਹੈ
mail-email-changed-body = ਤੁਹਾਡੇ Heard ਖਾਤੇ ਦਾ ਈਮੇਲ ਪਤਾ ਹੁਣ { $email } ਹੈ। ਹੁਣ ਤੋਂ ਅਸੀਂ ਈਮੇਲਾਂ ਉੱਥੇ ਭੇਜਾਂਗੇ।
mail-email-changed-not-you = ਜੇ ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਕੀਤਾ, ਤਾਂ ਸਾਨੂੰ ਦੱਸਣ ਲਈ ਇਸ ਈਮੇਲ ਦਾ ਜਵਾਬ ਦਿਓ।
mail-reset-subject = Heard ਲਈ ਨਵਾਂ ਪਾਸਵਰਡ ਬਣਾਓ
mail-reset-why = ਕਿਸੇ ਨੇ ਤੁਹਾਡੇ Heard ਖਾਤੇ ਲਈ ਨਵਾਂ ਪਾਸਵਰਡ ਬਣਾਉਣ ਲਈ ਕਿਹਾ ਹੈ।
mail-reset-open = ਨਵਾਂ ਪਾਸਵਰਡ ਬਣਾਉਣ ਲਈ ਇਹ ਲਿੰਕ ਖੋਲ੍ਹੋ। ਇਹ ਇੱਕ ਘੰਟੇ ਲਈ, ਅਤੇ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਕੰਮ ਕਰਦਾ ਹੈ:
mail-reset-not-you = ਜੇ ਤੁਸੀਂ ਇਹ ਨਹੀਂ ਕਿਹਾ, ਤਾਂ ਤੁਹਾਨੂੰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ। ਤੁਹਾਡਾ ਪਾਸਵਰਡ ਨਹੀਂ ਬਦਲਿਆ।
