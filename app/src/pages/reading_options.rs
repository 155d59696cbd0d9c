use crate::components::{PageTitle, RadioChoice, RadioGroup, WithSymbol};
use crate::i18n::{fl, use_i18n};
use crate::islands::ReadingOptionsPreview;
use crate::paths;
use crate::reading::{Font, Motion, ReadingSetting, Spacing, TextSize, Theme};
use crate::scope::{request_scope, safe_return_path};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

fn choices<S: ReadingSetting>(label: impl Fn(S) -> String) -> Vec<RadioChoice> {
    S::CHOICES
        .iter()
        .map(|&choice| RadioChoice {
            value: choice.value().into(),
            label: label(choice).into(),
            lang: None,
        })
        .collect()
}

#[component]
pub fn ReadingOptionsPage() -> impl IntoView {
    let i18n = use_i18n();
    let reading = request_scope().reading;
    let query = use_query_map().get_untracked();
    let saved = query.get("saved").is_some();
    let return_to = safe_return_path(&query.get("return_to").unwrap_or_default()).to_string();
    view! {
        <PageTitle text=fl!(i18n, "reading-title") />
        {saved.then(|| view! {
            <div class="notice" role="status">
                <p>{fl!(i18n, "reading-saved")}</p>
                <p><a href=return_to.clone()>{fl!(i18n, "reading-back")}</a></p>
            </div>
        })}
        <WithSymbol message="reading-title"><h1>{fl!(i18n, "reading-title")}</h1></WithSymbol>
        <p>{fl!(i18n, "reading-intro")}</p>
        <form action=paths::READING_OPTIONS method="post">
            <input type="hidden" name="return_to" value=return_to.clone() />
            <ReadingOptionsPreview>
                <RadioGroup
                    name=TextSize::FIELD
                    legend=fl!(i18n, "reading-text-size")
                    choices=choices(|c: TextSize| match c {
                        TextSize::Standard => fl!(i18n, "reading-text-size-standard"),
                        TextSize::Large => fl!(i18n, "reading-text-size-large"),
                        TextSize::Largest => fl!(i18n, "reading-text-size-largest"),
                    })
                    selected=reading.text_size.value().to_string()
                />
                <RadioGroup
                    name=Spacing::FIELD
                    legend=fl!(i18n, "reading-spacing")
                    hint=fl!(i18n, "reading-spacing-hint")
                    choices=choices(|c: Spacing| match c {
                        Spacing::Standard => fl!(i18n, "reading-spacing-standard"),
                        Spacing::Wide => fl!(i18n, "reading-spacing-wide"),
                    })
                    selected=reading.spacing.value().to_string()
                />
                <RadioGroup
                    name=Font::FIELD
                    legend=fl!(i18n, "reading-font")
                    choices=choices(|c: Font| match c {
                        Font::Standard => fl!(i18n, "reading-font-standard"),
                        Font::Dyslexia => fl!(i18n, "reading-font-dyslexia"),
                    })
                    selected=reading.font.value().to_string()
                />
                <RadioGroup
                    name=Theme::FIELD
                    legend=fl!(i18n, "reading-theme")
                    choices=choices(|c: Theme| match c {
                        Theme::Auto => fl!(i18n, "reading-theme-auto"),
                        Theme::Light => fl!(i18n, "reading-theme-light"),
                        Theme::Dark => fl!(i18n, "reading-theme-dark"),
                        Theme::Contrast => fl!(i18n, "reading-theme-contrast"),
                    })
                    selected=reading.theme.value().to_string()
                />
                <RadioGroup
                    name=Motion::FIELD
                    legend=fl!(i18n, "reading-motion")
                    choices=choices(|c: Motion| match c {
                        Motion::Auto => fl!(i18n, "reading-motion-auto"),
                        Motion::Reduce => fl!(i18n, "reading-motion-reduce"),
                    })
                    selected=reading.motion.value().to_string()
                />
            </ReadingOptionsPreview>
            <p class="hint">{fl!(i18n, "reading-kept")}</p>
            <button class="button" type="submit">{fl!(i18n, "reading-save")}</button>
        </form>
    }
}
