# Opening hours. start/end are local times in the schedule group's time zone, ISO-8601 without an
# offset; the rrule repeats them. Holidays are whole days.
resource "genesyscloud_architect_schedules" "weekdays" {
  name        = "Contact Center Weekdays"
  description = "Monday to Friday 08:00-18:00"
  division_id = var.division_id
  start       = "2026-01-05T08:00:00.000000"
  end         = "2026-01-05T18:00:00.000000"
  rrule       = "FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,WE,TH,FR"
}

resource "genesyscloud_architect_schedules" "saturday" {
  name        = "Contact Center Saturday"
  description = "Saturday 09:00-13:00"
  division_id = var.division_id
  start       = "2026-01-10T09:00:00.000000"
  end         = "2026-01-10T13:00:00.000000"
  rrule       = "FREQ=WEEKLY;INTERVAL=1;BYDAY=SA"
}

resource "genesyscloud_architect_schedules" "new_year" {
  name        = "New Year's Day"
  description = "Closed all day"
  division_id = var.division_id
  start       = "2026-01-01T00:00:00.000000"
  end         = "2026-01-02T00:00:00.000000"
  rrule       = "FREQ=YEARLY;INTERVAL=1;BYMONTH=1;BYMONTHDAY=1"
}

resource "genesyscloud_architect_schedules" "christmas" {
  name        = "Christmas Day"
  description = "Closed all day"
  division_id = var.division_id
  start       = "2026-12-25T00:00:00.000000"
  end         = "2026-12-26T00:00:00.000000"
  rrule       = "FREQ=YEARLY;INTERVAL=1;BYMONTH=12;BYMONTHDAY=25"
}

resource "genesyscloud_architect_schedulegroups" "contact_center" {
  name                 = "Contact Center Hours"
  description          = "Opening hours and holidays of the IVR"
  division_id          = var.division_id
  time_zone            = var.time_zone
  open_schedules_id    = [genesyscloud_architect_schedules.weekdays.id, genesyscloud_architect_schedules.saturday.id]
  holiday_schedules_id = [genesyscloud_architect_schedules.new_year.id, genesyscloud_architect_schedules.christmas.id]
}
