# Heard: English (United Kingdom). The reference locale: every other locale must have every message here.
# Plain words: short sentences, everyday words, jargon explained where it appears.

## Every page
service-name = Heard
skip-to-content = Skip to main content
nav-label = Main menu
nav-family = Your family
nav-language = Language
nav-reading-options = Reading options
nav-sign-out = Sign out
footer-help = Help
footer-privacy = Privacy
footer-about = Heard is for families of children and young people with special educational needs and disabilities (SEND) in England.
title-error-prefix = Error:

## Forms and errors
error-summary-title = There is a problem
field-email = Email address
field-password = Password
error-email-missing = Enter your email address.
error-email-invalid = Enter your email address in the right form, like name@example.com.
error-email-taken = There is already an account with this email address. Sign in instead.
error-password-missing = Enter your password.
error-password-too-short = Your password must have at least { $min } characters.
error-password-too-long = Your password must have { $max } characters or fewer.
error-wrong-email-or-password = The email address or password is not right. Check them and try again.
error-too-many-tries = There have been too many tries to sign in. Wait { $minutes } minutes, then try again.
error-unavailable = Something went wrong on our side. What you typed is still here. Please try again in a few minutes.
error-cross-site = This form came from another website, so Heard did not accept it. Go back to Heard and try again.

## Home
home-title = Heard: your child's views, goals and support
home-lead = Heard helps you write down what matters to your child, and keep track of the help they get.
home-what-title = What you can do
home-what-views = Write down your child's views and wishes, in their own words if they like.
home-what-goals = Set goals and see how each one is going, at the three review points in the school year.
home-what-services = Find help near you in your council's Local Offer. That is the council's list of support for children and young people with SEND.
home-send-explained = SEND means special educational needs and disabilities.
home-yours = What you write belongs to your family. You choose who sees it.
home-create-account = Create an account
home-sign-in = Sign in
home-go-to-family = Go to your family

## Create an account
create-account-title = Create an account
create-account-intro = You need an account to keep your child's record safe. It is free.
create-account-email-hint = We only use this to sign you in.
create-account-password-hint = Use at least { $min } characters. A few words together are easy to remember and hard to guess.
create-account-button = Create account
create-account-have-one = Already have an account?
create-account-sign-in-link = Sign in

## Sign in
sign-in-title = Sign in
sign-in-button = Sign in
sign-in-no-account = No account yet?
sign-in-create-link = Create an account

## Your family
family-title = Your family
family-signed-in-as = You are signed in as { $email }.
family-children-title = Your children
family-no-children = You have not added a child yet. Soon you will be able to add each child here, and write down what matters to them.
family-signed-out = Please sign in to see your family.

## Reading options
reading-title = Reading options
reading-intro = Change how pages look, so they are easier for you to read. You can change them again at any time.
reading-text-size = Text size
reading-text-size-standard = Standard
reading-text-size-large = Large
reading-text-size-largest = Largest
reading-spacing = Space between lines and letters
reading-spacing-hint = More space can make text easier to follow.
reading-spacing-standard = Standard
reading-spacing-wide = Wider
reading-font = Font
reading-font-standard = Standard
reading-font-dyslexia = A font some people with dyslexia find easier (OpenDyslexic)
reading-theme = Colours
reading-theme-auto = The same as my device
reading-theme-light = Light
reading-theme-dark = Dark
reading-theme-contrast = High contrast
reading-motion = Movement on the page
reading-motion-auto = The same as my device
reading-motion-reduce = Less movement
reading-kept = We keep your choice on this device. When you are signed in, we also keep it with your account.
reading-save = Save reading options
reading-saved = Your reading options are saved.
reading-back = Go back to where you were

## Language
language-title = Language
language-legend = Which language do you want to use?
language-hint = Each language is shown in its own words.
language-button = Use this language

## Privacy
privacy-title = Privacy
privacy-lead = Your family's information is private. This page says what we keep and why.
privacy-what-title = What we keep
privacy-what = Your email address, and a scrambled form of your password that nobody can read back. Later, what you write about your child.
privacy-who-title = Who can see it
privacy-who = Only your family. A school, council or advocate sees something only if you choose to share it with them.
privacy-cookies-title = Cookies
privacy-cookie-session = One cookie keeps you signed in. It goes away when you sign out.
privacy-cookie-language = One cookie remembers your language.
privacy-cookie-reading = One cookie remembers your reading options.
privacy-no-tracking = We do not use cookies to track you, and we do not load anything from other websites.
privacy-rights-title = Your rights
privacy-rights = You can ask to see everything we keep about you, to change it, or to delete it.

## Help
help-title = Help
help-using-title = Using Heard
help-reading-options = Make text bigger, change colours or the font
help-language = Change the language
help-advice-title = Free advice
help-sendiass = Every council has a SENDIASS. It gives free advice about SEND that does not take sides. Search for "SENDIASS" and the name of your council.
help-words-title = Words you might hear
glossary-send = SEND
glossary-send-meaning = Special educational needs and disabilities.
glossary-sen-support = SEN support
glossary-sen-support-meaning = Extra help at school without an EHC plan.
glossary-ehc-plan = EHC plan
glossary-ehc-plan-meaning = Education, health and care plan. A legal plan of the support a child or young person must get.
glossary-local-offer = Local Offer
glossary-local-offer-meaning = The council's list of local support for children and young people with SEND, from birth to 25.
glossary-sendiass = SENDIASS
glossary-sendiass-meaning = A free service that gives advice about SEND and does not take sides.

## Page not found
not-found-title = Page not found
not-found-body = We could not find that page. If you typed the address, check it is right.
not-found-home = Go to the home page
