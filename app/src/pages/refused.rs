use crate::components::escaped_for_raw_text as text;
use crate::i18n::{fl, loader};
use crate::locale::Locale;

/// The page for a form post refused as cross-site. Plain HTML from the server, outside the app,
/// because the request never reached a page. Its words are escaped like any text, though they are
/// our own: a translation may one day hold a `<`.
pub fn cross_site_refusal_html(locale: Locale) -> String {
    let i18n = loader(locale);
    format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title>\
         <link rel=\"stylesheet\" href=\"/style/heard.css\"></head>\
         <body><main class=\"main\"><h1>{}</h1><p>{}</p><p><a href=\"/\">{}</a></p></main></body></html>",
        locale.html_lang(),
        locale.direction().html_dir(),
        text(&fl!(i18n, "service-name")),
        text(&fl!(i18n, "service-name")),
        text(&fl!(i18n, "error-cross-site")),
        text(&fl!(i18n, "not-found-home")),
    )
}
