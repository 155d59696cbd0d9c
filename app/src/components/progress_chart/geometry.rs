//! Where everything in a progress chart goes, worked out as plain numbers without any rendering, so
//! the layout (spacing, steps, wrapped and turned labels, broken lines) is tested on its own.

use crate::record::Rating;

/// One review point on the chart; `label` is already in the reader's language, e.g. "Autumn 2025/26".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartPoint {
    pub label: String,
    pub rating: Option<Rating>,
    pub school_rating: Option<Rating>,
}

/// The chart's coordinate space. The SVG scales to its box, so these are units, not pixels: 320 wide
/// is drawn at about 1:1 on a 320 px phone.
pub const VIEW_WIDTH: f32 = 320.0;
/// Font size of every label, in view units.
pub const FONT_SIZE: f32 = 14.0;
/// A generous average character width for the font size, used to decide where labels fit.
const CHAR_WIDTH: f32 = 0.52 * FONT_SIZE;
pub(super) const LINE_HEIGHT: f32 = 15.0;
/// Room at the top for a two-line label on the highest step.
const TOP: f32 = 22.0;
/// Distance between two steps of the scale.
pub const STEP_GAP: f32 = 34.0;
const EDGE: f32 = 4.0;
/// Between the step labels and the plot.
const LABEL_GAP: f32 = 8.0;
/// Between the plot's start and the first point, so its dot sits clear of the step labels.
const INSET: f32 = 16.0;
/// Room after the last point for half of its label.
const END_PAD: f32 = 30.0;
/// Step labels wrap onto a second line beyond this many characters.
const STEP_LABEL_CHARS: usize = 16;
/// The step label column never takes more than this, however long a translation is.
const MAX_LABEL_COLUMN: f32 = 150.0;
/// Review point labels that have to be turned are cut to this many characters (the table has them whole).
const ROTATED_LABEL_CHARS: usize = 16;
/// Turned labels lean this far; more steeply when their lines would otherwise touch.
const ROTATION_DEGREES: f32 = 40.0;
const STEEP_ROTATION_DEGREES: f32 = 65.0;
/// How tall a turned label's line is, across it: Urdu's Nastaliq letters climb and drop much further
/// than Latin, Arabic or Gurmukhi ones (26 units for "گرما 2025/26" at this size, in Chromium).
const NASTALIQ_LINE_HEIGHT: f32 = 30.0;

/// The height of one turned label's line, by the script the labels are in.
fn turned_line_height(points: &[ChartPoint]) -> f32 {
    let nastaliq_or_arabic = points.iter().any(|p| {
        p.label
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    });
    if nastaliq_or_arabic {
        NASTALIQ_LINE_HEIGHT
    } else {
        LINE_HEIGHT + 3.0
    }
}

/// A label drawn in the chart: its anchor point and its lines, top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartLabel {
    pub x: f32,
    pub y: f32,
    pub lines: Vec<String>,
}

/// Where everything in the chart goes, worked out without any rendering so it can be tested.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    pub width: f32,
    pub height: f32,
    /// Along x: where the plot (grid lines) starts and ends.
    pub plot_start: f32,
    pub plot_end: f32,
    /// The y of each step of the scale, by step: `step_ys[4]` (achieved) is the smallest, the top.
    pub step_ys: [f32; 5],
    /// The x of each review point, in the order given.
    pub xs: Vec<f32>,
    /// One per step, right-aligned against the plot (`text-anchor="end"`), vertically centred on its line.
    pub step_labels: Vec<ChartLabel>,
    /// One per review point that has room for a label (every one unless there are very many).
    pub point_labels: Vec<ChartLabel>,
    /// True when the review point labels are turned to fit (then each has one line, anchored at its end).
    pub point_labels_rotated: bool,
    /// How far turned labels lean, in degrees.
    pub point_label_degrees: f32,
    /// The family's ratings as runs of (x, y); a review point with no rating ends a run.
    pub family: Vec<Vec<(f32, f32)>>,
    /// The school's ratings, the same way.
    pub school: Vec<Vec<(f32, f32)>>,
}

