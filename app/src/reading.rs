//! Reading options: how a person wants pages shown. Each option is an attribute on `<html>` that the
//! stylesheet reads, rendered by the server from a cookie so the first paint is already right.

use serde::{Deserialize, Serialize};

/// One reading option: its form field and cookie key, the `<html>` attribute it sets, and its choices.
pub trait ReadingSetting: Copy + Default + PartialEq + Sized + 'static {
    /// Form field name and cookie key, e.g. `text_size`.
    const FIELD: &'static str;
    /// Attribute on `<html>`, e.g. `data-text-size`.
    const ATTRIBUTE: &'static str;
    const CHOICES: &'static [Self];
    fn value(self) -> &'static str;
    fn from_value(value: &str) -> Option<Self> {
        Self::CHOICES.iter().copied().find(|c| c.value() == value)
    }
}

macro_rules! reading_setting {
    ($name:ident, $field:literal, $attribute:literal, { $($variant:ident => $value:literal),+ $(,)? }) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
        pub enum $name {
            #[default]
            $($variant),+
        }
        impl ReadingSetting for $name {
            const FIELD: &'static str = $field;
            const ATTRIBUTE: &'static str = $attribute;
            const CHOICES: &'static [Self] = &[$($name::$variant),+];
            fn value(self) -> &'static str {
                match self { $($name::$variant => $value),+ }
            }
        }
    };
}

reading_setting!(TextSize, "text_size", "data-text-size", {
    Standard => "standard", Large => "large", Largest => "largest",
});
reading_setting!(Spacing, "spacing", "data-spacing", { Standard => "standard", Wide => "wide" });
reading_setting!(Font, "font", "data-font", { Standard => "standard", Dyslexia => "dyslexia" });
// `Auto` follows the device (`prefers-color-scheme`), so it comes first as the default.
reading_setting!(Theme, "theme", "data-theme", {
    Auto => "auto", Light => "light", Dark => "dark", Contrast => "contrast",
});
// `Auto` follows the device (`prefers-reduced-motion`).
reading_setting!(Motion, "motion", "data-motion", { Auto => "auto", Reduce => "reduce" });

/// Everything a person chose about how pages look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ReadingOptions {
    pub text_size: TextSize,
    pub spacing: Spacing,
    pub font: Font,
    pub theme: Theme,
    pub motion: Motion,
}

impl ReadingOptions {
    /// Reads `field=value` pairs joined by `&` (the cookie and the posted form share this shape).
    /// Unknown fields and values are ignored, so an old or tampered cookie falls back to defaults.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut options = ReadingOptions::default();
        for (field, value) in pairs {
            options.set(field, value);
        }
        options
    }

    pub fn parse(encoded: &str) -> Self {
        Self::from_pairs(encoded.split('&').filter_map(|pair| pair.split_once('=')))
    }

    /// Changes one option by field name; false when the field or value is not one we know.
    pub fn set(&mut self, field: &str, value: &str) -> bool {
        fn apply<S: ReadingSetting>(slot: &mut S, value: &str) -> bool {
            S::from_value(value).map(|v| *slot = v).is_some()
        }
        match field {
            TextSize::FIELD => apply(&mut self.text_size, value),
            Spacing::FIELD => apply(&mut self.spacing, value),
            Font::FIELD => apply(&mut self.font, value),
            Theme::FIELD => apply(&mut self.theme, value),
            Motion::FIELD => apply(&mut self.motion, value),
            _ => false,
        }
    }

    /// `(attribute, value)` for each option, in a fixed order, for `<html>`.
    pub fn attributes(&self) -> [(&'static str, &'static str); 5] {
        [
            (TextSize::ATTRIBUTE, self.text_size.value()),
            (Spacing::ATTRIBUTE, self.spacing.value()),
            (Font::ATTRIBUTE, self.font.value()),
            (Theme::ATTRIBUTE, self.theme.value()),
            (Motion::ATTRIBUTE, self.motion.value()),
        ]
    }

    /// The cookie and database form: `text_size=large&spacing=standard&...`.
    pub fn encode(&self) -> String {
        [
            (TextSize::FIELD, self.text_size.value()),
            (Spacing::FIELD, self.spacing.value()),
            (Font::FIELD, self.font.value()),
            (Theme::FIELD, self.theme.value()),
            (Motion::FIELD, self.motion.value()),
        ]
        .iter()
        .map(|(field, value)| format!("{field}={value}"))
        .collect::<Vec<_>>()
        .join("&")
    }
}

/// The `<html>` attribute for a form field, for the live preview in the browser.
pub fn attribute_for_field(field: &str) -> Option<&'static str> {
    [
        (TextSize::FIELD, TextSize::ATTRIBUTE),
        (Spacing::FIELD, Spacing::ATTRIBUTE),
        (Font::FIELD, Font::ATTRIBUTE),
        (Theme::FIELD, Theme::ATTRIBUTE),
        (Motion::FIELD, Motion::ATTRIBUTE),
    ]
    .into_iter()
    .find_map(|(f, attribute)| (f == field).then_some(attribute))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips_every_choice() {
        for &text_size in TextSize::CHOICES {
            for &theme in Theme::CHOICES {
                let options = ReadingOptions {
                    text_size,
                    theme,
                    spacing: Spacing::Wide,
                    font: Font::Dyslexia,
                    motion: Motion::Reduce,
                };
                assert_eq!(ReadingOptions::parse(&options.encode()), options);
            }
        }
    }

    #[test]
    fn unknown_or_tampered_values_fall_back_to_defaults() {
        let options = ReadingOptions::parse("text_size=huge&font=dyslexia&evil=<script>&theme");
        assert_eq!(options.text_size, TextSize::Standard);
        assert_eq!(options.font, Font::Dyslexia);
        assert_eq!(options.theme, Theme::Auto);
        assert!(!ReadingOptions::default().set("theme", "neon"));
    }

    #[test]
    fn attributes_name_every_option() {
        let options = ReadingOptions::parse("text_size=largest&theme=contrast");
        let attributes = options.attributes();
        assert!(attributes.contains(&("data-text-size", "largest")));
        assert!(attributes.contains(&("data-theme", "contrast")));
        assert_eq!(attribute_for_field("motion"), Some("data-motion"));
        assert_eq!(attribute_for_field("nope"), None);
    }
}
