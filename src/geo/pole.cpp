#include "bordermap/geo/pole.hpp"

#include <algorithm>
#include <cmath>
#include <queue>
#include <stdexcept>
#include <string>
#include <vector>

namespace bordermap {
namespace {

struct Segment {
    XY a, b;
};

// The rings as edges: distance and inside/outside need nothing else.
class Boundary {
public:
    explicit Boundary(const Geometry& polygon) {
        for (const auto& part : polygon.parts)
            for (const auto& ring : part)
                for (std::size_t i = 0; i < ring.size(); ++i) {
                    const XY& a = ring[i];
                    const XY& b = ring[(i + 1) % ring.size()];  // closes the ring whether or not it repeats its first point
                    if (!(a == b)) edges_.push_back({a, b});
                }
    }

    // Positive inside, negative outside: the distance to the nearest edge.
    double signed_distance(XY p) const {
        bool inside = false;
        double nearest = INFINITY;
        for (const auto& [a, b] : edges_) {
            // Even-odd rule over every ring: holes and separate parts come out right without telling them apart.
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
            nearest = std::min(nearest, squared_distance(p, a, b));
        }
        const double d = std::sqrt(nearest);
        return inside ? d : -d;
    }

private:
    static double squared_distance(XY p, XY a, XY b) {
        const double dx = b.x - a.x, dy = b.y - a.y;
        double t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
        t = std::clamp(t, 0.0, 1.0);
        const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
        return ex * ex + ey * ey;
    }

    std::vector<Segment> edges_;
};

double ring_area(const Path& ring) {  // signed, shoelace
    double twice = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const XY& a = ring[i];
        const XY& b = ring[(i + 1) % ring.size()];
        twice += a.x * b.y - b.x * a.y;
    }
    return twice / 2;
}

// The area-weighted centroid of the outer rings, a good first guess for compact shapes.
XY centroid(const Geometry& polygon, const Box& box) {
    double area = 0, cx = 0, cy = 0;
    for (const auto& part : polygon.parts) {
        const Path& ring = part.front();
        for (std::size_t i = 0; i < ring.size(); ++i) {
            const XY& a = ring[i];
            const XY& b = ring[(i + 1) % ring.size()];
            const double cross = a.x * b.y - b.x * a.y;
            area += cross;
            cx += (a.x + b.x) * cross;
            cy += (a.y + b.y) * cross;
        }
    }
    if (area == 0) return {(box.min_x + box.max_x) / 2, (box.min_y + box.max_y) / 2};
    return {cx / (3 * area), cy / (3 * area)};
}

void validate(const Geometry& polygon, double precision) {
    if (!(precision > 0) || !std::isfinite(precision))
        throw std::invalid_argument("pole of inaccessibility: the precision must be a positive number, not " + std::to_string(precision));
    if (polygon.type != GeometryType::polygon) throw std::invalid_argument("pole of inaccessibility: the geometry is not a polygon");
    if (polygon.empty()) throw std::invalid_argument("pole of inaccessibility: the polygon is empty");
    double area = 0;
    for (std::size_t p = 0; p < polygon.parts.size(); ++p) {
        const auto& part = polygon.parts[p];
        if (part.empty()) throw std::invalid_argument("pole of inaccessibility: part " + std::to_string(p + 1) + " has no ring");
        for (const auto& ring : part) {
            const bool closed = ring.size() > 1 && ring.front() == ring.back();
            if (ring.size() - (closed ? 1 : 0) < 3)
                throw std::invalid_argument("pole of inaccessibility: part " + std::to_string(p + 1) + " has a ring of fewer than three points");
            for (const XY& v : ring)
                if (!std::isfinite(v.x) || !std::isfinite(v.y))
                    throw std::invalid_argument("pole of inaccessibility: part " + std::to_string(p + 1) + " has a coordinate that is not finite");
        }
        area += std::fabs(ring_area(part.front()));
    }
    if (area == 0) throw std::invalid_argument("pole of inaccessibility: the polygon has no area (all its points are on a line)");
}

struct Cell {
    XY centre;
    double half;      // half the side
    double distance;  // from the centre to the boundary, signed
    double potential;  // the most any point of the cell can have: distance + half the diagonal
};

}  // namespace

Pole pole_of_inaccessibility(const Geometry& polygon, double precision) {
    validate(polygon, precision);
    const Boundary boundary(polygon);
    const Box box = bounds(polygon);
    auto make_cell = [&](XY centre, double half) {
        const double d = boundary.signed_distance(centre);
        return Cell{centre, half, d, d + half * std::sqrt(2.0)};
    };

    // Best first: the cell that could still hold the farthest point is split next.
    auto less_promising = [](const Cell& a, const Cell& b) { return a.potential < b.potential; };
    std::priority_queue<Cell, std::vector<Cell>, decltype(less_promising)> queue(less_promising);
    const double side = std::min(box.width(), box.height());
    if (side > 0) {
        for (double x = box.min_x; x < box.max_x; x += side)
            for (double y = box.min_y; y < box.max_y; y += side) queue.push(make_cell({x + side / 2, y + side / 2}, side / 2));
    }

    // Two cheap guesses to start from, so that poor cells are pruned at once.
    Cell best = make_cell(centroid(polygon, box), 0);
    const Cell middle = make_cell({(box.min_x + box.max_x) / 2, (box.min_y + box.max_y) / 2}, 0);
    if (middle.distance > best.distance) best = middle;

    while (!queue.empty()) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.distance > best.distance) best = cell;
        if (cell.potential - best.distance <= precision) continue;  // cannot beat the best by more than the precision
        const double h = cell.half / 2;
        for (XY d : {XY{-h, -h}, XY{h, -h}, XY{-h, h}, XY{h, h}}) queue.push(make_cell({cell.centre.x + d.x, cell.centre.y + d.y}, h));
    }
    return {best.centre, best.distance};
}

}  // namespace bordermap
