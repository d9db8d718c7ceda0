//! Entry point of the web app: mount the root component.

fn main() {
    veilig::ui::start();
}
