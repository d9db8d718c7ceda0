// Today's date on the page, as a news site shows it.
const today = document.getElementById("today");
if (today) {
  today.textContent = new Date().toLocaleDateString("nl-NL", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
}
