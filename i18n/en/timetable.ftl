# An event's timetable (`?program=`, and the exported event page): what it says around the talk
# cards, whose own words are card.ftl's.

## Above the days
# While the event's data files load; $event is its folder name ("2019-chicago").
loading-schedule = Loading the schedule of { $event }…
# The heading: $event is "2019 Chicago".
program-title = { $event } program
# Whose clock the times are on: $offset is "UTC−05:00".
times-offset = Times are the event's ({ $offset }).
times-local = Times are the event's local time.
# An event whose data has no schedule.
no-schedule = No schedule for this event
no-data-file = No data file was found for { $event } ({ $url } or the older { $older }).
no-schedule-in-data = The data files of { $event } hold no schedule with talks.

## The tools
search = Search titles, speakers and sessions
# The filter for the starred talks; $count is how many there are.
my-talks = My talks ({ $count })
jump-to-now = Jump to now
add-schedule-to-calendar = Add the schedule to calendar
add-my-talks-to-calendar = Add my talks to calendar
stars-not-kept = This browser does not let talkcard save your stars: they last until you leave this page.
# How many talks the timetable has, and (while they load) how many are in.
talks = { $count ->
    [one] { $count } talk
   *[other] { $count } talks
}
talks-loading = { $count ->
    [one] { $count } talk
   *[other] { $count } talks
} · { $loaded } loaded
# The type filters' group, for screen readers.
kind-filters = Type
# A type filter's button: the kind in the plural and how many. $kind is the schedule's own word;
# a kind not listed here is shown as the site writes it ($label).
kind-filter = { $kind ->
    [talk] Talks
    [workshop] Workshops
    [ignite] Ignites
    [open-space] Open spaces
    [keynote] Keynotes
   *[other] { $label }
} ({ $count })
# The heading of a group of talks after the days, by kind (as above).
kind-group = { $kind ->
    [talk] Talks
    [workshop] Workshops
    [ignite] Ignites
    [open-space] Open spaces
    [keynote] Keynotes
   *[other] { $label }
}

## The days
# The row of links to each day, for screen readers.
days = Days
# A day section for slots without a date.
undated = Undated
nothing-matches = Nothing here matches.
# The line across today's rows at the time it is: $time is "9:15 AM".
now = Now · { $time }
# The talks no slot places, after the days.
more-talks = More talks of the event

## A talk's cell
# The star button, for screen readers: $title is the talk's.
star = Star { $title }
# A slot whose talk has no file yet: $file is the data file that names it, $line its line.
no-talk-file-yet = no talk file yet
no-talk-file-yet-in = no talk file yet ({ $file } names it)
no-talk-file-yet-at = no talk file yet ({ $file }, line { $line } names it)
not-a-readable-talk-file = its file is not a readable talk file
# Why, in the slot's tooltip.
no-such-talk-file = no such talk file
