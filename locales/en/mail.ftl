# Notifications of an edition and its Mail page.

notice-submitted-subject = Application received: { $title }
notice-submitted-body =
    Dear { $name },

    We received your application “{ $title }” to { $edition } on { $at }.

    Fingerprint of what you submitted (SHA-256): { $fingerprint }

    You can read it at { $link }. Until the call closes ({ $deadline }) you can withdraw it, change it and submit it again.

    You receive this message because you submitted an application to { $edition } on Laurel.
notice-withdrawn-subject = Application withdrawn: { $title }
notice-withdrawn-body =
    Dear { $name },

    Your application “{ $title }” to { $edition } was withdrawn on { $at } and is a draft again: it will not be evaluated unless it is submitted again before the call closes ({ $deadline }).

    { $link }

    You receive this message because you withdrew an application to { $edition } on Laurel.

edition-link-mail = Mail: notifications and messages sent
mail-title = Mail
mail-off = Mail is not set up on this installation: nothing is sent, and nothing is queued.
mail-settings-title = Notifications
mail-settings-legend = Send these notifications for this edition
mail-settings-submit = Save the notifications
mail-settings-saved = The notifications of this edition are saved.
mail-kind-submitted = Receipt of a submitted application
mail-hint-submitted = To the person who submitted: the title, the time and the fingerprint of what was submitted.
mail-kind-withdrawn = Application withdrawn
mail-hint-withdrawn = To the person who withdrew it, with the deadline to submit it again.
mail-kind-invitation = Invitation to the jury
mail-messages-title = Messages
mail-none = No message of this edition yet.
mail-caption = Every message of this edition, newest first
mail-queued-at = Queued
mail-kind = Kind
mail-to = To
mail-subject = Subject
mail-state = State
mail-state-sent = Sent { $time }
mail-state-queued = Queued
mail-state-retrying = Not delivered after { $count } tries ({ $problem }); trying again
mail-state-failed = Failed ({ $problem })
mail-retry = Try again
mail-retry-planned = The message will be tried again within a minute.
mail-retry-nothing = This message is not waiting for a new try (it was sent, or is still being tried).

notice-untitled = (untitled)
notice-reminder-subject = { $days ->
    [one] The call closes tomorrow: { $title }
   *[other] The call closes in { $days } days: { $title }
}
notice-reminder-body =
    Dear { $name },

    Your application “{ $title }” to { $edition } is still a draft. The call closes on { $deadline }; only submitted applications are evaluated.

    Complete and submit it at { $link }

    You receive this message because you have an unsubmitted application to { $edition } on Laurel. The secretariat can switch these reminders off.
mail-kind-reminder = Deadline reminder
mail-hint-reminder = To applicants whose application is still a draft, 7 days and 1 day before the deadline.
