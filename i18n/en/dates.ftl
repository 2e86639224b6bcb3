# Dates and times of the event's own clock, as the language writes them (CLDR's full date and
# short time forms): the card and the exported page say them alike, the browser's Intl is not
# asked.

# A day of the event: "Tuesday, August 27, 2019". $weekday is 0 for Sunday to 6 for Saturday,
# $month 1 for January to 12; $day and $year come as digits.
day = { $weekday ->
    [0] Sunday
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
   *[6] Saturday
}, { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $day }, { $year }
# A time of the event's clock: "9:15 AM". $hour and $minute come as digits, the hour on the
# language's own clock (Language::hour_cycle: 1–12 in English, 00–23 in most others); $half is
# "am" or "pm".
clock = { $hour }:{ $minute } { $half ->
    [am] AM
   *[pm] PM
}
# A day in the timetable's row of day links: "Tue 27". $weekday as for `day`.
short-day = { $weekday ->
    [0] Sun
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
   *[6] Sat
} { $day }
