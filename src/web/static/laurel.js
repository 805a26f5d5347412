// Laurel's only script, an enhancement: shows how many characters a limited field still allows.
// Every page works without it; the server enforces every limit.
// The words come from the page, in its language: `%used%` and `%limit%` are replaced.
var words = document.body.getAttribute("data-counter") || "%used% / %limit%";
document.querySelectorAll("textarea[data-limit]").forEach(function (area) {
  var limit = parseInt(area.getAttribute("data-limit"), 10);
  var counter = document.createElement("p");
  counter.className = "hint counter";
  counter.setAttribute("aria-live", "polite");
  area.insertAdjacentElement("afterend", counter);
  function update() {
    var used = Array.from(area.value.trim()).length;
    counter.textContent = words.replace("%used%", used).replace("%limit%", limit);
    counter.classList.toggle("over", used > limit);
  }
  area.addEventListener("input", update);
  update();
});
