//! Where postcode districts are, for "within 5 miles of DE22": the centre of each district, kept as
//! data in `server/data/postcode-districts.csv`.

use std::collections::HashMap;

const DISTRICTS: &str = include_str!("../../data/postcode-districts.csv");

#[derive(Debug, Clone, Default)]
pub struct PostcodeDistricts {
    centres: HashMap<String, (f64, f64)>,
}

impl PostcodeDistricts {
    pub fn load() -> PostcodeDistricts {
        PostcodeDistricts::parse(DISTRICTS)
    }

    /// `district,latitude,longitude` lines after a header; lines that do not read are skipped.
    pub fn parse(csv: &str) -> PostcodeDistricts {
        let centres = csv
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut parts = line.split(',').map(str::trim);
                let district = parts.next()?.to_ascii_uppercase();
                let latitude = parts.next()?.parse().ok()?;
                let longitude = parts.next()?.parse().ok()?;
                Some((district, (latitude, longitude)))
            })
            .collect();
        PostcodeDistricts { centres }
    }

    /// The centre of a district such as "DE22".
    pub fn centre(&self, district: &str) -> Option<(f64, f64)> {
        self.centres.get(&district.to_ascii_uppercase()).copied()
    }

    pub fn len(&self) -> usize {
        self.centres.len()
    }

    pub fn is_empty(&self) -> bool {
        self.centres.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::local_offer::search::miles_between;

    #[test]
    fn the_shipped_districts_include_the_demo_towns() {
        let districts = PostcodeDistricts::load();
        for district in ["DE1", "DE7", "DE11", "DE22", "DE56", "NG10"] {
            assert!(
                districts.centre(district).is_some(),
                "{district} is missing"
            );
        }
        // Derby to Belper is about 7 miles.
        let miles = miles_between(
            districts.centre("DE1").unwrap(),
            districts.centre("DE56").unwrap(),
        );
        assert!((5.0..10.0).contains(&miles), "{miles}");
    }
}
