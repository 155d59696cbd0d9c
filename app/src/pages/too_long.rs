use crate::components::escaped_for_raw_text as escape;
use crate::i18n::{fl, loader};
use crate::locale::Locale;
use crate::reading::ReadingOptions;

/// The page for a form too long to save. Plain HTML from the server, outside the app: the form's own
/// page would show the form again empty, while the person's writing is still in their browser, one
/// Back away.
pub fn too_long_html(locale: Locale, reading: ReadingOptions) -> String {
    let i18n = loader(locale);
    let reading_attributes: String = reading
        .attributes()
        .iter()
        .map(|(name, value)| format!(" {name}=\"{value}\""))
        .collect();
    let title = escape(&fl!(i18n, "error-too-long-title"));
    format!(
        "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\"{}{reading_attributes}><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>\
         <link rel=\"stylesheet\" href=\"/style/heard.css\"></head>\
         <body><main id=\"main\" class=\"main\"><h1>{title}</h1><p>{}</p><p>{}</p><p><a href=\"/\">{}</a></p>\
         </main></body></html>",
        locale.html_lang(),
        locale.direction().html_dir(),
        if locale.is_easy_read() {
            " data-easy-read=\"\""
        } else {
            ""
        },
        escape(&fl!(i18n, "error-too-long-body")),
        escape(&fl!(i18n, "error-too-long-back")),
        escape(&fl!(i18n, "not-found-home")),
    )
}
