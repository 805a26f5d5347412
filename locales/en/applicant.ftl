# The applicant's pages.

application-untitled = Untitled application
application-started = Your application is started. Save as often as you like; nothing is lost.
status-draft = Draft
status-submitted = Submitted
eligibility-pass = Eligible
eligibility-needs-review = Needs review
eligibility-fail = Not eligible
rule-met = Met
rule-not-met = Not met
dashboard-none-yet = You have no applications yet.
dashboard-caption = Your applications and where they stand
dashboard-project = Project
dashboard-edition = Edition
dashboard-status = Status
dashboard-eligibility = Eligibility
dashboard-last-change = Last change
dashboard-feedback = Feedback and results
dashboard-calls = Calls for applications
dashboard-no-call = No call for applications is open at the moment.
dashboard-open-until = open until { $closes }.
dashboard-start = Start an application
