//! [`keyed_enum!`](crate::keyed_enum): a fieldless enum declared together
//! with the texts each variant stands for (its slug, its catalog keys), one
//! line a variant, so that no list of variants is written twice.

/// What a column's method returns: the text as written (`&'static str`: a
/// slug for URLs, the command line, file names) or the message a catalog
/// key names, in the current language (`String`, through [`crate::t!`]).
pub trait Text {
    fn from_text(text: &'static str) -> Self;
}

impl Text for &'static str {
    fn from_text(text: &'static str) -> Self {
        text
    }
}

impl Text for String {
    fn from_text(key: &'static str) -> Self {
        crate::t!(key)
    }
}

/// Declares a fieldless enum, each variant on one line with its texts
/// (string literals, one per column), then the columns: one method each,
/// returning the variant's text in that column as its return type says
/// ([`Text`]: `&'static str` as written, `String` translated from a
/// catalog key). The enum gets `ALL` too, every variant in the
/// declaration's order; a column followed by `, fn parse` gets a function
/// of that name finding the variant by its text in that column. A variant
/// with more or fewer texts than there are columns does not compile.
///
/// ```ignore
/// crate::keyed_enum! {
///     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
///     pub enum Series {
///         Nakamoto "nakamoto" "validators-series-nakamoto",
///         CostOfAttack "cost" "validators-series-cost",
///     }
///     pub fn name -> &'static str, pub fn parse;
///     pub fn title -> String;
/// }
/// ```
///
/// The keys stay whole literals in the source, where `tests/i18n.rs` finds
/// every key that is used.
#[macro_export]
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $E:ident {
            $( $(#[$vmeta:meta])* $V:ident $($text:literal)+ ),+ $(,)?
        }
        $( $(#[$cmeta:meta])* $cvis:vis fn $col:ident -> $ret:ty $(, $pvis:vis fn $parse:ident)?; )+
    ) => {
        $(#[$meta])*
        $vis enum $E {
            $( $(#[$vmeta])* $V ),+
        }

        impl $E {
            /// Every variant, in the declaration's order.
            pub const ALL: [$E; [$(stringify!($V)),+].len()] = [$($E::$V),+];

            /// The variant's texts, one per column.
            const fn texts(self) -> [&'static str; [$(stringify!($col)),+].len()] {
                match self {
                    $( $E::$V => [$($text),+] ),+
                }
            }
        }

        $crate::keyed_enum!(
            @columns $E [$($col),+] $( [$(#[$cmeta])* $cvis fn $col -> $ret $(, $pvis fn $parse)?] )+
        );
    };
    (
        @columns $E:ident $cols:tt
        $( [$(#[$cmeta:meta])* $cvis:vis fn $col:ident -> $ret:ty $(, $pvis:vis fn $parse:ident)?] )+
    ) => {
        impl $E {
            $(
                $(#[$cmeta])*
                // Binds every column's text by the column's name and returns its own.
                #[allow(unused_variables)]
                $cvis fn $col(self) -> $ret {
                    let $cols = self.texts();
                    <$ret as $crate::keyed_enum::Text>::from_text($col)
                }
                $(
                    #[doc = concat!("The variant whose `", stringify!($col), "` is `text`.")]
                    $pvis fn $parse(text: &str) -> Option<$E> {
                        $E::ALL.into_iter().find(|x| x.$col() == text)
                    }
                )?
            )+
        }
    };
}
