//! The child's record, in the family's terms: who the child is, all about me, goals, review points and
//! ratings, and the statutory timeline. Plain data and rules, shared by the server and the browser; no
//! storage here (that is `heard_server::record`).

/// An enum whose variants are stored and posted as short fixed codes (`"sen-support"`), with every
/// variant listed in the order pages show them.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code,)+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        // Stored (in the Local Offer's JSON) by code, so renaming a variant never breaks saved data.
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.code())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let code = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                $name::from_code(&code)
                    .ok_or_else(|| serde::de::Error::custom(format!("unknown code {code:?}")))
            }
        }
    };
}

pub mod about_me;
pub mod cards;
pub mod child;
pub mod dates;
pub mod documents;
pub mod goal;
pub mod notes;
pub mod problems;
pub mod rating;
pub mod review;
pub mod saved;
pub mod school_year;
pub mod timeline;
pub mod voice_notes;

pub use about_me::{AboutMePart, Author};
pub use child::{AreaOfNeed, SupportStatus};
pub use goal::{AdulthoodTheme, GoalState, GoalTheme};
pub use rating::{Movement, Rating};
pub use school_year::{SchoolYear, Term, YearGroup};