/// Word wrap to `max_chars` a line. Text that needs two lines is split where the two are most even
/// ("◔ just" / "starting" would look odd); longer text is wrapped greedily. A word longer than a line
/// stays whole on its own line. Only ordinary spaces break: a no-break space keeps a symbol with its word.
fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let words: Vec<&str> = text.split(' ').filter(|word| !word.is_empty()).collect();
    let greedy = wrap_greedy(&words, max_chars);
    if greedy.len() != 2 {
        return greedy;
    }
    // On a tie, the later split: a longer first line reads better.
    (1..words.len())
        .rev()
        .map(|at| vec![words[..at].join(" "), words[at..].join(" ")])
        .min_by_key(|lines| longest_line(lines))
        .unwrap_or(greedy)
}

fn wrap_greedy(words: &[&str], max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in words {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max_chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn longest_line(lines: &[String]) -> usize {
    lines.iter().map(|l| l.chars().count()).max().unwrap_or(0)
}

fn truncate(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max_chars.saturating_sub(1)).collect();
        cut = cut.trim_end().to_string();
        cut.push('…');
        cut
    }
}

/// Runs of consecutive ratings as points; a `None` breaks the line.
fn segments(
    xs: &[f32],
    step_ys: &[f32; 5],
    ratings: impl Iterator<Item = Option<Rating>>,
) -> Vec<Vec<(f32, f32)>> {
    let mut runs: Vec<Vec<(f32, f32)>> = Vec::new();
    let mut current: Vec<(f32, f32)> = Vec::new();
    for (x, rating) in xs.iter().zip(ratings) {
        match rating {
            Some(rating) => current.push((*x, step_ys[rating.step() as usize])),
            None if !current.is_empty() => runs.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// Lays out the chart for `points`, with `step_words` the five step labels (symbol and words) in
/// step order, as the reader will see them.
pub fn chart_geometry(points: &[ChartPoint], step_words: &[String; 5]) -> ChartGeometry {
    let step_ys: [f32; 5] = std::array::from_fn(|step| TOP + (4 - step) as f32 * STEP_GAP);
    let plot_bottom = step_ys[0];

    // Nastaliq and Arabic script need about twice the height of a Latin line, so their step labels
    // stay on one line (and take a wider column) rather than wrap into the neighbouring step.
    let tall_script = step_words.iter().any(|words| {
        words
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    });
    let step_label_chars = if tall_script {
        usize::MAX
    } else {
        STEP_LABEL_CHARS
    };
    let wrapped_steps: Vec<Vec<String>> = step_words
        .iter()
        .map(|words| wrap(words, step_label_chars))
        .collect();
    let label_column = (wrapped_steps
        .iter()
        .map(|lines| longest_line(lines))
        .max()
        .unwrap_or(0) as f32
        * CHAR_WIDTH)
        .min(MAX_LABEL_COLUMN);
    let plot_start = EDGE + label_column + LABEL_GAP;
    let plot_end = VIEW_WIDTH - EDGE;
    let step_labels = wrapped_steps
        .into_iter()
        .zip(step_ys)
        .map(|(lines, y)| ChartLabel {
            x: plot_start - LABEL_GAP,
            // The block of lines is centred on the step's line.
            y: y - (lines.len() as f32 - 1.0) * LINE_HEIGHT / 2.0,
            lines,
        })
        .collect();

    let first_x = plot_start + INSET;
    let last_x = VIEW_WIDTH - END_PAD;
    let n = points.len();
    let (xs, spacing): (Vec<f32>, f32) = if n <= 1 {
        (vec![(first_x + last_x) / 2.0; n], last_x - first_x)
    } else {
        let spacing = (last_x - first_x) / (n - 1) as f32;
        (
            (0..n).map(|i| first_x + i as f32 * spacing).collect(),
            spacing,
        )
    };

    // Labels sit level under their point if they wrap onto two lines that fit the space between
    // points; otherwise they are turned and, if need be, shortened.
    let fit_chars = (((spacing - 6.0) / CHAR_WIDTH).floor().max(1.0)) as usize;
    let level: Vec<Vec<String>> = points.iter().map(|p| wrap(&p.label, fit_chars)).collect();
    let fits_level = level
        .iter()
        .all(|lines| lines.len() <= 2 && longest_line(lines) <= fit_chars);
    let (point_labels, turned, label_room) = if fits_level {
        let lines_needed = level.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let labels = level
            .into_iter()
            .zip(&xs)
            .map(|(lines, x)| ChartLabel {
                x: *x,
                y: plot_bottom + 22.0,
                lines,
            })
            .collect();
        (
            labels,
            None,
            22.0 + (lines_needed as f32 - 1.0) * LINE_HEIGHT + 8.0,
        )
    } else {
        // Turned labels need a line's height between them: they lean more steeply if that gives it,
        // and with very many points only every second (or third...) one is labelled.
        let line = turned_line_height(points);
        let across = |degrees: f32| spacing * degrees.to_radians().sin();
        let degrees = if across(ROTATION_DEGREES) >= line {
            ROTATION_DEGREES
        } else {
            STEEP_ROTATION_DEGREES
        };
        let every = ((line / across(degrees)).ceil() as usize).max(1);
        let shortened: Vec<String> = points
            .iter()
            .map(|p| truncate(&p.label, ROTATED_LABEL_CHARS))
            .collect();
        let longest = shortened
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0);
        let labels = shortened
            .into_iter()
            .zip(&xs)
            .enumerate()
            .filter(|(i, _)| i % every == 0)
            .map(|(_, (label, x))| ChartLabel {
                x: *x + 4.0,
                y: plot_bottom + 16.0,
                lines: vec![label],
            })
            .collect();
        let drop = longest as f32 * CHAR_WIDTH * degrees.to_radians().sin();
        (labels, Some(degrees), 16.0 + drop + 12.0)
    };

    let family = segments(&xs, &step_ys, points.iter().map(|p| p.rating));
    let school = segments(&xs, &step_ys, points.iter().map(|p| p.school_rating));
    ChartGeometry {
        width: VIEW_WIDTH,
        height: (plot_bottom + label_room).ceil(),
        plot_start,
        plot_end,
        step_ys,
        xs,
        step_labels,
        point_labels,
        point_labels_rotated: turned.is_some(),
        point_label_degrees: turned.unwrap_or(0.0),
        family,
        school,
    }
}

/// Whether there is enough to draw: at least two review points with a rating from anyone.
pub fn enough_to_draw(points: &[ChartPoint]) -> bool {
    points
        .iter()
        .filter(|p| p.rating.is_some() || p.school_rating.is_some())
        .count()
        >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(step: u8) -> Option<Rating> {
        Rating::new(step)
    }

    fn point(label: &str, rating: Option<Rating>, school_rating: Option<Rating>) -> ChartPoint {
        ChartPoint {
            label: label.to_string(),
            rating,
            school_rating,
        }
    }

    fn english_steps() -> [String; 5] {
        [
            "○ not started",
            "◔ just starting",
            "◑ getting there",
            "◕ nearly there",
            "● achieved",
        ]
        .map(String::from)
    }

    fn year() -> Vec<ChartPoint> {
        vec![
            point("Autumn 2025/26", r(0), r(1)),
            point("Spring 2025/26", r(2), None),
            point("Summer 2025/26", r(3), r(3)),
        ]
    }

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() < 0.01
    }

    #[test]
    fn review_points_are_evenly_spaced_in_order_inside_the_view() {
        let g = chart_geometry(&year(), &english_steps());
        assert_eq!(g.xs.len(), 3);
        // "◑ getting there" is the longest step label: 15 characters at 7.15 units each.
        let plot_start = EDGE + 15.0 * CHAR_WIDTH + LABEL_GAP;
        assert!(close(g.plot_start, plot_start), "{}", g.plot_start);
        assert!(close(g.xs[0], plot_start + INSET), "{:?}", g.xs);
        assert!(close(g.xs[2], VIEW_WIDTH - END_PAD), "{:?}", g.xs);
        assert!(close(g.xs[1] - g.xs[0], g.xs[2] - g.xs[1]), "{:?}", g.xs);
        assert!(g.xs[0] < g.xs[1] && g.xs[1] < g.xs[2]);
        assert!(g.xs.iter().all(|x| *x > g.plot_start && *x < g.width));

        let six: Vec<ChartPoint> = (0..6)
            .map(|i| point(&format!("P{i}"), r(1), None))
            .collect();
        let g6 = chart_geometry(&six, &english_steps());
        let gaps: Vec<f32> = g6.xs.windows(2).map(|w| w[1] - w[0]).collect();
        assert!(
            gaps.iter().all(|gap| close(*gap, gaps[0]) && *gap > 0.0),
            "{gaps:?}"
        );

        let one = chart_geometry(&[point("Autumn 2025/26", r(2), None)], &english_steps());
        assert_eq!(one.xs.len(), 1);
        assert!(close(
            one.xs[0],
            (plot_start + INSET + VIEW_WIDTH - END_PAD) / 2.0
        ));
    }

    #[test]
    fn a_higher_step_is_drawn_higher_up() {
        let g = chart_geometry(&year(), &english_steps());
        assert_eq!(g.step_ys, [158.0, 124.0, 90.0, 56.0, 22.0]);
        for pair in g.step_ys.windows(2) {
            assert!(close(pair[0] - pair[1], STEP_GAP), "{:?}", g.step_ys);
        }
        // The family went 0, 2, 3: each point higher (smaller y) than the one before.
        let family = &g.family[0];
        assert_eq!(
            family.iter().map(|p| p.1).collect::<Vec<_>>(),
            vec![158.0, 90.0, 56.0]
        );
        // Everything fits in the view, labels included.
        assert!(g.height > g.step_ys[0] + 2.0 * LINE_HEIGHT);
        assert!(g.step_ys[4] - LINE_HEIGHT > 0.0);
    }

    #[test]
    fn a_missing_rating_breaks_the_line_instead_of_dropping_to_zero() {
        let points = vec![
            point("A", r(1), None),
            point("B", r(2), r(2)),
            point("C", None, r(4)),
            point("D", r(4), None),
            point("E", r(3), r(0)),
        ];
        let g = chart_geometry(&points, &english_steps());
        let xs = &g.xs;
        let y = |step: usize| g.step_ys[step];
        assert_eq!(
            g.family,
            vec![
                vec![(xs[0], y(1)), (xs[1], y(2))],
                vec![(xs[3], y(4)), (xs[4], y(3))]
            ]
        );
        // No point of a line is ever at step 0 for a missing rating.
        assert!(g.family.iter().flatten().all(|p| p.1 != y(0)));
        assert_eq!(
            g.school,
            vec![vec![(xs[1], y(2)), (xs[2], y(4))], vec![(xs[4], y(0))]]
        );
    }

    #[test]
    fn family_and_school_are_separate_series() {
        let points = vec![point("A", r(0), None), point("B", r(1), None)];
        let g = chart_geometry(&points, &english_steps());
        assert_eq!(g.family.len(), 1);
        assert!(g.school.is_empty());
        let swapped: Vec<ChartPoint> = points
            .iter()
            .map(|p| point(&p.label, p.school_rating, p.rating))
            .collect();
        let s = chart_geometry(&swapped, &english_steps());
        assert!(s.family.is_empty());
        assert_eq!(s.school, g.family);
    }

    #[test]
    fn review_point_labels_wrap_when_few_and_turn_when_many() {
        let g = chart_geometry(&year(), &english_steps());
        assert!(!g.point_labels_rotated);
        assert_eq!(g.point_labels.len(), 3);
        assert_eq!(g.point_labels[0].lines, vec!["Autumn", "2025/26"]);
        assert!(close(g.point_labels[1].x, g.xs[1]));
        assert!(g.point_labels[0].y > g.step_ys[0]);

        let many: Vec<ChartPoint> = ["Autumn", "Spring", "Summer"]
            .iter()
            .cycle()
            .take(9)
            .enumerate()
            .map(|(i, term)| {
                point(
                    &format!("{term} 202{}/2{}", 4 + i / 3, 5 + i / 3),
                    r(2),
                    None,
                )
            })
            .collect();
        let g = chart_geometry(&many, &english_steps());
        assert!(g.point_labels_rotated);
        assert!(g.point_labels.iter().all(|l| l.lines.len() == 1));
        assert!(g.point_labels.len() <= 9 && !g.point_labels.is_empty());
        assert!(g
            .point_labels
            .iter()
            .all(|l| l.lines[0].chars().count() <= ROTATED_LABEL_CHARS));
        assert!(g.height > chart_geometry(&year(), &english_steps()).height);
    }

    #[test]
    fn turned_urdu_labels_lean_further_so_their_tall_letters_do_not_touch() {
        let urdu_year: Vec<ChartPoint> = [
            "خزاں 2025/26",
            "بہار 2025/26",
            "گرما 2025/26",
            "خزاں 2026/27",
        ]
        .iter()
        .map(|label| point(label, r(1), None))
        .collect();
        let urdu_steps = [
            "○ شروع نہیں ہوا",
            "◔ ابھی شروع ہوا ہے",
            "◑ آگے بڑھ رہا ہے",
            "◕ تقریباً پورا ہو گیا",
            "● پورا ہو گیا",
        ]
        .map(String::from);
        let g = chart_geometry(&urdu_year, &urdu_steps);
        assert!(g.point_labels_rotated);
        let spacing = g.xs[1] - g.xs[0];
        assert!(
            spacing * g.point_label_degrees.to_radians().sin() >= NASTALIQ_LINE_HEIGHT
                || g.point_labels.len() < urdu_year.len(),
            "{spacing} apart at {} degrees",
            g.point_label_degrees
        );
        let english = chart_geometry(&year(), &english_steps());
        assert!(!english.point_labels_rotated);
    }

    #[test]
    fn step_labels_sit_on_their_step_and_long_ones_wrap() {
        let g = chart_geometry(&year(), &english_steps());
        for (label, y) in g.step_labels.iter().zip(g.step_ys) {
            assert_eq!(label.lines.len(), 1);
            assert!(close(label.y, y));
            assert!(close(label.x, g.plot_start - LABEL_GAP));
        }
        let mut long = english_steps();
        long[2] = "◑ a much longer translated step".to_string();
        let g = chart_geometry(&year(), &long);
        assert_eq!(
            g.step_labels[2].lines,
            vec!["◑ a much longer", "translated step"]
        );
        // Two lines are centred on the step: the first is half a line above it.
        assert!(close(g.step_labels[2].y, g.step_ys[2] - LINE_HEIGHT / 2.0));
        assert!(g.plot_start <= EDGE + MAX_LABEL_COLUMN + LABEL_GAP);
    }

    #[test]
    fn urdu_step_labels_stay_on_one_line() {
        let mut urdu = english_steps();
        urdu[3] = "◕ تقریباً پورا ہو گیا".to_string();
        let g = chart_geometry(&year(), &urdu);
        assert!(g.step_labels.iter().all(|label| label.lines.len() == 1));
        assert!(close(g.step_labels[3].y, g.step_ys[3]));
    }

    #[test]
    fn labels_that_need_two_lines_are_split_evenly() {
        assert_eq!(wrap("◔ just starting", 16), vec!["◔ just starting"]);
        assert_eq!(
            wrap("◔ ابھی شروع ہوا ہے", 16),
            vec!["◔ ابھی شروع", "ہوا ہے"]
        );
        assert_eq!(
            wrap("◑\u{a0}a much longer step", 12),
            vec!["◑\u{a0}a much", "longer step"]
        );
        assert_eq!(wrap("Autumn 2025/26", 10), vec!["Autumn", "2025/26"]);
        assert_eq!(
            wrap("one two three four five six", 9),
            vec!["one two", "three", "four five", "six"]
        );
        assert_eq!(truncate("Autumn 2025/26", 8), "Autumn…");
        assert_eq!(truncate("Spring", 8), "Spring");
    }

    #[test]
    fn there_is_enough_to_draw_from_two_rated_review_points() {
        assert!(!enough_to_draw(&[]));
        assert!(!enough_to_draw(&[
            point("A", r(1), r(2)),
            point("B", None, None)
        ]));
        assert!(enough_to_draw(&[
            point("A", r(1), None),
            point("B", None, r(2))
        ]));
    }
}
