//! Speakers as a talk file names them: by slug.

/// A readable name from a slug, for when no speaker file says better:
/// `james-thomas` → "James Thomas", `michael-coté` → "Michael Coté".
///
/// The card must never drop a speaker it cannot look up (the Hugo theme does), so this is the
/// name of last resort.
pub fn name_from_slug(slug: &str) -> String {
    slug.split(['-', '_', ' '])
        .filter(|word| !word.is_empty())
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::name_from_slug;

    #[test]
    fn names_from_slugs() {
        assert_eq!(name_from_slug("james-thomas"), "James Thomas");
        assert_eq!(name_from_slug("michael-coté"), "Michael Coté");
        assert_eq!(name_from_slug("tom-mcLaughlin"), "Tom McLaughlin");
        assert_eq!(
            name_from_slug("reliability_at_scale"),
            "Reliability At Scale"
        );
        assert_eq!(name_from_slug("--"), "");
    }
}
